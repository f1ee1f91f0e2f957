"""tests/benchmarks/bench_store.py must keep working: run it in --quick mode (a few seconds)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_bench_store_quick() -> None:
    done = subprocess.run(
        [sys.executable, "tests/benchmarks/bench_store.py", "--quick", "--n", "1500"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for line in (
        "draft save, 1,000 answers",
        "p99 ratio",
        "bulk store of 1,500",
        "first page",
        "created in a 30-day window",
        "unlock at production Argon2id",
    ):
        assert line in done.stdout, done.stdout
