"""UI test fixtures: a real store in a temp folder, a profile with cheap Argon2 parameters, the
built-in forms imported once per test session and copied for each test (pyxform conversion of
the three built-in XLSForms takes seconds; copying a closed SQLite file takes milliseconds)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.core.store import CHEAP_TEST_KDF, Store
from fieldapp.ui.store_bridge import ProfileBridge

PROFILE = "ana"
PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="session")
def template_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with one profile whose built-in forms are already stored."""
    folder = tmp_path_factory.mktemp("template-data")
    store = Store(folder, kdf=CHEAP_TEST_KDF)
    store.create_profile(PROFILE, "enumerator", PASSPHRASE)
    profile = store.unlock(PROFILE, PASSPHRASE)
    bridge = ProfileBridge(profile, folder)
    bridge.ensure_builtin_forms()
    bridge.lock()
    return folder


@pytest.fixture
def data_dir(template_data_dir: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "data"
    shutil.copytree(template_data_dir, target)
    yield target
