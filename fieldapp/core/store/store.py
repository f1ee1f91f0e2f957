"""The local store: profiles on this laptop, each in its own folder and database.

Layout: ``<data_dir>/profiles/<folder>/store.db`` (one SQLite file per profile, so profiles are
isolated by key *and* by file: one profile's key never opens another's data, and a profile can be
backed up or removed as a folder). ``<data_dir>/quarantine/`` receives copies of damaged files.
``data_dir`` is the explicit argument, else ``$FIELDAPP_DATA_DIR``, else
``platformdirs.user_data_dir("fieldapp")``.

Wrong passphrases: a generic error (S100, same for unknown slot data) and a growing delay before
the next attempt, computed from a failure counter persisted in the profile database, so
restarting the app does not reset it. The delay slows guessing through the app; against a copied
disk the real defence is Argon2id's cost.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from fieldapp.core.store import database, keys, profiles, schema
from fieldapp.core.store.keys import KdfParams, KeyRing, SlotKind
from fieldapp.core.store.models import ROLES, ProfileInfo, Role
from fieldapp.core.store.profiles import CARD_NAME, DB_NAME, resolve_data_dir
from fieldapp.core.store.records import Manifest
from fieldapp.core.store.session import Clock, ProfileSession, stamp, utc_now
from fieldapp.errors import FieldappError

MIN_PASSPHRASE = 8
#: Unlock runs SQLite's quick_check on stores up to this size (~50 ms); larger stores rely on
#: per-record AEAD checks and ``verify_integrity(deep=True)`` (run from settings / the CLI).
QUICK_CHECK_LIMIT = 64 * 1024 * 1024
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")


@dataclass(frozen=True)
class UnlockDelay:
    """Delay before the next attempt after ``failures`` wrong passphrases: 0, 1, 2, 4 ... 300 s."""

    first_seconds: float = 1.0
    factor: float = 2.0
    cap_seconds: float = 300.0

    def seconds(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return float(min(self.cap_seconds, self.first_seconds * self.factor ** (failures - 1)))


class ProfileCard(BaseModel):
    """profile.json beside the database: the (non-secret) name shown on the login screen."""

    model_config = ConfigDict(extra="ignore")

    name: str
    role: Role
    created_at: str


def folder_for(name: str) -> str:
    """Folder name for a profile: case-folded, only safe characters, never a reserved name."""
    return "p-" + re.sub(r"[^a-z0-9_-]", "_", name.casefold())


class Store:
    """Entry point of the store API: list, create, unlock and recover profiles."""

    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        kdf: KdfParams = keys.PRODUCTION_KDF,
        unlock_delay: UnlockDelay | None = None,
        clock: Clock = utc_now,
        sleep: Callable[[float], None] = time.sleep,
        monotonic_wall: Callable[[], float] = time.time,
    ) -> None:
        self.data_dir = resolve_data_dir(data_dir)
        self.kdf = kdf
        self.unlock_delay = unlock_delay or UnlockDelay()
        self._clock = clock
        self._sleep = sleep
        self._wall = monotonic_wall

    # --------------------------------------------------------------------------- layout
    @property
    def profiles_dir(self) -> Path:
        return self.data_dir / "profiles"

    @property
    def quarantine_dir(self) -> Path:
        return self.data_dir / "quarantine"

    def db_path(self, name: str) -> Path:
        return self.profiles_dir / folder_for(name) / DB_NAME

    def _existing_db(self, name: str) -> Path:
        path = self.db_path(name)
        if not path.exists():
            raise FieldappError("S101", name=name)
        return path

    def _open(self, path: Path) -> sqlite3.Connection:
        conn = database.connect(path, self.quarantine_dir, create=False)
        try:
            schema.migrate(conn, path)
        except BaseException:
            database.close(conn, path)
            raise
        return conn

    # ------------------------------------------------------------------------- profiles
    def list_profiles(self) -> list[ProfileInfo]:
        """Profiles on this laptop, sorted by name (reads only their non-secret metadata)."""
        return profiles.list_profiles(self.profiles_dir)

    def create_profile(self, name: str, role: str, passphrase: str) -> str:
        """Create a profile; returns the printable recovery key (show it once, never store it)."""
        if not _NAME.match(name) or name != name.strip():
            raise FieldappError("S103", name=name)
        if role not in ROLES:
            raise FieldappError("S104", role=role)
        if len(passphrase) < MIN_PASSPHRASE:
            raise FieldappError("S105", minimum=MIN_PASSPHRASE)
        final = self.db_path(name)
        if final.parent.exists():
            raise FieldappError("S102", name=name)
        # Built in a hidden folder and renamed into place: a crash mid-way leaves no half profile.
        self.profiles_dir.mkdir(parents=True, exist_ok=True)
        building = self.profiles_dir / f".new-{secrets.token_hex(8)}"
        building.mkdir()
        path = building / DB_NAME
        profile_id = uuid.uuid4().hex
        data_key = bytearray(secrets.token_bytes(32))
        recovery_raw, recovery_text = keys.new_recovery_key()
        conn = database.connect(path, self.quarantine_dir, create=True)
        try:
            schema.migrate(conn, path)
            ring = KeyRing(bytearray(data_key))
            now = stamp(self._clock())
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [("name", name), ("role", role), ("profile_id", profile_id), ("created_at", now)],
            )
            conn.execute("INSERT INTO unlock_attempts(id, failures, last_failure) VALUES (1, 0, 0)")
            self._write_slot(conn, profile_id, "passphrase", passphrase, data_key, now)
            self._write_recovery_slot(conn, profile_id, recovery_raw, data_key, now)
            Manifest(ring, profile_id).initialise(conn)
            conn.execute("COMMIT")
            ring.wipe()
            card = ProfileCard(name=name, role=role, created_at=now)
            (path.parent / CARD_NAME).write_text(card.model_dump_json(), encoding="utf-8")
        finally:
            for i in range(len(data_key)):
                data_key[i] = 0
            database.close(conn, path)
        try:
            os.rename(building, final.parent)
        except OSError:
            shutil.rmtree(building, ignore_errors=True)
            raise FieldappError("S102", name=name) from None
        return recovery_text

    def _write_slot(
        self,
        conn: sqlite3.Connection,
        profile_id: str,
        kind: SlotKind,
        passphrase: str,
        data_key: bytearray,
        now: str,
    ) -> None:
        salt = secrets.token_bytes(16)
        kek = keys.argon2_kek(passphrase, salt, self.kdf)
        wrapped = keys.wrap_key(kek, data_key, keys.slot_aad(profile_id, kind))
        conn.execute(
            "INSERT OR REPLACE INTO keyslots(kind, kdf, salt, wrapped, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (kind, self.kdf.model_dump_json(), salt, wrapped, now),
        )

    def _write_recovery_slot(
        self,
        conn: sqlite3.Connection,
        profile_id: str,
        recovery: bytes,
        data_key: bytearray,
        now: str,
    ) -> None:
        salt = secrets.token_bytes(16)
        kek = keys.recovery_kek(recovery, salt)
        wrapped = keys.wrap_key(kek, data_key, keys.slot_aad(profile_id, "recovery"))
        conn.execute(
            "INSERT OR REPLACE INTO keyslots(kind, kdf, salt, wrapped, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            ("recovery", '{"algorithm":"hkdf-sha256","version":1}', salt, wrapped, now),
        )

    # ---------------------------------------------------------------------------- unlock
    def _failures(self, conn: sqlite3.Connection) -> tuple[int, float]:
        row = conn.execute(
            "SELECT failures, last_failure FROM unlock_attempts WHERE id = 1"
        ).fetchone()
        return (0, 0.0) if row is None else (int(row[0]), float(row[1]))

    def unlock_wait(self, name: str) -> float:
        """Seconds until the next unlock attempt is allowed (0 when none pending)."""
        path = self._existing_db(name)
        conn = self._open(path)
        try:
            failures, last = self._failures(conn)
        finally:
            database.close(conn, path)
        return max(0.0, last + self.unlock_delay.seconds(failures) - self._wall())

    def _wait_turn(self, conn: sqlite3.Connection) -> None:
        failures, last = self._failures(conn)
        wait = last + self.unlock_delay.seconds(failures) - self._wall()
        if wait > 0:
            self._sleep(wait)

    def _record_failure(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "UPDATE unlock_attempts SET failures = failures + 1, last_failure = ? WHERE id = 1",
            (self._wall(),),
        )
        conn.execute("COMMIT")

    def _meta(self, conn: sqlite3.Connection) -> dict[str, str]:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())

    def _unwrap_passphrase(
        self, conn: sqlite3.Connection, profile_id: str, passphrase: str
    ) -> bytearray | None:
        row = conn.execute(
            "SELECT kdf, salt, wrapped FROM keyslots WHERE kind = 'passphrase'"
        ).fetchone()
        if row is None:
            return None
        params = KdfParams.model_validate_json(row[0])
        kek = keys.argon2_kek(passphrase, bytes(row[1]), params)
        return keys.unwrap_key(kek, bytes(row[2]), keys.slot_aad(profile_id, "passphrase"))

    def unlock(self, name: str, passphrase: str, *, verify: bool = True) -> ProfileSession:
        """Open a profile. Waits out the wrong-passphrase delay first; S100 on a wrong passphrase.

        ``verify`` checks the signed record manifest (detects deleted or rolled-back records);
        turn it off only to rescue data from a profile that failed that check.
        """
        path = self._existing_db(name)
        conn = self._open(path)
        try:
            self._wait_turn(conn)
            meta = self._meta(conn)
            data_key = self._unwrap_passphrase(conn, meta["profile_id"], passphrase)
            if data_key is None:
                self._record_failure(conn)
                raise FieldappError("S100")
            return self._session(conn, path, meta, data_key, verify=verify)
        except BaseException:
            database.close(conn, path)
            raise

    def _session(
        self,
        conn: sqlite3.Connection,
        path: Path,
        meta: dict[str, str],
        data_key: bytearray,
        *,
        verify: bool,
    ) -> ProfileSession:
        failures, _ = self._failures(conn)
        if failures:
            conn.execute("UPDATE unlock_attempts SET failures = 0, last_failure = 0 WHERE id = 1")
        session = ProfileSession(
            name=meta["name"],
            role=meta["role"] if meta["role"] in ROLES else "enumerator",
            profile_id=meta["profile_id"],
            db_path=path,
            quarantine_root=self.quarantine_dir,
            conn=conn,
            keys=KeyRing(data_key),
            clock=self._clock,
            change_passphrase=self._change_passphrase,
        )
        if verify:
            if path.stat().st_size <= QUICK_CHECK_LIMIT:
                session.quick_check()
            session.verify_integrity()
        if session.role == "supervisor":
            session.adopt_legacy_received()  # pre-schema-3 received records join the queue
        return session

    def _change_passphrase(self, session: ProfileSession, old: str, new: str) -> None:
        if len(new) < MIN_PASSPHRASE:
            raise FieldappError("S105", minimum=MIN_PASSPHRASE)
        with session.writer.transaction() as conn:
            check = self._unwrap_passphrase(conn, session.profile_id, old)
            if check is None:
                raise FieldappError("S100")
            self._write_slot(
                conn,
                session.profile_id,
                "passphrase",
                new,
                session.keyring.data_key(),
                stamp(self._clock()),
            )

    def reset_with_recovery_key(
        self, name: str, recovery_key: str, new_passphrase: str
    ) -> ProfileSession:
        """Forgotten passphrase: the recovery key unwraps the data key, which gets a new passphrase
        slot. Wrong keys count as failed attempts (same growing delay)."""
        if len(new_passphrase) < MIN_PASSPHRASE:
            raise FieldappError("S105", minimum=MIN_PASSPHRASE)
        path = self._existing_db(name)
        conn = self._open(path)
        try:
            self._wait_turn(conn)
            meta = self._meta(conn)
            raw = keys.parse_recovery_key(recovery_key)
            row = conn.execute(
                "SELECT salt, wrapped FROM keyslots WHERE kind = 'recovery'"
            ).fetchone()
            data_key = None
            if raw is not None and row is not None:
                kek = keys.recovery_kek(raw, bytes(row[0]))
                data_key = keys.unwrap_key(
                    kek, bytes(row[1]), keys.slot_aad(meta["profile_id"], "recovery")
                )
            if data_key is None:
                self._record_failure(conn)
                raise FieldappError("S106", name=name)
            conn.execute("BEGIN IMMEDIATE")
            self._write_slot(
                conn,
                meta["profile_id"],
                "passphrase",
                new_passphrase,
                data_key,
                stamp(self._clock()),
            )
            conn.execute("COMMIT")
            return self._session(conn, path, meta, data_key, verify=True)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            database.close(conn, path)
            raise

    def accept_damage(self, name: str) -> None:
        """After S123 (journal missing) the user accepts continuing with what the file holds.

        The quarantined copy stays; this only removes the in-use marker so the profile opens.
        """
        path = self._existing_db(name)
        marker = database.marker_path(path)
        if marker.exists():
            marker.unlink()

    def now(self) -> datetime:
        return self._clock()
