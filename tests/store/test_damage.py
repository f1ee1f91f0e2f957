"""Disk full, damaged files and tampering: detected, reported, original never overwritten."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp.core.store import Store
from fieldapp.core.store.database import marker_path, wal_path
from fieldapp.errors import FieldappError
from tests.store.storekit import PASS, make_store

REPO = Path(__file__).resolve().parents[2]


def _worker(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.store.store_worker", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(store: Store, n: int = 40) -> Path:
    store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    for i in range(n):
        s.save_draft("f", "1", f"i{i:03d}", f"<d>{'answer ' * 200}{i}</d>".encode(), name=f"n{i}")
    s.save_draft("f", "1", "small", b"<d>kept</d>")
    s.finalize("i000", b"<d>final</d>")
    s.mark_sent("i000", "h")
    s.lock()
    return store.db_path("Ana")


def _quarantined(store: Store) -> list[Path]:
    return sorted(store.quarantine_dir.glob("*/*")) if store.quarantine_dir.exists() else []


# ---------------------------------------------------------------------------- disk full
def test_disk_full_is_a_clear_error_and_keeps_earlier_data(store: Store) -> None:
    db = _filled(store)
    limit = db.stat().st_size + 64 * 1024  # room for small writes, not for a 6 MB draft
    result = _worker("diskfull", str(store.data_dir), str(limit))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ERROR S120"), result.stdout
    assert "disk is full" in lines[0] and "earlier data is intact" in lines[0]
    assert lines[1] == "READ <d>kept</d>"  # the same process still reads after the failure
    s = store.unlock("Ana", PASS)  # manifest and quick_check pass
    s.verify_integrity(deep=True)
    with pytest.raises(FieldappError, match="S108"):
        s.load("big")  # no half-written record
    assert s.load("small").xml == b"<d>kept</d>"
    s.save_draft("f", "1", "after", b"<d>space is back</d>")
    s.lock()


# ------------------------------------------------------------------------ damaged files
def test_corrupted_header_is_quarantined_never_overwritten(store: Store) -> None:
    db = _filled(store)
    raw = bytearray(db.read_bytes())
    raw[0:16] = b"garbage garbage!"
    db.write_bytes(bytes(raw))
    before = _digest(db)
    with pytest.raises(FieldappError) as err:
        store.unlock("Ana", PASS)
    assert err.value.code == "S122" and "copy was saved" in err.value.message
    assert _digest(db) == before
    copies = _quarantined(store)
    assert [p.name for p in copies] == ["store.db"] and _digest(copies[0]) == before
    with pytest.raises(FieldappError, match="S122"):
        store.unlock("Ana", PASS)  # retrying reuses the copy instead of filling the disk
    assert len(_quarantined(store)) == 1
    assert [p.name for p in store.list_profiles()] == ["Ana"]  # still listed for the user


def test_corrupted_pages_are_detected(store: Store) -> None:
    db = _filled(store)
    raw = bytearray(db.read_bytes())
    page = 4096
    for offset in range(3 * page, len(raw) - page, 5 * page):  # scribble where cells live
        raw[offset + page - 600 : offset + page - 300] = bytes(range(256)) + bytes(44)
    db.write_bytes(bytes(raw))
    before = _digest(db)
    with pytest.raises(FieldappError) as err:  # at unlock (structure) or on a deep check (AEAD)
        s = store.unlock("Ana", PASS)
        try:
            s.verify_integrity(deep=True)
        finally:
            s.lock()
    assert err.value.code in {"S122", "S124", "S125"}
    assert _digest(db) == before
    if err.value.code in {"S122", "S125"}:
        assert _quarantined(store)


def test_truncated_file_is_detected(store: Store) -> None:
    db = _filled(store)
    raw = db.read_bytes()
    db.write_bytes(raw[: len(raw) // 2 + 100])
    before = _digest(db)
    with pytest.raises(FieldappError) as err:
        store.unlock("Ana", PASS)
    assert err.value.code == "S122" and "truncated" in err.value.message
    assert _digest(db) == before and _quarantined(store)


def test_missing_wal_after_a_crash_is_detected(store: Store) -> None:
    db = _filled(store)
    result = _worker("crash", str(store.data_dir))
    assert result.stdout.strip() == "SAVED", result.stderr
    assert wal_path(db).exists() and marker_path(db).exists()  # unclean stop leaves both
    wal_path(db).unlink()
    before = _digest(db)
    with pytest.raises(FieldappError) as err:
        store.unlock("Ana", PASS)
    assert err.value.code == "S123" and "latest saves may be lost" in err.value.message
    assert _digest(db) == before
    assert {p.name for p in _quarantined(store)} >= {"store.db"}
    with pytest.raises(FieldappError, match="S123"):
        store.unlock("Ana", PASS)  # not silently accepted on the next try either
    store.accept_damage("Ana")
    s = store.unlock("Ana", PASS)  # what remains is consistent (manifest verifies)
    assert s.load("small").xml == b"<d>kept</d>"
    s.lock()


def test_crash_with_wal_present_recovers_everything(store: Store) -> None:
    _filled(store)
    assert _worker("crash", str(store.data_dir)).stdout.strip() == "SAVED"
    s = store.unlock("Ana", PASS)
    assert {f"late{i}" for i in range(5)} <= {
        r.instance_id for r in s.list_submissions(limit=100).rows
    }
    s.lock()


# ---------------------------------------------------------------------------- tampering
def _raw(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(db, isolation_level=None)


def _blob(conn: sqlite3.Connection, rec: str, column: str = "sealed") -> bytes:
    return bytes(
        conn.execute(f"SELECT {column} FROM submissions WHERE rec_id = ?", (rec,)).fetchone()[0]
    )


def test_bit_flip_is_detected_and_reported(store: Store) -> None:
    db = _filled(store)
    with _raw(db) as conn:
        blob = bytearray(_blob(conn, "i005"))
        blob[len(blob) // 2] ^= 0x01
        conn.execute("UPDATE submissions SET sealed = ? WHERE rec_id = 'i005'", (bytes(blob),))
    conn.close()
    s = store.unlock("Ana", PASS)  # the manifest is intact: only the content was altered
    with pytest.raises(FieldappError) as err:
        s.load("i005")
    assert err.value.code == "S124" and "i005" in err.value.message
    assert s.load("i006").name == "n6"  # the others stay readable
    with pytest.raises(FieldappError, match="S124"):
        s.verify_integrity(deep=True)
    s.lock()


def test_truncated_record_is_detected(store: Store) -> None:
    db = _filled(store)
    with _raw(db) as conn:
        conn.execute("UPDATE submissions SET sealed = substr(sealed, 1, 20) WHERE rec_id = 'i007'")
    conn.close()
    s = store.unlock("Ana", PASS)
    with pytest.raises(FieldappError, match="S124"):
        s.load("i007")
    s.lock()


def test_swapped_records_are_detected(store: Store) -> None:
    db = _filled(store)
    with _raw(db) as conn:
        a, b = _blob(conn, "i001"), _blob(conn, "i002")
        ha, hb = _blob(conn, "i001", "head"), _blob(conn, "i002", "head")
        conn.execute("UPDATE submissions SET sealed = ?, head = ? WHERE rec_id = 'i001'", (b, hb))
        conn.execute("UPDATE submissions SET sealed = ?, head = ? WHERE rec_id = 'i002'", (a, ha))
    conn.close()
    s = store.unlock("Ana", PASS)
    for rec in ("i001", "i002"):
        with pytest.raises(FieldappError, match="S124"):
            s.load(rec)
    rows = {r.instance_id: r for r in s.list_submissions(limit=100).rows}
    assert rows["i001"].damaged and rows["i002"].damaged and not rows["i003"].damaged
    s.lock()


def test_edited_plaintext_metadata_is_detected(store: Store) -> None:
    db = _filled(store)
    with _raw(db) as conn:  # try to put a sent interview back in the outbox
        conn.execute("UPDATE submissions SET status = 'finalized' WHERE rec_id = 'i000'")
    conn.close()
    s = store.unlock("Ana", PASS)
    with pytest.raises(FieldappError, match="S124"):
        s.load("i000")
    s.lock()


def test_rolled_back_record_is_detected(store: Store) -> None:
    store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    s.save_draft("f", "1", "r", b"<d>old answer</d>")
    s.save_draft("f", "1", "other", b"<d/>")
    s.lock()
    db = store.db_path("Ana")
    with _raw(db) as conn:
        old_row = conn.execute("SELECT * FROM submissions WHERE rec_id = 'r'").fetchone()
    conn.close()
    s = store.unlock("Ana", PASS)
    s.save_draft("f", "1", "r", b"<d>new answer</d>")
    s.lock()
    with _raw(db) as conn:  # replay the older, validly sealed row
        conn.execute("DELETE FROM submissions WHERE rec_id = 'r'")
        conn.execute(f"INSERT INTO submissions VALUES ({', '.join('?' * len(old_row))})", old_row)
    conn.close()
    with pytest.raises(FieldappError) as err:
        store.unlock("Ana", PASS)
    assert err.value.code == "S125" and "older copy" in err.value.message
    rescue = store.unlock("Ana", PASS, verify=False)  # rescue mode still reads what is there
    assert rescue.load("other").xml == b"<d/>"
    rescue.lock()


def test_deleted_record_is_detected(store: Store) -> None:
    db = _filled(store)
    with _raw(db) as conn:
        conn.execute("DELETE FROM submissions WHERE rec_id = 'i010'")
    conn.close()
    with pytest.raises(FieldappError, match="S125"):
        store.unlock("Ana", PASS)


def test_record_from_another_profile_is_rejected(store: Store) -> None:
    _filled(store)
    store.create_profile("Bo", "enumerator", PASS)
    bo = store.unlock("Bo", PASS)
    bo.save_draft("f", "1", "i003", b"<d>Bo's version</d>")
    bo.lock()
    with _raw(store.db_path("Bo")) as src:
        row = src.execute("SELECT * FROM submissions WHERE rec_id = 'i003'").fetchone()
    src.close()
    with _raw(store.db_path("Ana")) as conn:
        conn.execute("DELETE FROM submissions WHERE rec_id = 'i003'")
        conn.execute(f"INSERT INTO submissions VALUES ({', '.join('?' * len(row))})", row)
    conn.close()
    s = store.unlock("Ana", PASS, verify=False)
    with pytest.raises(FieldappError, match="S124"):
        s.load("i003")
    s.lock()


def test_tampered_manifest_and_keyslot(store: Store) -> None:
    db = _filled(store)
    with _raw(db) as conn:
        conn.execute("UPDATE manifest SET counter = counter - 1")
    conn.close()
    with pytest.raises(FieldappError, match="S125"):
        store.unlock("Ana", PASS)
    store2 = make_store(store.data_dir.parent / "other")
    db2 = _filled(store2)
    with _raw(db2) as conn:
        wrapped = bytearray(
            conn.execute("SELECT wrapped FROM keyslots WHERE kind='passphrase'").fetchone()[0]
        )
        wrapped[-1] ^= 1
        conn.execute("UPDATE keyslots SET wrapped = ? WHERE kind = 'passphrase'", (bytes(wrapped),))
    conn.close()
    with pytest.raises(FieldappError, match="S100"):  # generic: no hint for an attacker
        store2.unlock("Ana", PASS)


def test_tampered_attachment_and_audit(session: object) -> None:
    from fieldapp.core.store import ProfileSession

    assert isinstance(session, ProfileSession)
    att = session.put_attachment("x", "a.jpg", b"photo")
    session.record_audit("x", [{"e": 1}])
    with sqlite3.connect(session.db_path) as conn:
        conn.execute("UPDATE attachments SET instance_id = 'y' WHERE rec_id = ?", (att,))
        conn.execute("UPDATE audit SET at = '2020-01-01'")
    conn.close()
    with pytest.raises(FieldappError, match="S124"):
        session.get_attachment(att)
    with pytest.raises(FieldappError, match="S124"):
        session.list_audit("x")
