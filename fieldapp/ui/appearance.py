"""The QApplication's look: high-DPI rounding and the application style sheet."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from fieldapp.resources_path import resources_dir


def load_style(app: QApplication) -> None:
    """Apply resources/styles/fieldapp.qss (absent in a broken install: Qt's default look)."""
    style = resources_dir() / "styles" / "fieldapp.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def create_app() -> QApplication:
    """The QApplication (reused when one exists), with fractional high-DPI scaling."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName("fieldapp")
    app.setApplicationDisplayName("fieldapp")
    return app
