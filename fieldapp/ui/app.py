"""Start the desktop app."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QVBoxLayout, QWidget, QLabel

from fieldapp.resources_path import forms_dir


class MainWindow(QMainWindow):
    """Home window listing the bundled forms."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("fieldapp")
        self.resize(900, 600)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(QLabel("Bundled forms"))
        self.forms = QListWidget()
        self.forms.setAccessibleName("Bundled forms")
        for path in sorted(forms_dir().glob("*")):
            if path.suffix.lower() in {".xlsx", ".xls", ".xml", ".md", ".csv"}:
                self.forms.addItem(path.stem)
        layout.addWidget(self.forms)
        self.setCentralWidget(central)


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    return int(app.exec())
