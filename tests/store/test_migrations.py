"""Schema migrations: versioned table, backup before migrating, refusing newer schemas."""

from __future__ import annotations

import sqlite3

import pytest

from fieldapp.core.store import Store
from fieldapp.core.store.schema import SCHEMA_VERSION
from fieldapp.errors import FieldappError
from tests.store.storekit import PASS


def _downgrade_to_v1(store: Store) -> None:
    """Make the database look like one written by the first release (schema 1)."""
    with sqlite3.connect(store.db_path("Ana")) as conn:
        indexes = ("rv_at", "rv_status", "rv_enum", "rv_enum_status", "rv_form")
        indexes += ("rv_form_status", "rv_team", "rv_flagged", "rv_deprecated")
        for index in indexes:
            conn.execute(f"DROP INDEX {index}")
        columns = ("enumerator", "team", "received_at", "deprecated_id", "flags", "prepared")
        for column in columns:
            conn.execute(f"ALTER TABLE submissions DROP COLUMN {column}")
        conn.execute("DROP TABLE review_facts")
        conn.execute("DROP TABLE review_outbox")
        conn.execute("DROP TABLE sync_cursors")
        conn.execute("DROP TABLE sync_items")
        conn.execute("DELETE FROM schema_version WHERE version > 1")
    conn.close()


def test_old_schema_is_backed_up_then_migrated(store: Store) -> None:
    assert SCHEMA_VERSION == 4
    store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    s.save_draft("f", "1", "x", b"<d>before the upgrade</d>")
    s.lock()
    _downgrade_to_v1(store)
    s = store.unlock("Ana", PASS)
    assert s.load("x").xml == b"<d>before the upgrade</d>"
    s.set_cursor("pull", "7")  # a table added by migration 2
    assert s.pending_reviews() == []  # a table added by migration 3
    s.lock()
    backups = list((store.db_path("Ana").parent / "backups").glob("store-schema1-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 1
    conn.close()
    with sqlite3.connect(store.db_path("Ana")) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY 1")]
    conn.close()
    assert versions == [1, 2, 3, 4]


def test_newer_schema_is_refused(store: Store) -> None:
    store.create_profile("Ana", "enumerator", PASS)
    with sqlite3.connect(store.db_path("Ana")) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'future')")
    conn.close()
    with pytest.raises(FieldappError) as err:
        store.unlock("Ana", PASS)
    assert err.value.code == "S126" and "update fieldapp" in err.value.message


def test_received_records_from_schema_2_join_the_review_queue(store: Store) -> None:
    from fieldapp.core.store import ReviewQuery, Status

    store.create_profile("Sup", "supervisor", PASS)
    s = store.unlock("Sup", PASS)
    # what schema 2 wrote for a pulled submission: no routing columns, no routing in the head
    s.replace_submission(
        instance_id="uuid:r1",
        form_id="f",
        form_version="1",
        status=Status.RECEIVED,
        created_at="2026-10-01T08:00:00.000000Z",
        updated_at="2026-10-02T09:00:00.000000Z",
        name="R1",
        xml=b"<d>kept</d>",
        position={},
        comments=[],
        receipt_hash=None,
        sent_at=None,
        history=[{"from": "new", "to": "received", "at": "2026-10-02T09:00:00.000000Z"}],
    )
    s.finalize("uuid:own", b"<d/>", form_id="f", form_version="1")
    s.mark_sent("uuid:own", "h")
    s.mark_approved("uuid:own")  # the supervisor's own interview: not adopted
    assert s.list_review(ReviewQuery()).total == 0
    s.lock()
    s = store.unlock("Sup", PASS)
    page = s.list_review(ReviewQuery())
    assert [r.instance_id for r in page.rows] == ["uuid:r1"]
    assert page.rows[0].received_at == "2026-10-02T09:00:00.000000Z" and not page.rows[0].damaged
    assert s.load("uuid:r1").xml == b"<d>kept</d>"
    assert s.adopt_legacy_received() == 0  # done once
    s.verify_integrity(deep=True)
    s.lock()
