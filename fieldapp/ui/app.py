"""The desktop app's main window: profiles, home, interviews, locking.

The window is a stack of screens. It owns the unlocked profile session for as long as the
profile is open and hands screens thin bridges to it (``store_bridge``): screens never see
SQL, only the store's repository API and the engine's FormSession.
"""

from __future__ import annotations

import argparse
import importlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.store import list_profiles, resolve_data_dir
from fieldapp.errors import FieldappError
from fieldapp.resources_path import resources_dir
from fieldapp.ui.appearance import create_app, load_style
from fieldapp.ui.jobs import run_job
from fieldapp.ui.profile_screens import CreateProfileScreen, RecoveryKeyDialog, UnlockScreen
from fieldapp.ui.translations import (
    UiPreferences,
    apply_language,
    load_preferences,
    save_preferences,
)

if TYPE_CHECKING:
    from fieldapp.core.store import KdfParams, Store
    from fieldapp.ui.home_screen import HomeScreen
    from fieldapp.ui.interview_screen import InterviewScreen
    from fieldapp.ui.store_bridge import OpenedInterview, ProfileBridge

# Start-up shows the login screen with PySide6 and the profile list only; the store's key
# hierarchy (cryptography, pydantic), the engine and the other screens load on a worker while the
# user types the passphrase (``_warm_up``), or on first use, whichever comes first.
_WARM_UP = (
    "fieldapp.core.store.store",
    "fieldapp.ui.store_bridge",
    "fieldapp.ui.home_screen",
    "fieldapp.ui.interview_screen",
    "fieldapp.ui.settings_dialog",
    "fieldapp.ui.transfer_dialog",
)


def _warm_up() -> None:
    for name in _WARM_UP:
        importlib.import_module(name)


class _LazyStore:
    """The store, opened on first use (by the unlock or create job, on a worker thread)."""

    def __init__(self, data_dir: Path, kdf: KdfParams | None) -> None:
        self._data_dir = data_dir
        self._kdf = kdf
        self._store: Store | None = None
        self._lock = threading.Lock()

    def get(self) -> Store:
        with self._lock:
            if self._store is None:
                from fieldapp.ui.store_bridge import open_store

                self._store = open_store(self._data_dir, self._kdf)
            return self._store

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)


DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class _ActivityWatch(QObject):
    """Any key or mouse input anywhere in the app restarts the inactivity timer."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class BusyScreen(QWidget):
    """Shown while something slow happens off the UI thread (loading a big form)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(text)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(320)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    """Profiles -> home -> interviews, with auto-lock after inactivity."""

    def __init__(self, data_dir: Path | None = None, *, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.data_dir = Path(data_dir) if data_dir is not None else resolve_data_dir(None)
        self.store: Any = _LazyStore(self.data_dir, kdf)
        self.prefs = load_preferences(self.data_dir)
        self.setWindowTitle("fieldapp")
        icon = resources_dir() / "icons" / "fieldapp.png"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1000, 720)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.profile: ProfileBridge | None = None
        self.profile_name = ""
        self.home: HomeScreen | None = None
        self.interview: InterviewScreen | None = None
        self.opened: OpenedInterview | None = None
        self.review_area: Any = None  # SupervisorArea for supervisor profiles
        self.sync_finished: str | None = None  # the last sync's outcome, as shown
        self.hub_server: Any = None  # HubServer (field hub child process) for supervisors
        self._resume_after_unlock: str | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        # Input reaches the window (QWindow) before any widget: watching only the window keeps
        # the per-event Python cost off the thousands of events widgets exchange.
        self._watch = _ActivityWatch(self.idle_timer)
        self._watched = False
        self.show_start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if not self._watched and handle is not None:
            handle.installEventFilter(self._watch)
            self._watched = True

    # -- screens -----------------------------------------------------------------------------
    def _set_screen(self, widget: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None and old is not widget:
            self.stack.removeWidget(old)
            old.deleteLater()

    def show_start(self, preselect: str | None = None) -> None:
        profiles = [info.name for info in list_profiles(self.data_dir / "profiles")]
        if not profiles:
            screen = CreateProfileScreen(self.store, first_run=True)
            screen.created.connect(self._created)
            self._set_screen(screen)
            return
        unlock = UnlockScreen(self.store, profiles, preselect)
        unlock.unlocked.connect(self._unlocked)
        unlock.new_profile.connect(self._new_profile)
        self._set_screen(unlock)

    def _new_profile(self) -> None:
        screen = CreateProfileScreen(self.store, first_run=False)
        screen.created.connect(self._created)
        screen.cancelled.connect(lambda: self.show_start())
        self._set_screen(screen)

    def _created(self, name: str, key: str, profile: Any) -> None:
        dialog = RecoveryKeyDialog(name, key, self)
        dialog.exec()
        self._unlocked(name, profile)

    def _unlocked(self, name: str, profile: Any) -> None:
        from fieldapp.ui.store_bridge import ProfileBridge

        self.profile = ProfileBridge(profile, self.data_dir)
        self.profile_name = name
        self.idle_timer.setInterval(self.profile.idle_minutes(DEFAULT_IDLE_MINUTES) * 60_000)
        self.idle_timer.start()
        resume = self._resume_after_unlock
        self._resume_after_unlock = None
        self._busy(self.tr("Preparing the built-in forms…"))
        bridge = self.profile
        run_job(
            bridge.ensure_builtin_forms,
            lambda _result: self._after_builtin(resume),
            lambda message: self._after_builtin(resume, message),
        )

    def _after_builtin(self, resume: str | None, problem: str | None = None) -> None:
        self.show_home()
        if problem and self.home is not None:
            self.home.sync_label.setText(problem)
        if resume:
            self.open_record("draft", resume)

    def _busy(self, text: str) -> None:
        self._set_screen(BusyScreen(text))

    def show_home(self) -> None:
        from fieldapp.ui.home_screen import HomeScreen

        assert self.profile is not None
        home = HomeScreen(
            self.profile.home_data(),
            self.profile_name,
            sync_available=self.profile.sync_available(),
        )
        home.start_form.connect(self.start_form)
        home.open_record.connect(self.open_record)
        home.delete_draft.connect(self.delete_draft)
        home.import_form.connect(self.import_form)
        home.open_settings.connect(self.open_settings)
        home.lock_requested.connect(self.lock)
        home.switch_profile.connect(self.switch_profile)
        home.sync_requested.connect(self.sync_now)
        self.home = home
        self.interview = None
        self.opened = None
        self._add_review_area(home)
        self._set_screen(home)

    def _add_review_area(self, home: HomeScreen) -> None:
        """Supervisors get the review queue and dashboards; everyone gets USB transfer files."""
        from fieldapp.ui.supervisor_area import SupervisorArea
        from fieldapp.ui.transfer_dialog import TransferActions

        assert self.profile is not None
        self.review_area = None
        if self.profile.role() == "supervisor":
            from fieldapp.ui.hub_panel import HubServer

            if self.hub_server is None:  # one per unlock: it outlives home screen rebuilds
                self.hub_server = HubServer(self.data_dir, self.profile_name, self)
            self.review_area = SupervisorArea(
                home, self.profile, self.profile_name, self.prefs.language, self, self.hub_server
            )
            self.review_area.status.connect(home.sync_label.setText)
            if self.review_area.hub_panel is not None:
                self.review_area.hub_panel.server_changed.connect(self.show_home)
            return
        current = getattr(self, "transfers", None)
        if current is None or current.profile is not self.profile.profile:
            self.transfers = TransferActions(self.profile.profile, self)  # one per unlock
            self.transfers.finished.connect(self._transfer_done)
        home.add_transfer_menu(
            [
                (self.tr("Write a transfer file for the supervisor…"), self.transfers.write_outbox),
                (self.tr("Import the supervisor's reply file…"), self.transfers.import_file),
            ]
        )

    def _transfer_done(self, text: str) -> None:
        if self.home is not None:
            self.home.reload()
            self.home.sync_label.setText(text)

    # -- interviews --------------------------------------------------------------------------
    def start_form(self, key: str) -> None:
        assert self.profile is not None
        bridge = self.profile
        self._busy(self.tr("Opening the form…"))
        run_job(lambda: bridge.new_interview(key), self._show_interview, self._open_failed)

    def open_record(self, status: str, instance_id: str) -> None:
        assert self.profile is not None
        bridge = self.profile
        self._busy(self.tr("Opening the interview…"))
        run_job(
            lambda: bridge.open_interview(status, instance_id),
            self._show_interview,
            self._open_failed,
        )

    def _open_failed(self, message: str) -> None:
        self.show_home()
        QMessageBox.warning(self, self.tr("Cannot open"), message)

    def _show_interview(self, opened: OpenedInterview) -> None:
        from fieldapp.ui.interview_screen import InterviewScreen

        screen = InterviewScreen(
            opened.session,
            opened.host,
            title=opened.title,
            media=opened.media,
            scorer=opened.scorer,
            resume_position=opened.position,
            notice=opened.notice,
            question_comments=opened.question_comments,
        )
        screen.closed.connect(self.show_home)
        screen.finalized.connect(lambda _id: self._finalized())
        self.interview = screen
        self.opened = opened
        self._set_screen(screen)

    def _finalized(self) -> None:
        self.show_home()
        if self.home is not None:
            self.home.tabs.setCurrentIndex(2)

    def delete_draft(self, instance_id: str) -> None:
        assert self.profile is not None
        try:
            self.profile.delete_draft(instance_id)
        except FieldappError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), exc.render())
        if self.home is not None:
            self.home.record_tabs["draft"].reload()

    def import_form(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a form"),
            "",
            self.tr("Forms (*.xlsx *.xls *.xml *.xhtml)"),
        )
        if not path:
            return
        media = Path(path).with_name(Path(path).stem + "-media")
        if not media.is_dir():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Media folder (cancel if the form has none)"), str(Path(path).parent)
            )
            media = Path(chosen) if chosen else Path(path).parent
        self.import_form_file(Path(path), media)

    def import_form_file(self, path: Path, media: Path | None) -> None:
        """Convert/parse off the UI thread, store the form, then show it in the library."""
        assert self.profile is not None
        bridge = self.profile
        home = self.home
        if home is not None:
            home.sync_label.setText(self.tr("Importing {name}…").replace("{name}", path.name))

        def done(key: str) -> None:
            if self.home is not None:
                self.home.reload_forms()
                self.home.select_form(key)
                self.home.sync_label.setText(self.tr("Form imported."))

        def failed(message: str) -> None:
            if self.home is not None:
                self.home.sync_label.setText(message)
            QMessageBox.warning(self, self.tr("Cannot import the form"), message)

        run_job(lambda: bridge.import_form(path, media), done, failed)

    # -- sync --------------------------------------------------------------------------------
    def sync_now(self) -> None:
        """Push and pull on a worker thread; the home screen shows progress and the outcome."""
        assert self.profile is not None
        bridge = self.profile
        home = self.home
        if home is None:
            return
        home.sync_button.setEnabled(False)
        home.sync_label.setText(self.tr("Connecting to the server…"))

        def progress(percent: int, text: str) -> None:
            if self.home is not None:
                self.home.show_sync_progress(percent, text)

        def item(instance_id: str, text: str) -> None:
            if self.home is not None:
                self.home.show_sync_item(instance_id, text)

        def finished(summary: str) -> None:
            self.sync_finished = summary
            if self.home is not None:
                self.home.end_sync(summary)
                self.home.sync_button.setEnabled(True)
            if self.review_area is not None:
                self.review_area.after_sync()

        def failed(message: str) -> None:
            finished(message)

        run_job(
            lambda report, changed: bridge.run_sync(report, changed),
            finished,
            failed,
            on_progress=progress,
            on_item=item,
        )

    # -- settings, locking -------------------------------------------------------------------
    def open_settings(self) -> None:
        from fieldapp.ui.settings_dialog import SettingsDialog
        from fieldapp.ui.transfer_dialog import ProfileProjectKey

        assert self.profile is not None
        profile = self.profile
        dialog = SettingsDialog(
            profile_name=self.profile_name,
            role=profile.role(),
            language=self.prefs.language,
            server=profile.server_settings(),
            change_passphrase=profile.change_passphrase,
            sync_available=profile.sync_available(),
            idle_minutes=profile.idle_minutes(DEFAULT_IDLE_MINUTES),
            parent=self,
            project_key=ProfileProjectKey(
                profile.profile, supervisor=profile.role() == "supervisor"
            ),
        )
        if not dialog.exec():
            return
        profile.save_server_settings(dialog.chosen_server())
        profile.set_idle_minutes(dialog.chosen_idle_minutes())
        self.idle_timer.setInterval(dialog.chosen_idle_minutes() * 60_000)
        self.idle_timer.start()
        language = dialog.chosen_language()
        if language != self.prefs.language:
            self.set_ui_language(language)
        elif self.interview is None:
            self.show_home()  # sync availability and status follow the server settings

    def set_ui_language(self, language: str) -> None:
        self.prefs = UiPreferences(language=language)
        save_preferences(self.data_dir, self.prefs)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_language(app, language)
        if self.profile is not None and self.interview is None:
            self.show_home()

    def lock(self) -> None:
        """Inactivity or the Lock button: save, wipe keys, back to the unlock screen."""
        self.idle_timer.stop()
        if self.profile is None:
            return
        if self.interview is not None:
            self.interview.shutdown()
            if self.opened is not None:
                self._resume_after_unlock = self.opened.instance_id
        self.interview = None
        self.opened = None
        self.home = None
        self.review_area = None
        self._stop_hub()
        self.profile.lock()
        self.profile = None
        self.show_start(self.profile_name)

    def switch_profile(self) -> None:
        self.lock()
        self._resume_after_unlock = None

    def _stop_hub(self) -> None:
        """The field hub serves only while its supervisor's profile is open."""
        if self.hub_server is not None:
            self.hub_server.stop()
            self.hub_server.deleteLater()
            self.hub_server = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.interview is not None:
            self.interview.shutdown()
        self._stop_hub()
        if self.profile is not None:
            self.profile.lock()
            self.profile = None
        super().closeEvent(event)


def run_app(args: argparse.Namespace) -> int:
    app = create_app()
    data_dir_arg = getattr(args, "data_dir", None) or os.environ.get("FIELDAPP_DATA_DIR")
    data_dir = Path(data_dir_arg) if data_dir_arg else resolve_data_dir(None)
    load_style(app)
    apply_language(app, load_preferences(data_dir).language)
    try:
        window = MainWindow(data_dir)
    except FieldappError as exc:
        QMessageBox.critical(None, "fieldapp", exc.render())
        return 2
    window.show()
    # after the first frame is on screen (a worker importing at once would hold the GIL the
    # first paint needs); the user is still reading the login screen
    QTimer.singleShot(150, lambda: run_job(_warm_up, lambda _result: None, lambda _message: None))
    return int(app.exec())
