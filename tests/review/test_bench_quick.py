"""tests/benchmarks/bench_review.py must keep working: run it in --quick mode (a few seconds)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_bench_review_quick() -> None:
    done = subprocess.run(
        [sys.executable, "tests/benchmarks/bench_review.py", "--quick", "--n", "1200"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for line in (
        "setup: 1,200 received",
        "latest versions only",
        "no filter (first page)",
        "enumerator + status=received",
        "flag=duplicate (rare)",
        "status counts (4 tabs)",
        "refresh_flags",
    ):
        assert line in done.stdout, done.stdout
