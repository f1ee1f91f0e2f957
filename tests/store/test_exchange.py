"""Encrypted export / import: round trip, idempotence, merge rules, damaged and foreign files."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from fieldapp.core.store import Comment, ProfileSession, Store
from fieldapp.errors import FieldappError
from tests.store.storekit import PASS

EXPORT_PASS = "usb stick passphrase"


def _fill(s: ProfileSession) -> None:
    s.add_form("f", "1", "Form", b"<h:html/>", {"list.csv": b"a,b"})
    for i in range(12):
        s.save_draft("f", "1", f"u{i}", f"<d>{i}</d>".encode(), name=f"resp {i}")
    s.finalize("u1", b"<d>final</d>")
    s.finalize("u2", b"<d>sent</d>")
    s.mark_sent("u2", "sha256:r")
    s.put_attachment("u3", "photo.jpg", b"\xff\xd8jpeg")
    s.record_audit("u3", [{"event": "a"}, {"event": "b"}])


def test_round_trip_into_another_profile_and_idempotent(store: Store, tmp_path: Path) -> None:
    store.create_profile("Ana", "enumerator", PASS)
    store.create_profile("Sup", "supervisor", PASS)
    ana = store.unlock("Ana", PASS)
    _fill(ana)
    path = tmp_path / "ana.fae"
    count = ana.export_to(path, EXPORT_PASS)
    assert count == 1 + 12 + 1 + 1  # form, interviews, attachment, audit batch
    sup = store.unlock("Sup", PASS)
    first = sup.import_from(path, EXPORT_PASS)
    assert (first.added, first.updated) == (15, 0)
    again = sup.import_from(path, EXPORT_PASS)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 15)
    assert sup.load("u2").receipt_hash == "sha256:r" and sup.load("u2").status == "sent"
    assert sup.load("u5").name == "resp 5"
    assert sup.list_attachments("u3")[0].data == b"\xff\xd8jpeg"
    assert [e.event for e in sup.list_audit("u3")] == [{"event": "a"}, {"event": "b"}]
    assert sup.get_form_media("f", "1", "list.csv") == b"a,b"
    sup.verify_integrity(deep=True)
    # supervisor returns u2 with a comment, sends the file back; the enumerator gets the comment
    sup.mark_returned("u2", [Comment("sup", "check q3", "2026-01-01T00:00:00Z", "/d/q3")])
    back = tmp_path / "sup.fae"
    sup.export_to(back, EXPORT_PASS)
    report = ana.import_from(back, EXPORT_PASS)
    assert report.updated == 1
    assert ana.load("u2").status == "returned" and ana.load("u2").comments[0].text == "check q3"
    # a newer local edit is not overwritten by an older incoming copy
    ana.save_draft("f", "1", "u4", b"<d>edited later</d>")
    kept = ana.import_from(path, EXPORT_PASS)
    assert kept.kept_local >= 1 and ana.load("u4").xml == b"<d>edited later</d>"
    ana.lock()
    sup.lock()


def test_wrong_passphrase_truncation_tampering_foreign_file(
    session: ProfileSession, tmp_path: Path
) -> None:
    _fill(session)
    path = tmp_path / "x.fae"
    session.export_to(path, EXPORT_PASS)
    before = session.count_submissions()
    with pytest.raises(FieldappError, match="S131"):
        session.import_from(path, "wrong passphrase")
    raw = path.read_bytes()
    cut = tmp_path / "cut.fae"
    cut.write_bytes(raw[: len(raw) - 40])
    with pytest.raises(FieldappError, match="S130"):
        session.import_from(cut, EXPORT_PASS)
    flipped_path = tmp_path / "flipped.fae"
    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 0x40
    flipped_path.write_bytes(bytes(flipped))
    with pytest.raises(FieldappError, match="S130"):
        session.import_from(flipped_path, EXPORT_PASS)
    # cut exactly at a frame boundary (the end frame dropped): still detected
    pos = 16 + 4 + struct.unpack(">I", raw[16:20])[0]
    starts = []
    while pos < len(raw):
        starts.append(pos)
        pos += 4 + struct.unpack(">I", raw[pos : pos + 4])[0]
    boundary = tmp_path / "boundary.fae"
    boundary.write_bytes(raw[: starts[-1]])
    with pytest.raises(FieldappError, match="S130"):
        session.import_from(boundary, EXPORT_PASS)
    # two frames swapped: detected
    swapped = tmp_path / "swapped.fae"
    a, b, c = starts[0], starts[1], starts[2]
    swapped.write_bytes(raw[:a] + raw[b:c] + raw[a:b] + raw[c:])
    with pytest.raises(FieldappError, match="S13"):
        session.import_from(swapped, EXPORT_PASS)
    appended = tmp_path / "appended.fae"
    appended.write_bytes(raw + raw[-60:])
    with pytest.raises(FieldappError, match="S130"):
        session.import_from(appended, EXPORT_PASS)
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(FieldappError, match="S132"):
        session.import_from(other, EXPORT_PASS)
    assert session.count_submissions() == before  # nothing imported from a bad file
    assert not list(tmp_path.glob("*.partial"))
