"""Build the PyInstaller bundle (and a minimal PySide6 baseline) into a folder; shared by the
frozen smoke test and the start-up benchmark."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

MINIMAL_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("minimal")
window.show()

def check():
    print("READY minimal", flush=True)
    app.quit()

QTimer.singleShot(0, check)
sys.exit(app.exec())
"""


def pyinstaller() -> list[str]:
    return [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]


def build_bundle(out: Path) -> Path:
    """Build build.spec into out/dist/fieldapp and return the executable."""
    subprocess.run(
        [
            *pyinstaller(),
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(REPO / "build.spec"),
        ],
        check=True,
        cwd=REPO,
        timeout=900,
    )
    exe = out / "dist" / "fieldapp" / ("fieldapp.exe" if os.name == "nt" else "fieldapp")
    assert exe.exists(), exe
    return exe


def build_minimal(out: Path) -> Path:
    """A bare QApplication + QMainWindow frozen the same way: the start-up baseline."""
    script = out / "minimal_qt.py"
    script.write_text(MINIMAL_APP, encoding="utf-8")
    subprocess.run(
        [
            *pyinstaller(),
            "--onedir",
            "--name",
            "minimal_qt",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work-min"),
            "--specpath",
            str(out),
            str(script),
        ],
        check=True,
        cwd=out,
        timeout=900,
    )
    exe = out / "dist" / "minimal_qt" / ("minimal_qt.exe" if os.name == "nt" else "minimal_qt")
    assert exe.exists(), exe
    return exe


def time_to_ready(cmd: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from process start until it prints READY (its first window is shown)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith("READY"):
                elapsed = time.perf_counter() - start
                break
        else:
            raise AssertionError(f"{cmd[0]} exited without READY")
        proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
    return elapsed
