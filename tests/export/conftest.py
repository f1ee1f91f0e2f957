"""Export test fixtures: a supervisor profile in a temporary folder (cheap Argon2 parameters)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.core.store import ProfileSession
from tests.export.exportkit import supervisor


@pytest.fixture
def sup(tmp_path: Path) -> Iterator[ProfileSession]:
    session = supervisor(tmp_path / "data", "diaspora", "ipl12")
    yield session
    if not session.locked:
        session.lock()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
