"""Wrong-passphrase delay, passphrase change, recovery key reset, key-hierarchy details."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from fieldapp.core.store import CHEAP_TEST_KDF, KdfParams, Store, UnlockDelay
from fieldapp.core.store.keys import parse_recovery_key
from fieldapp.errors import FieldappError
from tests.store.storekit import PASS


def _fail(store: Store, passphrase: str = "wrong passphrase") -> None:
    with pytest.raises(FieldappError) as err:
        store.unlock("Ana", passphrase)
    assert err.value.code == "S100"
    assert "Ana" not in err.value.message  # generic: says nothing about what was wrong


class FakeTime:
    """Wall clock and sleep the store can be given: waits are recorded, time moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.slept: list[float] = []

    def wall(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_wrong_passphrase_delay_grows_and_survives_restart(tmp_path: Path) -> None:
    clock = FakeTime()
    policy = UnlockDelay(first_seconds=1.0, factor=2.0, cap_seconds=5.0)

    def new_store() -> Store:  # a fresh Store object is what a restarted app would build
        return Store(
            tmp_path,
            kdf=CHEAP_TEST_KDF,
            unlock_delay=policy,
            sleep=clock.sleep,
            monotonic_wall=clock.wall,
        )

    store = new_store()
    store.create_profile("Ana", "enumerator", PASS)
    for _ in range(5):
        _fail(store)
    assert clock.slept == [1.0, 2.0, 4.0, 5.0]  # none before the first failure, then growing
    restarted = new_store()
    assert restarted.unlock_wait("Ana") == 5.0  # the counter is on disk, not in memory
    clock.now += 3.0
    assert restarted.unlock_wait("Ana") == 2.0
    restarted.unlock("Ana", PASS).lock()  # waits the remaining 2 s, then succeeds
    assert clock.slept[-1] == 2.0
    assert restarted.unlock_wait("Ana") == 0  # success resets the counter
    _fail(restarted)
    assert clock.slept[-1] == 2.0  # no new wait for the first failure after a success


def test_delay_really_blocks_with_the_real_clock(tmp_path: Path) -> None:
    store = Store(tmp_path, kdf=CHEAP_TEST_KDF, unlock_delay=UnlockDelay(0.3, 2.0, 1.0))
    store.create_profile("Ana", "enumerator", PASS)
    _fail(store)
    start = time.monotonic()
    _fail(store)
    assert time.monotonic() - start >= 0.25  # only a lower bound: a loaded machine is slower


def test_delay_policy_defaults_are_meaningful() -> None:
    policy = Store().unlock_delay
    assert [policy.seconds(n) for n in range(5)] == [0, 1, 2, 4, 8]
    assert policy.seconds(100) == 300


def test_change_passphrase_rewraps_only(store: Store) -> None:
    store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    s.save_draft("f", "1", "x", b"<d>kept</d>")
    with sqlite3.connect(s.db_path) as conn:
        before = conn.execute("SELECT sealed FROM submissions").fetchone()[0]
    with pytest.raises(FieldappError, match="S100"):
        s.change_passphrase("not the old one", "brand new passphrase")
    with pytest.raises(FieldappError, match="S105"):
        s.change_passphrase(PASS, "short")
    s.change_passphrase(PASS, "brand new passphrase")
    s.lock()
    with sqlite3.connect(store.db_path("Ana")) as conn:
        assert conn.execute("SELECT sealed FROM submissions").fetchone()[0] == before
    with pytest.raises(FieldappError, match="S100"):
        store.unlock("Ana", PASS)
    s = store.unlock("Ana", "brand new passphrase")
    assert s.load("x").xml == b"<d>kept</d>"
    s.lock()


def test_recovery_key_resets_a_forgotten_passphrase(store: Store) -> None:
    key = store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    s.save_draft("f", "1", "x", b"<d>kept</d>")
    s.lock()
    with pytest.raises(FieldappError, match="S106"):
        store.reset_with_recovery_key(
            "Ana", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "new pass 123"
        )
    with pytest.raises(FieldappError, match="S106"):
        store.reset_with_recovery_key("Ana", "nonsense", "new pass 123")
    assert store.unlock_wait("Ana") > 0  # wrong recovery keys count as failures too
    typed = key.lower().replace("-", " ")  # case, spaces, dashes do not matter
    s = store.reset_with_recovery_key("Ana", typed, "new pass 123")
    assert s.load("x").xml == b"<d>kept</d>"
    s.lock()
    store.unlock("Ana", "new pass 123").lock()
    with pytest.raises(FieldappError, match="S100"):
        store.unlock("Ana", PASS)
    # the recovery key keeps working after use
    store.reset_with_recovery_key("Ana", key, "third passphrase").lock()


def test_recovery_key_text_is_forgiving_but_exact() -> None:
    raw = parse_recovery_key("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    assert raw is not None and len(raw) == 20
    assert parse_recovery_key("abcd efgh ijkl mnop qrst uvwx yz23 4567") == raw
    assert parse_recovery_key("ABCD-EFGH") is None


def test_kdf_parameters_are_stored_per_slot(tmp_path: Path) -> None:
    custom = KdfParams(memory_kib=16, iterations=2, lanes=1)
    store = Store(tmp_path, kdf=custom)
    store.create_profile("Ana", "enumerator", PASS)
    with sqlite3.connect(store.db_path("Ana")) as conn:
        stored = conn.execute(
            "SELECT kdf, length(salt) FROM keyslots WHERE kind='passphrase'"
        ).fetchone()
    assert KdfParams.model_validate_json(stored[0]) == custom and stored[1] == 16
    # a store configured with other parameters still opens it (params come from the slot)
    Store(tmp_path, kdf=CHEAP_TEST_KDF).unlock("Ana", PASS).lock()


def test_salts_and_keys_differ_between_profiles(store: Store) -> None:
    store.create_profile("A", "enumerator", PASS)
    store.create_profile("B", "enumerator", PASS)
    rows = []
    for name in ("A", "B"):
        with sqlite3.connect(store.db_path(name)) as conn:
            rows.append(
                conn.execute(
                    "SELECT salt, wrapped FROM keyslots WHERE kind='passphrase'"
                ).fetchone()
            )
    assert rows[0][0] != rows[1][0] and rows[0][1] != rows[1][1]
