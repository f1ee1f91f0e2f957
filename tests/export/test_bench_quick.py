"""tests/benchmarks/bench_export.py must keep working: run it in --quick mode (a few seconds)."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_export_quick() -> None:
    run_quick(
        "bench_export.py",
        expect=(
            "received diaspora submissions stored",
            "CSV export of 1,000 submissions",
            "sqlite3 -csv, same rows as a plaintext table",
            "rows prepared after the pull",
            "ratio",
            "nothing prepared (decrypt + parse + write), the same file byte for byte",
            "helper processes (",
            "in one process (",
            "preparing the rows",
            "Mcells/s as rows x columns",
            "memory (tracemalloc peak), CSV export, streamed:",
            "SAV / DTA export of 500 submissions",
            "memory (tracemalloc peak), SAV export, streamed:",
            "memory (tracemalloc peak), DTA export, streamed:",
        ),
    )
