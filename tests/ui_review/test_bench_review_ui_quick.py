"""tests/benchmarks/bench_review_ui.py must keep working: run it in --quick mode (seconds)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_bench_review_ui_quick() -> None:
    done = subprocess.run(
        [sys.executable, "tests/benchmarks/bench_review_ui.py", "--quick", "--n", "600"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for line in (
        "no filter (first page)",
        "enumerator + status",
        "jump to row 300",
        "filter bar (page + status counts)",
        "rows/s",
    ):
        assert line in done.stdout, done.stdout
