"""Run a benchmark script in --quick mode from a test, so no benchmark can rot unnoticed.

The tests only check that the script runs and prints its figures; targets are never asserted
(they belong to the benchmarks, measured on a quiet machine).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_quick(script: str, *args: str, expect: Iterable[str] = (), timeout: float = 300) -> str:
    """Run ``tests/benchmarks/<script> --quick ARGS`` offscreen; return its stdout after checking
    it exited 0 and printed every ``expect`` line fragment."""
    done = subprocess.run(
        [sys.executable, str(REPO / "tests" / "benchmarks" / script), "--quick", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for fragment in expect:
        assert fragment in done.stdout, f"{fragment!r} missing from:\n{done.stdout}"
    return done.stdout
