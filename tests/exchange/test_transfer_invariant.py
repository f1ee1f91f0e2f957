"""Randomized USB exchange: files lost, imported twice, out of order, damaged; interviews changed
after a file was written; decisions in between. After every step the invariant holds:

*every finalized interview is still in its enumerator's outbox, or the supervisor holds exactly
that content* (never marked sent for something the supervisor does not have).

Seeded (``EXCHANGE_SEED`` to replay a failure); a few hundred steps in a few seconds.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from fieldapp.core.review.decisions import approve, return_to_enumerator
from fieldapp.errors import FieldappError
from sync import transfer
from sync.client import project_keys
from tests.exchange.conftest import Keys
from tests.sync_client.device import Device, make_device

STEPS = 160
ALLOWED_REFUSALS = {"N303", "N304", "N308"}


def _check(enumerators: dict[str, Device], sup: Device, finalized: dict[str, set[str]]) -> None:
    held = sup.session.received_ids()
    assert len(held) == len(set(held)), "the supervisor holds an interview twice"
    for name, dev in enumerators.items():
        outbox = dev.outbox_ids()
        for iid in finalized[name]:
            if iid in outbox:
                continue
            assert sup.store.has_submission(iid), f"{iid} left {name}'s outbox but never arrived"
            assert sup.session.load(iid).xml == dev.session.load(iid).xml, f"{iid} differs"


def test_random_usb_exchange_keeps_the_invariant(
    keys: Keys, supervisor: Device, tmp_path: Path
) -> None:
    seed = int(os.environ.get("EXCHANGE_SEED", "20261123"))
    rng = random.Random(seed)
    enumerators = {}
    for name in ("ana", "bo"):
        dev = make_device(tmp_path / name, name)
        project_keys.import_key(dev.session, keys.file)
        enumerators[name] = dev
    finalized: dict[str, set[str]] = {n: set() for n in enumerators}
    files: list[Path] = []
    replies: list[Path] = []
    refusals: dict[str, int] = {}
    for step in range(STEPS):
        counter = step + 1
        name = rng.choice(sorted(enumerators))
        dev = enumerators[name]
        action = rng.choices(
            ["finalize", "change", "export", "import", "damaged", "reply", "receive", "decide"],
            weights=[5, 1, 3, 3, 1, 2, 3, 2],
        )[0]
        try:
            if action == "finalize":
                photo = bytes([counter % 256]) * 40 if rng.random() < 0.3 else None
                finalized[name].add(dev.finalize(f"{name} {counter}", photo=photo))
            elif action == "change":
                outbox = sorted(dev.outbox_ids())
                if outbox:
                    iid = rng.choice(outbox)
                    dev.session.reopen(iid)
                    dev.finalize(f"{name} changed {counter}", iid=iid)
            elif action == "export":
                path = tmp_path / f"{name}-{counter}.fatransfer"
                transfer.export_outbox(dev.session, path)
                files.append(path)
            elif action == "import" and files:
                transfer.import_file(supervisor.session, rng.choice(files))
            elif action == "damaged" and files:
                data = bytearray(rng.choice(files).read_bytes())
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
                bad = tmp_path / f"bad-{counter}.fatransfer"
                bad.write_bytes(bytes(data))
                before = sorted(supervisor.session.received_ids())
                try:
                    transfer.import_file(supervisor.session, bad)
                except FieldappError as exc:
                    assert exc.code in {"N300", "N301", "N303", "N304"}, exc.render()
                else:
                    raise AssertionError(f"step {step}: a damaged file was imported")
                assert sorted(supervisor.session.received_ids()) == before
            elif action == "reply":
                path = tmp_path / f"reply-{counter}.fatransfer"
                transfer.export_replies(supervisor.session, path)
                replies.append(path)
            elif action == "receive" and replies:
                transfer.import_file(dev.session, rng.choice(replies))
            elif action == "decide":
                held = [
                    i
                    for i in supervisor.session.received_ids()
                    if supervisor.session.load(i).status == "received"
                ]
                if held:
                    iid = rng.choice(held)
                    if rng.random() < 0.5:
                        approve(supervisor.session, iid, reviewer="sue")
                    else:
                        return_to_enumerator(supervisor.session, iid, reviewer="sue", comment="x")
        except FieldappError as exc:
            assert exc.code in ALLOWED_REFUSALS, f"step {step} {action}: {exc.render()}"
            refusals[exc.code] = refusals.get(exc.code, 0) + 1
        _check(enumerators, supervisor, finalized)
    # drain: one more round trip each; only interviews changed after delivery stay behind
    for name, dev in enumerators.items():
        path = tmp_path / f"final-{name}.fatransfer"
        transfer.export_outbox(dev.session, path)
        transfer.import_file(supervisor.session, path)
    transfer.export_replies(supervisor.session, tmp_path / "final-reply.fatransfer")
    for dev in enumerators.values():
        transfer.import_file(dev.session, tmp_path / "final-reply.fatransfer")
    _check(enumerators, supervisor, finalized)
    for name, dev in enumerators.items():
        for iid in dev.outbox_ids():  # left behind only because its content changed
            assert supervisor.session.load(iid).xml != dev.session.load(iid).xml
        assert len(finalized[name] - dev.outbox_ids()) > 0
    assert sum(len(v) for v in finalized.values()) >= 20
    assert refusals  # the run did exercise replays / stale files
