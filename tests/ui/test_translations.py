"""The UI translations stay complete and compiled: every string in the code is in each .ts,
translated, and each committed .qm is what pyside6-lrelease makes of its .ts today."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldapp.resources_path import resources_dir

LANGUAGES = ("en", "es", "fr", "pt", "ar")
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        unfinished = translation.get("type") in {"unfinished", "vanished", "obsolete"}
        out[message.findtext("source") or ""] = None if unfinished else translation.text
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> set[str]:
    """Every translatable string in fieldapp/ui, extracted fresh by pyside6-lupdate."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(str(p) for p in (repo_root / "fieldapp" / "ui").glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return set(_messages(ts))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_translated(language: str, extracted: set[str]) -> None:
    messages = _messages(resources_dir() / "translations" / f"fieldapp_{language}.ts")
    missing = sorted(extracted - set(messages))
    assert missing == [], f"run pyside6-lupdate and translate: {missing[:5]}"
    untranslated = sorted(s for s in extracted if not messages.get(s))
    assert untranslated == []
    for source in extracted:  # placeholders survive translation
        tokens = ("{n}", "{name}", "{count}", "{total}", "{value}", "{url}", "{step}", "{sent}")
        for token in (*tokens, "{received}", "{failed}"):
            assert (token in source) == (token in (messages[source] or "")), (language, source)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_is_current(language: str, tmp_path: Path) -> None:
    folder = resources_dir() / "translations"
    ts = folder / f"fieldapp_{language}.ts"
    fresh = tmp_path / f"fieldapp_{language}.qm"
    shutil.copy(ts, tmp_path / ts.name)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(tmp_path / ts.name), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == (folder / f"fieldapp_{language}.qm").read_bytes()


def test_arabic_sets_right_to_left(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from fieldapp.ui.translations import apply_language

    try:
        assert apply_language(qapp, "ar")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
