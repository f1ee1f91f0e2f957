"""tests/benchmarks/bench_export.py must keep working: run it in --quick mode (a few seconds)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_bench_export_quick() -> None:
    done = subprocess.run(
        [sys.executable, "tests/benchmarks/bench_export.py", "--quick"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for line in (
        "received diaspora submissions stored",
        "CSV export of 1,000 submissions",
        "helper processes (auto)",
        "the same in one process:",
        "sqlite3 -csv, same rows as a plaintext table",
        "ratio",
        "Mcells/s as rows x columns",
        "memory (tracemalloc peak), CSV export, streamed:",
        "memory (tracemalloc peak), SAV export",
    ):
        assert line in done.stdout, done.stdout
