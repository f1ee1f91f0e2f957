"""bench_transfer.py in --quick mode, so the benchmark script cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_bench_transfer_quick() -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "tests" / "benchmarks" / "bench_transfer.py"), "--quick"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "export 20 submissions" in run.stdout and "reply round trip 20" in run.stdout
