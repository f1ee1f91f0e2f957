"""Encrypted export of a profile to one file, and idempotent import.

File format (version 1)::

    b"FIELDAPP-EXPORT\\x01"                     16 bytes magic (last byte = format version)
    u32 header length, header JSON            kdf params, salt, export id, created_at, role
    frames: u32 length, nonce(12) || AES-GCM  AAD = sha256(header) || u64 frame index || final

Frames are sealed with a key derived by Argon2id from the export passphrase (a separate secret,
so the file can travel by USB to another profile or laptop), the frame index and a "final" flag
are authenticated, so reordered, dropped, truncated or appended frames are detected (STREAM
construction). The file is written next to its destination as ``.partial`` (ciphertext only, never
in the temp folder), fsynced, then renamed into place.

Import merges by record id: missing records are added; identical ones are skipped; for an
interview present on both sides the one updated later wins (the other side is reported as
``kept_local``). Importing the same file twice changes nothing.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import os
import secrets
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import BaseModel, ConfigDict, ValidationError

from fieldapp.core.store import keys
from fieldapp.core.store.lifecycle import Status
from fieldapp.core.store.models import Comment, ImportReport, Routing
from fieldapp.errors import FieldappError

if TYPE_CHECKING:
    from fieldapp.core.store.session import ProfileSession

MAGIC = b"FIELDAPP-EXPORT\x01"
MAX_HEADER = 64 * 1024
MAX_FRAME = 512 * 1024 * 1024


class ExportHeader(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: int = 1
    kdf: keys.KdfParams
    salt: str
    export_id: str
    created_at: str
    source_role: str


def _frame_aad(header_hash: bytes, index: int, final: bool) -> bytes:
    return header_hash + struct.pack(">QB", index, 1 if final else 0)


def _records(session: ProfileSession) -> Iterator[dict[str, Any]]:
    for form in session.list_forms():
        media = {
            name: base64.b64encode(
                session.get_form_media(form.form_id, form.version, name)
            ).decode()
            for name in form.media_names
        }
        yield {
            "t": "form",
            "form_id": form.form_id,
            "version": form.version,
            "title": form.title,
            "xml": session.get_form_xml(form.form_id, form.version).decode("utf-8"),
            "media": media,
        }
    offset = 0
    while True:
        page = session.list_submissions(
            sort="created_at", descending=False, offset=offset, limit=500
        )
        if not page.rows:
            break
        offset += len(page.rows)
        for row in page.rows:
            sub = session.load(row.instance_id)
            yield {
                "t": "submission",
                "instance_id": sub.instance_id,
                "form_id": sub.form_id,
                "form_version": sub.form_version,
                "status": sub.status,
                "created_at": sub.created_at,
                "updated_at": sub.updated_at,
                "name": sub.name,
                "xml": sub.xml.decode("utf-8"),
                "position": sub.position,
                "comments": [c.__dict__ for c in sub.comments],
                "receipt_hash": sub.receipt_hash,
                "sent_at": sub.sent_at,
                "history": list(sub.history),
                "routing": dataclasses.asdict(sub.routing) if sub.routing else None,
            }
            for att in session.list_attachments(sub.instance_id):
                yield {
                    "t": "attachment",
                    "attachment_id": att.attachment_id,
                    "instance_id": att.instance_id,
                    "name": att.name,
                    "media_type": att.media_type,
                    "data": base64.b64encode(att.data).decode(),
                }
            batches: dict[str, list[dict[str, Any]]] = {}
            for event in session.list_audit(sub.instance_id):
                batches.setdefault(event.event_id, []).append(event.event)
            for event_id, events in batches.items():
                yield {
                    "t": "audit",
                    "event_id": event_id,
                    "instance_id": sub.instance_id,
                    "events": events,
                }


def export_profile(session: ProfileSession, path: Path, passphrase: str) -> int:
    salt = secrets.token_bytes(16)
    kdf = keys.PRODUCTION_KDF
    with session.writer.reading() as conn:
        row = conn.execute("SELECT kdf FROM keyslots WHERE kind = 'passphrase'").fetchone()
    if row is not None:
        kdf = keys.KdfParams.model_validate_json(row[0])
    header = ExportHeader(
        kdf=kdf,
        salt=base64.b64encode(salt).decode(),
        export_id=secrets.token_hex(16),
        created_at=session._now(),
        source_role=session.role,
    )
    header_bytes = header.model_dump_json().encode()
    header_hash = hashlib.sha256(MAGIC + header_bytes).digest()
    aead = AESGCM(keys.argon2_kek(passphrase, salt, kdf))
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        with partial.open("wb") as fh:
            fh.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
            for index, record in enumerate(_records(session)):
                _write_frame(fh, aead, header_hash, index, orjson.dumps(record), final=False)
                count += 1
            end = orjson.dumps({"t": "end", "count": count})
            _write_frame(fh, aead, header_hash, count, end, final=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise FieldappError("S121", path=str(path), detail=exc.strerror or str(exc)) from None
    return count


def _write_frame(
    fh: BinaryIO, aead: AESGCM, header_hash: bytes, index: int, plain: bytes, *, final: bool
) -> None:
    nonce = os.urandom(12)
    blob = nonce + aead.encrypt(nonce, plain, _frame_aad(header_hash, index, final))
    fh.write(struct.pack(">I", len(blob)) + blob)


def read_export(path: Path, passphrase: str) -> Iterator[dict[str, Any]]:
    """Yield the records of an export file, verifying every frame; raises S130-S132."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise FieldappError("S130", path=str(path), detail=exc.strerror or str(exc)) from None
    with fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise FieldappError("S132", path=str(path))
        length_bytes = fh.read(4)
        if len(length_bytes) != 4:
            raise FieldappError("S130", path=str(path), detail="header cut short")
        (length,) = struct.unpack(">I", length_bytes)
        if length > MAX_HEADER:
            raise FieldappError("S130", path=str(path), detail="header too large")
        header_bytes = fh.read(length)
        try:
            header = ExportHeader.model_validate_json(header_bytes)
            salt = base64.b64decode(header.salt, validate=True)
        except (ValidationError, ValueError):
            raise FieldappError("S130", path=str(path), detail="unreadable header") from None
        header_hash = hashlib.sha256(MAGIC + header_bytes).digest()
        aead = AESGCM(keys.argon2_kek(passphrase, salt, header.kdf))
        index = 0
        while True:
            size_bytes = fh.read(4)
            if len(size_bytes) != 4:
                raise FieldappError(
                    "S130", path=str(path), detail="the file ends before its last record"
                )
            (size,) = struct.unpack(">I", size_bytes)
            if size < 28 or size > MAX_FRAME:
                raise FieldappError(
                    "S130", path=str(path), detail=f"record {index} has an invalid size"
                )
            blob = fh.read(size)
            if len(blob) != size:
                raise FieldappError("S130", path=str(path), detail="the file ends inside a record")
            plain = None
            for final in (False, True):
                with contextlib.suppress(InvalidTag):
                    plain = aead.decrypt(
                        blob[:12], blob[12:], _frame_aad(header_hash, index, final)
                    )
                    break
            if plain is None:
                if index == 0:
                    raise FieldappError("S131", path=str(path))
                raise FieldappError(
                    "S130", path=str(path), detail=f"record {index} fails its integrity check"
                )
            record = orjson.loads(plain)
            if final:
                if record.get("t") != "end" or record.get("count") != index or fh.read(1):
                    raise FieldappError(
                        "S130", path=str(path), detail="unexpected data after the end"
                    )
                return
            yield record
            index += 1


