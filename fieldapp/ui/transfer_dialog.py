"""USB transfer files and the project key, from the desktop (sync/transfer.py does the work).

Enumerator: write the outbox into a transfer file for the supervisor; import the supervisor's
reply (receipts take interviews out of the outbox, decisions bring returned interviews back).
Supervisor: import enumerators' files (stored as received, then flagged); write the reply file.
Every file is sealed and signed: nothing readable is written, so the user may put it anywhere.
Work runs on a worker thread with a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from fieldapp.core.store import ProfileSession
from fieldapp.ui.jobs import run_job

FILTER = "fieldapp transfer (*.fatransfer)"


class ProfileProjectKey:
    """The project key as the settings dialog shows and imports it (sync/client/project_keys)."""

    def __init__(self, profile: ProfileSession, *, supervisor: bool) -> None:
        self.profile = profile
        self.supervisor = supervisor

    def status(self) -> str:
        from sync.client.project_keys import private_keys, public_key

        key = public_key(self.profile)
        if key is None:
            return QCoreApplication.translate("TransferActions", "No project key yet.")
        text = QCoreApplication.translate("TransferActions", "Project {name}, key {value}.")
        text = text.replace("{name}", key.project).replace("{value}", key.key_id[:16])
        if self.supervisor:
            held = private_keys(self.profile) is not None
            text += " " + (
                QCoreApplication.translate(
                    "TransferActions", "The private key is held: submissions can be read."
                )
                if held
                else QCoreApplication.translate(
                    "TransferActions",
                    "No private key: import the project key file with its passphrase.",
                )
            )
        return text

    def import_file(self, path: Path, passphrase: str | None) -> None:
        from sync.client.project_keys import import_key

        import_key(self.profile, path, passphrase=passphrase)


class TransferActions(QObject):
    """The menu actions; ``finished`` carries a summary for the status line."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        profile: ProfileSession,
        window: QWidget,
        *,
        after_import: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(window)
        self.profile = profile
        self.window = window
        self.after_import = after_import  # supervisor: flag what arrived (worker thread)
        self.progress: QProgressDialog | None = None

    # -- helpers -----------------------------------------------------------------------------
    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _start(self, text: str) -> Callable[[int, str], None]:
        dialog = QProgressDialog(text, "", 0, 0, self.window)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.progress = dialog

        def report(percent: int, _text: str) -> None:
            if self.progress is None:
                return
            if percent < 0:
                self.progress.setRange(0, 0)
            else:
                self.progress.setRange(0, 100)
                self.progress.setValue(percent)

        return report

    def _done(self, text: str) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.finished.emit(text)

    def _failed(self, message: str) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.failed.emit(message)
        if self.window.isVisible():
            QMessageBox.warning(self.window, self.tr("Transfer file"), message)

    @staticmethod
    def _relay(report: Callable[[int, str], None]) -> Callable[[int, int], None]:
        def progress(done: int, total: int) -> None:
            report(int(100 * done / total) if total else -1, "")

        return progress

    # -- actions -----------------------------------------------------------------------------
    def write_outbox(self, path: Path | None = None) -> None:
        """Enumerator: the outbox into one transfer file (nothing leaves the outbox yet)."""
        if path is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Write a transfer file for your supervisor"),
                str(Path(self._folder()) / "to-supervisor.fatransfer"),
                FILTER,
            )
            if not chosen:
                return
            path = Path(chosen)
        from sync.transfer import export_outbox

        profile = self.profile
        report = self._start(self.tr("Writing the transfer file…"))

        def work(progress: Callable[[int, str], None]) -> str:
            result = export_outbox(profile, path, progress=self._relay(progress))
            return (
                self.tr(
                    "{n} interview(s) written to {name}. They stay in your outbox until the "
                    "supervisor's reply file (or a sync) confirms them."
                )
                .replace("{n}", str(result.count))
                .replace("{name}", result.path.name)
            )

        run_job(work, self._done, self._failed, on_progress=report)

    def import_file(self, path: Path | None = None) -> None:
        """Either role: import a transfer file (submissions for a supervisor, replies for us)."""
        if path is None:
            chosen, _f = QFileDialog.getOpenFileName(
                self.window, self.tr("Import a transfer file"), self._folder(), FILTER
            )
            if not chosen:
                return
            path = Path(chosen)
        from sync.transfer import import_file

        profile = self.profile
        after = self.after_import
        report = self._start(self.tr("Importing the transfer file…"))

        def work(progress: Callable[[int, str], None]) -> str:
            result = import_file(profile, path, progress=self._relay(progress))
            if result.kind == "submissions":
                if after is not None:
                    after()
                return (
                    self.tr("{n} new submission(s) from {name}; {count} already here.")
                    .replace("{n}", str(result.added))
                    .replace("{name}", result.enumerator or "?")
                    .replace("{count}", str(result.already))
                )
            return (
                self.tr("{n} interview(s) confirmed by the supervisor; {count} decision(s).")
                .replace("{n}", str(result.confirmed))
                .replace("{count}", str(result.decisions))
            )

        run_job(work, self._done, self._failed, on_progress=report)

    def write_replies(self, path: Path | None = None) -> None:
        """Supervisor: receipts and decisions for every device imported from, in one file."""
        if path is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Write the reply file for the enumerators"),
                str(Path(self._folder()) / "to-enumerators.fatransfer"),
                FILTER,
            )
            if not chosen:
                return
            path = Path(chosen)
        from sync.transfer import export_replies

        profile = self.profile
        report = self._start(self.tr("Writing the reply file…"))

        def work(progress: Callable[[int, str], None]) -> str:
            result = export_replies(profile, path, progress=self._relay(progress))
            return (
                self.tr("Reply file {name}: {n} receipt(s) and {count} decision(s).")
                .replace("{name}", result.path.name)
                .replace("{n}", str(result.receipts))
                .replace("{count}", str(result.decisions))
            )

        run_job(work, self._done, self._failed, on_progress=report)
