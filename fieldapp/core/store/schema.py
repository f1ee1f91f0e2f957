"""Schema of a profile database and its migrations (versioned ``schema_version`` table).

Plaintext columns are only what lists need to filter and sort without decrypting: ids (random
UUIDs), form id and version, lifecycle status, created/updated timestamps, record versions, and
for a supervisor's received submissions the routing metadata the server also sees (enumerator
username, team, received time, the id a resubmission replaces) plus review flag bits. They
reveal who collected an interview, when and with which form, never what a respondent said.
Everything else lives in ``sealed`` AES-GCM blobs (see records.py).

DDL goes through sqlite-utils (declarative table/index creation); queries are plain SQL in
session.py. Migrations: ``MIGRATIONS[n]`` upgrades schema n-1 to n. Before upgrading an existing
database a consistent copy is taken with SQLite's backup API into ``backups/`` next to it (it
holds only ciphertext and the same metadata), so a failed upgrade never costs data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.errors import FieldappError

if TYPE_CHECKING:
    from sqlite_utils import Database


def _v1(db: Database) -> None:
    """Profiles, keys, forms, submissions, attachments, audit, settings, record manifest."""
    db.table("meta").create({"key": str, "value": str}, pk="key", not_null={"value"})
    db.table("keyslots").create(
        {"kind": str, "kdf": str, "salt": bytes, "wrapped": bytes, "created_at": str},
        pk="kind",
        not_null={"kdf", "salt", "wrapped", "created_at"},
    )
    db.table("unlock_attempts").create(
        {"id": int, "failures": int, "last_failure": float},
        pk="id",
        not_null={"failures", "last_failure"},
    )
    db.table("manifest").create(
        {"id": int, "counter": int, "acc": bytes, "mac": bytes},
        pk="id",
        not_null={"counter", "acc", "mac"},
    )
    db.table("forms").create(
        {
            "rec_id": str,
            "form_id": str,
            "form_version": str,
            "title": str,
            "added_at": str,
            "version": int,
            "sealed": bytes,
        },
        pk="rec_id",
        not_null={"form_id", "form_version", "title", "added_at", "version", "sealed"},
    )
    db.table("forms").create_index(["form_id", "added_at"])
    db.table("form_media").create(
        {"rec_id": str, "form_rec_id": str, "name": str, "version": int, "sealed": bytes},
        pk="rec_id",
        not_null={"form_rec_id", "name", "version", "sealed"},
    )
    db.table("form_media").create_index(["form_rec_id"])
    db.table("submissions").create(
        {
            "rec_id": str,
            "form_id": str,
            "form_version": str,
            "status": str,
            "created_at": str,
            "updated_at": str,
            "version": int,
            "head": bytes,
            "sealed": bytes,
        },
        pk="rec_id",
        not_null={
            "form_id",
            "form_version",
            "status",
            "created_at",
            "updated_at",
            "version",
            "head",
            "sealed",
        },
    )
    # Lists filter by status / form / date and sort by a date with rowid as the tiebreak: each
    # index yields one filter's rows already in (date, rowid) order, so the first page is read
    # straight from the index with no sort (extra trailing columns would break that order).
    db.table("submissions").create_index(["status", "updated_at"])
    db.table("submissions").create_index(["form_id", "status", "updated_at"])
    db.table("submissions").create_index(["form_id", "updated_at"])
    db.table("submissions").create_index(["updated_at"])
    db.table("submissions").create_index(["created_at"])
    db.table("attachments").create(
        {"rec_id": str, "instance_id": str, "version": int, "sealed": bytes},
        pk="rec_id",
        not_null={"instance_id", "version", "sealed"},
    )
    db.table("attachments").create_index(["instance_id"])
    db.table("audit").create(
        {"rec_id": str, "instance_id": str, "at": str, "version": int, "sealed": bytes},
        pk="rec_id",
        not_null={"instance_id", "at", "version", "sealed"},
    )
    db.table("audit").create_index(["instance_id", "version"])
    db.table("secrets").create(
        {"rec_id": str, "version": int, "sealed": bytes},
        pk="rec_id",
        not_null={"version", "sealed"},
    )
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"})


def _v2(db: Database) -> None:
    """Sync state: cursors (server positions) and per-item attempts for backoff."""
    db.table("sync_cursors").create(
        {"name": str, "value": str, "updated_at": str}, pk="name", not_null={"value", "updated_at"}
    )
    db.table("sync_items").create(
        {"instance_id": str, "attempts": int, "last_attempt_at": str, "last_error_code": str},
        pk="instance_id",
        not_null={"attempts"},
    )


def _v3(db: Database) -> None:
    """Supervisor review: routing columns of received submissions, flags, decisions outbox.

    ``enumerator``/``team``/``received_at``/``deprecated_id`` are NULL on an enumerator's own
    records; they are also sealed in the record's head and checked on read. ``flags`` is a
    bitmask of automatic review flags (flag names are not respondent data; the explanations, which
    can quote answers, are sealed in ``review_facts``). Queue indexes are partial (received rows
    only) and, like v1's, end in the sort date so each filter's rows come in (date, rowid) order.
    """
    subs = db.table("submissions")
    subs.add_column("enumerator", str)
    subs.add_column("team", str)
    subs.add_column("received_at", str)
    subs.add_column("deprecated_id", str)
    subs.add_column("flags", int, not_null_default=0)
    received = "WHERE received_at IS NOT NULL"
    for name, columns, where in (
        ("rv_at", "received_at", received),
        ("rv_status", "status, received_at", received),
        ("rv_enum", "enumerator, received_at", received),
        ("rv_enum_status", "enumerator, status, received_at", received),
        ("rv_form", "form_id, received_at", received),
        ("rv_form_status", "form_id, status, received_at", received),
        ("rv_team", "team, received_at", received),
        ("rv_flagged", "received_at", received + " AND flags != 0"),
        ("rv_deprecated", "deprecated_id", "WHERE deprecated_id IS NOT NULL"),
    ):
        db.execute(f"CREATE INDEX {name} ON submissions({columns}) {where}")
    db.table("review_facts").create(
        {"rec_id": str, "form_id": str, "version": int, "sealed": bytes},
        pk="rec_id",
        not_null={"form_id", "version", "sealed"},
    )
    db.table("review_facts").create_index(["form_id"])
    db.table("review_outbox").create(
        {"rec_id": str, "instance_id": str, "created_at": str, "version": int, "sealed": bytes},
        pk="rec_id",
        not_null={"instance_id", "created_at", "version", "sealed"},
    )
    db.table("review_outbox").create_index(["created_at"])


def _v4(db: Database) -> None:
    """Export rows prepared ahead of exports (fieldapp.core.export.prepared).

    The prepared rows themselves are sealed inside the record's body, next to the XML they were
    made from; ``prepared`` only names their layout (a hash of the form version's columns, not
    respondent data), so finding the records still to prepare needs no decryption.
    """
    db.table("submissions").add_column("prepared", str)


MIGRATIONS: dict[int, Callable[[Database], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4}
SCHEMA_VERSION = max(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if row is None:
        return 0
    found = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    return int(found or 0)


def backup_copy(conn: sqlite3.Connection, db_path: Path, version: int) -> Path:
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"store-schema{version}-{stamp}.db"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(conn: sqlite3.Connection, db_path: Path, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to ``target``; returns the version found before migrating."""
    found = current_version(conn)
    if found > SCHEMA_VERSION:
        raise FieldappError(
            "S126", path=str(db_path), found=found, supported=SCHEMA_VERSION, location=str(db_path)
        )
    if found >= target:
        return found
    # Imported here: sqlite-utils pulls in pandas when installed (~1 s); only migrations need it.
    from sqlite_utils import Database

    backup = str(backup_copy(conn, db_path, found)) if found else "(new database, none needed)"
    db = Database(conn, execute_plugins=False)
    try:
        conn.execute("BEGIN IMMEDIATE")
        if found == 0:
            db.table("schema_version").create({"version": int, "applied_at": str}, pk="version")
        for version in range(found + 1, target + 1):
            MIGRATIONS[version](db)
            conn.execute(
                "INSERT INTO schema_version(version, applied_at) VALUES (?, ?)",
                (version, datetime.now(UTC).isoformat()),
            )
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise FieldappError(
            "S127",
            path=str(db_path),
            found=found,
            target=target,
            detail=str(exc),
            backup=backup,
            location=str(db_path),
        ) from None
    return found
