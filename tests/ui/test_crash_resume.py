"""kill -9 in the middle of an interview, then reopen: the draft resumes exactly where it was.

The app runs in a subprocess (offscreen) answering IPL-12 page by page; after a few pages the
test kills it with SIGKILL, then opens the same data folder in the real app in this process,
continues the draft from the Drafts tab and checks the page and every acknowledged answer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldapp.ui.app import MainWindow
from tests.ui.conftest import PASSPHRASE
from tests.ui.driving import unlock, wait_until

DRIVER = Path(__file__).with_name("crash_driver.py")


def _run_and_kill(data_dir: Path, pages: int) -> tuple[str, dict[str, str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    errors = (data_dir.parent / "driver-stderr.txt").open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
        env=env,
    )
    last_ref, answers = "", {}
    try:
        assert proc.stdout is not None
        seen = 0
        for line in proc.stdout:
            if line.startswith("ACK"):
                _ack, last_ref, payload = line.rstrip("\n").split(" ", 2)
                answers = json.loads(payload)
                seen += 1
                if seen == pages:
                    break
        tail = (data_dir.parent / "driver-stderr.txt").read_text(encoding="utf-8")[-2000:]
        assert seen == pages, f"the app stopped before the kill: {tail}"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        errors.close()
    assert proc.returncode == -signal.SIGKILL
    return last_ref, answers


def test_resume_after_kill_9(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    last_ref, answers = _run_and_kill(data_dir, pages=6)
    assert len(answers) >= 4

    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    unlock(window, PASSPHRASE)
    drafts = window.home.record_tabs["draft"]
    assert drafts.model.rowCount() == 1
    window.home.tabs.setCurrentWidget(drafts)
    drafts.table.setCurrentIndex(drafts.proxy.index(0, 0))
    QTest.mouseClick(drafts.open_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.interview is not None)
    screen = window.interview
    assert screen.position()["ref"] == last_ref  # the same page
    for ref, value in answers.items():
        assert screen.session.value(ref) == value, ref