def import_profile(session: ProfileSession, path: Path, passphrase: str) -> ImportReport:
    """Verify the whole file first (nothing is imported from a damaged file), then merge."""
    for _ in read_export(path, passphrase):
        pass
    added = updated = unchanged = kept = 0
    details: list[str] = []
    for rec in read_export(path, passphrase):
        kind = rec.get("t")
        if kind == "form":
            media = {k: base64.b64decode(v) for k, v in rec["media"].items()}
            xml = rec["xml"].encode("utf-8")
            try:
                existing = session.get_form_xml(rec["form_id"], rec["version"])
            except FieldappError as exc:
                if exc.code != "S108":
                    raise
                existing = None
            if existing == xml:
                unchanged += 1
                continue
            session.add_form(rec["form_id"], rec["version"], rec["title"], xml, media)
            added += existing is None
            updated += existing is not None
        elif kind == "submission":
            outcome = _merge_submission(session, rec)
            added += outcome == "added"
            updated += outcome == "updated"
            unchanged += outcome == "unchanged"
            if outcome == "kept_local":
                kept += 1
                details.append(f"{rec['instance_id']}: the local copy is newer and was kept")
        elif kind == "attachment":
            if session.has_record("attachments", rec["attachment_id"]):
                unchanged += 1
                continue
            session.insert_attachment(
                rec["attachment_id"],
                rec["instance_id"],
                rec["name"],
                base64.b64decode(rec["data"]),
                rec["media_type"],
            )
            added += 1
        elif kind == "audit":
            if session.has_record("audit", rec["event_id"]):
                unchanged += 1
                continue
            session.insert_audit(rec["event_id"], rec["instance_id"], rec["events"])
            added += 1
    return ImportReport(added, updated, unchanged, kept, tuple(details))


def _merge_submission(session: ProfileSession, rec: dict[str, Any]) -> str:
    try:
        local = session.load(rec["instance_id"])
    except FieldappError as exc:
        if exc.code != "S108":
            raise
        local = None
    incoming_xml = rec["xml"].encode("utf-8")
    if local is not None:
        same = (
            local.xml == incoming_xml
            and local.status == rec["status"]
            and [c.__dict__ for c in local.comments] == rec["comments"]
            and local.receipt_hash == rec["receipt_hash"]
            and (dataclasses.asdict(local.routing) if local.routing else None) == rec.get("routing")
        )
        if same:
            return "unchanged"
        if local.updated_at >= rec["updated_at"]:
            return "kept_local"
    session.replace_submission(
        instance_id=rec["instance_id"],
        form_id=rec["form_id"],
        form_version=rec["form_version"],
        status=Status(rec["status"]),
        created_at=rec["created_at"],
        updated_at=rec["updated_at"],
        name=rec["name"],
        xml=incoming_xml,
        position=rec["position"],
        comments=[Comment(**c) for c in rec["comments"]],
        receipt_hash=rec["receipt_hash"],
        sent_at=rec["sent_at"],
        history=rec["history"],
        routing=Routing(**rec["routing"]) if rec.get("routing") else None,
    )
    return "added" if local is None else "updated"
