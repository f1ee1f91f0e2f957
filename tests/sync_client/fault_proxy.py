"""A fault-injecting HTTP proxy on 127.0.0.1, in front of the real fieldapp-server.

Each client connection carries one request (the proxy asks both sides for ``Connection: close``),
so a fault applies to exactly one request. A policy picks the fault per request:

* ``PASS`` - forward and relay the reply;
* ``RESET_UPLOAD`` - read part of the body, then reset the connection (the server sees nothing);
* ``RESET_AFTER_COMMIT`` - forward, let the server commit, then reset instead of replying
  (the reply is lost);
* ``ERROR_5XX`` - answer 503 without forwarding; ``ERROR_AFTER_COMMIT`` - forward, then answer 502;
* ``TIMEOUT`` - never answer (client read timeout); ``TIMEOUT_AFTER_COMMIT`` - forward, then hang;
* ``SLOW`` - forward, relay the reply in small pieces with pauses (a slow link);
* ``TRUNCATE`` - forward, relay half of the reply, then close;
* ``DUPLICATE`` - deliver the request to the server twice, relay the second reply;
* ``LATE_REPLAY`` - answer with a reset now and deliver the request to the server later, after
  the client's next requests (out-of-order delivery of a stale request).

Upstream down (server restart): the client connection is reset, like a real proxy would do.
"""

from __future__ import annotations

import contextlib
import enum
import random
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass


class Fault(enum.Enum):
    PASS = "pass"
    RESET_UPLOAD = "reset_upload"
    RESET_AFTER_COMMIT = "reset_after_commit"
    ERROR_5XX = "error_5xx"
    ERROR_AFTER_COMMIT = "error_after_commit"
    TIMEOUT = "timeout"
    TIMEOUT_AFTER_COMMIT = "timeout_after_commit"
    SLOW = "slow"
    TRUNCATE = "truncate"
    DUPLICATE = "duplicate"
    LATE_REPLAY = "late_replay"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    head: bytes
    body: bytes


Policy = Callable[[Request], Fault]


def _reset(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), as a dropped mobile link looks to the client."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _read_request(sock: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > 1024 * 1024:
            return None
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _version = lines[0].split(" ", 2)
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
        if name.strip().lower() in {"connection", "keep-alive"}:
            continue
        kept.append(line)
    kept.append("Connection: close")
    body = rest
    while len(body) < length:
        chunk = sock.recv(min(1 << 20, length - len(body)))
        if not chunk:
            return None
        body += chunk
    new_head = ("\r\n".join(kept) + "\r\n\r\n").encode("latin-1")
    return Request(method, path, new_head, body[:length])


class FaultProxy:
    def __init__(
        self,
        upstream_port: int,
        policy: Policy | None = None,
        *,
        hang_seconds: float = 5.0,
        slow_pause: float = 0.01,
        replay_delay: float = 0.3,
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.policy: Policy = policy or (lambda _r: Fault.PASS)
        self.hang_seconds = hang_seconds
        self.slow_pause = slow_pause
        self.replay_delay = replay_delay
        self.counts: Counter[Fault] = Counter()
        self.upstream_failures = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        t = threading.Thread(target=self._accept_loop, daemon=True)
        t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self.listener.close()
        for t in list(self._threads):
            t.join(timeout=self.hang_seconds + 2)

    def wait_idle(self) -> None:
        """Wait for late replays and hung connections to finish (before checking invariants)."""
        for t in list(self._threads):
            t.join(timeout=self.hang_seconds + 5)

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            t = threading.Thread(target=self._handle, args=(client,), daemon=True)
            with self._lock:
                self._threads = [x for x in self._threads if x.is_alive()]
                self._threads.append(t)
            t.start()

    def _forward(self, request: Request) -> bytes | None:
        """Send to the server, return its whole reply (None when the server is down)."""
        try:
            with socket.create_connection(self.upstream, timeout=30) as up:
                up.sendall(request.head + request.body)
                chunks = []
                while True:
                    chunk = up.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                return b"".join(chunks)
        except OSError:
            with self._lock:
                self.upstream_failures += 1
            return None

    def _handle(self, client: socket.socket) -> None:
        try:
            client.settimeout(30)
            request = _read_request(client)
            if request is None:
                client.close()
                return
            fault = self.policy(request)
            with self._lock:
                self.counts[fault] += 1
            self._apply(fault, request, client)
        except OSError:
            with contextlib.suppress(OSError):
                client.close()

    def _apply(self, fault: Fault, request: Request, client: socket.socket) -> None:
        if fault is Fault.RESET_UPLOAD:
            _reset(client)
            return
        if fault is Fault.ERROR_5XX:
            client.sendall(_status(503))
            client.close()
            return
        if fault is Fault.TIMEOUT:
            self._stop.wait(self.hang_seconds)
            _reset(client)
            return
        if fault is Fault.LATE_REPLAY:
            _reset(client)
            self._stop.wait(self.replay_delay)
            self._forward(request)
            return
        reply = self._forward(request)
        if fault is Fault.DUPLICATE and reply is not None:
            reply = self._forward(request)
        if reply is None:
            _reset(client)
            return
        if fault is Fault.RESET_AFTER_COMMIT:
            _reset(client)
        elif fault is Fault.ERROR_AFTER_COMMIT:
            client.sendall(_status(502))
            client.close()
        elif fault is Fault.TIMEOUT_AFTER_COMMIT:
            self._stop.wait(self.hang_seconds)
            _reset(client)
        elif fault is Fault.TRUNCATE:
            client.sendall(reply[: max(1, len(reply) // 2)])
            _reset(client)
        elif fault is Fault.SLOW:
            step = max(1, len(reply) // 8)
            for i in range(0, len(reply), step):
                client.sendall(reply[i : i + step])
                time.sleep(self.slow_pause)
            client.close()
        else:
            client.sendall(reply)
            client.close()


def _status(code: int) -> bytes:
    body = b"injected fault"
    return (
        f"HTTP/1.1 {code} Injected\r\nContent-Type: text/plain\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body


def random_policy(
    rng: random.Random, weights: dict[Fault, float], only_paths: tuple[str, ...] = ()
) -> Policy:
    """Pick faults at random with the given weights (PASS gets the remainder up to 1.0)."""
    faults = list(weights)
    total = sum(weights.values())
    assert total <= 1.0

    def policy(request: Request) -> Fault:
        if only_paths and not any(p in request.path for p in only_paths):
            return Fault.PASS
        x = rng.random()
        for fault in faults:
            if x < weights[fault]:
                return fault
            x -= weights[fault]
        return Fault.PASS

    return policy
