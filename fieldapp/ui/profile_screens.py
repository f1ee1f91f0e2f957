"""First run (create a profile), unlock, switch profile, and the once-only recovery key.

Key derivation (Argon2id, up to a second at production parameters) runs on a worker thread
with a busy indicator, so the window never freezes while a passphrase is checked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.ui.jobs import run_job

MIN_PASSPHRASE = 8


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    return label


def _centered_panel(screen: QWidget) -> QVBoxLayout:
    """A column of readable width in the middle of the window (forms don't stretch to 4K)."""
    outer = QHBoxLayout(screen)
    panel = QWidget()
    panel.setMaximumWidth(620)
    outer.addStretch(1)
    outer.addWidget(panel, 4)
    outer.addStretch(1)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 40, 0, 30)
    return layout


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # indeterminate: key derivation has no meaningful percentage
    bar.setMaximumHeight(10)
    bar.setTextVisible(False)
    bar.hide()
    return bar


class CreateProfileScreen(QWidget):
    """First run, or a new profile on a shared laptop."""

    created = Signal(str, str, object)  # name, recovery key, unlocked profile session
    cancelled = Signal()

    def __init__(self, store: Any, *, first_run: bool) -> None:
        super().__init__()
        self.setObjectName("createProfile")
        self._store = store
        layout = _centered_panel(self)
        layout.addWidget(
            _heading(self.tr("Welcome to fieldapp") if first_run else self.tr("New profile"))
        )
        intro = QLabel(
            self.tr(
                "Each person using this laptop has their own profile. Everything you collect is "
                "encrypted with your passphrase: nobody can read it without it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Profile name"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Enumerator"), "enumerator")
        self.role.addItem(self.tr("Supervisor"), "supervisor")
        self.role.setAccessibleName(self.tr("Role"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat passphrase"), self.confirm)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.busy = _busy_bar()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create profile"))
        self.create_button.setObjectName("primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        buttons.addStretch(1)
        if not first_run:
            cancel = QPushButton(self.tr("Cancel"))
            cancel.clicked.connect(self.cancelled)
            buttons.addWidget(cancel)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for edit in (self.name, self.passphrase, self.confirm):
            edit.returnPressed.connect(self.submit)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.name.setFocus()

    def submit(self) -> None:
        name = self.name.text().strip()
        passphrase = self.passphrase.text()
        if not name:
            self.message.setText(self.tr("Enter your name."))
            self.name.setFocus()
            return
        if len(passphrase) < MIN_PASSPHRASE:
            self.message.setText(
                self.tr("Use a passphrase of at least {n} characters.").replace(
                    "{n}", str(MIN_PASSPHRASE)
                )
            )
            self.passphrase.setFocus()
            return
        if passphrase != self.confirm.text():
            self.message.setText(self.tr("The two passphrases differ."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        role = str(self.role.currentData())
        store = self._store

        def work() -> tuple[str, Any]:
            key = store.create_profile(name, role, passphrase)
            return str(key), store.unlock(name, passphrase)

        self._busy(True)
        run_job(work, lambda result: self._done(name, result), self._failed)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.create_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Creating your encrypted profile…"))
            self.message.setObjectName("status")

    def _done(self, name: str, result: tuple[str, Any]) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.confirm.clear()
        key, profile = result
        self.created.emit(name, key, profile)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.message.setText(message)


class UnlockScreen(QWidget):
    """Pick a profile and type its passphrase."""

    unlocked = Signal(str, object)  # profile name, profile session
    new_profile = Signal()

    def __init__(self, store: Any, profiles: list[str], preselect: str | None = None) -> None:
        super().__init__()
        self.setObjectName("unlock")
        self._store = store
        layout = _centered_panel(self)
        layout.addWidget(_heading(self.tr("Unlock")))
        form = QFormLayout()
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Profile"))
        self.profile.addItems(profiles)
        if preselect and preselect in profiles:
            self.profile.setCurrentText(preselect)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.busy = _busy_bar()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        other = QPushButton(self.tr("New profile…"))
        other.clicked.connect(self.new_profile)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()

    def submit(self) -> None:
        name = self.profile.currentText()
        passphrase = self.passphrase.text()
        if not name or not passphrase:
            self.message.setText(self.tr("Choose a profile and type its passphrase."))
            return
        store = self._store
        self.busy.show()
        self.unlock_button.setEnabled(False)
        self.message.setText("")
        run_job(
            lambda: store.unlock(name, passphrase),
            lambda profile: self._done(name, profile),
            self._failed,
        )

    def _done(self, name: str, profile: Any) -> None:
        self.busy.hide()
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()
        self.unlocked.emit(name, profile)

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.unlock_button.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.message.setText(message)


class RecoveryKeyDialog(QDialog):
    """Shown exactly once after a profile is created: print it or save it, then it is gone."""

    def __init__(self, name: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setObjectName("recoveryDialog")
        self._name = name
        self._key = key
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "If you forget your passphrase, this key is the only way to open your data. "
                "Print it or write it down and keep it apart from the laptop. It will not be shown "
                "again."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        shown = QLabel(key)
        shown.setObjectName("recoveryKey")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAccessibleName(self.tr("Recovery key"))
        shown.setWordWrap(True)
        layout.addWidget(shown)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_key)
        self.save_button = QPushButton(self.tr("Save as text…"))
        self.save_button.clicked.connect(self.save_key)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have kept it safe"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(QFont("monospace", 14))
        doc.setPlainText(
            self.tr("fieldapp recovery key for profile {name}").replace("{name}", self._name)
            + "\n\n"
            + self._key
            + "\n"
        )
        return doc

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._document().print_(printer)

    def save_key(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the recovery key"), f"fieldapp-recovery-{self._name}.txt"
            )
            if not chosen:
                return
            path = Path(chosen)
        path.write_text(self._document().toPlainText(), encoding="utf-8")


class PassphraseDialog(QDialog):
    """Settings: old passphrase, new twice; ``change`` re-wraps the data key in the store."""

    def __init__(self, change: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self._change = change
        form = QFormLayout(self)
        self.old, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, name in (
            (self.old, self.tr("Current passphrase")),
            (self.new, self.tr("New passphrase")),
            (self.again, self.tr("Repeat the new passphrase")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            form.addRow(name, edit)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(buttons)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.submit)

    def submit(self) -> None:
        if len(self.new.text()) < MIN_PASSPHRASE:
            self.message.setText(
                self.tr("Use a passphrase of at least {n} characters.").replace(
                    "{n}", str(MIN_PASSPHRASE)
                )
            )
            return
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        try:
            self._change(self.old.text(), self.new.text())
        except FieldappError as exc:
            self.message.setText(exc.render())
            return
        self.accept()
