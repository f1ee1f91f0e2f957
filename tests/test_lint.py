"""The code stays linted, formatted and type-checked (mypy strict on the core, per pyproject):
the same commands a developer runs, so CI refuses what review would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(*cmd: str) -> None:
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def test_ruff_lint() -> None:
    _run(str(BIN / "ruff"), "check", ".")


def test_ruff_format() -> None:
    _run(str(BIN / "ruff"), "format", "--check", ".")


def test_mypy(tmp_path: Path) -> None:
    _run(str(BIN / "mypy"), "--cache-dir", str(tmp_path / "mypy"), "fieldapp", "sync")
