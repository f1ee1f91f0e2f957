"""Benchmarks of the supervisor's review queue, each against a baseline measured in the same run.

Setup: N received submissions (default 100,000) of the built-in forms, filled once through the
engine and varied (instance id, a few answers), stored through ``put_received`` in bulk; 40
enumerators in 4 teams over 60 days; 1% decided (approved / returned / has issues); flag bits on
the IPL rows set with ``put_review_flags`` (~8% flagged, 0.5% duplicates).

1. Queue first page (50 rows, with the total count) unfiltered, and filtered by status,
   enumerator, enumerator + status, form, team, a 7-day window, flags; sorted by enumerator; a
   deep page. Baseline: the same SELECT + count(*) in raw sqlite3 on the same file (no
   decryption). Targets: first page <= 50 ms, a filter <= 100 ms.
2. Status counts (the tabs' badges).
3. Flag computation rate: ``refresh_flags`` on the diaspora submissions (decrypt, parse, facts,
   team statistics, sealed write) vs decrypting the same records only (``session.load``).

    .venv/bin/python tests/benchmarks/bench_review.py            # N = 100,000
    .venv/bin/python tests/benchmarks/bench_review.py --quick    # small N, for the pytest smoke run
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fieldapp.core.review import decisions, queue
from fieldapp.core.review.flags import Flag, refresh_flags
from fieldapp.core.review.queue import QueueFilter
from fieldapp.core.store import (
    CHEAP_TEST_KDF,
    FlagUpdate,
    ReceivedSubmission,
    ReviewQuery,
    Store,
)
from tests.review.kit import add_form, diaspora, form, ipl12

PASS = "benchmark passphrase"
T0 = datetime(2026, 9, 1, tzinfo=UTC)
ENUMERATORS = [f"enum{i:02d}" for i in range(40)]
_IID = re.compile(rb"<instanceID>[^<]*</instanceID>")
_AGE = re.compile(rb"<age>\d+</age>")
_PHONE = re.compile(rb"<contact_phone>[^<]*</contact_phone>")
_NAME = re.compile(rb"<contact_name>[^<]*</contact_name>")


def _items(n: int, n_diaspora: int) -> Iterator[ReceivedSubmission]:
    """Varied copies of two real filled interviews (generated lazily: memory stays flat)."""
    ipl = ipl12()
    dia = diaspora()
    ipl_v, dia_v = form("ipl12").version or "", form("diaspora").version or ""
    rng = random.Random(7)
    span = 60 * 24 * 3600
    step = n // n_diaspora if n_diaspora else n + 1
    for i in range(n):
        iid = f"uuid:{i:08d}"
        enum = i % len(ENUMERATORS)
        at = T0 + timedelta(seconds=span * i / n)
        if i % step == 0 and n_diaspora:
            age = 18 + rng.randrange(60) if rng.random() > 0.01 else 109
            xml = _IID.sub(f"<instanceID>{iid}</instanceID>".encode(), dia)
            xml = _AGE.sub(f"<age>{age}</age>".encode(), xml)
            phone = rng.randrange(10_000_000) if rng.random() > 0.02 else 1
            xml = _PHONE.sub(f"<contact_phone>+34 6{phone:08d}</contact_phone>".encode(), xml)
            xml = _NAME.sub(f"<contact_name>Person {rng.randrange(n)}</contact_name>".encode(), xml)
            form_id, version = "diaspora", dia_v
        else:
            xml = _IID.sub(f"<instanceID>{iid}</instanceID>".encode(), ipl)
            form_id, version = "ipl12", ipl_v
        yield ReceivedSubmission(
            iid,
            form_id,
            version,
            xml,
            name=f"Respondent {i}",
            created_at=(at - timedelta(hours=2)).isoformat(),
            enumerator=ENUMERATORS[enum],
            team=f"team{enum % 4}",
            received_at=at.isoformat(),
        )


def build(workdir: Path, n: int, n_diaspora: int) -> tuple[Store, dict[str, float]]:
    store = Store(workdir / "data", kdf=CHEAP_TEST_KDF)
    store.create_profile("Sup", "supervisor", PASS)
    session = store.unlock("Sup", PASS)
    add_form(session, "ipl12")
    add_form(session, "diaspora")
    start = time.perf_counter()
    added = session.put_received(_items(n, n_diaspora))
    put_s = time.perf_counter() - start
    assert added == n
    # 1% corrected resubmissions (deprecatedID chains) arriving at the end
    ipl, ipl_v = ipl12(), form("ipl12").version or ""
    resubmitted = [
        ReceivedSubmission(
            f"uuid:fix{i:08d}",
            "ipl12",
            ipl_v,
            _IID.sub(f"<instanceID>uuid:fix{i:08d}</instanceID>".encode(), ipl),
            enumerator=ENUMERATORS[i % len(ENUMERATORS)],
            team=f"team{i % len(ENUMERATORS) % 4}",
            received_at=(T0 + timedelta(days=61)).isoformat(),
            deprecated_id=f"uuid:{i:08d}",
        )
        for i in range(0, n, 100)
    ]
    session.put_received(resubmitted)
    rng = random.Random(3)
    decided = rng.sample(range(n), max(3, n // 100))
    for k, i in enumerate(decided):
        iid = f"uuid:{i:08d}"
        if k % 3 == 0:
            decisions.approve(session, iid, reviewer="sup")
        elif k % 3 == 1:
            decisions.return_to_enumerator(session, iid, reviewer="sup", comment="check")
        else:
            decisions.mark_has_issues(session, iid, reviewer="sup", comment="call back")
    updates = []
    for i in range(n):
        r = rng.random()
        mask = 0
        if r < 0.05:
            mask = Flag.SHORT_INTERVIEW
        elif r < 0.075:
            mask = Flag.MANY_DONT_KNOW | Flag.OUTLIER
        elif r < 0.08:
            mask = Flag.DUPLICATE
        if mask:
            updates.append(FlagUpdate(f"uuid:{i:08d}", int(mask), {"flags": []}))
    start = time.perf_counter()
    session.put_review_flags(updates)
    flags_s = time.perf_counter() - start
    session.lock()
    return store, {
        "put_per_s": n / put_s,
        "flag_rows": len(updates),
        "flag_per_s": len(updates) / flags_s,
        "resubmitted": len(resubmitted),
    }


def cases(n: int) -> dict[str, tuple[QueueFilter, int]]:
    week = T0 + timedelta(days=30)
    return {
        "no filter (first page)": (QueueFilter(), 0),
        "status=received": (QueueFilter(statuses=("received",)), 0),
        "status=approved (few rows)": (QueueFilter(statuses=("approved",)), 0),
        "enumerator=enum07": (QueueFilter(enumerators=("enum07",)), 0),
        "enumerator + status=received": (
            QueueFilter(enumerators=("enum07",), statuses=("received",)),
            0,
        ),
        "form=diaspora": (QueueFilter(form_ids=("diaspora",)), 0),
        "team=team2": (QueueFilter(teams=("team2",)), 0),
        "received in a 7-day window": (
            QueueFilter(received_from=week, received_to=week + timedelta(days=7)),
            0,
        ),
        "flagged (any flag)": (QueueFilter(flagged_only=True), 0),
        "flag=duplicate (rare)": (QueueFilter(flags=("duplicate",)), 0),
        "sorted by enumerator": (QueueFilter(sort="enumerator", descending=False), 0),
        "latest versions only": (QueueFilter(latest_only=True), 0),
        f"deep page (offset {min(5000, n - 50):,})": (QueueFilter(), min(5000, n - 50)),
    }


def _median_ms(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench_queue(store: Store, n: int) -> dict[str, tuple[float, float, int]]:
    """label -> (ours ms, raw sqlite3 ms, total rows)."""
    session = store.unlock("Sup", PASS)
    raw = sqlite3.connect(store.db_path("Sup"))
    out: dict[str, tuple[float, float, int]] = {}
    for label, (flt, offset) in cases(n).items():
        query = flt.query(offset=offset, limit=50)
        where, params = session._review_where(query)  # same SQL as the store, no decryption
        order = f"{query.sort} DESC, rowid DESC" if query.descending else f"{query.sort}, rowid"
        if query.sort == "enumerator":
            order = "enumerator, received_at, rowid"
        sql = (
            "SELECT rec_id, form_id, form_version, status, created_at, updated_at, version, head, "
            f"enumerator, team, received_at, deprecated_id, flags FROM submissions{where} "
            f"ORDER BY {order} LIMIT 50 OFFSET {offset}"
        )

        def baseline(
            sql: str = sql,
            where: str = where,
            params: list[Any] = params,
            query: ReviewQuery = query,
        ) -> None:
            session._review_total(raw, query, where, params)  # the store's count SQL
            raw.execute(sql, params).fetchall()

        page = session.list_review(query)
        assert page.rows and not any(r.damaged for r in page.rows), label
        ours = _median_ms(lambda query=query: session.list_review(query))
        base = _median_ms(baseline)
        out[label] = (ours, base, page.total)
    counts_ms = _median_ms(lambda: queue.status_counts(session))
    raw_counts = _median_ms(
        lambda: raw.execute(
            "SELECT status, count(*) FROM submissions WHERE received_at IS NOT NULL GROUP BY status"
        ).fetchall()
    )
    out["status counts (4 tabs)"] = (counts_ms, raw_counts, n)
    raw.close()
    session.lock()
    return out


def bench_flags(store: Store) -> dict[str, float]:
    session = store.unlock("Sup", PASS)
    ids = session.received_ids("diaspora")
    start = time.perf_counter()
    for iid in ids:
        session.load(iid)
        session.list_attachments(iid)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    report = refresh_flags(session, "diaspora")
    flags_s = time.perf_counter() - start
    assert report.read == len(ids)
    flagged = queue.page(session, QueueFilter(form_ids=("diaspora",), flagged_only=True)).total
    start = time.perf_counter()
    again = refresh_flags(session, "diaspora")  # nothing new: skipped without decrypting
    again_s = time.perf_counter() - start
    assert again.read == 0 and again.changed == 0
    one = next(_items(1, 1))
    xml = _IID.sub(b"<instanceID>uuid:late</instanceID>", one.xml)
    session.put_received([ReceivedSubmission("uuid:late", "diaspora", one.form_version, xml)])
    start = time.perf_counter()
    late = refresh_flags(session, "diaspora")  # one new: read it, re-evaluate the team
    late_s = time.perf_counter() - start
    assert late.read == 1
    session.lock()
    return {
        "n": len(ids),
        "ours_per_s": len(ids) / flags_s,
        "load_per_s": len(ids) / load_s,
        "flagged": flagged,
        "again_s": again_s,
        "late_s": late_s,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes for the smoke test")
    parser.add_argument("--n", type=int, default=None, help="received submissions")
    args = parser.parse_args(argv)
    n = args.n or (2000 if args.quick else 100_000)
    n_diaspora = max(50, n // 20)
    workdir = Path(tempfile.mkdtemp(prefix="bench_review_"))
    ok = True
    try:
        print(f"CPUs {os.cpu_count()}, load average {os.getloadavg()[0]:.2f} (shared machine)")
        store, built = build(workdir, n, n_diaspora)
        print(
            f"setup: {n:,} received ({n_diaspora:,} diaspora), put_received "
            f"{built['put_per_s']:,.0f}/s, then {built['resubmitted']:,.0f} resubmissions "
            f"(deprecatedID); flag bits on {built['flag_rows']:,.0f} rows "
            f"{built['flag_per_s']:,.0f}/s"
        )
        print(f"queue page (50 rows + total count) over {n:,}, median of 7:")
        print(f"  {'case':32s} {'ours':>9s} {'raw sqlite3':>12s} {'ratio':>6s} {'rows':>8s}")
        for label, (ours, base, total) in bench_queue(store, n).items():
            target = 50.0 if label.startswith(("no filter", "status counts")) else 100.0
            ok &= ours <= target
            verdict = "OK" if ours <= target else "MISSED"
            print(
                f"  {label:32s} {ours:7.2f} ms {base:9.2f} ms {ours / base:5.1f}x {total:8,}"
                f"  (target <= {target:.0f} ms) {verdict}"
            )
        f = bench_flags(store)
        print(f"flag computation on {f['n']:,.0f} diaspora submissions (real form, ~75 questions):")
        print(
            f"  refresh_flags {f['ours_per_s']:,.0f}/s vs decrypt only (load + attachments) "
            f"{f['load_per_s']:,.0f}/s: {f['load_per_s'] / f['ours_per_s']:.1f}x the bare cost; "
            f"{f['flagged']:,.0f} flagged"
        )
        print(
            f"  next run with nothing new {f['again_s'] * 1000:.1f} ms; with one new submission "
            f"(read it, re-evaluate all {f['n']:,.0f}) {f['late_s'] * 1000:.0f} ms"
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("ALL TARGETS MET" if ok else "SOME TARGETS MISSED")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
