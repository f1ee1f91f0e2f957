"""An unlocked profile: the repository API over one profile database (the only place with SQL).

Each public write is one ``BEGIN IMMEDIATE ... COMMIT`` transaction with synchronous=FULL, so it is
durable when it returns and a crash leaves either the old or the new record. Every write bumps the
per-profile counter, seals the record with that version and folds it into the manifest (see
records.py). Lists filter and sort on plaintext metadata through indexes and decrypt only the small
``head`` blob (instance name, comments, receipt, history) of the rows on the requested page.
"""

from __future__ import annotations

import base64
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag

from fieldapp.core.store import database, records
from fieldapp.core.store.keys import KeyRing
from fieldapp.core.store.lifecycle import DELETABLE, Status, check_transition
from fieldapp.core.store.models import (
    Attachment,
    AuditEvent,
    Comment,
    FlagUpdate,
    FormVersion,
    ImportReport,
    Page,
    PendingReview,
    ReceivedSubmission,
    RecordBatch,
    ReviewPage,
    ReviewQuery,
    ReviewSummary,
    Role,
    Routing,
    Submission,
    SubmissionSummary,
    SyncItemState,
    Unreadable,
    form_key,
)
from fieldapp.errors import FieldappError

Clock = Callable[[], datetime]
SettingValue = str | int | float | bool | None
_SETTING_KEY = re.compile(r"^[a-z][a-z0-9_.-]{0,63}$")
_MAX_SETTING = 2000
_SORTS = {"updated_at", "created_at"}
_REVIEW_SORTS = {"received_at", "created_at", "updated_at", "enumerator"}
_ROUTING_KEYS = ("enumerator", "team", "received_at", "deprecated_id")
_SUBMISSION_COLUMNS = (
    "form_id, form_version, status, created_at, updated_at, version, head, sealed, "
    "enumerator, team, received_at, deprecated_id, flags"
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """Sortable UTC timestamp with microseconds, e.g. 2026-11-23T10:00:00.000000Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def normalise_stamp(text: str, what: str) -> str:
    """ISO 8601 text (any offset; naive means UTC) -> ``stamp`` form, so string order is time
    order in SQL. R100 when it is not a date-time."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise FieldappError("R100", what=what, value=str(text)[:40]) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return stamp(moment)


def _prepared_tag(body: Mapping[str, Any]) -> str | None:
    """The plaintext ``prepared`` column: the layout tag of the rows sealed in the body."""
    prepared = body.get("prepared")
    tag = prepared.get("tag") if isinstance(prepared, dict) else None
    return tag if isinstance(tag, str) else None


def _routing_columns(head: Mapping[str, Any]) -> tuple[str | None, ...]:
    routing = head.get("routing") or {}
    get = routing.get  # spelled out: a generator here cost ~4 us per record read
    return (get("enumerator"), get("team"), get("received_at"), get("deprecated_id"))


class ProfileSession:
    """The unlocked profile. Obtain it from ``Store.unlock``; call ``lock()`` when done.

    Thread use: calls are serialised by a lock, so a UI may unlock in a worker thread and then
    use the session from the GUI thread; keep long calls (export, import) off the GUI thread.
    """

    def __init__(
        self,
        *,
        name: str,
        role: Role,
        profile_id: str,
        db_path: Path,
        quarantine_root: Path,
        conn: sqlite3.Connection,
        keys: KeyRing,
        clock: Clock,
        change_passphrase: Callable[[ProfileSession, str, str], None],
    ) -> None:
        self.name = name
        self.role: Role = role
        self.profile_id = profile_id
        self.db_path = db_path
        self._writer = database.Writer(conn, db_path, quarantine_root)
        self._keys = keys
        self._clock = clock
        self._manifest = records.Manifest(keys, profile_id)
        self._change_passphrase = change_passphrase

    # ----------------------------------------------------------------------------- lifecycle
    @property
    def locked(self) -> bool:
        return not self._keys.alive

    def lock(self) -> None:
        """Idle-lock primitive: wipe the keys held in memory and close the database.

        A timer is the UI's job; after ``lock()`` every call raises S107 until ``Store.unlock``.
        """
        with self._writer.lock:
            if self._keys.alive:
                self._keys.wipe()
                database.close(self._writer.conn, self.db_path)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under a new passphrase (nothing is re-encrypted)."""
        self._alive()
        self._change_passphrase(self, old, new)

    def _alive(self) -> KeyRing:
        if not self._keys.alive:
            raise FieldappError("S107", name=self.name)
        return self._keys

    def _now(self) -> str:
        return stamp(self._clock())

    # ------------------------------------------------------------------------ sealing helpers
    def _aad(self, table: str, part: str, rec_id: str, version: int, meta: Sequence[str]) -> bytes:
        return records.aad(self.profile_id, table, part, rec_id, version, meta)

    def _seal(
        self,
        table: str,
        part: str,
        rec_id: str,
        version: int,
        meta: Sequence[str],
        obj: Any,
        nonce: bytes | None = None,
    ) -> bytes:
        return records.seal(
            self._keys, self._aad(table, part, rec_id, version, meta), orjson.dumps(obj), nonce
        )

    def _open(
        self, table: str, part: str, rec_id: str, version: int, meta: Sequence[str], blob: bytes
    ) -> Any:
        plain = records.open_sealed(
            self._keys, self._aad(table, part, rec_id, version, meta), blob, table, rec_id
        )
        return orjson.loads(plain)

    def _bump(self, conn: sqlite3.Connection) -> tuple[int, int]:
        counter, acc = self._manifest.load(conn, self.name)
        return counter + 1, acc

    def _commit_manifest(
        self,
        conn: sqlite3.Connection,
        counter: int,
        acc: int,
        removed: Iterable[bytes],
        added: Iterable[bytes],
    ) -> None:
        self._manifest.store(conn, counter, self._manifest.fold(acc, removed, added))

    # -------------------------------------------------------------------------- integrity
    def quick_check(self) -> None:
        """SQLite's structural check (reads every page, no decryption); S122 when damaged."""
        self._alive()
        with self._writer.reading() as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise database.damaged(self.db_path, self._writer.quarantine_root, str(result))

    def verify_integrity(self, *, deep: bool = False) -> None:
        """Check the manifest against every sealed row (S125); ``deep`` also decrypts every row
        (S124 on the first bad one) and runs SQLite's integrity_check (S122)."""
        self._alive()
        with self._writer.reading() as conn:
            _, acc = self._manifest.load(conn, self.name)
            if self._manifest.recompute(conn) != acc:
                copy = database.quarantine(self.db_path, self._writer.quarantine_root)
                raise FieldappError("S125", name=self.name, copy=str(copy))
            if not deep:
                return
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise database.damaged(self.db_path, self._writer.quarantine_root, str(result))
        for summary in self._iter_all_submissions():
            self.load(summary)
        with self._writer.reading() as conn:
            form_rows = conn.execute("SELECT form_id, form_version FROM forms").fetchall()
            att = [r[0] for r in conn.execute("SELECT rec_id FROM attachments")]
            audit_instances = [r[0] for r in conn.execute("SELECT DISTINCT instance_id FROM audit")]
            secrets = [r[0] for r in conn.execute("SELECT rec_id FROM secrets")]
        for form_id, version in form_rows:
            self.get_form_xml(form_id, version)
            for media in self.get_form(form_id, version).media_names:
                self.get_form_media(form_id, version, media)
        for attachment_id in att:
            self.get_attachment(attachment_id)
        for instance_id in audit_instances:
            self.list_audit(instance_id)
        for key in secrets:
            self.get_secret(key)
        self.pending_reviews()
        for form_id in {f for f, _ in form_rows} | set(self.review_values("form_id")):
            self.all_review_details(form_id)

    def _iter_all_submissions(self) -> Iterable[str]:
        with self._writer.reading() as conn:
            ids = [r[0] for r in conn.execute("SELECT rec_id FROM submissions")]
        return ids

    # ------------------------------------------------------------------------------- forms
    def add_form(
        self,
        form_id: str,
        version: str,
        title: str,
        xml: bytes,
        media: Mapping[str, bytes] | None = None,
    ) -> FormVersion:
        """Store a form version and its media files (replacing the same form id + version)."""
        self._alive()
        key = form_key(form_id, version)
        media = dict(media or {})
        now = self._now()
        with self._writer.transaction() as conn:
            counter, acc = self._bump(conn)
            removed = [
                records.entry(t, str(r), int(v))
                for t, r, v in conn.execute(
                    "SELECT 'forms', rec_id, version FROM forms WHERE rec_id = ? UNION ALL "
                    "SELECT 'form_media', rec_id, version FROM form_media WHERE form_rec_id = ?",
                    (key, key),
                )
            ]
            conn.execute("DELETE FROM form_media WHERE form_rec_id = ?", (key,))
            meta = (form_id, version, title, now)
            sealed = self._seal(
                "forms",
                "body",
                key,
                counter,
                meta,
                {"xml": xml.decode("utf-8"), "media": sorted(media)},
            )
            conn.execute(
                "INSERT OR REPLACE INTO forms(rec_id, form_id, form_version, title, added_at, "
                "version, sealed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (key, form_id, version, title, now, counter, sealed),
            )
            added = [records.entry("forms", key, counter)]
            for name, data in media.items():
                rec = f"{key}/{name}"
                blob = records.seal(
                    self._keys, self._aad("form_media", "body", rec, counter, (key, name)), data
                )
                conn.execute(
                    "INSERT INTO form_media(rec_id, form_rec_id, name, version, sealed) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (rec, key, name, counter, blob),
                )
                added.append(records.entry("form_media", rec, counter))
            self._commit_manifest(conn, counter, acc, removed, added)
        return FormVersion(form_id, version, title, now, tuple(sorted(media)))

    def list_forms(self, form_id: str | None = None) -> list[FormVersion]:
        """Every stored form version (newest first), with media names."""
        self._alive()
        with self._writer.reading() as conn:
            sql = "SELECT rec_id, form_id, form_version, title, added_at FROM forms"
            rows = conn.execute(
                sql + (" WHERE form_id = ?" if form_id else "") + " ORDER BY added_at DESC",
                (form_id,) if form_id else (),
            ).fetchall()
            media: dict[str, list[str]] = {}
            for rec, name in conn.execute("SELECT form_rec_id, name FROM form_media ORDER BY name"):
                media.setdefault(rec, []).append(name)
        return [FormVersion(f, v, t, a, tuple(media.get(k, ()))) for k, f, v, t, a in rows]

    def get_form(self, form_id: str, version: str) -> FormVersion:
        for form in self.list_forms(form_id):
            if form.version == version:
                return form
        raise FieldappError("S108", what="form", key=form_key(form_id, version))

    def get_form_xml(self, form_id: str, version: str) -> bytes:
        self._alive()
        key = form_key(form_id, version)
        with self._writer.reading() as conn:
            row = conn.execute(
                "SELECT form_id, form_version, title, added_at, version, sealed FROM forms "
                "WHERE rec_id = ?",
                (key,),
            ).fetchone()
        if row is None:
            raise FieldappError("S108", what="form", key=key)
        body = self._open("forms", "body", key, int(row[4]), row[:4], bytes(row[5]))
        return str(body["xml"]).encode("utf-8")

    def get_form_media(self, form_id: str, version: str, name: str) -> bytes:
        self._alive()
        key = form_key(form_id, version)
        rec = f"{key}/{name}"
        with self._writer.reading() as conn:
            row = conn.execute(
                "SELECT form_rec_id, name, version, sealed FROM form_media WHERE rec_id = ?", (rec,)
            ).fetchone()
        if row is None:
            raise FieldappError("S108", what="media file", key=rec)
        return records.open_sealed(
            self._keys,
            self._aad("form_media", "body", rec, int(row[2]), (row[0], row[1])),
            bytes(row[3]),
            "form_media",
            rec,
        )

    # -------------------------------------------------------------------- submissions: write
    def _row(self, conn: sqlite3.Connection, instance_id: str) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = conn.execute(
            f"SELECT {_SUBMISSION_COLUMNS} FROM submissions WHERE rec_id = ?",  # noqa: S608
            (instance_id,),
        ).fetchone()
        return row

    def _decode(
        self, instance_id: str, row: Sequence[Any], *, with_body: bool = True
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Head: name, comments, receipt, history (small, read by lists and every transition).
        Body: instance XML and position (large, skipped when a save replaces it anyway)."""
        meta = (row[0], row[1], row[2], row[3], row[4])
        version = int(row[5])
        head = self._open("submissions", "head", instance_id, version, meta, bytes(row[6]))
        if len(row) > 8 and _routing_columns(head) != tuple(row[8:12]):
            # routing columns are plaintext for the queue; the sealed copy is the truth
            raise FieldappError("S124", what="submissions", key=instance_id, location=instance_id)
        body = (
            self._open("submissions", "body", instance_id, version, meta, bytes(row[7]))
            if with_body
            else {}
        )
        return head, body

    def _put(
        self,
        conn: sqlite3.Connection,
        counter: int,
        instance_id: str,
        meta: tuple[str, str, str, str, str],
        head: dict[str, Any],
        body: dict[str, Any],
        flags: int = 0,
    ) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO submissions(rec_id, form_id, form_version, status, created_at, "
            "updated_at, version, head, sealed, enumerator, team, received_at, deprecated_id, "
            "flags, prepared) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                instance_id,
                *meta,
                counter,
                self._seal("submissions", "head", instance_id, counter, meta, head),
                self._seal("submissions", "body", instance_id, counter, meta, body),
                *_routing_columns(head),
                flags,
                _prepared_tag(body),
            ),
        )

    def _transition(
        self,
        instance_id: str,
        target: Status,
        action: str,
        change: Callable[[dict[str, Any], dict[str, Any]], None],
        *,
        create: tuple[str, str] | None = None,
        replaces_body: bool = False,
        also: Callable[[sqlite3.Connection, int, str], list[bytes]] | None = None,
    ) -> int:
        """Load, check the state machine, apply ``change`` to head/body, reseal: one transaction.

        ``replaces_body``: ``change`` sets the whole body, so the old one is not decrypted.
        ``also(conn, counter, form_id)`` writes more rows in the same transaction (a review
        decision's outbox entry) and returns their manifest entries.
        """
        self._alive()
        now = self._now()
        with self._writer.transaction() as conn:
            counter, acc = self._bump(conn)
            row = self._row(conn, instance_id)
            removed: list[bytes] = []
            flags = 0
            if row is None:
                if create is None:
                    raise FieldappError("S108", what="interview", key=instance_id)
                form_id, form_version = create
                created = now
                head: dict[str, Any] = {
                    "name": None,
                    "comments": [],
                    "receipt_hash": None,
                    "sent_at": None,
                    "history": [],
                }
                body: dict[str, Any] = {"xml": "", "position": {}}
                current = Status.DRAFT
            else:
                form_id, form_version, created = row[0], row[1], row[3]
                head, body = self._decode(instance_id, row, with_body=not replaces_body)
                current = Status(row[2])
                flags = int(row[12])
                removed.append(records.entry("submissions", instance_id, int(row[5])))
            check_transition(instance_id, current, target, action)
            change(head, body)
            if current != target:
                head["history"].append({"from": current.value, "to": target.value, "at": now})
            meta = (form_id, form_version, target.value, created, now)
            self._put(conn, counter, instance_id, meta, head, body, flags)
            added = [records.entry("submissions", instance_id, counter)]
            if also is not None:
                added += also(conn, counter, form_id)
            self._commit_manifest(conn, counter, acc, removed, added)
        return counter

    def save_draft(
        self,
        form_id: str,
        form_version: str,
        instance_id: str,
        xml: bytes,
        *,
        name: str | None = None,
        position: Mapping[str, Any] | None = None,
    ) -> int:
        """Autosave: create or replace the draft (also reopens a returned interview for fixing).

        Durable when it returns. Returns the record's new version (a monotonic counter).
        """
        text = xml.decode("utf-8")
        pos = dict(position or {})

        def change(head: dict[str, Any], body: dict[str, Any]) -> None:
            head["name"] = name
            body["xml"] = text
            body["position"] = pos

        return self._transition(
            instance_id,
            Status.DRAFT,
            "saved as a draft",
            change,
            create=(form_id, form_version),
            replaces_body=True,
        )

    def finalize(
        self,
        instance_id: str,
        xml: bytes,
        *,
        name: str | None = None,
        form_id: str | None = None,
        form_version: str | None = None,
    ) -> int:
        """Move a draft (or a new instance, given form id and version) to the outbox."""
        text = xml.decode("utf-8")
        create = (form_id, form_version) if form_id and form_version is not None else None

        def change(head: dict[str, Any], body: dict[str, Any]) -> None:
            head["name"] = name if name is not None else head.get("name")
            body["xml"] = text
            body.pop("prepared", None)  # made from the old XML
            head["receipt_hash"] = None

        if create is not None:
            with self._writer.reading() as conn:
                exists = self._row(conn, instance_id) is not None
            if not exists:
                # A brand new instance passes through draft inside the same transaction.
                def change_new(head: dict[str, Any], body: dict[str, Any]) -> None:
                    change(head, body)
                    head["history"].append({"from": "new", "to": "draft", "at": self._now()})

                return self._transition(
                    instance_id, Status.FINALIZED, "finalized", change_new, create=create
                )
        return self._transition(instance_id, Status.FINALIZED, "finalized", change)

    def reopen(self, instance_id: str) -> int:
        """Take a finalized (not yet sent) interview back to drafts for editing."""
        return self._transition(instance_id, Status.DRAFT, "reopened", lambda h, b: None)

    def mark_sent(
        self, instance_id: str, receipt_hash: str, *, sent_at: datetime | None = None
    ) -> int:
        """Record the server's receipt; only then does the interview leave the outbox."""
        moment = stamp(sent_at or self._clock())

        def change(head: dict[str, Any], body: dict[str, Any]) -> None:
            head["receipt_hash"] = receipt_hash
            head["sent_at"] = moment

        return self._transition(instance_id, Status.SENT, "marked as sent", change)

    def _with_comments(
        self, comments: Sequence[Comment]
    ) -> Callable[[dict[str, Any], dict[str, Any]], None]:
        def change(head: dict[str, Any], body: dict[str, Any]) -> None:
            head["comments"].extend(
                {"author": c.author, "text": c.text, "at": c.at, "ref": c.ref} for c in comments
            )

        return change

    def mark_returned(self, instance_id: str, comments: Sequence[Comment]) -> int:
        """A supervisor returned the interview with comments (sent/received -> returned)."""
        return self._transition(
            instance_id, Status.RETURNED, "returned", self._with_comments(comments)
        )

    def mark_approved(self, instance_id: str, comments: Sequence[Comment] = ()) -> int:
        return self._transition(
            instance_id, Status.APPROVED, "approved", self._with_comments(comments)
        )

    def mark_has_issues(self, instance_id: str, comments: Sequence[Comment]) -> int:
        """Supervisor: flag a received interview as having issues (kept for follow-up)."""
        return self._transition(
            instance_id, Status.HAS_ISSUES, "flagged", self._with_comments(comments)
        )

    def put_received(self, items: Iterable[ReceivedSubmission]) -> int:
        """Bulk-store submissions pulled by a supervisor as ``received`` (one transaction).

        Existing instance ids are left alone (idempotent pulls). Returns how many were added.
        """
        self._alive()
        now = self._now()
        added_count = 0
        history = [{"from": "new", "to": "received", "at": now}]
        received = Status.RECEIVED.value
        with self._writer.transaction() as conn:
            counter, acc = self._manifest.load(conn, self.name)
            entries: list[bytes] = []
            chunk: list[ReceivedSubmission] = []

            def flush() -> None:
                nonlocal counter, added_count
                marks = ", ".join("?" for _ in chunk)
                present = {
                    r[0]
                    for r in conn.execute(
                        f"SELECT rec_id FROM submissions WHERE rec_id IN ({marks})",  # noqa: S608
                        [c.instance_id for c in chunk],
                    )
                }
                rows: list[tuple[Any, ...]] = []
                nonces = os.urandom(24 * len(chunk))  # one syscall per chunk, 2 nonces per row
                encrypt = self._keys.aead().encrypt
                head_prefix = records.aad_prefix(self.profile_id, "submissions", "head")
                body_prefix = records.aad_prefix(self.profile_id, "submissions", "body")
                for n, item in enumerate(chunk):
                    rec = item.instance_id
                    if rec in present:
                        continue
                    present.add(rec)
                    counter += 1
                    meta = (item.form_id, item.form_version, received, item.created_at or now, now)
                    tail = records.aad_tail(rec, counter, meta)  # shared by head and body
                    routing = {
                        "enumerator": item.enumerator,
                        "team": item.team,
                        "received_at": (
                            normalise_stamp(item.received_at, "received_at")
                            if item.received_at
                            else now
                        ),
                        "deprecated_id": item.deprecated_id,
                    }
                    head = orjson.dumps(
                        {
                            "name": item.name,
                            "comments": [],
                            "receipt_hash": None,
                            "sent_at": None,
                            "history": history,
                            "routing": routing,
                        }
                    )
                    body = orjson.dumps({"xml": item.xml.decode("utf-8"), "position": {}})
                    hn, bn = nonces[24 * n : 24 * n + 12], nonces[24 * n + 12 : 24 * n + 24]
                    rows.append(
                        (
                            rec,
                            *meta,
                            counter,
                            hn + encrypt(hn, head, head_prefix + tail),
                            bn + encrypt(bn, body, body_prefix + tail),
                            *(routing[k] for k in _ROUTING_KEYS),
                        )
                    )
                    entries.append(records.entry("submissions", rec, counter))
                self._insert_many(conn, rows)
                added_count += len(rows)
                chunk.clear()

            for item in items:
                chunk.append(item)
                if len(chunk) >= 500:
                    flush()
            if chunk:
                flush()
            self._commit_manifest(conn, counter, acc, (), entries)
        return added_count

    @staticmethod
    def _insert_many(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
        conn.executemany(
            "INSERT INTO submissions(rec_id, form_id, form_version, status, created_at, "
            "updated_at, version, head, sealed, enumerator, team, received_at, deprecated_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def delete_draft(self, instance_id: str) -> None:
        """Delete a draft with its attachments and paradata (only drafts can be deleted)."""
        self._alive()
        with self._writer.transaction() as conn:
            counter, acc = self._bump(conn)
            row = self._row(conn, instance_id)
            if row is None:
                raise FieldappError("S108", what="interview", key=instance_id)
            status = Status(row[2])
            if status not in DELETABLE:
                raise FieldappError(
                    "S109",
                    instance_id=instance_id,
                    state=status.value,
                    action="deleted",
                    allowed="only drafts can be deleted",
                )
            removed = [records.entry("submissions", instance_id, int(row[5]))]
            for table in ("attachments", "audit"):
                removed += [
                    records.entry(table, str(r), int(v))
                    for r, v in conn.execute(
                        f"SELECT rec_id, version FROM {table} WHERE instance_id = ?",  # noqa: S608
                        (instance_id,),
                    )
                ]
                conn.execute(f"DELETE FROM {table} WHERE instance_id = ?", (instance_id,))  # noqa: S608
            conn.execute("DELETE FROM submissions WHERE rec_id = ?", (instance_id,))
            self._commit_manifest(conn, counter, acc, removed, ())

    # --------------------------------------------------------------------- submissions: read
    def load(self, instance_id: str) -> Submission:
        """Decrypt one whole record (S124 if it was altered, swapped or rolled back)."""
        self._alive()
        with self._writer.reading() as conn:
            row = self._row(conn, instance_id)
        if row is None:
            raise FieldappError("S108", what="interview", key=instance_id)
        return self._submission(instance_id, row)

    def _submission(self, instance_id: str, row: Sequence[Any]) -> Submission:
        head, body = self._decode(instance_id, row)
        return Submission(
            instance_id=instance_id,
            form_id=row[0],
            form_version=row[1],
            status=row[2],
            created_at=row[3],
            updated_at=row[4],
            name=head.get("name"),
            xml=str(body["xml"]).encode("utf-8"),
            position=dict(body.get("position") or {}),
            comments=tuple(Comment(**c) for c in head.get("comments", [])),
            receipt_hash=head.get("receipt_hash"),
            sent_at=head.get("sent_at"),
            history=tuple(head.get("history", [])),
            routing=Routing(**head["routing"]) if head.get("routing") else None,
            flags=int(row[12]),
            prepared=body.get("prepared"),
        )

    def read_review_records(
        self, query: ReviewQuery, after: tuple[str, int] | None = None
    ) -> RecordBatch:
        """Whole records of the review queue's filter, oldest received first, ``query.limit``
        (at most 1000) per call: what an export reads. One SELECT per page, resumed after the
        previous page's last (received_at, rowid) through the queue's indexes (no OFFSET, so
        page 100 costs what page 1 does). Every record is decrypted and checked like ``load``
        (head, body and routing columns); one that fails comes back as ``Unreadable``.
        ``query.sort``, ``descending`` and ``offset`` are not used."""
        self._alive()
        where, params = self._review_where(query)
        return self._read_page(where, params, "received_at", after, query.limit)

    def read_records(
        self,
        *,
        status: str | Sequence[str] | None = None,
        form_id: str | None = None,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
        after: tuple[str, int] | None = None,
        limit: int = 500,
    ) -> RecordBatch:
        """Whole records filtered like ``list_submissions``, oldest created first, resumed
        after ``after``; see ``read_review_records``."""
        self._alive()
        where, params = self._where(status, form_id, "created_at", date_from, date_to)
        return self._read_page(where, params, "created_at", after, limit)

    def _read_page(
        self,
        where: str,
        params: list[Any],
        sort: str,
        after: tuple[str, int] | None,
        limit: int,
    ) -> RecordBatch:
        limit = max(1, min(limit, 1000))
        if after is not None:
            where += (" AND " if where else " WHERE ") + f"({sort}, rowid) > (?, ?)"
            params = [*params, after[0], after[1]]
        with self._writer.reading() as conn:
            # where/sort come from fixed fragments; values are bound parameters
            rows = conn.execute(
                f"SELECT rec_id, rowid, {sort}, {_SUBMISSION_COLUMNS} FROM submissions"  # noqa: S608
                f"{where} ORDER BY {sort}, rowid LIMIT ?",
                [*params, limit],
            ).fetchall()
        out: list[Submission | Unreadable] = []
        # ``_decode`` + ``load`` inlined (AAD prefixes once per page): the same checks, less
        # per-record overhead; a list page is ~20 us per record otherwise
        decrypt = self._alive().aead().decrypt
        head_prefix = records.aad_prefix(self.profile_id, "submissions", "head")
        body_prefix = records.aad_prefix(self.profile_id, "submissions", "body")
        for rec, _rowid, _at, f, v, st, c, u, version, hb, bb, enum, team, at, dep, fl in rows:
            tail = records.aad_tail(rec, int(version), (f, v, st, c, u))
            try:
                if len(hb) < 28 or len(bb) < 28:
                    raise InvalidTag
                head = orjson.loads(decrypt(hb[:12], hb[12:], head_prefix + tail))
                routing = head.get("routing")
                if _routing_columns(head) != (enum, team, at, dep):
                    raise InvalidTag  # plaintext routing columns edited: the sealed copy rules
                body = orjson.loads(decrypt(bb[:12], bb[12:], body_prefix + tail))
            except InvalidTag:
                err = FieldappError("S124", what="submissions", key=rec, location=rec)
                out.append(Unreadable(rec, err.code, err.render()))
                continue
            out.append(
                Submission(
                    instance_id=rec,
                    form_id=f,
                    form_version=v,
                    status=st,
                    created_at=c,
                    updated_at=u,
                    name=head.get("name"),
                    xml=str(body["xml"]).encode("utf-8"),
                    position=dict(body.get("position") or {}),
                    comments=tuple(Comment(**x) for x in head.get("comments", [])),
                    receipt_hash=head.get("receipt_hash"),
                    sent_at=head.get("sent_at"),
                    history=tuple(head.get("history", [])),
                    routing=Routing(**routing) if routing else None,
                    flags=int(fl),
                    prepared=body.get("prepared"),
                )
            )
        mark = (str(rows[-1][2]), int(rows[-1][1])) if len(rows) == limit else None
        return RecordBatch(tuple(out), mark)

    def _where(
        self,
        status: str | Sequence[str] | None,
        form_id: str | None,
        date_field: str,
        date_from: datetime | None,
        date_to: datetime | None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if status is not None:
            statuses = [status] if isinstance(status, str) else list(status)
            for s in statuses:
                Status(s)
            clauses.append(f"status IN ({', '.join('?' for _ in statuses)})")
            params += statuses
        if form_id is not None:
            clauses.append("form_id = ?")
            params.append(form_id)
        if date_from is not None:
            clauses.append(f"{date_field} >= ?")
            params.append(stamp(date_from))
        if date_to is not None:
            clauses.append(f"{date_field} < ?")
            params.append(stamp(date_to))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list_submissions(
        self,
        *,
        status: str | Sequence[str] | None = None,
        form_id: str | None = None,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
        sort: str = "updated_at",
        descending: bool = True,
        offset: int = 0,
        limit: int = 50,
    ) -> Page:
        """One page of interviews filtered by status / form / date range on ``sort``.

        Uses the (status|form, date) indexes; decrypts only the page's small head blobs.
        """
        self._alive()
        if sort not in _SORTS:
            raise ValueError(f"sort must be one of {sorted(_SORTS)}")
        limit = max(1, min(limit, 1000))
        where, params = self._where(status, form_id, sort, date_from, date_to)
        direction = "DESC" if descending else "ASC"
        with self._writer.reading() as conn:
            # where/sort/direction come from fixed fragments above; values are bound parameters
            count_sql = f"SELECT count(*) FROM submissions{where}"  # noqa: S608
            total = int(conn.execute(count_sql, params).fetchone()[0])
            page_sql = (
                "SELECT rec_id, form_id, form_version, status, created_at, updated_at, version, "  # noqa: S608
                f"head FROM submissions{where} ORDER BY {sort} {direction}, rowid {direction} "
                "LIMIT ? OFFSET ?"
            )
            rows = conn.execute(page_sql, [*params, limit, max(0, offset)]).fetchall()
        out = []
        for rec, f, v, s, c, u, version, head_blob in rows:
            try:
                head = self._open(
                    "submissions", "head", rec, int(version), (f, v, s, c, u), bytes(head_blob)
                )
            except FieldappError:
                out.append(SubmissionSummary(rec, f, v, s, c, u, None, 0, damaged=True))
                continue
            out.append(
                SubmissionSummary(
                    rec, f, v, s, c, u, head.get("name"), len(head.get("comments", []))
                )
            )
        return Page(tuple(out), total, offset, limit)

    def count_submissions(
        self, *, status: str | Sequence[str] | None = None, form_id: str | None = None
    ) -> int:
        self._alive()
        where, params = self._where(status, form_id, "updated_at", None, None)
        with self._writer.reading() as conn:
            count_sql = f"SELECT count(*) FROM submissions{where}"  # noqa: S608
            return int(conn.execute(count_sql, params).fetchone()[0])

    def outbox(self, *, offset: int = 0, limit: int = 100) -> Page:
        """Finalized interviews waiting to be sent, oldest first (the order sync pushes them)."""
        return self.list_submissions(
            status=Status.FINALIZED, sort="updated_at", descending=False, offset=offset, limit=limit
        )

    def search_by_name(
        self, text: str, *, status: str | Sequence[str] | None = None, limit: int = 50
    ) -> list[SubmissionSummary]:
        """Case-insensitive search in instance names. Names are encrypted, so this decrypts the
        small head blob of each candidate row in batches (a linear scan, stopped at ``limit``)."""
        needle = text.casefold()
        found: list[SubmissionSummary] = []
        offset = 0
        while len(found) < limit:
            page = self.list_submissions(status=status, offset=offset, limit=500)
            if not page.rows:
                break
            found += [r for r in page.rows if r.name and needle in r.name.casefold()]
            offset += len(page.rows)
        return found[:limit]

    # ------------------------------------------------------------------- supervisor review
    def _review_where(
        self, query: ReviewQuery, *, with_status: bool = True, with_latest: bool = True
    ) -> tuple[str, list[Any]]:
        """WHERE clause of the review queue: literal terms match the partial indexes' WHERE."""
        clauses = ["received_at IS NOT NULL"]
        params: list[Any] = []

        def one_of(column: str, values: Sequence[str]) -> None:
            if len(values) == 1:
                clauses.append(f"{column} = ?")
            else:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)

        if with_status and query.statuses:
            for s in query.statuses:
                Status(s)
            one_of("status", query.statuses)
        if query.enumerators:
            one_of("enumerator", query.enumerators)
        if query.teams:
            one_of("team", query.teams)
        if query.form_ids:
            one_of("form_id", query.form_ids)
        if query.received_from:
            clauses.append("received_at >= ?")
            params.append(normalise_stamp(query.received_from, "received_from"))
        if query.received_to:
            clauses.append("received_at < ?")
            params.append(normalise_stamp(query.received_to, "received_to"))
        if query.flagged_only or query.flags_any:
            clauses.append("flags != 0")
        if query.flags_any:
            clauses.append("(flags & ?) != 0")
            params.append(int(query.flags_any))
        if query.latest_only and with_latest:  # a probe of rv_deprecated per candidate row
            clauses.append(
                "NOT EXISTS (SELECT 1 FROM submissions AS newer "
                "WHERE newer.deprecated_id = submissions.rec_id)"
            )
        return " WHERE " + " AND ".join(clauses), params

    def adopt_legacy_received(self) -> int:
        """Give received records stored before schema 3 their routing (received time from their
        history; enumerator and team unknown) so they appear in the review queue. Resealed in
        one transaction; runs at a supervisor's unlock and finds nothing once done."""
        self._alive()
        adopted = 0
        legacy = (
            "FROM submissions WHERE received_at IS NULL AND status IN "
            "('received', 'has_issues', 'approved', 'returned')"
        )
        with self._writer.reading() as conn:  # the usual case: nothing to do, no write lock
            if conn.execute(f"SELECT 1 {legacy} LIMIT 1").fetchone() is None:
                return 0
        with self._writer.transaction() as conn:
            rows = conn.execute(
                f"SELECT rec_id, {_SUBMISSION_COLUMNS} FROM submissions "  # noqa: S608
                "WHERE received_at IS NULL AND status IN "
                "('received', 'has_issues', 'approved', 'returned')"
            ).fetchall()
            if not rows:
                return 0
            counter, acc = self._manifest.load(conn, self.name)
            removed: list[bytes] = []
            added: list[bytes] = []
            for rec, *row in rows:
                head, body = self._decode(rec, row)
                history = head.get("history") or [{}]
                first = history[0]
                if first.get("from") != "new" or first.get("to") != "received":
                    continue  # the supervisor's own interview, not a received one
                head["routing"] = {
                    "enumerator": None,
                    "team": None,
                    "received_at": normalise_stamp(str(first.get("at") or row[4]), "received_at"),
                    "deprecated_id": None,
                }
                counter += 1
                removed.append(records.entry("submissions", rec, int(row[5])))
                meta = (str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]))
                self._put(conn, counter, rec, meta, head, body, int(row[12]))
                added.append(records.entry("submissions", rec, counter))
                adopted += 1
            self._commit_manifest(conn, counter, acc, removed, added)
        return adopted

    def list_review(self, query: ReviewQuery) -> ReviewPage:
        """One page of the review queue (received submissions and the decisions taken on them).

        Filters and sorts on plaintext routing columns through partial indexes; decrypts only
        the page's head blobs. A row whose columns disagree with its sealed head is shown as
        ``damaged`` (never trusted).
        """
        self._alive()
        if query.sort not in _REVIEW_SORTS:
            raise FieldappError("R101", sort=query.sort, allowed=", ".join(sorted(_REVIEW_SORTS)))
        limit = max(1, min(query.limit, 1000))
        offset = max(0, query.offset)
        where, params = self._review_where(query)
        direction = "DESC" if query.descending else "ASC"
        order = f"{query.sort} {direction}, rowid {direction}"
        if query.sort == "enumerator":
            order = f"enumerator {direction}, received_at {direction}, rowid {direction}"
        with self._writer.reading() as conn:
            # where/order come from fixed fragments above; values are bound parameters
            total = self._review_total(conn, query, where, params)
            rows = conn.execute(
                "SELECT rec_id, form_id, form_version, status, created_at, updated_at, version, "  # noqa: S608
                "head, enumerator, team, received_at, deprecated_id, flags FROM submissions"
                f"{where} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
        out = []
        for rec, f, v, s, c, u, version, blob, enum, team, at, dep, flags in rows:
            damaged = False
            head: dict[str, Any] = {}
            try:
                head = self._open(
                    "submissions", "head", rec, int(version), (f, v, s, c, u), bytes(blob)
                )
                damaged = _routing_columns(head) != (enum, team, at, dep)
            except FieldappError:
                damaged = True
            out.append(
                ReviewSummary(
                    rec,
                    f,
                    v,
                    s,
                    enum,
                    team,
                    at,
                    c,
                    u,
                    int(flags),
                    dep,
                    None if damaged else head.get("name"),
                    0 if damaged else len(head.get("comments", [])),
                    damaged,
                )
            )
        return ReviewPage(tuple(out), total, offset, limit)

    def _review_total(
        self, conn: sqlite3.Connection, query: ReviewQuery, where: str, params: list[Any]
    ) -> int:
        """count(*) of the page's filter. "Latest only" counts every match minus the replaced
        ones (few: one per resubmission) instead of probing the index once per row."""
        if not query.latest_only:
            sql = f"SELECT count(*) FROM submissions{where}"  # noqa: S608
            return int(conn.execute(sql, params).fetchone()[0])
        base, base_params = self._review_where(query, with_latest=False)
        every_sql = f"SELECT count(*) FROM submissions{base}"  # noqa: S608
        every = int(conn.execute(every_sql, base_params).fetchone()[0])
        replaced = int(
            conn.execute(
                f"SELECT count(*) FROM submissions{base} AND rec_id IN "  # noqa: S608
                "(SELECT deprecated_id FROM submissions WHERE deprecated_id IS NOT NULL)",
                base_params,
            ).fetchone()[0]
        )
        return every - replaced

    def review_counts(self, query: ReviewQuery | None = None) -> dict[str, int]:
        """Rows per status under the query's other filters (its statuses are ignored)."""
        self._alive()
        query = query or ReviewQuery()
        where, params = self._review_where(query, with_status=False, with_latest=False)
        replaced = (
            " AND rec_id IN (SELECT deprecated_id FROM submissions WHERE deprecated_id IS NOT NULL)"
        )
        with self._writer.reading() as conn:
            sql = f"SELECT status, count(*) FROM submissions{where} GROUP BY status"  # noqa: S608
            counts = {str(s): int(n) for s, n in conn.execute(sql, params)}
            if query.latest_only:  # minus the few replaced versions (see _review_total)
                for s, n in conn.execute(sql.replace(" GROUP BY", replaced + " GROUP BY"), params):
                    counts[str(s)] -= int(n)
        return counts

    def review_values(self, column: str) -> list[str]:
        """Distinct enumerators / teams / forms among received rows (filter pick lists)."""
        if column not in ("enumerator", "team", "form_id"):
            raise ValueError(column)
        self._alive()
        with self._writer.reading() as conn:
            sql = (
                f"SELECT DISTINCT {column} FROM submissions "  # noqa: S608
                f"WHERE received_at IS NOT NULL AND {column} IS NOT NULL ORDER BY 1"
            )
            return [str(r[0]) for r in conn.execute(sql)]

    def received_ids(self, form_id: str | None = None) -> list[str]:
        """Ids of every received submission (of one form), oldest received first."""
        self._alive()
        with self._writer.reading() as conn:
            if form_id is None:
                rows = conn.execute(
                    "SELECT rec_id FROM submissions WHERE received_at IS NOT NULL "
                    "ORDER BY received_at, rowid"
                )
            else:
                rows = conn.execute(
                    "SELECT rec_id FROM submissions WHERE received_at IS NOT NULL AND form_id = ? "
                    "ORDER BY received_at, rowid",
                    (form_id,),
                )
            return [str(r[0]) for r in rows]

    def received_state(self, form_id: str) -> tuple[int, int]:
        """(received submissions of the form, their highest record version): changes whenever
        one is added or rewritten, so a flag run can tell that nothing happened since the last."""
        self._alive()
        with self._writer.reading() as conn:
            row = conn.execute(
                "SELECT count(*), coalesce(max(version), 0) FROM submissions "
                "WHERE received_at IS NOT NULL AND form_id = ?",
                (form_id,),
            ).fetchone()
        return int(row[0]), int(row[1])

    def versions_of(self, instance_ids: Sequence[str]) -> dict[str, str]:
        """Form version of each submission (plaintext metadata; no decryption)."""
        self._alive()
        out: dict[str, str] = {}
        with self._writer.reading() as conn:
            for start in range(0, len(instance_ids), 500):
                chunk = list(instance_ids[start : start + 500])
                marks = ", ".join("?" for _ in chunk)
                sql = f"SELECT rec_id, form_version FROM submissions WHERE rec_id IN ({marks})"  # noqa: S608
                out.update({str(r): str(v) for r, v in conn.execute(sql, chunk)})
        return out

    def version_chain(self, instance_id: str) -> list[str]:
        """The versions of one interview held here, oldest first, following deprecatedID links
        (each resubmission names the version it replaces) back and forward from ``instance_id``."""
        self._alive()
        chain = [instance_id]
        seen = {instance_id}
        with self._writer.reading() as conn:
            current = instance_id
            while True:  # back
                row = conn.execute(
                    "SELECT deprecated_id FROM submissions WHERE rec_id = ?", (current,)
                ).fetchone()
                if row is None or row[0] is None or row[0] in seen:
                    break
                older = str(row[0])
                if (
                    conn.execute("SELECT 1 FROM submissions WHERE rec_id = ?", (older,)).fetchone()
                    is None
                ):
                    break
                chain.insert(0, older)
                seen.add(older)
                current = older
            current = instance_id
            while True:  # forward
                row = conn.execute(
                    "SELECT rec_id FROM submissions WHERE deprecated_id = ? "
                    "ORDER BY received_at, rowid LIMIT 1",
                    (current,),
                ).fetchone()
                if row is None or row[0] in seen:
                    break
                current = str(row[0])
                chain.append(current)
                seen.add(current)
        return chain

    def keyed_hash(self, purpose: str, value: str) -> str:
        """HMAC of ``value`` under this profile's key (hex): lets review compare respondents'
        identifying answers (duplicates) without keeping the answers themselves."""
        keys = self._alive()
        message = f"fieldapp.keyed.v1\x00{purpose}\x00{value}".encode()
        return keys.mac(message).hex()[:32]

    # ------------------------------------------------------------- prepared export rows
    def read_unprepared(
        self,
        form_id: str,
        form_version: str,
        tag: str,
        after: tuple[str, int] | None = None,
        limit: int = 500,
    ) -> RecordBatch:
        """Whole received records of one form version whose body holds no prepared rows of
        layout ``tag`` (see ``put_prepared``), oldest received first; paged like
        ``read_review_records``."""
        self._alive()
        where = (
            " WHERE received_at IS NOT NULL AND form_id = ? AND form_version = ?"
            " AND prepared IS NOT ?"
        )
        return self._read_page(where, [form_id, form_version, tag], "received_at", after, limit)

    def prepared_counts(self, form_id: str) -> dict[tuple[str, str | None], int]:
        """Received records of a form by (form version, layout tag of their prepared rows)."""
        self._alive()
        with self._writer.reading() as conn:
            rows = conn.execute(
                "SELECT form_version, prepared, count(*) FROM submissions "
                "WHERE received_at IS NOT NULL AND form_id = ? GROUP BY 1, 2",
                (form_id,),
            ).fetchall()
        return {(str(v), None if t is None else str(t)): int(n) for v, t, n in rows}

    def put_prepared(self, items: Iterable[tuple[str, bytes, dict[str, Any]]]) -> int:
        """Seal rows an export prepared, ``(instance id, the XML they were made from, rows)``,
        into each record's body, in one transaction; ``rows["tag"]`` names their layout.

        The body is resealed under the record's current version (same AAD, fresh nonce), so the
        manifest is unchanged: an older ciphertext of the same version holds the same answers
        without the rows, which costs an export time, never a wrong row. A record whose XML
        changed since it was read is left as it is. Returns how many were written."""
        self._alive()
        wanted = list(items)
        for _, _, rows in wanted:
            if _prepared_tag({"prepared": rows}) is None:  # a caller's bug, not a user's input
                raise ValueError("prepared rows need a layout 'tag'")
        updates: list[tuple[bytes, str | None, str, int]] = []
        with self._writer.transaction() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ", ".join("?" for _ in chunk)  # placeholders only; ids are bound
                query = (
                    "SELECT rec_id, form_id, form_version, status, created_at, updated_at, "  # noqa: S608
                    f"version, sealed FROM submissions WHERE rec_id IN ({marks}) "
                    "AND received_at IS NOT NULL"
                )
                ids = [instance_id for instance_id, _, _ in chunk]
                found = {r[0]: r[1:] for r in conn.execute(query, ids)}
                for instance_id, xml, rows in chunk:
                    row = found.get(instance_id)
                    if row is None:
                        continue  # gone, or not a received record
                    meta = (row[0], row[1], row[2], row[3], row[4])
                    version = int(row[5])
                    try:
                        body = self._open(
                            "submissions", "body", instance_id, version, meta, bytes(row[6])
                        )
                    except FieldappError:  # damaged since it was read: reported by its readers
                        continue
                    if str(body.get("xml", "")).encode("utf-8") != xml:
                        continue
                    body["prepared"] = rows
                    sealed = self._seal("submissions", "body", instance_id, version, meta, body)
                    updates.append((sealed, _prepared_tag(body), instance_id, version))
            before = conn.total_changes
            conn.executemany(
                "UPDATE submissions SET sealed = ?, prepared = ? WHERE rec_id = ? AND version = ?",
                updates,
            )
            return conn.total_changes - before

    def put_review_flags(self, updates: Iterable[FlagUpdate]) -> int:
        """Set review flags of many submissions in one transaction: the plaintext bitmask the
        queue filters on, and the sealed details (explanations quote answers). Returns rows set."""
        self._alive()
        done = 0
        with self._writer.transaction() as conn:
            counter, acc = self._manifest.load(conn, self.name)
            removed: list[bytes] = []
            added: list[bytes] = []
            for update in updates:
                rec = update.instance_id
                row = conn.execute(
                    "SELECT form_id FROM submissions WHERE rec_id = ? AND received_at IS NOT NULL",
                    (rec,),
                ).fetchone()
                if row is None:
                    raise FieldappError("S108", what="received interview", key=rec)
                form_id = str(row[0])
                old = conn.execute(
                    "SELECT version FROM review_facts WHERE rec_id = ?", (rec,)
                ).fetchone()
                if old is not None:
                    removed.append(records.entry("review_facts", rec, int(old[0])))
                counter += 1
                blob = self._seal("review_facts", "body", rec, counter, (form_id,), update.details)
                conn.execute(
                    "INSERT OR REPLACE INTO review_facts(rec_id, form_id, version, sealed) "
                    "VALUES (?, ?, ?, ?)",
                    (rec, form_id, counter, blob),
                )
                conn.execute(
                    "UPDATE submissions SET flags = ? WHERE rec_id = ?", (int(update.mask), rec)
                )
                added.append(records.entry("review_facts", rec, counter))
                done += 1
            self._commit_manifest(conn, counter, acc, removed, added)
        return done

    def review_details(self, instance_id: str) -> dict[str, Any] | None:
        """The sealed flag details of one submission (None before flags were computed)."""
        self._alive()
        with self._writer.reading() as conn:
            row = conn.execute(
                "SELECT form_id, version, sealed FROM review_facts WHERE rec_id = ?", (instance_id,)
            ).fetchone()
        if row is None:
            return None
        found: dict[str, Any] = self._open(
            "review_facts", "body", instance_id, int(row[1]), (row[0],), bytes(row[2])
        )
        return found

    def all_review_details(self, form_id: str) -> dict[str, dict[str, Any]]:
        """Sealed flag details of every flagged-or-checked submission of a form (decrypts all:
        used by flag runs that compare a submission with its team's)."""
        self._alive()
        with self._writer.reading() as conn:
            rows = conn.execute(
                "SELECT rec_id, version, sealed FROM review_facts WHERE form_id = ?", (form_id,)
            ).fetchall()
        return {
            str(rec): self._open("review_facts", "body", rec, int(v), (form_id,), bytes(blob))
            for rec, v, blob in rows
        }

    def decide_review(
        self,
        instance_id: str,
        target: Status,
        comments: Sequence[Comment],
        *,
        decision: str,
        comment: str,
        question_comments: Mapping[str, str],
        reviewer: str,
    ) -> str:
        """Apply a supervisor's decision to a received record AND queue it for the server, in
        one transaction (so a decision is never applied locally but lost for sync). Returns the
        outbox id."""
        if target not in (Status.APPROVED, Status.RETURNED, Status.HAS_ISSUES):
            raise FieldappError("R102", decision=target.value)
        outbox_id = uuid.uuid4().hex
        payload = {
            "decision": decision,
            "comment": comment,
            "question_comments": dict(question_comments),
            "reviewer": reviewer,
        }

        def also(conn: sqlite3.Connection, counter: int, form_id: str) -> list[bytes]:
            now = self._now()
            payload["form_id"] = form_id
            blob = self._seal(
                "review_outbox", "body", outbox_id, counter, (instance_id, now), payload
            )
            conn.execute(
                "INSERT INTO review_outbox(rec_id, instance_id, created_at, version, sealed) "
                "VALUES (?, ?, ?, ?, ?)",
                (outbox_id, instance_id, now, counter, blob),
            )
            return [records.entry("review_outbox", outbox_id, counter)]

        self._alive()
        with self._writer.reading() as conn:
            row = self._row(conn, instance_id)
        if row is not None and row[10] is None:
            raise FieldappError("R103", instance_id=instance_id)
        self._transition(instance_id, target, decision, self._with_comments(comments), also=also)
        return outbox_id

    def pending_reviews(self) -> list[PendingReview]:
        """Decisions not yet acknowledged by the server, oldest first (push them in this order)."""
        self._alive()
        with self._writer.reading() as conn:
            rows = conn.execute(
                "SELECT rec_id, instance_id, created_at, version, sealed FROM review_outbox "
                "ORDER BY created_at, rowid"
            ).fetchall()
        out = []
        for rec, instance_id, at, version, blob in rows:
            p = self._open(
                "review_outbox", "body", rec, int(version), (instance_id, at), bytes(blob)
            )
            out.append(
                PendingReview(
                    outbox_id=rec,
                    instance_id=instance_id,
                    form_id=str(p.get("form_id", "")),
                    decision=str(p["decision"]),
                    comment=str(p["comment"]),
                    question_comments={str(k): str(v) for k, v in p["question_comments"].items()},
                    reviewer=str(p["reviewer"]),
                    created_at=at,
                )
            )
        return out

    def mark_review_sent(self, outbox_id: str) -> bool:
        """The server stored this decision: drop it from the outbox. Idempotent (False when it
        was already gone)."""
        self._alive()
        with self._writer.transaction() as conn:
            row = conn.execute(
                "SELECT version FROM review_outbox WHERE rec_id = ?", (outbox_id,)
            ).fetchone()
            if row is None:
                return False
            counter, acc = self._bump(conn)
            conn.execute("DELETE FROM review_outbox WHERE rec_id = ?", (outbox_id,))
            self._commit_manifest(
                conn, counter, acc, [records.entry("review_outbox", outbox_id, int(row[0]))], ()
            )
        return True

    # ------------------------------------------------------------------------- attachments
    def put_attachment(
        self, instance_id: str, name: str, data: bytes, media_type: str = "application/octet-stream"
    ) -> str:
        """Store a file encrypted (name included); returns its attachment id."""
        attachment_id = uuid.uuid4().hex
        self._put_attachment(attachment_id, instance_id, name, data, media_type)
        return attachment_id

    def _put_attachment(
        self, attachment_id: str, instance_id: str, name: str, data: bytes, media_type: str
    ) -> None:
        self._alive()
        with self._writer.transaction() as conn:
            counter, acc = self._bump(conn)
            payload = orjson.dumps(
                {"name": name, "media_type": media_type, "data": base64.b64encode(data).decode()}
            )
            blob = records.seal(
                self._keys,
                self._aad("attachments", "body", attachment_id, counter, (instance_id,)),
                payload,
            )
            conn.execute(
                "INSERT INTO attachments(rec_id, instance_id, version, sealed) VALUES (?, ?, ?, ?)",
                (attachment_id, instance_id, counter, blob),
            )
            self._commit_manifest(
                conn, counter, acc, (), [records.entry("attachments", attachment_id, counter)]
            )

    def get_attachment(self, attachment_id: str) -> Attachment:
        self._alive()
        with self._writer.reading() as conn:
            row = conn.execute(
                "SELECT instance_id, version, sealed FROM attachments WHERE rec_id = ?",
                (attachment_id,),
            ).fetchone()
        if row is None:
            raise FieldappError("S108", what="attachment", key=attachment_id)
        payload = orjson.loads(
            records.open_sealed(
                self._keys,
                self._aad("attachments", "body", attachment_id, int(row[1]), (row[0],)),
                bytes(row[2]),
                "attachment",
                attachment_id,
            )
        )
        return Attachment(
            attachment_id,
            row[0],
            payload["name"],
            payload["media_type"],
            base64.b64decode(payload["data"]),
        )

    def list_attachments(self, instance_id: str) -> list[Attachment]:
        self._alive()
        with self._writer.reading() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT rec_id FROM attachments WHERE instance_id = ? ORDER BY version",
                    (instance_id,),
                )
            ]
        return [self.get_attachment(i) for i in ids]

    # ------------------------------------------------------------------------------- audit
    def record_audit(self, instance_id: str, events: Iterable[Mapping[str, Any]]) -> str | None:
        """Append paradata / audit events (sealed as one batch). Returns the batch id."""
        batch = [dict(e) for e in events]
        if not batch:
            return None
        event_id = uuid.uuid4().hex
        self._put_audit(event_id, instance_id, batch)
        return event_id

    def _put_audit(self, event_id: str, instance_id: str, batch: list[dict[str, Any]]) -> None:
        self._alive()
        now = self._now()
        with self._writer.transaction() as conn:
            counter, acc = self._bump(conn)
            blob = self._seal("audit", "body", event_id, counter, (instance_id, now), batch)
            conn.execute(
                "INSERT INTO audit(rec_id, instance_id, at, version, sealed) "
                "VALUES (?, ?, ?, ?, ?)",
                (event_id, instance_id, now, counter, blob),
            )
            self._commit_manifest(
                conn, counter, acc, (), [records.entry("audit", event_id, counter)]
            )

    def list_audit(self, instance_id: str) -> list[AuditEvent]:
        """All audit events of an instance in the order they were recorded."""
        self._alive()
        with self._writer.reading() as conn:
            rows = conn.execute(
                "SELECT rec_id, at, version, sealed FROM audit WHERE instance_id = ? "
                "ORDER BY version",
                (instance_id,),
            ).fetchall()
        out: list[AuditEvent] = []
        for rec, at, version, blob in rows:
            for event in self._open(
                "audit", "body", rec, int(version), (instance_id, at), bytes(blob)
            ):
                out.append(AuditEvent(rec, instance_id, at, event))
        return out

    # ------------------------------------------------------------ settings and secrets
    def set_setting(self, key: str, value: SettingValue) -> None:
        """Non-sensitive settings only (language, server URL, idle minutes): stored in plaintext.

        Never put answers here; use ``set_secret`` for credentials such as server tokens.
        """
        self._alive()
        if not _SETTING_KEY.match(key):
            raise FieldappError(
                "S112", key=key, detail="use lowercase letters, digits, '.', '_', '-'"
            )
        if not isinstance(value, (str, int, float, bool)) and value is not None:
            raise FieldappError("S112", key=key, detail="only text, numbers, true/false or empty")
        encoded = orjson.dumps(value).decode()
        if len(encoded) > _MAX_SETTING:
            raise FieldappError("S112", key=key, detail=f"longer than {_MAX_SETTING} characters")
        with self._writer.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, encoded)
            )

    def delete_setting(self, key: str) -> bool:
        """Remove a setting; False when it did not exist."""
        self._alive()
        with self._writer.transaction() as conn:
            return conn.execute("DELETE FROM settings WHERE key = ?", (key,)).rowcount > 0

    def get_setting(self, key: str, default: SettingValue = None) -> SettingValue:
        self._alive()
        with self._writer.reading() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        value: SettingValue = orjson.loads(row[0])
        return value

    def settings(self) -> dict[str, SettingValue]:
        self._alive()
        with self._writer.reading() as conn:
            return {k: orjson.loads(v) for k, v in conn.execute("SELECT key, value FROM settings")}

    def set_secret(self, key: str, value: str | None) -> None:
        """Sensitive settings (server tokens, passwords): sealed like records; None deletes."""
        self._alive()
        with self._writer.transaction() as conn:
            counter, acc = self._bump(conn)
            row = conn.execute("SELECT version FROM secrets WHERE rec_id = ?", (key,)).fetchone()
            removed = [records.entry("secrets", key, int(row[0]))] if row else []
            added: list[bytes] = []
            if value is None:
                conn.execute("DELETE FROM secrets WHERE rec_id = ?", (key,))
            else:
                blob = self._seal("secrets", "body", key, counter, (), value)
                conn.execute(
                    "INSERT OR REPLACE INTO secrets(rec_id, version, sealed) VALUES (?, ?, ?)",
                    (key, counter, blob),
                )
                added.append(records.entry("secrets", key, counter))
            self._commit_manifest(conn, counter, acc, removed, added)

    def get_secret(self, key: str) -> str | None:
        self._alive()
        with self._writer.reading() as conn:
            row = conn.execute(
                "SELECT version, sealed FROM secrets WHERE rec_id = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        return str(self._open("secrets", "body", key, int(row[0]), (), bytes(row[1])))

    # ---------------------------------------------------------------------------- sync state
    def set_cursor(self, name: str, value: str) -> None:
        """Server position for incremental pulls (opaque, non-sensitive)."""
        self._alive()
        with self._writer.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO sync_cursors(name, value, updated_at) VALUES (?, ?, ?)",
                (name, value, self._now()),
            )

    def get_cursor(self, name: str) -> str | None:
        self._alive()
        with self._writer.reading() as conn:
            row = conn.execute("SELECT value FROM sync_cursors WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def record_sync_attempt(self, instance_id: str, error_code: str | None = None) -> SyncItemState:
        """Count an upload attempt (error code only: a server message could echo answers)."""
        self._alive()
        now = self._now()
        with self._writer.transaction() as conn:
            conn.execute(
                "INSERT INTO sync_items(instance_id, attempts, last_attempt_at, last_error_code) "
                "VALUES (?, 1, ?, ?) ON CONFLICT(instance_id) DO UPDATE SET "
                "attempts = attempts + 1, last_attempt_at = excluded.last_attempt_at, "
                "last_error_code = excluded.last_error_code",
                (instance_id, now, error_code),
            )
        return self.sync_item(instance_id)

    def sync_item(self, instance_id: str) -> SyncItemState:
        self._alive()
        with self._writer.reading() as conn:
            row = conn.execute(
                "SELECT attempts, last_attempt_at, last_error_code FROM sync_items "
                "WHERE instance_id = ?",
                (instance_id,),
            ).fetchone()
        if row is None:
            return SyncItemState(instance_id, 0, None, None)
        return SyncItemState(instance_id, int(row[0]), row[1], row[2])

    # -------------------------------------------------------------------- export / import
    def export_to(self, path: str | Path, passphrase: str) -> int:
        """Write every form, interview, attachment and audit batch to one encrypted file.

        ``passphrase`` protects the file (Argon2id with this profile's KDF parameters), so it can
        be carried on a USB stick to another profile or laptop. Returns the number of records.
        """
        from fieldapp.core.store import exchange

        self._alive()
        return exchange.export_profile(self, Path(path), passphrase)

    def import_from(self, path: str | Path, passphrase: str) -> ImportReport:
        """Merge an export file (idempotent: importing the same file twice changes nothing)."""
        from fieldapp.core.store import exchange

        self._alive()
        return exchange.import_profile(self, Path(path), passphrase)

    # ------------------------------------------------- record-level writes used by import
    def has_record(self, table: str, rec_id: str) -> bool:
        if table not in records.SEALED_TABLES:
            raise ValueError(table)
        self._alive()
        with self._writer.reading() as conn:
            sql = f"SELECT 1 FROM {table} WHERE rec_id = ?"  # noqa: S608
            return conn.execute(sql, (rec_id,)).fetchone() is not None

    def insert_attachment(
        self, attachment_id: str, instance_id: str, name: str, data: bytes, media_type: str
    ) -> None:
        """Store an attachment under a known id (import keeps ids stable for idempotence)."""
        self._put_attachment(attachment_id, instance_id, name, data, media_type)

    def insert_audit(self, event_id: str, instance_id: str, events: list[dict[str, Any]]) -> None:
        self._put_audit(event_id, instance_id, events)

    def replace_submission(
        self,
        *,
        instance_id: str,
        form_id: str,
        form_version: str,
        status: Status,
        created_at: str,
        updated_at: str,
        name: str | None,
        xml: bytes,
        position: Mapping[str, Any],
        comments: Sequence[Comment],
        receipt_hash: str | None,
        sent_at: str | None,
        history: Sequence[Mapping[str, Any]],
        routing: Routing | None = None,
    ) -> None:
        """Write a whole record as given (import): bypasses the state machine on purpose, since
        the record already went through it on the device that exported it. Review flags of an
        existing row are kept (they are recomputed from the data, see fieldapp.core.review)."""
        self._alive()
        with self._writer.transaction() as conn:
            counter, acc = self._bump(conn)
            row = self._row(conn, instance_id)
            removed = [records.entry("submissions", instance_id, int(row[5]))] if row else []
            meta = (form_id, form_version, Status(status).value, created_at, updated_at)
            head: dict[str, Any] = {
                "name": name,
                "comments": [
                    {"author": c.author, "text": c.text, "at": c.at, "ref": c.ref} for c in comments
                ],
                "receipt_hash": receipt_hash,
                "sent_at": sent_at,
                "history": [dict(h) for h in history],
            }
            if routing is not None:
                head["routing"] = {
                    "enumerator": routing.enumerator,
                    "team": routing.team,
                    "received_at": normalise_stamp(routing.received_at, "received_at"),
                    "deprecated_id": routing.deprecated_id,
                }
            body = {"xml": xml.decode("utf-8"), "position": dict(position)}
            self._put(conn, counter, instance_id, meta, head, body, int(row[12]) if row else 0)
            self._commit_manifest(
                conn, counter, acc, removed, [records.entry("submissions", instance_id, counter)]
            )

    # internal access for exchange.py (same package)
    @property
    def writer(self) -> database.Writer:
        return self._writer

    @property
    def manifest(self) -> records.Manifest:
        return self._manifest

    @property
    def keyring(self) -> KeyRing:
        return self._keys
