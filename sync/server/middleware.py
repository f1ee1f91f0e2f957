"""ASGI middleware: request size caps, gzip request bodies, the X-OpenRosa-Version header.

Caps are enforced before the app parses anything: a declared Content-Length over the cap is
refused at once (413); a streamed body is counted as it arrives; a gzip body is inflated with a
hard output limit, so a zip bomb costs at most the cap in memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class _TooLarge(HTTPException):
    """An HTTPException so that FastAPI/Starlette answer 413 even when raised mid-parse."""

    def __init__(self) -> None:
        super().__init__(413, "request body too large")


async def _plain(send: Send, status: int, text: str, extra: list[tuple[bytes, bytes]]) -> None:
    body = ('{"detail": "' + text + '"}').encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *extra,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Cap request bodies at ``max_body`` bytes (after decompression) and accept gzip bodies."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_wrapper(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers.append((b"x-openrosa-version", b"1.0"))
                message["headers"] = headers
            await send(message)

        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await _plain(send_wrapper, 400, "bad Content-Length", [])
                return
            if declared > self.max_body:
                await _plain(send_wrapper, 413, f"request body over {self.max_body} bytes", [])
                return
        encoding = headers.get(b"content-encoding", b"").strip().lower()
        if encoding not in {b"", b"identity", b"gzip"}:
            await _plain(send_wrapper, 415, "only gzip request bodies are accepted", [])
            return
        try:
            if encoding == b"gzip":
                body = await self._inflate(receive)
                scope = dict(scope)
                scope["headers"] = [
                    (k, v)
                    for k, v in scope["headers"]
                    if k not in {b"content-encoding", b"content-length"}
                ] + [(b"content-length", str(len(body)).encode())]
                sent = False

                async def replay() -> Message:
                    nonlocal sent
                    if sent:
                        return await receive()
                    sent = True
                    return {"type": "http.request", "body": body, "more_body": False}

                await self.app(scope, replay, send_wrapper)
            else:
                await self.app(scope, self._counting(receive), send_wrapper)
        except _TooLarge:
            if not started:
                await _plain(send_wrapper, 413, f"request body over {self.max_body} bytes", [])
        except zlib.error:
            if not started:
                await _plain(send_wrapper, 400, "request body is not valid gzip", [])

    def _counting(self, receive: Receive) -> Receive:
        total = 0

        async def wrapped() -> Message:
            nonlocal total
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > self.max_body:
                    raise _TooLarge
            return message

        return wrapped

    async def _inflate(self, receive: Receive) -> bytes:
        inflater = zlib.decompressobj(wbits=31)
        out = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            more = bool(message.get("more_body", False))
            out += inflater.decompress(chunk, self.max_body + 1 - len(out))
            if len(out) > self.max_body or inflater.unconsumed_tail:
                raise _TooLarge
        out += inflater.flush()
        if len(out) > self.max_body:
            raise _TooLarge
        if not inflater.eof:
            raise zlib.error("truncated gzip stream")
        return bytes(out)
