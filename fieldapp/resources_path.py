"""Where the bundled forms/ and resources/ folders are, from source and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding forms/ and resources/: the PyInstaller bundle or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def forms_dir() -> Path:
    return app_root() / "forms"


def resources_dir() -> Path:
    return app_root() / "resources"
