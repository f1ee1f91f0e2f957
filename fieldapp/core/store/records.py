"""Sealing records and the signed record manifest.

Every sealed blob is ``nonce(12) || AES-256-GCM(plaintext)`` with associated data binding the
profile id, table, part (head/body), record id, record version and the row's plaintext metadata
(status, form, timestamps). So a blob moved to another row, another profile, another part, or
paired with edited metadata fails to decrypt (S124).

Rollback and deletion: the record version is a per-profile monotonic counter bumped on every
write. The manifest row holds that counter and an XOR accumulator of keyed BLAKE2b hashes of every
live ``(table, record id, version)``, MAC'ed with a key derived from the data key. Each write
updates the accumulator incrementally (O(1)); unlock recomputes it from the index columns (no
decryption) and compares. Replaying an old copy of a row (old version), deleting a row or adding a
foreign one changes the accumulator and is reported (S125). What this cannot detect is a rollback
of the *whole* database file to an older consistent copy; that needs state outside the disk.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence

from cryptography.exceptions import InvalidTag

from fieldapp.core.store.keys import KeyRing
from fieldapp.errors import FieldappError

_PREFIX = b"fieldapp.rec.v1"

#: Tables whose rows are sealed and tracked by the manifest.
SEALED_TABLES: tuple[str, ...] = (
    "forms",
    "form_media",
    "submissions",
    "attachments",
    "audit",
    "secrets",
    "review_facts",
    "review_outbox",
)


def aad_prefix(profile_id: str, table: str, part: str) -> bytes:
    return _PREFIX + ("\x00" + "\x00".join((profile_id, table, part))).encode("utf-8")


def aad_tail(rec_id: str, version: int, meta: Sequence[str]) -> bytes:
    return ("\x00" + "\x00".join((rec_id, str(version), *meta))).encode("utf-8")


def aad(
    profile_id: str, table: str, part: str, rec_id: str, version: int, meta: Sequence[str]
) -> bytes:
    """``prefix \0 profile \0 table \0 part \0 id \0 version (\0 meta)*`` as UTF-8."""
    return aad_prefix(profile_id, table, part) + aad_tail(rec_id, version, meta)


def seal(keys: KeyRing, associated: bytes, plaintext: bytes, nonce: bytes | None = None) -> bytes:
    """AES-256-GCM with a random 96-bit nonce (bulk writers pass slices of one urandom call)."""
    nonce = nonce or os.urandom(12)
    return nonce + keys.aead().encrypt(nonce, plaintext, associated)


def open_sealed(keys: KeyRing, associated: bytes, blob: bytes, what: str, key: str) -> bytes:
    if len(blob) < 28:
        raise FieldappError("S124", what=what, key=key, location=key)
    try:
        return keys.aead().decrypt(blob[:12], blob[12:], associated)
    except InvalidTag:
        raise FieldappError("S124", what=what, key=key, location=key) from None


def entry(table: str, rec_id: str, version: int) -> bytes:
    return f"{table}\x00{rec_id}\x00{version}".encode()


class Manifest:
    """Counter + accumulator, read and written inside the caller's write transaction."""

    def __init__(self, keys: KeyRing, profile_id: str) -> None:
        self.keys = keys
        self.profile_id = profile_id

    def _mac(self, counter: int, acc: int) -> bytes:
        return self.keys.mac(
            f"{self.profile_id}\x00{counter}\x00".encode() + acc.to_bytes(32, "big")
        )

    def initialise(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO manifest(id, counter, acc, mac) VALUES (1, 0, ?, ?)",
            (bytes(32), self._mac(0, 0)),
        )

    def load(self, conn: sqlite3.Connection, name: str) -> tuple[int, int]:
        row = conn.execute("SELECT counter, acc, mac FROM manifest WHERE id = 1").fetchone()
        if row is None:
            raise FieldappError("S125", name=name, copy="(none: the manifest row is missing)")
        counter, acc_b, mac = int(row[0]), bytes(row[1]), bytes(row[2])
        acc = int.from_bytes(acc_b, "big")
        if len(acc_b) != 32 or self._mac(counter, acc) != bytes(mac):
            raise FieldappError("S125", name=name, copy="(none: the manifest itself was altered)")
        return counter, acc

    def store(self, conn: sqlite3.Connection, counter: int, acc: int) -> None:
        conn.execute(
            "UPDATE manifest SET counter = ?, acc = ?, mac = ? WHERE id = 1",
            (counter, acc.to_bytes(32, "big"), self._mac(counter, acc)),
        )

    def fold(self, acc: int, removed: Iterable[bytes], added: Iterable[bytes]) -> int:
        for item in removed:
            acc ^= self.keys.entry_hash(item)
        for item in added:
            acc ^= self.keys.entry_hash(item)
        return acc

    def recompute(self, conn: sqlite3.Connection) -> int:
        acc = 0
        h = self.keys.entry_hash
        for table in SEALED_TABLES:
            for rec_id, version in conn.execute(f"SELECT rec_id, version FROM {table}"):  # noqa: S608
                acc ^= h(entry(table, str(rec_id), int(version)))
        return acc
