"""Drive the enumerator's and the supervisor's windows through the review loop.

Only widgets are used for the loop itself (clicks, typing, dialogs answered from the event
loop); the one-time setup (server address and token, project key file) goes through the same
objects the Settings dialog calls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel

from fieldapp.ui.app import MainWindow
from fieldapp.ui.interview_screen import InterviewScreen
from fieldapp.ui.review_model import ID_ROLE
from fieldapp.ui.settings_dialog import ServerSettings
from fieldapp.ui.supervisor_area import SupervisorArea
from fieldapp.ui.transfer_dialog import ProfileProjectKey
from tests.ui.conftest import PASSPHRASE
from tests.ui.driving import (
    Interviewer,
    accept_dialog,
    ensure_active,
    start_form,
    unlock,
    wait_until,
)

IPL12 = "ipl12@2026112301"
ASKED = "/ipl12/psychological/psy1_p1"  # the question the supervisor comments on
COMMENT = "Please check this answer with the respondent."
OVERALL = "One answer to confirm, see the question."


def open_window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    unlock(window, PASSPHRASE)
    return window


def configure(
    window: MainWindow,
    *,
    url: str = "",
    token: str = "",
    key_file: Path | None = None,
    key_passphrase: str | None = None,
) -> None:
    """What the Settings dialog saves: server, token, project key; then the home is rebuilt."""
    profile = window.profile
    assert profile is not None
    if url:
        profile.save_server_settings(ServerSettings(url, token))
    if key_file is not None:
        access = ProfileProjectKey(profile.profile, supervisor=profile.role() == "supervisor")
        access.import_file(key_file, key_passphrase)
    window.show_home()


def area(window: MainWindow) -> SupervisorArea:
    found = window.review_area
    assert isinstance(found, SupervisorArea)
    return found


def sync(window: MainWindow) -> str:
    """Click Sync now and wait for the outcome (and, for a supervisor, the flags and queue)."""
    home = window.home
    assert home is not None and home.sync_button.isEnabled()
    window.sync_finished = None
    QTest.mouseClick(home.sync_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.sync_finished is not None, timeout=60)
    if window.review_area is not None:
        wait_until(lambda: area(window).jobs == 0, timeout=60)
    return str(window.sync_finished)


def fill_and_finalize(window: MainWindow) -> None:
    """The enumerator fills an IPL-12 by mouse and finalizes it."""
    screen = start_form(window, IPL12)
    interviewer = Interviewer(screen, keyboard=False, answers={"/consent": "yes"})
    interviewer.run_to_end()
    finalize(window, screen)


def finalize(window: MainWindow, screen: InterviewScreen) -> None:
    summary = screen.summary
    assert summary.finalize_button.isEnabled()
    QTest.mouseClick(summary.finalize_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.interview is None)


def select_row(window: MainWindow, instance_id: str) -> None:
    """Click the queue row of ``instance_id`` and wait for its detail."""
    review = area(window)
    table = review.queue.table
    model = review.queue.model
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == instance_id]
    assert rows, f"{instance_id} is not in the queue"
    table.scrollTo(model.index(rows[0], 0))
    rect = table.visualRect(model.index(rows[0], 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = review.detail
    wait_until(lambda: detail.detail is not None and detail.instance_id == instance_id)
    wait_until(lambda: review.jobs == 0)


def return_with_comments(window: MainWindow, instance_id: str) -> None:
    """Comment on one question (click it, "Comment on this question…", type in the dialog),
    write an overall comment,
    press Return to enumerator."""
    review = area(window)
    select_row(window, instance_id)
    detail = review.detail
    item = detail.item_for(ASKED)
    assert item is not None

    def type_comment(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(COMMENT)
        dialog.accept()

    tree = detail.answers
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tree.currentItem() is item
    accept_dialog(QInputDialog, then=type_comment)
    QTest.mouseClick(detail.comment_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: detail.question_comments.get(ASKED) == COMMENT)
    assert item.text(3) == COMMENT  # shown beside its question before it is sent
    detail.comment.setFocus()
    QTest.keyClicks(detail.comment, OVERALL)
    QTest.mouseClick(detail.return_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: review.jobs == 0 and not detail.message.text().startswith("Saving"))


def approve(window: MainWindow, instance_id: str) -> None:
    review = area(window)
    select_row(window, instance_id)
    QTest.mouseClick(review.detail.approve_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: review.jobs == 0)


def fix_returned(window: MainWindow, instance_id: str) -> str:
    """Open the returned interview (Returned tab, Edit), check the comments are shown next to
    the question, change that answer, finalize. Returns the new version's instance id."""
    home = window.home
    assert home is not None
    tab = home.record_tabs["returned"]
    home.tabs.setCurrentWidget(tab)
    assert tab.select_id(instance_id)
    QTest.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.interview is not None)
    screen = window.interview
    assert screen is not None
    assert OVERALL in screen.notice.text()
    for _ in range(20):
        if ASKED in screen.widgets:
            break
        QTest.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    widget = screen.widgets[ASKED]
    notes = [
        label.text() for label in widget.findChildren(QLabel) if label.objectName() == "notice"
    ]
    assert any(COMMENT in text for text in notes), notes  # next to its question
    old = screen.session.value(ASKED)
    other = next(c.value for c in widget.question.choices if c.value not in {old, "98", "99"})
    ensure_active(screen)
    Interviewer(screen, keyboard=False).answer(widget, other)
    QApplication.processEvents()
    assert screen.session.value(ASKED) == other
    Interviewer(screen, keyboard=False).run_to_end()
    new_id = screen.session.instance_id
    finalize(window, screen)
    return str(new_id)


def queue_ids(window: MainWindow) -> list[str]:
    model = area(window).queue.model
    return [str(model.index(r, 0).data(ID_ROLE)) for r in range(model.rowCount())]
