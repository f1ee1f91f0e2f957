"""bench_sync_client.py in --quick mode, so the benchmark script cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_bench_sync_client_quick() -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "tests" / "benchmarks" / "bench_sync_client.py"), "--quick"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "envelopes/s" in run.stdout and "push 20 submissions" in run.stdout
