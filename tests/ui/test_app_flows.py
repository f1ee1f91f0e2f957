"""The app around interviews: first run, drafts, a long mouse-driven interview with repeats,
autocomplete, constraints and a mid-interview switch to Arabic, locking and resuming."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from fieldapp.core.store import CHEAP_TEST_KDF
from fieldapp.ui.app import MainWindow
from fieldapp.ui.profile_screens import CreateProfileScreen, RecoveryKeyDialog, UnlockScreen
from tests.ui.conftest import PASSPHRASE
from tests.ui.driving import (
    Interviewer,
    accept_dialog,
    click_message_box,
    ensure_active,
    start_form,
    unlock,
    wait_until,
)

DIASPORA = "diaspora@2026112301"
DIASPORA_ANSWERS = {
    "/referral_code_in": "AB12CD",
    "/year_left": "2010",
    "/age": "34",
    "/household_size": "3",
    "/visits_12m": "1",
    "/contact_phone": "+593 99 123 4567",
    "/contact_email": "ana@example.org",
    "/coupons_given": "2",
    "/residence_country": "ESP",
    "/assoc_country": "ESP",
}


def _window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    unlock(window, PASSPHRASE)
    return window


def test_first_run_profile_recovery_key_and_builtin_forms(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(tmp_path / "fresh", kdf=CHEAP_TEST_KDF)
    qtbot.addWidget(window)
    window.show()
    screen = window.stack.currentWidget()
    assert isinstance(screen, CreateProfileScreen)
    QTest.keyClicks(screen.name, "maria")
    QTest.keyClicks(screen.passphrase, "short")
    QTest.keyClicks(screen.confirm, "short")
    QTest.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert "at least" in screen.message.text()  # refused, says why
    for edit in (screen.passphrase, screen.confirm):
        edit.clear()
        QTest.keyClicks(edit, "a long enough passphrase")
    shown: list[str] = []

    def read_and_close(dialog: RecoveryKeyDialog) -> None:
        shown.append(dialog.findChild(QLabel, "recoveryKey").text())
        saved = tmp_path / "key.txt"
        dialog.save_key(saved)
        shown.append(saved.read_text(encoding="utf-8"))
        dialog.accept()

    accept_dialog(RecoveryKeyDialog, read_and_close)
    QTest.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.home is not None, timeout=120)
    assert shown and len(shown[0]) >= 20 and shown[0] in shown[1]
    assert window.home.forms_model.rowCount() == 3  # the built-in forms
    assert "No server configured" in window.home.sync_label.text()


def test_diaspora_by_mouse_with_repeats_arabic_and_resume(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    screen = start_form(window, DIASPORA)
    interviewer = Interviewer(screen, keyboard=False, answers=DIASPORA_ANSWERS)

    # a constraint from the form, shown inline: a referral code with a space is refused
    for _ in range(10):
        if "/diaspora/interview/referral_code_in" in screen.widgets:
            break
        interviewer.answer_page()
        interviewer.next_page()
    code = screen.widgets["/diaspora/interview/referral_code_in"]
    edit = code.findChild(QLineEdit)
    QTest.keyClicks(edit, "no good")
    code.flush()
    assert "coupon" in code._error.text()
    edit.clear()
    QTest.keyClicks(edit, "AB12CD")
    code.flush()
    assert not code._error.isVisible()

    # switch the questions to Arabic in the middle: right-to-left, answers kept
    index = screen.language.findData("Arabic (ar)")
    assert index >= 0
    ensure_active(screen)
    screen.language.setCurrentIndex(index)
    assert screen.scroll_area.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.session.value("/diaspora/interview/referral_code_in") == "AB12CD"
    arabic = screen.widgets["/diaspora/interview/referral_code_in"]._label.text()
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic)
    screen.language.setCurrentIndex(screen.language.findData("English (en)"))
    assert screen.scroll_area.layoutDirection() == Qt.LayoutDirection.LeftToRight

    added: list[int] = []

    def add_one_more() -> bool:
        if added:
            return False
        added.append(1)
        QTest.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
        return True

    interviewer.answers["/assoc_member"] = "yes"
    interviewer.run_to_end(on_repeat=add_one_more)
    assert screen.session.repeat_count("/diaspora/social_capital/associations") == 2
    assert screen.summary.finalize_button.isEnabled()
    instance_id = window.opened.instance_id

    # save as a draft, close, find it in Drafts, reopen where it was
    QTest.mouseClick(screen.summary.save_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.home is not None)
    drafts = window.home.record_tabs["draft"]
    assert drafts.select_id(instance_id)
    window.home.tabs.setCurrentWidget(drafts)
    QTest.mouseClick(drafts.open_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.interview is not None)
    assert window.interview.page is not None and window.interview.page.kind == "end"
    assert window.interview.session.value("/diaspora/profile/age") == "34"
    QTest.mouseClick(window.interview.close_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.home is not None)

    # delete it, confirming in the dialog
    drafts = window.home.record_tabs["draft"]
    assert drafts.select_id(instance_id)
    click_message_box(QMessageBox.StandardButton.Yes)
    QTest.mouseClick(drafts.delete_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.home.record_tabs["draft"].model.rowCount() == 0)


def test_lock_after_inactivity_then_resume_the_interview(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    screen = start_form(window, "ipl24@2026112301")
    interviewer = Interviewer(screen, keyboard=True)
    for _ in range(4):
        interviewer.answer_page()
        interviewer.next_page()
    where = screen.position()
    answered = screen.session.value("/ipl24/consent")
    window.idle_timer.setInterval(300)  # instead of minutes
    window.idle_timer.start()
    wait_until(lambda: isinstance(window.stack.currentWidget(), UnlockScreen), timeout=10)
    assert window.profile is None  # keys wiped
    unlock(window, PASSPHRASE)
    wait_until(lambda: window.interview is not None)
    assert window.interview.position()["ref"] == where["ref"]
    assert window.interview.session.value("/ipl24/consent") == answered == "yes"


def test_arabic_ui_is_right_to_left_and_translated(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    try:
        window.set_ui_language("ar")
        app = QApplication.instance()
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.home is not None
        assert window.home.start_button.text() != "Start new interview"
    finally:
        window.set_ui_language("en")
    assert window.home.start_button.text() == "Start new interview"


def test_input_postpones_the_idle_lock(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    window.idle_timer.setInterval(600)
    window.idle_timer.start()
    for _ in range(8):  # real input arrives through the window, as from the OS
        qtbot.wait(150)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert window.profile is not None  # 1.2 s of activity > 0.6 s timeout, still unlocked
    wait_until(lambda: window.profile is None, timeout=10)
    assert isinstance(window.stack.currentWidget(), UnlockScreen)


def test_returned_interview_shows_comments_and_is_fixed_as_an_edit(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from fieldapp.core.store import Comment

    window = _window(qtbot, data_dir)
    screen = start_form(window, "ipl12@2026112301")
    Interviewer(screen, keyboard=False).run_to_end()
    QTest.mouseClick(screen.summary.finalize_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.home is not None)
    profile = window.profile.profile
    instance_id = profile.outbox().rows[0].instance_id
    # what sync records: the server's receipt, then a supervisor's review
    profile.mark_sent(instance_id, "sha256:receipt")
    profile.mark_returned(
        instance_id, [Comment("supervisor", "Please check the income answer", "now", "")]
    )
    window.show_home()
    returned = window.home.record_tabs["returned"]
    window.home.tabs.setCurrentWidget(returned)
    assert returned.select_id(instance_id)
    assert "1" in returned.model.item(0, 3).text()  # comment count column
    QTest.mouseClick(returned.open_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.interview is not None)
    assert "Please check the income answer" in window.interview.notice.text()
    xml = window.interview.session.to_xml(draft=True).decode()
    assert instance_id in xml  # kept as meta/deprecatedID of the edit
    assert window.interview.session.instance_id != instance_id
