"""tests/benchmarks/bench_server.py must keep working: run it in --quick mode (about 8 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_bench_server_quick() -> None:
    done = subprocess.run(
        [sys.executable, "tests/benchmarks/bench_server.py", "--quick", "--backends", "sqlite"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "lost 0, duplicated 0" in done.stdout
    assert "throughput[sqlite, loopback]: batch API" in done.stdout
    assert "ingest[sqlite]" in done.stdout
