"""USB transfer files: throughput, with floors measured in the same run.

(a) Export (enumerator): the outbox read from the encrypted profile, sealed and written as one
    authenticated file vs the floor of reading + sealing the same outbox (what a network push
    does before any I/O): the ratio is the cost of the file itself.
(b) Import (supervisor): verify the file, decrypt every envelope, store each as received with
    routing metadata and compute review flags vs the floor of opening the same envelopes only.
(c) Reply round trip: the supervisor writes receipts + decisions, the enumerator verifies them and
    takes the confirmed submissions out of the outbox (re-sealing each to check its hash).

No target in the issue; the figures show where the time goes.
Run: .venv/bin/python tests/benchmarks/bench_transfer.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from sync import envelope, transfer  # noqa: E402
from sync.client import project_keys  # noqa: E402
from sync.client.engine import seal_entry  # noqa: E402
from sync.protocol import b64decode_strict  # noqa: E402
from tests.exchange.conftest import make_keys  # noqa: E402
from tests.sync_client.device import make_device  # noqa: E402


def run(n: int, photo: int, root: Path) -> None:
    keys = make_keys(root / "keys")
    ana = make_device(root / "ana", "ana")
    project_keys.import_key(ana.session, keys.file)
    sue = make_device(root / "sue", "sue", "supervisor")
    project_keys.import_key(sue.session, keys.file, passphrase=keys.passphrase)
    for i in range(n):
        ana.finalize(f"respondent {i}", photo=bytes([i % 256]) * photo if photo else None)
    store = ana.store
    key = project_keys.require_public_key(ana.session)
    device = store.device_key()

    start = time.perf_counter()
    sealed = [
        seal_entry(e, device, key.x25519_public(), key.key_id)
        for e in (store.outbox_entry(i) for i in store.outbox_ids())
        if e is not None
    ]
    seal_floor = n / (time.perf_counter() - start)
    path = root / "ana.fatransfer"
    start = time.perf_counter()
    result = transfer.export_outbox(ana.session, path)
    export_rate = n / (time.perf_counter() - start)
    assert result.count == n
    size_mb = path.stat().st_size / 1e6
    print(
        f"export {n} submissions ({photo // 1000} KB photo each, file {size_mb:.1f} MB): "
        f"{export_rate:,.0f}/s; read+seal floor {seal_floor:,.0f}/s; "
        f"ratio {export_rate / seal_floor:.2f}"
    )

    private = project_keys.require_private_keys(sue.session)
    x_priv = b64decode_strict(private.x25519_private_raw_b64)
    start = time.perf_counter()
    for item in sealed:
        envelope.open_envelope(
            item.payload(), x_priv, attachments={a.name: a.data() for a in item.attachments}
        )
    open_floor = n / (time.perf_counter() - start)
    start = time.perf_counter()
    imported = transfer.import_file(sue.session, path)
    import_rate = n / (time.perf_counter() - start)
    assert imported.added == n
    print(
        f"import {n} submissions (verify, decrypt, store, flags): {import_rate:,.0f}/s; "
        f"open-envelopes floor {open_floor:,.0f}/s; ratio {import_rate / open_floor:.2f}"
    )

    reply = root / "reply.fatransfer"
    start = time.perf_counter()
    transfer.export_replies(sue.session, reply)
    back = transfer.import_file(ana.session, reply)
    reply_rate = n / (time.perf_counter() - start)
    assert back.confirmed == n and not ana.outbox_ids()
    print(
        f"reply round trip {n} receipts (write, verify, re-seal, mark sent): {reply_rate:,.0f}/s; "
        f"vs read+seal floor {seal_floor:,.0f}/s; ratio {reply_rate / seal_floor:.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args(argv)
    n, photo = (20, 2_000) if args.quick else (1000, 50_000)
    with tempfile.TemporaryDirectory() as tmp:
        run(n, photo, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
