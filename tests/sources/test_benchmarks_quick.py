"""bench_open.py (a) and bench_fill.py (e) run end to end in --quick mode, so they can't rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.bench_fill import engine_api

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
ENGINE_MISSING = "fieldapp.core.engine has no load_form_xml/FormSession yet"

pytestmark = pytest.mark.timeout(300)


def _run(script: str, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), "--quick", *args],
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_bench_open_quick() -> None:
    if engine_api() is None:
        pytest.skip(ENGINE_MISSING)
    out = _run("bench_open.py")
    row = next(line for line in out.splitlines() if line.strip().startswith("40 "))
    assert "n/a" not in row, out
    assert "x " in row  # a ratio against the pyxform baseline was printed
    assert "CSV external instance" in out


def test_bench_fill_quick() -> None:
    if engine_api() is None:
        pytest.skip(ENGINE_MISSING)
    out = _run("bench_fill.py")
    assert "child-vaccination" in out
    assert "empty answers" in out
    assert "JR warm" in out or "java/javac or the ODK Validate jar not found" in out
