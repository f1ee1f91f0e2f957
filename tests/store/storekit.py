"""Helpers shared by store tests and their subprocess workers (no pytest import: fast start)."""

from __future__ import annotations

from pathlib import Path

from fieldapp.core.store import CHEAP_TEST_KDF, Store, UnlockDelay

PASS = "correct horse battery"
#: Tests must not sleep for seconds: the delay policy is injected with tiny steps.
FAST_DELAY = UnlockDelay(first_seconds=0.05, factor=2.0, cap_seconds=0.4)


def make_store(data_dir: Path) -> Store:
    return Store(data_dir, kdf=CHEAP_TEST_KDF, unlock_delay=FAST_DELAY)
