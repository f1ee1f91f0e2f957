"""The UI's own language: Qt translators, right-to-left layout and the saved choice.

The chosen UI language must be known before a profile is unlocked (the unlock screen is
translated too), so it lives in a tiny ``ui.json`` next to the store. It holds nothing a
respondent said: only the language code. It is read before the first screen shows, so it is
checked by hand (one known code, anything else falls back) instead of through pydantic, which
would add ~70 ms to every start.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from fieldapp.resources_path import resources_dir

LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ar": "العربية",
}
RTL_LANGUAGES = {"ar"}


@dataclass(frozen=True)
class UiPreferences:
    """Device-level UI preferences (not per profile, not sensitive)."""

    language: str = "en"

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            object.__setattr__(self, "language", "en")


def _prefs_path(data_dir: Path) -> Path:
    return data_dir / "ui.json"


def load_preferences(data_dir: Path) -> UiPreferences:
    path = _prefs_path(data_dir)
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return UiPreferences(language=_system_language())
    language = data.get("language") if isinstance(data, dict) else None
    if not isinstance(language, str):
        return UiPreferences(language=_system_language())
    return UiPreferences(language=language)


def save_preferences(data_dir: Path, prefs: UiPreferences) -> None:
    """Write atomically: a power cut leaves the old or the new file, never half of one."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = _prefs_path(data_dir)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(asdict(prefs)), encoding="utf-8")
    os.replace(tmp, path)


def _system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


_installed: list[QTranslator] = []


def apply_language(app: QApplication, language: str) -> bool:
    """Install our and Qt's own translators for ``language``; True when ours was found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    found = False
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"fieldapp_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RTL_LANGUAGES
        else Qt.LayoutDirection.LeftToRight
    )
    return found
