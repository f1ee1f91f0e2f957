"""Whole interviews through the real app: real store, real engine, real widgets."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldapp.core.scoring.ipl import score_ipl
from fieldapp.ui.app import MainWindow
from tests.ui.conftest import PASSPHRASE
from tests.ui.driving import Interviewer, start_form, unlock, wait_until

IPL12 = "ipl12@2026112301"


def _open(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    unlock(window, PASSPHRASE)
    return window


def test_ipl12_keyboard_only_to_scores_and_outbox(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, data_dir)
    screen = start_form(window, IPL12, keyboard=True)
    interviewer = Interviewer(screen, keyboard=True)
    interviewer.run_to_end()
    summary = screen.summary
    assert summary.chart is not None  # the radar chart of the six dimensions
    assert "0.00" not in summary.index_label.text()
    assert summary.finalize_button.isEnabled()
    summary.finalize_button.setFocus()
    QTest.keyClick(summary.finalize_button, Qt.Key.Key_Space)
    wait_until(lambda: window.interview is None)
    # let the end page's pending autosave come due: it must not reopen the finalized interview
    deadline = time.monotonic() + 0.8
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    profile = window.profile
    assert profile is not None
    outbox = profile.profile.outbox()
    assert outbox.total == 1
    assert profile.profile.count_submissions(status="draft") == 0
    record = profile.profile.load(outbox.rows[0].instance_id)
    scores = score_ipl(record.xml, "ipl12")
    assert scores.index is not None
    assert len(profile.profile.list_audit(record.instance_id)) > 0


def _last_substantive(question):  # type: ignore[no-untyped-def]
    """The last choice that isn't don't-know / refused: another answer pattern than IPL-12's."""
    values = [c.value for c in question.choices]
    for value in reversed(values):
        if value not in {"dk", "refused", "pnta", "98", "99", "-98", "-99"}:
            return value
    return values[-1] if values else None


def test_ipl24_by_mouse_scores_in_form_match_the_scoring_module(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The long IPL form end to end by mouse: the form's own calculations (ipl_* fields in the
    saved instance) and the core scoring module agree, and the finalized record is in the outbox."""
    import re

    window = _open(qtbot, data_dir)
    screen = start_form(window, "ipl24@2026112301")
    interviewer = Interviewer(
        screen, keyboard=False, chooser=_last_substantive, answers={"/consent": "yes"}
    )
    interviewer.run_to_end()
    summary = screen.summary
    assert summary.chart is not None
    assert summary.finalize_button.isEnabled(), interviewer.problems_text()
    QTest.mouseClick(summary.finalize_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.interview is None)
    profile = window.profile
    assert profile is not None
    outbox = profile.profile.outbox()
    assert outbox.total == 1
    record = profile.profile.load(outbox.rows[0].instance_id)
    scores = score_ipl(record.xml, "ipl24")
    assert scores.index is not None
    text = record.xml.decode()
    for name, value in scores.as_flat_dict().items():
        found = re.search(rf"<{name}>([^<]*)</{name}>", text)
        assert found is not None, name
        if value is None:
            assert found.group(1) == "", name
        else:
            assert abs(float(found.group(1)) - float(value)) < 1e-9, name
