"""Review fixtures: a real store with a supervisor profile holding the built-in forms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.core.store import ProfileSession, Store
from tests.review.kit import add_form
from tests.store.storekit import PASS, make_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return make_store(tmp_path / "data")


@pytest.fixture
def sup(store: Store) -> Iterator[ProfileSession]:
    store.create_profile("Sara", "supervisor", PASS)
    session = store.unlock("Sara", PASS)
    add_form(session, "ipl12")
    add_form(session, "diaspora")
    yield session
    if not session.locked:
        session.lock()
