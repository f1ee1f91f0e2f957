"""Settings: the profile (passphrase), the UI language and the sync server.

Server settings are saved through the store; until a sync engine exists the page says plainly
that sync is unavailable, so nobody believes data left the laptop when it did not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.ui.profile_screens import PassphraseDialog
from fieldapp.ui.translations import LANGUAGES


class ProjectKeyAccess(Protocol):
    """What the settings need to import the project key into the profile."""

    supervisor: bool

    def status(self) -> str: ...
    def import_file(self, path: Path, passphrase: str | None) -> None: ...


@dataclass
class ServerSettings:
    url: str = ""
    token: str = ""


class SettingsDialog(QDialog):
    """Three pages; OK applies the language and server settings."""

    def __init__(
        self,
        *,
        profile_name: str,
        role: str,
        language: str,
        server: ServerSettings,
        change_passphrase: Callable[[str, str], None],
        sync_available: bool,
        idle_minutes: int,
        parent: QWidget | None = None,
        project_key: ProjectKeyAccess | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings")
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        profile = QWidget()
        form = QFormLayout(profile)
        form.addRow(self.tr("Profile"), QLabel(profile_name))
        form.addRow(self.tr("Role"), QLabel(role))
        self.idle = QComboBox()
        self.idle.setAccessibleName(self.tr("Lock after inactivity"))
        for minutes in (2, 5, 10, 15, 30):
            self.idle.addItem(self.tr("{n} minutes").replace("{n}", str(minutes)), minutes)
        self.idle.setCurrentIndex(max(0, self.idle.findData(idle_minutes)))
        form.addRow(self.tr("Lock after inactivity"), self.idle)
        self.passphrase_button = QPushButton(self.tr("Change passphrase…"))
        self.passphrase_button.clicked.connect(lambda: self._change(change_passphrase))
        self.passphrase_status = QLabel()
        self.passphrase_status.setObjectName("ok")
        form.addRow(self.passphrase_button, self.passphrase_status)
        self.tabs.addTab(profile, self.tr("Profile"))

        lang_page = QWidget()
        lang_form = QFormLayout(lang_page)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the application"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        lang_form.addRow(self.tr("Application language"), self.language)
        note = QLabel(
            self.tr(
                "Questions are shown in the form's own languages; switch them in the interview."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        lang_form.addRow(note)
        self.tabs.addTab(lang_page, self.tr("Language"))

        server_page = QWidget()
        server_form = QFormLayout(server_page)
        self.server_url = QLineEdit(server.url)
        self.server_url.setPlaceholderText("https://example.org/v1/projects/1")
        self.server_url.setAccessibleName(self.tr("Server address"))
        self.server_token = QLineEdit(server.token)
        self.server_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_token.setAccessibleName(self.tr("Access token"))
        server_form.addRow(self.tr("Server address"), self.server_url)
        server_form.addRow(self.tr("Access token"), self.server_token)
        self.sync_note = QLabel(
            self.tr("Sync is set up: use Sync now on the home screen.")
            if sync_available
            else self.tr(
                "Enter the fieldapp server address and the access token your supervisor gave "
                "you. Nothing is sent until you press Sync now."
            )
        )
        self.sync_note.setWordWrap(True)
        self.sync_note.setObjectName("hint")
        server_form.addRow(self.sync_note)
        self.tabs.addTab(server_page, self.tr("Server"))
        self.project_key = project_key
        if project_key is not None:
            key_page = QWidget()
            key_form = QFormLayout(key_page)
            self.key_status = QLabel(project_key.status())
            self.key_status.setWordWrap(True)
            key_form.addRow(self.tr("Project key"), self.key_status)
            self.key_button = QPushButton(self.tr("Import the project key file…"))
            self.key_button.clicked.connect(self._import_key)
            key_form.addRow(self.key_button)
            key_note = QLabel(
                self.tr(
                    "Supervisors import the project key file with its passphrase once: the "
                    "private key is then kept sealed in this profile, protected by your own "
                    "passphrase. Enumerators import the public key file their supervisor gives "
                    "them, to write transfer files without a server."
                )
            )
            key_note.setWordWrap(True)
            key_note.setObjectName("hint")
            key_form.addRow(key_note)
            self.tabs.addTab(key_page, self.tr("Project key"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _import_key(self) -> None:
        access = self.project_key
        if access is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import the project key file"), "", self.tr("Key files (*.json *.key)")
        )
        if not path:
            return
        passphrase: str | None = None
        if access.supervisor:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Project key passphrase"),
                self.tr("Passphrase of the project key file (leave empty for a public key file)"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
            passphrase = text or None
        try:
            access.import_file(Path(path), passphrase)
        except FieldappError as exc:
            self.key_status.setText(exc.render())
            return
        self.key_status.setText(access.status())

    def _change(self, change: Callable[[str, str], None]) -> None:
        if PassphraseDialog(change, self).exec():
            self.passphrase_status.setText(self.tr("Passphrase changed"))

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_idle_minutes(self) -> int:
        return int(self.idle.currentData())

    def chosen_server(self) -> ServerSettings:
        return ServerSettings(self.server_url.text().strip(), self.server_token.text().strip())
