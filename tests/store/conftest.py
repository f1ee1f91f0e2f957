"""Store test fixtures: a real store in a temporary folder with cheap Argon2 parameters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.core.store import CHEAP_TEST_KDF, ProfileSession, Store, UnlockDelay

PASS = "correct horse battery"
#: Tests must not sleep for seconds: the delay policy is injected with tiny steps.
FAST_DELAY = UnlockDelay(first_seconds=0.05, factor=2.0, cap_seconds=0.4)


def make_store(data_dir: Path) -> Store:
    return Store(data_dir, kdf=CHEAP_TEST_KDF, unlock_delay=FAST_DELAY)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return make_store(tmp_path / "data")


@pytest.fixture
def session(store: Store) -> Iterator[ProfileSession]:
    store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    yield s
    s.lock()
