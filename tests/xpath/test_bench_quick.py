"""bench_xpath.py runs end to end in --quick mode, so it can't rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_xpath.py"


def test_bench_xpath_quick() -> None:
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    for label in ("compile:", "evaluate:", "first refilter", "subsequent refilters", "naive"):
        assert label in proc.stdout
