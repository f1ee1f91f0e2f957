"""USB transfer files between real encrypted profiles: the whole loop, and every bad file.

Invariant checked throughout: a submission is on the supervisor's laptop exactly once or still
in the enumerator's outbox; a refused file leaves both profiles exactly as they were.
"""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

import pytest

from fieldapp.core.review.decisions import return_to_enumerator
from fieldapp.errors import FieldappError
from sync import transfer
from sync.client import project_keys
from tests.exchange.conftest import Keys, make_keys
from tests.sync_client.device import Device, make_device


def _finalize_with_paradata(dev: Device, text: str, photo: bytes | None = None) -> str:
    iid = f"uuid:{uuid.uuid4()}"
    dev.session.record_audit(
        iid,
        [
            {"event": "form start", "node": "", "start": 1_700_000_000_000, "end": None},
            {
                "event": "question",
                "node": "/data/name",
                "start": 1_700_000_001_000,
                "end": 1_700_000_009_000,
            },
        ],
    )
    dev.finalize(text, photo=photo, iid=iid)
    return iid


def _received(dev: Device) -> set[str]:
    return set(dev.session.received_ids())


def _code(exc: pytest.ExceptionInfo[FieldappError]) -> str:
    return exc.value.code


def test_round_trip_receipts_and_decisions(
    enumerator: Device, supervisor: Device, tmp_path: Path
) -> None:
    marker = f"MARKER-USB-{uuid.uuid4().hex[:8]}"
    ids = [_finalize_with_paradata(enumerator, f"{marker} {i}", b"JPEG" * 50) for i in range(3)]
    out = tmp_path / "ana.fatransfer"
    result = transfer.export_outbox(enumerator.session, out)
    assert result.count == 3
    assert marker.encode() not in out.read_bytes()  # no plaintext answers in the file
    assert b"/data/name" not in out.read_bytes()  # nor paradata
    assert enumerator.outbox_ids() == set(ids)  # writing a file sends nothing

    header = transfer.read_header(out)
    assert (header.kind, header.count, header.enumerator) == ("submissions", 3, "ana")
    imported = transfer.import_file(supervisor.session, out)
    assert (imported.kind, imported.added, imported.already) == ("submissions", 3, 0)
    for iid in ids:
        record = supervisor.session.load(iid)
        assert record.status == "received"
        assert record.xml == enumerator.session.load(iid).xml
        assert record.routing is not None and record.routing.enumerator == "ana"
        files = {a.name: a.data for a in supervisor.session.list_attachments(iid)}
        assert files["p.jpg"] == b"JPEG" * 50
        rows = list(csv.DictReader(io.StringIO(files["audit.csv"].decode())))
        assert [r["event"] for r in rows] == ["form start", "question"]
        assert rows[1]["node"] == "/data/name" and rows[1]["end"] == "1700000009000"

    # the same file again: a clear error, and nothing changes
    with pytest.raises(FieldappError) as again:
        transfer.import_file(supervisor.session, out)
    assert _code(again) == "N303"
    assert _received(supervisor) == set(ids)

    return_to_enumerator(
        supervisor.session,
        ids[0],
        reviewer="sue",
        comment="age missing",
        question_comments={"/data/age": "ask again"},
    )
    reply = tmp_path / "reply.fatransfer"
    written = transfer.export_replies(supervisor.session, reply)
    assert (written.receipts, written.decisions) == (3, 1)
    assert b"age missing" not in reply.read_bytes()
    back = transfer.import_file(enumerator.session, reply)
    assert (back.kind, back.confirmed, back.decisions, back.unconfirmed) == ("replies", 3, 1, [])
    assert enumerator.outbox_ids() == set()
    record = enumerator.session.load(ids[0])
    assert record.status == "returned"
    assert {(c.ref, c.text) for c in record.comments} == {
        ("", "age missing"),
        ("/data/age", "ask again"),
    }
    assert enumerator.status(ids[1]) == "sent"
    assert (
        enumerator.session.load(ids[1]).receipt_hash
        == transfer.receipts_for(supervisor.session, enumerator.store.device_key().device_id)[
            ids[1]
        ]
    )
    with pytest.raises(FieldappError) as twice:
        transfer.import_file(enumerator.session, reply)
    assert _code(twice) == "N303"
    assert enumerator.session.load(ids[0]).comments == record.comments


