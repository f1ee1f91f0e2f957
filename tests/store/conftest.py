"""Store test fixtures: a real store in a temporary folder with cheap Argon2 parameters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.core.store import ProfileSession, Store
from tests.store.storekit import PASS, make_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return make_store(tmp_path / "data")


@pytest.fixture
def session(store: Store) -> Iterator[ProfileSession]:
    store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    yield s
    s.lock()
