"""Review decisions from the keyboard: Ctrl+Down / Ctrl+Up move through the queue from the
table or the comment box, Ctrl+I marks has issues, Ctrl+R returns (refused without a comment),
Ctrl+Enter approves; the buttons' tooltips and accessible descriptions name the keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fieldapp.ui.app import MainWindow
from tests.ui.driving import wait_until

from .loop import area, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _wait_detail(window: MainWindow, instance_id: str) -> None:
    review = area(window)
    wait_until(
        lambda: (
            review.detail.instance_id == instance_id
            and review.detail.detail is not None
            and review.jobs == 0
        )
    )


def _status(window: MainWindow, instance_id: str) -> str:
    assert window.profile is not None
    return window.profile.profile.load(instance_id).status


def test_decisions_and_moves_from_the_keyboard(qtbot: QtBot, team_dir: Path) -> None:
    window = open_window(qtbot, team_dir)
    review = area(window)
    queue, detail = review.queue, review.detail
    queue.status_buttons["received"].click()
    assert queue.model.rowCount() >= 4
    first = queue.current_id()
    _wait_detail(window, first)

    queue.table.setFocus()
    QTest.keyClick(queue.table, Qt.Key.Key_Down, CTRL)
    second = queue.current_id()
    assert second != first and queue.table.currentIndex().row() == 1
    _wait_detail(window, second)
    QTest.keyClick(queue.table, Qt.Key.Key_Up, CTRL)
    assert queue.current_id() == first
    QTest.keyClick(queue.table, Qt.Key.Key_Up, CTRL)  # already the first row: stays
    assert queue.current_id() == first
    _wait_detail(window, first)

    # Ctrl+R without a comment is refused, with the reason, nothing stored
    detail.comment.setFocus()
    QTest.keyClick(detail.comment, Qt.Key.Key_R, CTRL)
    assert "Write what the enumerator should fix" in detail.message.text()
    assert _status(window, first) == "received"

    # typed comment, then Ctrl+R from inside the comment box returns it
    QTest.keyClicks(detail.comment, "Age does not match the household roster.")
    QTest.keyClick(detail.comment, Qt.Key.Key_R, CTRL)
    wait_until(lambda: review.jobs == 0 and _status(window, first) == "returned")
    assert "\n" not in detail.comment.toPlainText()

    # move on with the keyboard and mark has issues, then approve the next one
    queue.table.setFocus()
    target = queue.current_id()
    _wait_detail(window, target)
    QTest.keyClick(queue.table, Qt.Key.Key_I, CTRL)
    wait_until(lambda: review.jobs == 0 and _status(window, target) == "has_issues")
    QTest.keyClick(queue.table, Qt.Key.Key_Down, CTRL)
    nxt = queue.current_id()
    assert nxt and nxt != target
    _wait_detail(window, nxt)
    assert _status(window, nxt) == "received"
    detail.comment.setFocus()
    QTest.keyClick(detail.comment, Qt.Key.Key_Return, CTRL)
    wait_until(lambda: review.jobs == 0 and _status(window, nxt) == "approved")
    assert detail.comment.toPlainText() == ""  # Ctrl+Enter did not type a line break


def test_decision_buttons_name_their_keys(qtbot: QtBot, team_dir: Path) -> None:
    window = open_window(qtbot, team_dir)
    detail = area(window).detail
    assert detail.approve_button.toolTip().endswith("(Ctrl+Return)")
    assert detail.return_button.toolTip().endswith("(Ctrl+R)")
    assert detail.issues_button.toolTip().endswith("(Ctrl+I)")
    assert detail.approve_button.accessibleDescription() == "Shortcut: Ctrl+Return"
    assert area(window).queue.table.accessibleName() == "Review queue"
    # the shortcuts belong to the review page only: on another tab they do nothing
    assert window.home is not None
    window.home.tabs.setCurrentIndex(1)
    wait_until(lambda: area(window).jobs == 0, timeout=30)
    current = area(window).queue.current_id()
    QTest.keyClick(window.home.tabs.currentWidget(), Qt.Key.Key_Return, CTRL)
    QTest.qWait(50)
    assert area(window).jobs == 0
    assert window.profile is not None
    assert _status(window, current) != "approved" or current == ""
