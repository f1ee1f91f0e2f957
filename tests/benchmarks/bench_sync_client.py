"""Sync client throughput, with baselines measured in the same run.

(a) Sealing: envelopes per second (X25519 + HKDF + AES-256-GCM + Ed25519, repeatable keys) vs the
    floor of one AES-256-GCM encryption of the same bytes.
(b) Push: the whole engine (outbox read from the encrypted profile, seal, batch push over
    loopback to a real fieldapp-server on SQLite, receipt check, mark_sent) vs the transport floor
    (the batch client pushing already-sealed items).

Run: .venv/bin/python tests/benchmarks/bench_sync_client.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import x25519  # noqa: E402
from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402

from sync import envelope  # noqa: E402
from sync.client.batch import BatchClient  # noqa: E402
from sync.client.engine import RetryPolicy  # noqa: E402
from sync.client.safe_http import BearerToken  # noqa: E402
from sync.protocol import SubmissionIn, b64decode_strict  # noqa: E402
from tests.sync_client.conftest import make_server  # noqa: E402
from tests.sync_client.device import make_device  # noqa: E402


def bench_seal(n: int, size: int) -> tuple[float, float]:
    priv = x25519.X25519PrivateKey.generate()
    pub = priv.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    device = envelope.DeviceKey.generate("bench")
    xml = b"<data>" + b"x" * size + b"</data>"
    start = time.perf_counter()
    for i in range(n):
        envelope.seal(
            xml,
            instance_id=f"uuid:{i}",
            form_id="f",
            form_version="1",
            device=device,
            project_public_key=pub,
            key_id="k",
        )
    sealed = n / (time.perf_counter() - start)
    aead = AESGCM(os.urandom(32))
    start = time.perf_counter()
    for _ in range(n):
        aead.encrypt(os.urandom(12), xml, b"")
    floor = n / (time.perf_counter() - start)
    return sealed, floor


def bench_push(n: int, root: Path) -> tuple[float, float]:
    env = make_server(root / "server")
    try:
        device = make_device(root / "device")
        for i in range(n):
            device.finalize(f"respondent {i}")
        engine = device.engine(
            env.url, env.tokens["ana"], retry=RetryPolicy(attempts=3, base_delay=0.1)
        )
        start = time.perf_counter()
        report = engine.run(pull=False)
        engine_rate = report.sent / (time.perf_counter() - start)
        assert report.sent == n and report.ok, report.errors
        # transport floor: the same number of pre-sealed items through the batch client
        client = BatchClient(env.url, BearerToken(env.tokens["bo"]))
        keys = client.project_keys()
        key_dev = envelope.DeviceKey.generate("floor")
        items = []
        for i in range(n):
            sealed = envelope.seal(
                f"<data><name>respondent {i}</name></data>".encode(),
                instance_id=f"uuid:floor-{i}",
                form_id="household",
                form_version="1",
                device=key_dev,
                project_public_key=b64decode_strict(keys.x25519_public_b64 or ""),
                key_id=keys.key_id or "",
            )
            items.append(
                SubmissionIn.build(
                    instance_id=f"uuid:floor-{i}",
                    form_id="household",
                    payload=sealed.payload,
                    device_id="floor",
                )
            )
        start = time.perf_counter()
        for i in range(0, n, 1000):
            client.push(items[i : i + 1000])
        floor = n / (time.perf_counter() - start)
        return engine_rate, floor
    finally:
        env.server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args(argv)
    seal_n, push_n = (50, 20) if args.quick else (2000, 2000)
    for size in (1_000, 50_000):
        sealed, floor = bench_seal(seal_n, size)
        print(
            f"seal {size // 1000} KB: {sealed:,.0f} envelopes/s; AES-GCM floor {floor:,.0f}/s; "
            f"ratio {sealed / floor:.2f}"
        )
    with tempfile.TemporaryDirectory() as tmp:
        engine_rate, floor = bench_push(push_n, Path(tmp))
    print(
        f"push {push_n} submissions: engine {engine_rate:,.0f}/s (store + seal + push + "
        f"receipt); batch-client floor {floor:,.0f}/s; ratio {engine_rate / floor:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
