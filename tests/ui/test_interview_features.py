"""Interview features through real widgets: the jump index (Ctrl+J), files attached and sealed
in the store, paradata, settings (server, passphrase), progress and the repeat prompt keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit

from fieldapp.ui.app import MainWindow
from fieldapp.ui.jump_index import JumpIndexDialog
from fieldapp.ui.profile_screens import PassphraseDialog, UnlockScreen
from fieldapp.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import PASSPHRASE
from tests.ui.driving import (
    Interviewer,
    accept_dialog,
    ensure_active,
    start_form,
    unlock,
    wait_until,
)

ALL_TYPES = "odk-web-forms/fixtures/preview-service/xforms/all-question-types-v2024091201-3.xml"


def _window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    unlock(window, PASSPHRASE)
    return window


def test_jump_index_by_keyboard(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    screen = start_form(window, "ipl24@2026112301")
    interviewer = Interviewer(screen, keyboard=True)
    for _ in range(3):
        interviewer.answer_page()
        interviewer.next_page()
    seen: list[str] = []

    def use_index(dialog: QDialog) -> None:
        assert isinstance(dialog, JumpIndexDialog)
        states = [
            dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())
        ]
        seen.extend(states)
        QTest.keyClicks(dialog.filter, "interview mode")
        QTest.keyClick(dialog.filter, Qt.Key.Key_Return)

    accept_dialog(JumpIndexDialog, use_index)
    ensure_active(screen)
    QTest.keyClick(
        screen.focusWidget() or screen, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier
    )
    wait_until(lambda: screen.page is not None and screen.page.index == 0)
    assert screen.page.questions[0].ref == "/ipl24/interview_mode"
    assert any(state.startswith("✓") for state in seen)  # answered questions are marked


def test_image_attached_sealed_and_paradata(
    qtbot, data_dir: Path, corpus_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    form = corpus_dir / ALL_TYPES
    window.import_form_file(form, form.parent)
    wait_until(lambda: window.home.select_form("all-question-types@2024091201-3"))
    screen = start_form(window, "all-question-types@2024091201-3")
    screen.jump_to("/data/image_question_types/image")
    picture = tmp_path / "photo of house.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    image.save(str(picture))
    screen.attach_file("/data/image_question_types/image", picture)  # what the file dialog does
    value = screen.session.value("/data/image_question_types/image")
    assert value.endswith(".png") and " " not in value
    assert value in screen.widgets["/data/image_question_types/image"]._name.text()
    screen.jump_to("/data/text_question_types/string")
    edit = screen.widgets["/data/text_question_types/string"].findChild(QLineEdit)
    QTest.keyClicks(edit, "hello")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    QTest.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.home is not None)
    profile = window.profile.profile
    instance_id = window.home.record_tabs["draft"].model.item(0, 0).data(Qt.ItemDataRole.UserRole)
    attachments = profile.list_attachments(instance_id)
    assert [a.name for a in attachments] == [value]
    assert attachments[0].data == picture.read_bytes()
    events = [e.event for e in profile.list_audit(instance_id)]
    kinds = {e["event"] for e in events}
    assert {"form start", "question", "change", "jump", "form exit"} <= kinds
    change = next(e for e in events if e["event"] == "change" and e["node"].endswith("/string"))
    assert change["new-value"] == "hello" and change["old-value"] == ""
    timing = next(e for e in events if e["event"] == "question")
    assert timing["end"] >= timing["start"] > 0


def test_settings_server_and_passphrase(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert not dialog.sync_note.text().startswith("Sync is set up")
        dialog.tabs.setCurrentIndex(2)
        QTest.keyClicks(dialog.server_url, "https://survey.example.org")
        QTest.keyClicks(dialog.server_token, "s3cret-token")
        dialog.accept()

    accept_dialog(SettingsDialog, fill)
    window.open_settings()
    assert window.profile.server_settings().url == "https://survey.example.org"
    assert window.profile.server_settings().token == "s3cret-token"
    assert window.home.sync_button.isEnabled()

    dialog = PassphraseDialog(window.profile.change_passphrase, window)
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.old, "wrong passphrase")
    QTest.keyClicks(dialog.new, "a brand new passphrase")
    QTest.keyClicks(dialog.again, "a brand new passphrase")
    dialog.submit()
    assert dialog.message.text()  # the store refused the wrong current passphrase
    dialog.old.clear()
    QTest.keyClicks(dialog.old, PASSPHRASE)
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.lock()
    assert isinstance(window.stack.currentWidget(), UnlockScreen)
    unlock(window, "a brand new passphrase")
    assert window.home is not None


def test_summary_lists_problems_and_jumps_to_them(qtbot, data_dir: Path, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    form = corpus_dir / "odk-web-forms/fixtures/validation/1-validation.xml"
    window.import_form_file(form, form.parent)
    wait_until(lambda: window.home.select_form("validation@20240708154514"))
    screen = start_form(window, "validation@20240708154514")
    answers = {"/favourite_color": "red", "/citizen": "pk ca", "/age": "30"}
    interviewer = Interviewer(screen, keyboard=False, answers=answers)
    screen.jump_to("/data/favourite_color")  # skip the required names with the index
    interviewer.run_to_end()
    summary = screen.summary
    assert not summary.finalize_button.isEnabled()
    refs = [
        summary.problems.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(summary.problems.count())
    ]
    assert refs == ["/data/first_name", "/data/last_name", "/data/profession"]
    summary.problems.setFocus()
    summary.problems.setCurrentRow(1)
    QTest.keyClick(summary.problems, Qt.Key.Key_Return)
    assert screen.page is not None and screen.page.questions[0].ref == "/data/last_name"


def test_sync_with_an_unreachable_server_keeps_the_outbox(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import socket

    window = _window(qtbot, data_dir)
    screen = start_form(window, "ipl12@2026112301")
    Interviewer(screen, keyboard=False).run_to_end()
    QTest.mouseClick(screen.summary.finalize_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.interview is None)
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    from fieldapp.ui.settings_dialog import ServerSettings

    window.profile.save_server_settings(ServerSettings(f"http://127.0.0.1:{port}", "token"))
    window.show_home()
    assert "1 interview(s) ready to send" in window.home.sync_label.text()
    QTest.mouseClick(window.home.sync_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.sync_finished is not None, timeout=120)
    assert "could not be reached" in window.sync_finished
    assert window.profile.profile.outbox().total == 1  # still waiting, nothing lost
    assert window.home.sync_button.isEnabled()


def test_sync_over_the_real_server_shows_progress_and_per_item_status(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Sync now against a real fieldapp server on loopback: a progress bar while it runs, each
    interview's status in the Ready to send list, and the outbox empty once receipts match."""
    from fieldapp.ui.settings_dialog import ServerSettings
    from tests.sync_client.conftest import make_server

    env = make_server(tmp_path / "server")
    try:
        window = _window(qtbot, data_dir)
        for _ in range(2):
            screen = start_form(window, "ipl12@2026112301")
            Interviewer(screen, keyboard=False).run_to_end()
            QTest.mouseClick(screen.summary.finalize_button, Qt.MouseButton.LeftButton)
            wait_until(lambda: window.interview is None)
        window.profile.save_server_settings(ServerSettings(env.url, env.tokens["ana"]))
        window.show_home()
        home = window.home
        outbox_tab = home.record_tabs["finalized"]
        assert outbox_tab.model.rowCount() == 2
        assert outbox_tab.model.item(0, 3).text() == "Not sent yet"
        seen_bar: list[bool] = []
        item_texts: list[str] = []
        original = home.show_sync_item

        def spy(instance_id: str, text: str) -> None:
            seen_bar.append(home.sync_progress.isVisible())
            item_texts.append(text)
            original(instance_id, text)

        home.show_sync_item = spy  # type: ignore[method-assign]
        QTest.mouseClick(home.sync_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: window.sync_finished is not None, timeout=120)
        assert "2 sent" in window.sync_finished, window.sync_finished
        assert item_texts == ["Sent", "Sent"] and all(seen_bar)
        assert not window.home.sync_progress.isVisible()
        assert window.profile.profile.outbox().total == 0
        assert window.home.record_tabs["sent"].model.rowCount() == 2
    finally:
        env.server.stop()