def test_a_later_file_carries_only_what_is_still_in_the_outbox(
    enumerator: Device, supervisor: Device, tmp_path: Path
) -> None:
    first = enumerator.finalize("first")
    transfer.export_outbox(enumerator.session, tmp_path / "1.fatransfer")
    second = enumerator.finalize("second")
    transfer.export_outbox(enumerator.session, tmp_path / "2.fatransfer")
    # the newer file first; then the older one is refused as a replay
    assert transfer.import_file(supervisor.session, tmp_path / "2.fatransfer").added == 2
    with pytest.raises(FieldappError) as older:
        transfer.import_file(supervisor.session, tmp_path / "1.fatransfer")
    assert _code(older) == "N304"
    transfer.export_replies(supervisor.session, tmp_path / "r.fatransfer")
    assert transfer.import_file(enumerator.session, tmp_path / "r.fatransfer").confirmed == 2
    third = enumerator.finalize("third")
    transfer.export_outbox(enumerator.session, tmp_path / "3.fatransfer")
    assert transfer.read_header(tmp_path / "3.fatransfer").count == 1
    result = transfer.import_file(supervisor.session, tmp_path / "3.fatransfer")
    assert (result.added, result.already) == (1, 0)
    assert _received(supervisor) == {first, second, third}


def test_receipt_for_other_content_keeps_the_submission(
    enumerator: Device, supervisor: Device, tmp_path: Path
) -> None:
    iid = enumerator.finalize("before")
    transfer.export_outbox(enumerator.session, tmp_path / "a.fatransfer")
    transfer.import_file(supervisor.session, tmp_path / "a.fatransfer")
    transfer.export_replies(supervisor.session, tmp_path / "r.fatransfer")
    # the enumerator reopened and changed the interview after writing the file
    enumerator.session.reopen(iid)
    enumerator.finalize("after", iid=iid)
    back = transfer.import_file(enumerator.session, tmp_path / "r.fatransfer")
    assert (back.confirmed, back.unconfirmed) == (0, [iid])
    assert enumerator.outbox_ids() == {iid}
    # the changed interview under the same instanceID is a conflict at the supervisor too
    transfer.export_outbox(enumerator.session, tmp_path / "b.fatransfer")
    second = transfer.import_file(supervisor.session, tmp_path / "b.fatransfer")
    assert (second.added, second.already, second.conflicts, second.items) == (0, 0, [iid], [])
    assert b"before" in supervisor.session.load(iid).xml
    transfer.export_replies(supervisor.session, tmp_path / "r2.fatransfer")
    transfer.import_file(enumerator.session, tmp_path / "r2.fatransfer")
    assert enumerator.outbox_ids() == {iid}  # never marked sent for content not delivered


def _flip(path: Path, offset: int) -> Path:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    bad = path.with_name(f"flip{offset}-{path.name}")
    bad.write_bytes(bytes(data))
    return bad


