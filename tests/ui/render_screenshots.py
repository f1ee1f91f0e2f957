"""Render every screen of the app into docs/screenshots/*.png (offscreen, real store and engine).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_screenshots.py [OUT_DIR]

Screens: first run, unlock, recovery key, home (forms, drafts), each control type (from the
ODK "all question types" corpus form), a validation error, the jump index, the end-of-form
summary with the IPL radar chart, settings, and Arabic right-to-left (UI and form).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from fieldapp.core.store import CHEAP_TEST_KDF, Store  # noqa: E402
from fieldapp.ui.app import MainWindow  # noqa: E402
from fieldapp.ui.appearance import create_app, load_style  # noqa: E402
from fieldapp.ui.jump_index import JumpIndexDialog  # noqa: E402
from fieldapp.ui.profile_screens import RecoveryKeyDialog  # noqa: E402
from fieldapp.ui.settings_dialog import SettingsDialog  # noqa: E402
from fieldapp.ui.translations import apply_language  # noqa: E402
from tests.ui.driving import Interviewer, start_form, unlock, wait_until  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "odk-web-forms" / "fixtures"
ALL_TYPES = CORPUS / "preview-service" / "xforms" / "all-question-types-v2024091201-3.xml"
VALIDATION = CORPUS / "validation" / "1-validation.xml"
PASSPHRASE = "screenshot passphrase"
CONTROLS = {
    "text": "/data/text_question_types/string",
    "integer": "/data/numerical_question_types/integer",
    "decimal": "/data/numerical_question_types/decimal",
    "range": "/data/range_question_types/range_integer",
    "image_upload": "/data/image_question_types/image",
    "barcode": "/data/media_question_types/barcode",
    "file_upload": "/data/media_question_types/file",
    "date": "/data/date_time_question_types/date",
    "time": "/data/date_time_question_types/time",
    "datetime": "/data/date_time_question_types/date_time",
    "geopoint": "/data/geo_question_types/geopoint",
    "select_one": "/data/select_one_question_types/select_one",
    "select_one_minimal": "/data/select_one_question_types/select_one_minimal",
    "select_one_search": "/data/select_one_question_types/select_one_autocomplete",
    "select_one_columns_images": "/data/select_one_question_types/grid_columns2",
    "likert": "/data/select_one_question_types/likert",
    "select_multiple": "/data/select_multi_question_types/select_multi",
    "select_multiple_autocomplete": "/data/select_multi_question_types/select_multi_autocomplete",
    "table_list": "/data/table_list/table_list_label",
    "rank": "/data/other_question_types/rank",
    "acknowledge": "/data/other_question_types/my_trigger",
    "note": "/data/intro",
}


def save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"), "PNG", 9)
    print(out / f"{name}.png")


def shoot_sync(window: MainWindow, out: Path, server_dir: Path) -> None:
    """The home screen during a real sync with a real server on loopback: the progress bar,
    the step, and each interview's status in Ready to send as the server confirms it."""
    from fieldapp.ui.settings_dialog import ServerSettings
    from tests.sync_client.conftest import make_server

    screen = start_form(window, "ipl12@2026112301")
    Interviewer(screen, keyboard=False).run_to_end()
    QTest.mouseClick(screen.summary.finalize_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.home is not None)
    env = make_server(server_dir)
    try:
        assert window.profile is not None
        window.profile.save_server_settings(ServerSettings(env.url, env.tokens["ana"]))
        window.show_home()
        home = window.home
        assert home is not None
        home.tabs.setCurrentWidget(home.record_tabs["finalized"])
        shown = home.show_sync_item
        taken: list[str] = []

        def item(instance_id: str, text: str) -> None:
            shown(instance_id, text)
            if not taken:  # the first confirmation: one sent, the other still waiting
                taken.append(instance_id)
                # grab now: processing events first would deliver the rest of the sync
                window.grab().save(str(out / "home_sync_progress.png"), "PNG", 9)
                print(out / "home_sync_progress.png")

        home.show_sync_item = item  # type: ignore[method-assign]
        window.sync_finished = None
        QTest.mouseClick(home.sync_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: window.sync_finished is not None, timeout=60)
        assert taken, window.sync_finished
    finally:
        env.server.stop()
    assert window.profile is not None
    window.profile.save_server_settings(ServerSettings("", ""))
    window.show_home()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    load_style(app)
    apply_language(app, "en")
    with tempfile.TemporaryDirectory() as tmp:
        empty = MainWindow(Path(tmp) / "empty", kdf=CHEAP_TEST_KDF)
        empty.resize(1000, 720)
        empty.show()
        save(empty, out, "first_run")
        empty.close()

        data_dir = Path(tmp) / "data"
        key = Store(data_dir, kdf=CHEAP_TEST_KDF).create_profile("ana", "enumerator", PASSPHRASE)
        recovery = RecoveryKeyDialog("ana", key)
        recovery.show()
        save(recovery, out, "recovery_key")
        recovery.close()

        window = MainWindow(data_dir)
        window.resize(1000, 720)
        window.show()
        window.activateWindow()
        save(window, out, "unlock")
        unlock(window, PASSPHRASE)
        for form in (ALL_TYPES, VALIDATION):
            assert window.home is not None
            count = window.home.forms_model.rowCount()
            window.import_form_file(form, form.parent)
            wait_until(lambda c=count: window.home.forms_model.rowCount() > c)

        # a draft and a finalized interview, so the lists have rows
        screen = start_form(window, "ipl12@2026112301")
        interviewer = Interviewer(screen, keyboard=False)
        interviewer.run_to_end()
        save(window, out, "summary_ipl_radar")
        QTest.mouseClick(screen.summary.finalize_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: window.home is not None)
        screen = start_form(window, "ipl24@2026112301")
        interviewer = Interviewer(screen, keyboard=False)
        for _ in range(4):
            interviewer.answer_page()
            interviewer.next_page()
        QTest.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: window.home is not None)
        window.home.tabs.setCurrentIndex(0)
        save(window, out, "home_forms")
        window.home.tabs.setCurrentIndex(1)
        save(window, out, "home_drafts")
        shoot_sync(window, out, Path(tmp) / "server")

        screen = start_form(window, "all-question-types@2024091201-3")
        for name, ref in CONTROLS.items():
            screen.jump_to(ref)
            wait_until(lambda: not screen.streaming())
            save(window, out, f"control_{name}")
        dialog = JumpIndexDialog(screen.session.index(), CONTROLS["likert"], window)
        dialog.show()
        save(dialog, out, "jump_index")
        dialog.close()
        QTest.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: window.home is not None)

        screen = start_form(window, "validation@20240708154514")
        interviewer = Interviewer(
            screen, keyboard=False, answers={"/favourite_color": "red", "/citizen": "pk ca"}
        )
        while "/data/age" not in screen.widgets:
            interviewer.answer_page()
            interviewer.next_page()
        age = screen.widgets["/data/age"]
        edit = age.findChild(QLineEdit)
        assert edit is not None
        QTest.keyClicks(edit, "5")
        age.flush()
        save(window, out, "validation_error")
        QTest.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: window.home is not None)

        assert window.profile is not None
        settings = SettingsDialog(
            profile_name="ana",
            role="enumerator",
            language="en",
            server=window.profile.server_settings(),
            change_passphrase=window.profile.change_passphrase,
            sync_available=False,
            idle_minutes=10,
            parent=window,
        )
        settings.tabs.setCurrentIndex(2)
        settings.show()
        save(settings, out, "settings_server")
        settings.close()

        window.set_ui_language("ar")
        wait_until(lambda: window.home is not None)
        save(window, out, "arabic_home_rtl")
        screen = start_form(window, "diaspora@2026112301")
        screen.language.setCurrentIndex(screen.language.findData("Arabic (ar)"))
        interviewer = Interviewer(screen, keyboard=False)
        interviewer.answer_page()
        interviewer.next_page()
        save(window, out, "arabic_interview_rtl")
        window.set_ui_language("en")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
