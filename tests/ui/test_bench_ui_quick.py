"""bench_ui.py runs end to end in --quick mode, so it can't rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_bench_ui_quick(repo_root: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(repo_root / "tests" / "benchmarks" / "bench_ui.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=repo_root,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for figure in ("cold start to home", "field-list", "question form", "dependents"):
        assert figure in result.stdout, result.stdout