def test_damaged_files_import_nothing(
    enumerator: Device, supervisor: Device, tmp_path: Path
) -> None:
    enumerator.finalize("one", photo=b"PHOTO" * 100)
    enumerator.finalize("two")
    good = tmp_path / "good.fatransfer"
    transfer.export_outbox(enumerator.session, good)
    size = good.stat().st_size
    cases: dict[str, tuple[Path, set[str]]] = {}
    head_len = int.from_bytes(good.read_bytes()[8:12], "big")
    for name, offset in {
        "magic": 0,
        "header": 12 + head_len // 2,
        "body": 12 + head_len + 8 + 50,
        "body end": size - 70,
        "signature": size - 5,
    }.items():
        cases[name] = (_flip(good, offset), {"N300", "N301"})
    for cut in (10, 12 + head_len + 4, size // 2, size - 1):
        trunc = tmp_path / f"trunc{cut}.fatransfer"
        trunc.write_bytes(good.read_bytes()[:cut])
        cases[f"truncated at {cut}"] = (trunc, {"N300"})
    extended = tmp_path / "extended.fatransfer"
    extended.write_bytes(good.read_bytes() + b"\0")
    cases["extended"] = (extended, {"N300"})
    empty = tmp_path / "empty.fatransfer"
    empty.write_bytes(b"")
    cases["empty"] = (empty, {"N300"})
    for name, (path, codes) in cases.items():
        with pytest.raises(FieldappError) as exc:
            transfer.import_file(supervisor.session, path)
        assert exc.value.code in codes, (name, exc.value.render())
        assert _received(supervisor) == set(), name
    # the intact file still imports (nothing was marked as seen by the failures)
    assert transfer.import_file(supervisor.session, good).added == 2


def test_damaged_reply_file_changes_nothing(
    enumerator: Device, supervisor: Device, tmp_path: Path
) -> None:
    iid = enumerator.finalize("x")
    transfer.export_outbox(enumerator.session, tmp_path / "a.fatransfer")
    transfer.import_file(supervisor.session, tmp_path / "a.fatransfer")
    reply = tmp_path / "r.fatransfer"
    transfer.export_replies(supervisor.session, reply)
    size = reply.stat().st_size
    for offset in (20, size // 2, size - 300, size - 3):
        with pytest.raises(FieldappError) as exc:
            transfer.import_file(enumerator.session, _flip(reply, offset))
        assert exc.value.code in {"N300", "N301"}
        assert enumerator.outbox_ids() == {iid}
    assert transfer.import_file(enumerator.session, reply).confirmed == 1


def test_wrong_project_kind_and_device(
    enumerator: Device, supervisor: Device, keys: Keys, tmp_path: Path
) -> None:
    enumerator.finalize("x")
    mine = tmp_path / "mine.fatransfer"
    transfer.export_outbox(enumerator.session, mine)
    # a supervisor of another project
    other_keys = make_keys(tmp_path / "other", "other")
    stranger = make_device(tmp_path / "zed", "zed", role="supervisor")
    project_keys.import_key(stranger.session, other_keys.file, passphrase=other_keys.passphrase)
    with pytest.raises(FieldappError) as wrong:
        transfer.import_file(stranger.session, mine)
    assert wrong.value.code == "N302"
    # an enumerator cannot import another enumerator's file (no private key)
    bo = make_device(tmp_path / "bo", "bo")
    project_keys.import_key(bo.session, keys.file)
    with pytest.raises(FieldappError) as no_key:
        transfer.import_file(bo.session, mine)
    assert no_key.value.code == "N306"
    # a reply file has nothing for a device the supervisor never imported from
    transfer.import_file(supervisor.session, mine)
    reply = tmp_path / "reply.fatransfer"
    transfer.export_replies(supervisor.session, reply)
    with pytest.raises(FieldappError) as nothing:
        transfer.import_file(bo.session, reply)
    assert nothing.value.code == "N308"
    # a reply file from another project's supervisor
    stranger_reply = tmp_path / "stranger.fatransfer"
    transfer.export_replies(stranger.session, stranger_reply)
    with pytest.raises(FieldappError) as foreign:
        transfer.import_file(enumerator.session, stranger_reply)
    assert foreign.value.code == "N302"
    with pytest.raises(FieldappError) as kind:
        transfer.import_submissions(enumerator.session, reply)
    assert kind.value.code == "N307"


def test_export_needs_the_project_key(tmp_path: Path) -> None:
    lone = make_device(tmp_path / "lone", "lone")
    lone.finalize("x")
    with pytest.raises(FieldappError) as exc:
        transfer.export_outbox(lone.session, tmp_path / "x.fatransfer")
    assert exc.value.code == "N305"
    assert not (tmp_path / "x.fatransfer").exists()


def test_a_device_cannot_switch_enumerator(
    enumerator: Device, supervisor: Device, keys: Keys, tmp_path: Path
) -> None:
    from sync.client.profile_store import DEVICE_SECRET

    enumerator.finalize("from ana")
    transfer.export_outbox(enumerator.session, tmp_path / "ana.fatransfer")
    assert transfer.import_file(supervisor.session, tmp_path / "ana.fatransfer").added == 1
    # another profile carrying ana's device key (copied) writes as "mallory"
    mallory = make_device(tmp_path / "mallory", "mallory")
    project_keys.import_key(mallory.session, keys.file)
    mallory.session.set_secret(DEVICE_SECRET, enumerator.session.get_secret(DEVICE_SECRET))
    mallory.session.set_secret(transfer.SEQ_SECRET, "100")  # newer than ana's file
    iid = mallory.finalize("from mallory")
    transfer.export_outbox(mallory.session, tmp_path / "m.fatransfer")
    with pytest.raises(FieldappError) as exc:
        transfer.import_file(supervisor.session, tmp_path / "m.fatransfer")
    assert exc.value.code == "N314"
    assert not supervisor.store.has_submission(iid)
