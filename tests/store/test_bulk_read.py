"""Bulk reads of whole records (what exports use): same order and checks as list + load."""

from __future__ import annotations

import sqlite3

from fieldapp.core.store import ProfileSession, ReceivedSubmission, ReviewQuery, Store, Unreadable
from tests.store.storekit import PASS


def _xml(i: int) -> bytes:
    return f"<data id='f'><n>{i}</n><meta><instanceID>uuid:{i}</instanceID></meta></data>".encode()


def _supervisor(store: Store) -> ProfileSession:
    store.create_profile("Sup", "supervisor", PASS)
    sup = store.unlock("Sup", PASS)
    sup.put_received(
        ReceivedSubmission(
            f"uuid:{i}",
            "f",
            "1",
            _xml(i),
            enumerator=f"e{i % 3}",
            received_at=f"2026-01-01T00:00:{i % 7:02d}Z",  # ties: rowid breaks them
        )
        for i in range(25)
    )
    return sup


def test_pages_follow_the_queue_order_and_every_record_is_checked(store: Store) -> None:
    sup = _supervisor(store)
    query = ReviewQuery(form_ids=("f",), sort="received_at", descending=False, limit=1000)
    expected = [r.instance_id for r in sup.list_review(query).rows]
    with sqlite3.connect(sup.db_path, isolation_level=None) as conn:
        conn.execute("UPDATE submissions SET enumerator = 'mallory' WHERE rec_id = 'uuid:3'")
        blob = bytearray(
            conn.execute("SELECT sealed FROM submissions WHERE rec_id = 'uuid:5'").fetchone()[0]
        )
        blob[40] ^= 1
        conn.execute("UPDATE submissions SET sealed = ? WHERE rec_id = 'uuid:5'", (bytes(blob),))
    conn.close()
    seen: list[str] = []
    bad: dict[str, str] = {}
    after = None
    pages = 0
    while True:
        batch = sup.read_review_records(
            ReviewQuery(form_ids=("f",), enumerators=("e0", "e1", "e2"), limit=4), after
        )
        pages += 1
        for rec in batch.records:
            seen.append(rec.instance_id)
            if isinstance(rec, Unreadable):
                bad[rec.instance_id] = rec.code
            else:
                assert rec == sup.load(rec.instance_id)  # every field, as a single load has it
        after = batch.after
        if after is None:
            break
    assert pages == 7  # 25 rows, 4 a page
    # mallory's row moved in the enumerator filter; the order is the queue's otherwise
    assert seen == [s for s in expected if s != "uuid:3"]
    assert bad == {"uuid:5": "S124"}
    one = sup.read_review_records(ReviewQuery(enumerators=("mallory",), limit=10))
    assert [(r.instance_id, type(r).__name__) for r in one.records] == [("uuid:3", "Unreadable")]
    sup.lock()


def test_own_records_in_creation_order(session: ProfileSession) -> None:
    session.add_form("f", "1", "F", b"<h:html/>")
    for i in range(5):
        session.finalize(f"uuid:{i}", _xml(i), form_id="f", form_version="1")
    session.save_draft("f", "1", "uuid:d", _xml(9))
    batch = session.read_records(status=["finalized"], form_id="f", limit=3)
    assert [r.instance_id for r in batch.records] == ["uuid:0", "uuid:1", "uuid:2"]
    rest = session.read_records(status=["finalized"], form_id="f", limit=3, after=batch.after)
    assert [r.instance_id for r in rest.records] == ["uuid:3", "uuid:4"] and rest.after is None
