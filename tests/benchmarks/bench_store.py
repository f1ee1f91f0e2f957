"""Benchmarks of the encrypted store, each against a baseline measured in the same run.

1. Draft save (autosave) of an instance XML with 1,000 answers: ``ProfileSession.save_draft`` p50 /
   p99 vs the floor: orjson + AES-256-GCM + a raw sqlite3 upsert with the same pragmas (WAL,
   synchronous=FULL). Target: p99 <= 2x the floor's p99.
2. Bulk store of N ~5 KB submissions (``put_received``, one transaction) vs a raw ``executemany``
   of the same plaintext blobs into a bare table. Target: throughput >= 0.5x.
3. First page (50 rows) of the list of N submissions filtered by status, by form, by date range;
   target <= 50 ms each (indexes on plaintext metadata; only the page's rows are decrypted).
4. Unlock at production Argon2id parameters (empty profile and the N-row profile).

    .venv/bin/python tests/benchmarks/bench_store.py            # N = 100,000 (~1 GB of disk)
    .venv/bin/python tests/benchmarks/bench_store.py --quick    # small N, for the pytest smoke run
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import orjson
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.core.store import (
    CHEAP_TEST_KDF,
    PRODUCTION_KDF,
    Comment,
    ReceivedSubmission,
    Store,
)

PASS = "benchmark passphrase"
ROUNDS = 3  # alternating rounds; the best of each side (the build machine is shared)
FORMS = 10


def instance_xml(answers: int, seed: int = 0) -> bytes:
    body = "".join(f"<q{i}>answer {i} value {seed}</q{i}>" for i in range(answers))
    return (
        f'<data id="bench"><meta><instanceID>uuid:{seed}</instanceID></meta>{body}</data>'.encode()
    )


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def raw_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


# ------------------------------------------------------------------------------ 1. draft
def bench_draft(workdir: Path, saves: int) -> dict[str, float]:
    xml = instance_xml(1000)
    store = Store(workdir / "draft", kdf=CHEAP_TEST_KDF)
    store.create_profile("Ana", "enumerator", PASS)
    session = store.unlock("Ana", PASS)
    ours: list[float] = []
    for i in range(saves + 5):
        start = time.perf_counter()
        session.save_draft("f", "1", "uuid:draft", xml, name="Resp", position={"ref": f"/q{i}"})
        if i >= 5:  # warm-up excluded
            ours.append(time.perf_counter() - start)
    session.lock()

    conn = raw_connect(workdir / "floor.db")
    conn.execute("CREATE TABLE t(id TEXT PRIMARY KEY, blob BLOB NOT NULL)")
    aead = AESGCM(os.urandom(32))
    floor: list[float] = []
    for i in range(saves + 5):
        start = time.perf_counter()
        payload = orjson.dumps({"xml": xml.decode(), "name": "Resp", "position": {"ref": f"/q{i}"}})
        nonce = os.urandom(12)
        blob = nonce + aead.encrypt(nonce, payload, b"t\x00uuid:draft")
        conn.execute("BEGIN")
        conn.execute("INSERT OR REPLACE INTO t(id, blob) VALUES (?, ?)", ("uuid:draft", blob))
        conn.execute("COMMIT")
        if i >= 5:
            floor.append(time.perf_counter() - start)
    conn.close()
    return {
        "xml_bytes": float(len(xml)),
        "ours_p50_ms": statistics.median(ours) * 1000,
        "ours_p99_ms": pct(ours, 0.99) * 1000,
        "floor_p50_ms": statistics.median(floor) * 1000,
        "floor_p99_ms": pct(floor, 0.99) * 1000,
    }


# ------------------------------------------------------------------------------- 2. bulk
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def submissions(n: int) -> Iterator[ReceivedSubmission]:
    filler = "x" * 4700
    for i in range(n):
        created = T0 + timedelta(minutes=7 * i)
        xml = f"<data><i>{i}</i><text>{filler}</text></data>".encode()
        yield ReceivedSubmission(
            instance_id=f"uuid:{i:08d}",
            form_id=f"form{i % FORMS}",
            form_version="1",
            xml=xml,
            name=f"Respondent {i}",
            created_at=created.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        )


def _raw_bulk(path: Path, n: int) -> float:
    conn = raw_connect(path)
    conn.execute(
        "CREATE TABLE t(id TEXT PRIMARY KEY, form_id TEXT, status TEXT, created_at TEXT, blob BLOB)"
    )
    rows = [(s.instance_id, s.form_id, "received", s.created_at, s.xml) for s in submissions(n)]
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _shaped_bulk(path: Path, ddl: list[str], n: int) -> float:
    """The store's own table and indexes, plaintext blobs, raw executemany: separates the cost
    of the indexes that lists need from the cost of sealing."""
    conn = raw_connect(path)
    for statement in ddl:
        conn.execute(statement)
    now = "2026-11-23T10:00:00.000000Z"
    rows = [
        (
            s.instance_id,
            s.form_id,
            "1",
            "received",
            s.created_at,
            now,
            i,
            (s.name or "").encode(),
            s.xml,
            now,  # received_at: put_received sets it, so the review indexes are maintained too
        )
        for i, s in enumerate(submissions(n))
    ]
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO submissions(rec_id, form_id, form_version, status, created_at, updated_at, "
        "version, head, sealed, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _ours_bulk(data_dir: Path, n: int) -> tuple[float, Store]:
    store = Store(data_dir, kdf=CHEAP_TEST_KDF)
    store.create_profile("Sup", "supervisor", PASS)
    session = store.unlock("Sup", PASS)
    items = list(submissions(n))
    start = time.perf_counter()
    added = session.put_received(items)
    elapsed = time.perf_counter() - start
    assert added == n
    session.lock()
    return elapsed, store


def bench_bulk(workdir: Path, n: int) -> tuple[dict[str, float], Store]:
    """Three alternating rounds of (raw, shaped, store); best time of each (the machine may be
    shared, and the first writer of a round warms caches)."""
    template = Store(workdir / "template", kdf=CHEAP_TEST_KDF)
    template.create_profile("T", "supervisor", PASS)
    with sqlite3.connect(template.db_path("T")) as tconn:
        ddl = [
            r[0]
            for r in tconn.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'submissions' AND sql IS NOT NULL"
            )
        ]
    tconn.close()
    raw_t, shaped_t, ours_t = [], [], []
    store: Store | None = None
    for round_ in range(ROUNDS):
        raw_t.append(_raw_bulk(workdir / f"raw{round_}.db", n))
        shaped_t.append(_shaped_bulk(workdir / f"shaped{round_}.db", ddl, n))
        if store is not None:
            shutil.rmtree(store.data_dir)
        elapsed, store = _ours_bulk(workdir / f"bulk{round_}", n)
        ours_t.append(elapsed)
        for name in (f"raw{round_}.db", f"shaped{round_}.db"):
            for suffix in ("", "-wal", "-shm"):
                (workdir / (name + suffix)).unlink(missing_ok=True)
    assert store is not None
    # give the list benchmark some statuses to filter on: 200 approved, 100 returned
    session = store.unlock("Sup", PASS)
    picked = random.Random(1).sample(range(n), min(n, 300))  # spread over forms and dates
    for i, index in enumerate(picked):
        instance = f"uuid:{index:08d}"
        if i < 200:
            session.mark_approved(instance)
        else:
            session.mark_returned(instance, [Comment("s", "redo", "t")])
    session.lock()
    raw_s, shaped_s, ours_s = min(raw_t), min(shaped_t), min(ours_t)
    return {
        "n": float(n),
        "raw_per_s": n / raw_s,
        "shaped_per_s": n / shaped_s,
        "ours_per_s": n / ours_s,
        "raw_s": raw_s,
        "ours_s": ours_s,
    }, store


# ------------------------------------------------------------------------------- 3. list
def bench_list(store: Store, n: int) -> dict[str, float]:
    session = store.unlock("Sup", PASS)
    span = timedelta(minutes=7 * n)  # created_at runs from T0 over this span
    cases = {
        "status=received (most rows)": {"status": "received"},
        "status=approved (few rows)": {"status": "approved"},
        "form=form3": {"form_id": "form3"},
        "created in a 30-day window": {
            "date_from": T0 + span * 0.4,
            "date_to": T0 + span * 0.4 + timedelta(days=30),
            "sort": "created_at",
        },
        "form=form3 + status=received": {"form_id": "form3", "status": "received"},
        "form=form3 + status=approved": {"form_id": "form3", "status": "approved"},
    }
    out: dict[str, float] = {}
    for label, kwargs in cases.items():
        times = []
        for _ in range(7):
            start = time.perf_counter()
            page = session.list_submissions(limit=50, **kwargs)  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
            assert page.rows and len(page.rows) <= 50
        out[label] = statistics.median(times) * 1000
    session.lock()
    return out


# ------------------------------------------------------------------------------ 4. unlock
def bench_unlock(workdir: Path, big: Store, repeat: int) -> dict[str, float]:
    store = Store(workdir / "unlock")
    store.create_profile("Ana", "enumerator", PASS)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        store.unlock("Ana", PASS).lock()
        times.append(time.perf_counter() - start)
    big_prod = Store(big.data_dir)  # production parameters
    big_session = big_prod.unlock("Sup", PASS)
    big_session.change_passphrase(PASS, PASS)  # re-wrapped: the slot now has production params
    big_session.lock()
    start = time.perf_counter()
    big_prod.unlock("Sup", PASS).lock()
    big_s = time.perf_counter() - start
    return {"empty_ms": statistics.median(times) * 1000, "big_ms": big_s * 1000}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes for the smoke test")
    parser.add_argument("--n", type=int, default=None, help="submissions for bulk/list")
    args = parser.parse_args(argv)
    n = args.n or (3000 if args.quick else 100_000)
    saves = 30 if args.quick else 300
    workdir = Path(tempfile.mkdtemp(prefix="bench_store_"))
    ok = True
    try:
        d = bench_draft(workdir, saves)
        ratio = d["ours_p99_ms"] / d["floor_p99_ms"]
        ok &= ratio <= 2.0
        print(f"draft save, 1,000 answers ({d['xml_bytes'] / 1024:.0f} KiB XML), {saves} saves:")
        print(f"  store  p50 {d['ours_p50_ms']:.2f} ms  p99 {d['ours_p99_ms']:.2f} ms")
        print(
            f"  floor  p50 {d['floor_p50_ms']:.2f} ms  p99 {d['floor_p99_ms']:.2f} ms "
            "(orjson + AES-GCM + raw upsert, WAL + synchronous=FULL)"
        )
        print(f"  p99 ratio {ratio:.2f}x (target <= 2x) {'OK' if ratio <= 2 else 'MISSED'}")

        b, big = bench_bulk(workdir, n)
        ratio = b["ours_per_s"] / b["raw_per_s"]
        ok &= ratio >= 0.5
        print(f"bulk store of {n:,} ~5 KB submissions (one transaction, best of {ROUNDS} rounds):")
        print(f"  store {b['ours_per_s']:,.0f}/s ({b['ours_s']:.2f} s)")
        print(f"  raw executemany, bare table {b['raw_per_s']:,.0f}/s ({b['raw_s']:.2f} s)")
        print(
            f"  raw executemany, the store's table + indexes, plaintext {b['shaped_per_s']:,.0f}/s"
        )
        verdict = "OK" if ratio >= 0.5 else "MISSED"
        print(
            f"  throughput ratio vs bare table {ratio:.2f}x (target >= 0.5x) {verdict}; "
            f"vs same table + indexes {b['ours_per_s'] / b['shaped_per_s']:.2f}x"
        )

        lists = bench_list(big, n)
        print(f"first page (50 rows) of {n:,}, median of 7:")
        for label, ms in lists.items():
            ok &= ms <= 50
            print(f"  {label:32s} {ms:6.2f} ms (target <= 50 ms) {'OK' if ms <= 50 else 'MISSED'}")

        u = bench_unlock(workdir, big, 1 if args.quick else 3)
        print(
            f"unlock at production Argon2id ({PRODUCTION_KDF.memory_kib // 1024} MiB, "
            f"t={PRODUCTION_KDF.iterations}, p={PRODUCTION_KDF.lanes}):"
        )
        print(
            f"  empty profile {u['empty_ms']:.0f} ms; with {n:,} records {u['big_ms']:.0f} ms "
            "(includes manifest verification)"
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("ALL TARGETS MET" if ok else "SOME TARGETS MISSED")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
