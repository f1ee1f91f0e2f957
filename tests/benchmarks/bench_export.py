"""Benchmarks of exports, each against a baseline measured in the same run.

1. CSV export of N received diaspora submissions (the real built-in form: 470+ columns with the
   select-multiple 0/1 columns, a repeat) from the encrypted store: ``export_submissions`` vs
   ``sqlite3 -csv`` dumping the same rows as a plaintext table (same columns, same values; the
   baseline table lives in a temporary folder that is deleted afterwards). Target: <= 1.5x.
   Timed as a supervisor meets it: rows prepared after the pull (prepared.py; best of 3, like
   the baseline), and also cold — nothing prepared, every record parsed, with the helper
   processes the app starts from 20k such records (pipeline.py) and in one process — plus what
   preparing costs. Run it on an idle machine: the helpers need the second CPU core.
2. XLSX export (xlsxwriter constant_memory) of the first M submissions: cells per second, counted
   as rows x columns of the sheets and, stricter, as the non-empty cells written. Target:
   >= 0.7 Mcells/s.
   SAV and DTA exports of the same M submissions, against a one-process CSV export of them
   (the SAV / DTA writers spool rows to a scratch file first: about 2x is expected).
3. Memory: tracemalloc peak of a CSV export of K1 and of K2 = 10 x K1 submissions (same profile,
   a date filter picks the first K rows), in one process at both sizes. Flat = the peak does
   not grow with the row count.
   The same for SPSS .sav and Stata .dta (our streaming writers: rows spooled to a scratch
   file, then written; target: peak at 10x the rows within ~1.2x).

    .venv/bin/python tests/benchmarks/bench_export.py            # N = 100,000 (~1 GB of disk)
    .venv/bin/python tests/benchmarks/bench_export.py --quick    # small N, for the pytest smoke run
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions
from fieldapp.core.export.exporter import auto_workers
from fieldapp.core.export.prepared import prepare_rows
from fieldapp.core.store import ProfileSession, ReceivedSubmission
from tests.export.exportkit import definition, diaspora, supervisor

BASE = datetime(2026, 1, 1, tzinfo=UTC)
_ID = re.compile(rb"<instanceID>[^<]*</instanceID>")


def variants(n: int = 24) -> list[bytes]:
    """Engine-filled diaspora interviews with varied answers and 0-3 associations."""
    out = []
    sexes = ("female", "male", "other", "pna")
    countries = ("ECU ESP", "ECU", "ESP ITA", "ECU USA FRA")
    for i in range(n):
        _, xml = diaspora(
            age=str(18 + 3 * i),
            sex=sexes[i % 4],
            citizenships=countries[i % 4],
            associations=tuple(f"Asociación {i}-{k}" for k in range(i % 4)),
            username=f"enum{i % 8}",
        )
        out.append(xml)
    return out


def items(start: int, count: int, pool: list[bytes], version: str) -> list[ReceivedSubmission]:
    """Submissions ``start``..``start + count``: pool answers, own ids, one second apart."""
    out = []
    for i in range(start, start + count):
        iid = f"uuid:{uuid.UUID(int=i + 1)}"
        xml = _ID.sub(f"<instanceID>{iid}</instanceID>".encode(), pool[i % len(pool)], count=1)
        received = BASE + timedelta(seconds=i)
        out.append(
            ReceivedSubmission(
                iid,
                "diaspora",
                version,
                xml,
                enumerator=f"enum{i % 8}",
                team="north",
                received_at=received.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            )
        )
    return out


def fill(session: ProfileSession, n: int) -> float:
    started = time.perf_counter()
    pool = variants()
    version = definition("diaspora").version or ""
    for start in range(0, n, 5000):
        session.put_received(items(start, min(5000, n - start), pool, version))
    return time.perf_counter() - started


def first(k: int) -> ExportFilter:
    return ExportFilter("diaspora", date_to=BASE + timedelta(seconds=k))


def bench_csv(session: ProfileSession, work: Path, n: int) -> dict[str, float]:
    out = work / "export.csv"
    request = ExportRequest(ExportFilter("diaspora"), "csv", out)
    # cold: nothing prepared yet, every record parsed
    started = time.perf_counter()
    export_submissions(session, request, workers=0)
    in_process = time.perf_counter() - started
    started = time.perf_counter()
    report = export_submissions(session, request)  # helpers when worth it
    cold = time.perf_counter() - started
    assert report.exported == n and report.prepared == 0, report
    cold_bytes = out.read_bytes()
    # what the app does after each pull or import, with the review flags
    started = time.perf_counter()
    prep = prepare_rows(session)
    prepare = time.perf_counter() - started
    assert prep.prepared == n, prep
    best = float("inf")
    for _ in range(3):  # the export a supervisor runs (best of 3, like the baseline)
        started = time.perf_counter()
        report = export_submissions(session, request)
        best = min(best, time.perf_counter() - started)
        assert report.exported == n and report.prepared == n, report
        assert out.read_bytes() == cold_bytes  # the same file, byte for byte
    ours = best
    columns = report.columns
    # baseline: the same rows, plaintext, in a bare SQLite table dumped by the sqlite3 shell
    base_db = work / "plain.db"
    conn = sqlite3.connect(base_db)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        cols = ", ".join(f'"c{i}"' for i in range(len(header)))
        conn.execute(f"CREATE TABLE t ({cols})")
        marks = ", ".join("?" for _ in header)
        while True:
            rows = [row for _, row in zip(range(2000), reader, strict=False)]
            if not rows:
                break
            conn.executemany(f"INSERT INTO t VALUES ({marks})", rows)
    conn.commit()
    conn.close()
    dump = work / "sqlite3.csv"
    baseline = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        with open(dump, "wb") as handle:
            subprocess.run(
                ["sqlite3", "-csv", "-header", str(base_db), "SELECT * FROM t"],
                stdout=handle,
                check=True,
            )
        baseline = min(baseline, time.perf_counter() - started)
    size_ours, size_base = out.stat().st_size, dump.stat().st_size
    for path in (base_db, dump, out):
        path.unlink()
    return {
        "ours": ours,
        "cold": cold,
        "prepare": prepare,
        "in_process": in_process,
        "workers": auto_workers(n),
        "baseline": baseline,
        "columns": columns,
        "size_ours": size_ours,
        "size_base": size_base,
    }


def bench_xlsx(session: ProfileSession, work: Path, m: int) -> dict[str, float]:
    out = work / "export.xlsx"
    started = time.perf_counter()
    report = export_submissions(session, ExportRequest(first(m), "xlsx", out))
    seconds = time.perf_counter() - started
    assert report.exported == m
    repeat_rows = sum(report.repeat_rows.values())
    grid = m * report.columns + repeat_rows * 6
    nonempty = 0
    csv_out = work / "count.csv"
    export_submissions(session, ExportRequest(first(m), "csv", csv_out))
    for name in [csv_out, work / "count-associations.csv"]:
        with open(name, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            nonempty += sum(1 for row in reader for cell in row if cell)
        name.unlink()
    size = out.stat().st_size
    out.unlink()
    return {"seconds": seconds, "grid": grid, "nonempty": nonempty, "size": size}


def bench_stat(session: ProfileSession, work: Path, m: int) -> dict[str, float]:
    """Seconds for CSV (in one process, the same rows) and for SAV / DTA of the first m."""
    seconds = {}
    for fmt in ("csv", "sav", "dta"):
        out = work / f"stat.{fmt}"
        started = time.perf_counter()
        report = export_submissions(session, ExportRequest(first(m), fmt, out), workers=0)  # type: ignore[arg-type]
        seconds[fmt] = time.perf_counter() - started
        assert report.exported == m
        for path in work.glob("stat*"):
            path.unlink()
    return seconds


def bench_memory(
    session: ProfileSession, work: Path, k1: int, k2: int, fmt: str
) -> list[tuple[int, int]]:
    peaks = []
    for k in (k1, k2):
        out = work / f"mem{k}.{fmt}"
        tracemalloc.start()
        # in one process at both sizes: from 20k rows the app adds helper processes, whose
        # batches in flight (bounded, but timing-dependent) would blur the comparison
        request = ExportRequest(first(k), fmt, out)  # type: ignore[arg-type]
        export_submissions(session, request, workers=0)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        peaks.append((k, peak))
        for path in work.glob(f"mem{k}*"):
            path.unlink()
    return peaks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (smoke run)")
    parser.add_argument("--n", type=int, default=None, help="submissions for the CSV benchmark")
    args = parser.parse_args(argv)
    n = args.n or (1_000 if args.quick else 100_000)
    m = min(n, 500 if args.quick else 20_000)
    k1 = min(n, 100 if args.quick else 2_000)
    k2 = min(n, 10 * k1)
    print(f"cpus {os.cpu_count()}, load average {os.getloadavg()[0]:.2f}")
    root = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        session = supervisor(root / "data", "diaspora")
        filled = fill(session, n)
        print(f"store: {n:,} received diaspora submissions stored in {filled:.1f} s")
        work = root / "work"
        work.mkdir()

        r = bench_csv(session, work, n)
        ratio = r["ours"] / r["baseline"]
        print(f"CSV export of {n:,} submissions ({int(r['columns'])} columns + repeat file)")
        rate, mb = n / r["ours"], r["size_ours"] / 1e6
        ours, base, base_mb = r["ours"], r["baseline"], r["size_base"] / 1e6
        workers = int(r["workers"])
        print(f"  sqlite3 -csv, same rows as a plaintext table {base:.2f} s ({base_mb:.0f} MB)")
        print("  fieldapp export, rows prepared after the pull (decrypt + project + write):")
        print(f"    {ours:.2f} s ({rate:,.0f} rows/s), {mb:.0f} MB written, one process")
        print(f"    ratio {ratio:.2f}x (target <= 1.5x): {'PASS' if ratio <= 1.5 else 'MISS'}")
        cold, solo, prep = r["cold"], r["in_process"], r["prepare"]
        print("  nothing prepared (decrypt + parse + write), the same file byte for byte:")
        print(f"    {cold:.2f} s with {workers} helper processes ({cold / base:.2f}x),")
        print(f"    {solo:.2f} s in one process ({solo / base:.2f}x)")
        print(f"  preparing the rows (after each pull / import, in the background): {prep:.2f} s")
        print(f"    = {prep / n * 1e6:.0f} us a record, paid once per submission")

        x = bench_xlsx(session, work, m)
        grid_rate, strict_rate = x["grid"] / x["seconds"] / 1e6, x["nonempty"] / x["seconds"] / 1e6
        print(f"XLSX export of {m:,} submissions: {x['seconds']:.2f} s, {x['size'] / 1e6:.0f} MB")
        grid, nonempty = x["grid"], x["nonempty"]
        print(f"  {grid_rate:.2f} Mcells/s as rows x columns ({grid:,.0f} cells)")
        print(f"  {strict_rate:.2f} Mcells/s counting only non-empty cells ({nonempty:,.0f})")
        verdict = ["PASS" if rate >= 0.7 else "MISS" for rate in (grid_rate, strict_rate)]
        print(f"  target >= 0.7 Mcells/s: {verdict[0]} (rows x columns), {verdict[1]} (non-empty)")

        st = bench_stat(session, work, m)
        print(f"SAV / DTA export of {m:,} submissions (our streaming writers, one process):")
        for fmt in ("sav", "dta"):
            ratio = st[fmt] / st["csv"]
            print(
                f"  {fmt.upper()} {st[fmt]:.2f} s, {ratio:.2f}x the CSV export ({st['csv']:.2f} s)"
            )

        for fmt, note in (("csv", "streamed"), ("sav", "streamed"), ("dta", "streamed")):
            (a, pa), (b, pb) = bench_memory(session, work, k1, k2, fmt)
            target = 1.5 if fmt == "csv" else 1.2  # SAV / DTA: issue 7's writers brief
            verdict = "flat" if pb <= target * pa else "grows"
            print(f"memory (tracemalloc peak), {fmt.upper()} export, {note}:")
            print(f"  {a:,} rows {pa / 1e6:.1f} MB, {b:,} rows {pb / 1e6:.1f} MB")
            print(f"  growth x{pb / pa:.2f} for x{b / a:.0f} rows ({verdict}, target <= {target}x)")
        session.lock()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
