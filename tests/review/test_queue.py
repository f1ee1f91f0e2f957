"""Review queue over a real store: routing columns, filters, sorts, counts, saved filters."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldapp.core.review import queue
from fieldapp.core.review.flags import Flag
from fieldapp.core.review.queue import QueueFilter
from fieldapp.core.store import FlagUpdate, ProfileSession, ReceivedSubmission, Store
from fieldapp.errors import FieldappError
from tests.review.kit import T0
from tests.store.storekit import PASS


def _fill(sup: ProfileSession, n: int = 30) -> list[ReceivedSubmission]:
    """n tiny received submissions: 3 enumerators, 2 teams, 2 forms, one per hour."""
    items = [
        ReceivedSubmission(
            f"uuid:{i:04d}",
            "ipl12" if i % 2 else "diaspora",
            "1",
            f"<d><n>{i}</n></d>".encode(),
            name=f"Resp {i}",
            enumerator=("ana", "ben", "caro")[i % 3],
            team="north" if i % 3 < 2 else "south",
            received_at=(T0 + timedelta(hours=i)).isoformat(),
        )
        for i in range(n)
    ]
    assert sup.put_received(items) == n
    return items


def test_routing_is_stored_normalised_and_sealed(sup: ProfileSession, store: Store) -> None:
    sup.put_received(
        [
            ReceivedSubmission(
                "uuid:a",
                "ipl12",
                "1",
                b"<d/>",
                enumerator="ana",
                team="north",
                received_at="2026-11-02T10:00:00+01:00",
                deprecated_id="uuid:old",
            )
        ]
    )
    rec = sup.load("uuid:a")
    assert rec.routing is not None
    assert rec.routing.received_at == "2026-11-02T09:00:00.000000Z"  # UTC, sortable
    assert (rec.routing.enumerator, rec.routing.team, rec.routing.deprecated_id) == (
        "ana",
        "north",
        "uuid:old",
    )
    sup.lock()
    # the plaintext column is an index only: editing it on disk is detected on read
    with sqlite3.connect(store.db_path("Sara")) as conn:
        conn.execute("UPDATE submissions SET enumerator = 'mallory' WHERE rec_id = 'uuid:a'")
    conn.close()
    again = store.unlock("Sara", PASS)
    row = again.list_review(QueueFilter().query()).rows[0]
    assert row.damaged and row.name is None
    with pytest.raises(FieldappError) as err:
        again.load("uuid:a")
    assert err.value.code == "S124"
    again.lock()


def test_bad_received_at_is_refused(sup: ProfileSession) -> None:
    with pytest.raises(FieldappError) as err:
        sup.put_received([ReceivedSubmission("uuid:b", "f", "1", b"<d/>", received_at="soon")])
    assert err.value.code == "R100"
    assert sup.review_counts() == {}  # nothing half-stored


def test_pages_filters_and_sorts(sup: ProfileSession) -> None:
    _fill(sup)
    first = queue.page(sup, limit=10)
    assert first.total == 30
    assert [r.instance_id for r in first.rows] == [f"uuid:{i:04d}" for i in range(29, 19, -1)]
    assert first.rows[0].name == "Resp 29" and first.rows[0].enumerator == "caro"
    second = queue.page(sup, offset=10, limit=10)
    assert second.rows[0].instance_id == "uuid:0019"
    ben = queue.page(sup, QueueFilter(enumerators=("ben",)), limit=100)
    assert ben.total == 10 and {r.enumerator for r in ben.rows} == {"ben"}
    both = queue.page(sup, QueueFilter(enumerators=("ben", "ana"), form_ids=("ipl12",)))
    assert both.total == 10 and all(r.form_id == "ipl12" for r in both.rows)
    south = queue.page(sup, QueueFilter(teams=("south",), descending=False), limit=3)
    assert [r.instance_id for r in south.rows] == ["uuid:0002", "uuid:0005", "uuid:0008"]
    window = QueueFilter(received_from=T0 + timedelta(hours=5), received_to=T0 + timedelta(hours=8))
    rows = queue.page(sup, window).rows
    assert [r.instance_id for r in rows] == ["uuid:0007", "uuid:0006", "uuid:0005"]
    by_enum = queue.page(sup, QueueFilter(sort="enumerator", descending=False), limit=11).rows
    assert [r.enumerator for r in by_enum] == ["ana"] * 10 + ["ben"]
    assert by_enum[0].instance_id == "uuid:0000"
    with pytest.raises(Exception):  # noqa: B017 - pydantic refuses an unknown sort
        QueueFilter(sort="name")  # type: ignore[arg-type]


def test_flag_filters_use_the_bits(sup: ProfileSession) -> None:
    _fill(sup, 12)
    sup.put_review_flags(
        [
            FlagUpdate("uuid:0003", int(Flag.SHORT_INTERVIEW), {"flags": []}),
            FlagUpdate("uuid:0004", int(Flag.OUTLIER | Flag.DUPLICATE), {"flags": []}),
        ]
    )
    flagged = queue.page(sup, QueueFilter(flagged_only=True))
    assert [r.instance_id for r in flagged.rows] == ["uuid:0004", "uuid:0003"]
    dup = queue.page(sup, QueueFilter(flags=("duplicate",)))
    assert [r.instance_id for r in dup.rows] == ["uuid:0004"]
    assert dup.rows[0].flags == Flag.OUTLIER | Flag.DUPLICATE
    counts = queue.flag_counts(sup)
    assert (
        counts["duplicate"] == 1
        and counts["short_interview"] == 1
        and counts["missing_location"] == 0
    )
    with pytest.raises(FieldappError) as err:
        QueueFilter(flags=("strange",)).query()
    assert err.value.code == "R105"


def test_status_counts_follow_decisions(sup: ProfileSession) -> None:
    _fill(sup, 9)
    from fieldapp.core.review import decisions

    decisions.approve(sup, "uuid:0000", reviewer="sara")
    decisions.return_to_enumerator(sup, "uuid:0001", reviewer="sara", comment="Check age")
    decisions.mark_has_issues(sup, "uuid:0003", reviewer="sara", comment="Phone?")
    assert queue.status_counts(sup) == {
        "received": 6,
        "has_issues": 1,
        "returned": 1,
        "approved": 1,
    }
    assert queue.status_counts(sup, QueueFilter(enumerators=("ana",))) == {
        "received": 1,
        "has_issues": 1,
        "returned": 0,
        "approved": 1,
    }
    received = queue.page(sup, QueueFilter(statuses=("received",)), limit=100)
    assert received.total == 6
    returned = queue.page(sup, QueueFilter(statuses=("returned",))).rows[0]
    assert returned.instance_id == "uuid:0001" and returned.comment_count == 1
    # a decision keeps the routing columns (the record is resealed, the row replaced)
    assert returned.enumerator == "ben" and returned.received_at.startswith("2026-11-02T10")


def test_name_search_within_filter(sup: ProfileSession) -> None:
    _fill(sup, 30)
    found = queue.search_names(sup, "resp 2", QueueFilter(enumerators=("caro",)))
    assert sorted(r.instance_id for r in found) == [
        "uuid:0002",
        "uuid:0020",
        "uuid:0023",
        "uuid:0026",
        "uuid:0029",
    ]


def test_saved_filters_round_trip(sup: ProfileSession) -> None:
    flt = QueueFilter(
        statuses=("received",),
        enumerators=("ana",),
        received_from=datetime(2026, 11, 1, tzinfo=UTC),
        flags=("short_interview",),
    )
    queue.save_filter(sup, "Ana's new ones", flt)
    queue.save_filter(sup, "all flagged", QueueFilter(flagged_only=True))
    names = [f.name for f in queue.saved_filters(sup)]
    assert names == ["all flagged", "Ana's new ones"]
    assert queue.saved_filters(sup)[1].filter == flt
    queue.save_filter(sup, "all flagged", QueueFilter(flagged_only=True, sort="enumerator"))
    assert len(queue.saved_filters(sup)) == 2  # replaced, not added
    assert queue.delete_filter(sup, "all flagged") and not queue.delete_filter(sup, "all flagged")
    with pytest.raises(FieldappError) as err:
        queue.save_filter(sup, " ", flt)
    assert err.value.code == "R104"
    many = QueueFilter(enumerators=tuple(f"enumerator-{i}" for i in range(200)))
    with pytest.raises(FieldappError) as err:
        queue.save_filter(sup, "huge", many)
    assert err.value.code == "R104"


def test_first_page_reads_an_index_without_sorting(sup: ProfileSession, store: Store) -> None:
    """The store's list design: each supported filter's rows come from an index in order."""
    _fill(sup, 5)
    sup.lock()
    with sqlite3.connect(store.db_path("Sara")) as conn:
        for where in (
            "",
            " AND status = 'received'",
            " AND enumerator = 'ana'",
            " AND enumerator = 'ana' AND status = 'received'",
            " AND form_id = 'ipl12'",
            " AND team = 'north'",
            " AND flags != 0 AND (flags & 4) != 0",
        ):
            plan = " ".join(
                str(r[-1])
                for r in conn.execute(
                    "EXPLAIN QUERY PLAN SELECT rec_id FROM submissions WHERE "
                    f"received_at IS NOT NULL{where} ORDER BY received_at DESC, rowid DESC LIMIT 50"
                )
            )
            assert "USING INDEX rv_" in plan and "TEMP B-TREE" not in plan, (where, plan)
    conn.close()


def test_export_import_keeps_routing(sup: ProfileSession, store: Store, tmp_path: Path) -> None:
    _fill(sup, 6)
    from fieldapp.core.review import decisions

    decisions.return_to_enumerator(sup, "uuid:0004", reviewer="sara", comment="Check")
    path = tmp_path / "team.fieldapp"
    sup.export_to(path, "transfer passphrase")
    store.create_profile("Sara2", "supervisor", PASS)
    other = store.unlock("Sara2", PASS)
    report = other.import_from(path, "transfer passphrase")
    assert report.added >= 6
    rows = {r.instance_id: r for r in queue.page(other, limit=100).rows}
    assert len(rows) == 6 and not any(r.damaged for r in rows.values())
    assert rows["uuid:0004"].status == "returned" and rows["uuid:0004"].enumerator == "ben"
    routing = sup.load("uuid:0005").routing
    assert routing is not None and rows["uuid:0005"].received_at == routing.received_at
    assert other.import_from(path, "transfer passphrase").added == 0  # idempotent
    assert queue.status_counts(other) == queue.status_counts(sup)
    other.lock()
