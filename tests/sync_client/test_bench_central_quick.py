"""bench_central_pull.py in --quick mode, so the benchmark script cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_bench_central_pull_quick() -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "tests" / "benchmarks" / "bench_central_pull.py"), "--quick"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "submissions/s" in run.stdout and "ratio pull / floor" in run.stdout
