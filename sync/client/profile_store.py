"""The sync engine's view of an unlocked profile (fieldapp.core.store.ProfileSession).

Keeps the engine independent of the store's shape: this adapter turns outbox rows into
:class:`~sync.client.engine.OutboxEntry` (decrypting XML and attachments page by page), keeps the
device's signing key as a store *secret* (sealed like any record), and maps review decisions
onto the store's lifecycle (sent -> returned / approved).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import secrets
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from defusedxml import ElementTree as SafeET

from fieldapp.core.store import Comment, ProfileSession, ReceivedSubmission, Status
from fieldapp.errors import FieldappError
from sync import envelope
from sync.client import project_keys
from sync.client.engine import OutboxEntry, PendingDecision
from sync.protocol import (
    Decision,
    ProjectKeys,
    ReviewIn,
    ReviewOut,
    SubmissionMeta,
    b64decode_strict,
    b64encode,
)

DEVICE_SECRET = "sync.device"  # noqa: S105 - the name of a store secret
PIN_PREFIX = "sync.device-key."
RETRY_PREFIX = "sync.unopened."
ORIGIN_PREFIX = "sync.first-version."
OUTBOX_PAGE = 100
AUDIT_FILE = "audit.csv"
AUDIT_COLUMNS = ("event", "node", "start", "end", "old-value", "new-value")


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def deprecated_id_of(xml: bytes) -> str | None:
    """``meta/deprecatedID`` of an instance (edits of a sent interview carry it)."""
    try:
        root = SafeET.fromstring(xml)
    except Exception:  # the store wrote this XML; a parse failure means "no edit marker"
        return None
    for el in root.iter():
        if _local(el.tag) == "deprecatedID" and el.text and el.text.strip():
            return str(el.text).strip()
    return None


def instance_name_of(xml: bytes) -> str | None:
    """``meta/instanceName`` (shown in the supervisor's lists; encrypted at rest by the store)."""
    try:
        root = SafeET.fromstring(xml)
    except Exception:  # unreadable XML has no name to show
        return None
    for el in root.iter():
        if _local(el.tag) == "instanceName" and el.text and el.text.strip():
            return str(el.text).strip()
    return None


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def audit_csv(events: Sequence[Mapping[str, Any]]) -> bytes:
    """ODK Collect's audit log format (event,node,start,end,old-value,new-value; epoch ms), the
    paradata supervisors use to flag interviews that were too short."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(AUDIT_COLUMNS)
    for event in events:
        writer.writerow(["" if event.get(c) is None else str(event.get(c)) for c in AUDIT_COLUMNS])
    return out.getvalue().encode("utf-8")


def _md5(data: bytes) -> str:
    return "md5:" + hashlib.md5(data, usedforsecurity=False).hexdigest()


class ProfileSyncStore:
    """Implements sync.client.engine.SyncStore over an unlocked profile session."""

    def __init__(self, session: ProfileSession) -> None:
        self.session = session
        self._device: envelope.DeviceKey | None = None
        self.received_forms: set[str] = set()
        """Forms of the submissions received through this adapter (for the flag run)."""

    # --- outbox ---------------------------------------------------------------------------------
    def outbox_ids(self) -> list[str]:
        """Oldest first, listed page by page from the store's index (no decryption)."""
        ids: list[str] = []
        offset = 0
        while True:
            page = self.session.outbox(offset=offset, limit=OUTBOX_PAGE)
            ids += [r.instance_id for r in page.rows]
            offset += len(page.rows)
            if not page.rows or offset >= page.total:
                return ids

    def outbox_entry(self, instance_id: str) -> OutboxEntry | None:
        try:
            record = self.session.load(instance_id)
        except FieldappError as exc:
            if exc.code == "S108":  # deleted meanwhile
                return None
            raise
        if record.status != Status.FINALIZED:
            return None
        files = {a.name: a.data for a in self.session.list_attachments(instance_id)}
        if AUDIT_FILE not in files:  # a form's own audit meta attachment wins
            # paradata recorded up to finalizing only: what is sealed must not change between
            # two attempts (the same content is a duplicate on the server, never a conflict)
            events = [
                e.event for e in self.session.list_audit(instance_id) if e.at <= record.updated_at
            ]
            if events:
                files[AUDIT_FILE] = audit_csv(events)
        finalized = _when(record.updated_at)
        return OutboxEntry(
            instance_id=instance_id,
            form_id=record.form_id,
            form_version=record.form_version,
            xml=record.xml,
            attachments=files,
            deprecated_id=deprecated_id_of(record.xml),
            client_seq=int(finalized.timestamp() * 1_000_000) if finalized else 0,
            created_at=_when(record.created_at),
            finalized_at=finalized,
        )

    def mark_sent(self, instance_id: str, receipt_hash: str) -> None:
        self.session.mark_sent(instance_id, receipt_hash)

    # --- device key -----------------------------------------------------------------------------
    def device_key(self) -> envelope.DeviceKey:
        """Created on first use: a random device id and Ed25519 key, kept as a sealed secret."""
        if self._device is None:
            raw = self.session.get_secret(DEVICE_SECRET)
            if raw is None:
                key = envelope.DeviceKey.generate("dev-" + secrets.token_hex(8))
                self.session.set_secret(
                    DEVICE_SECRET,
                    json.dumps(
                        {"device_id": key.device_id, "ed25519": b64encode(key.private_bytes())}
                    ),
                )
                raw = self.session.get_secret(DEVICE_SECRET)
            data = json.loads(raw or "{}")
            self._device = envelope.DeviceKey.from_private_bytes(
                data["device_id"], b64decode_strict(data["ed25519"])
            )
        return self._device

    # --- cursors --------------------------------------------------------------------------------
    def cursor(self, server: str) -> str:
        return self.session.get_cursor(server) or ""

    def set_cursor(self, server: str, cursor: str) -> None:
        self.session.set_cursor(server, cursor)

    # --- forms ----------------------------------------------------------------------------------
    def _version(self, form_id: str, version: str | None) -> str | None:
        forms = self.session.list_forms(form_id)
        if version is None:
            return forms[0].version if forms else None
        return version if any(f.version == version for f in forms) else None

    def form_media_hashes(self, form_id: str, version: str | None = None) -> dict[str, str] | None:
        found = self._version(form_id, version)
        if found is None:
            return None
        form = self.session.get_form(form_id, found)
        return {
            name: _md5(self.session.get_form_media(form_id, found, name))
            for name in form.media_names
        }

    def form_media(self, form_id: str, version: str | None, name: str) -> bytes:
        found = self._version(form_id, version)
        if found is None:
            raise FieldappError("S108", what="form", key=form_id)
        return self.session.get_form_media(form_id, found, name)

    def form_xml(self, form_id: str, version: str) -> bytes | None:
        if self._version(form_id, version) is None:
            return None
        return self.session.get_form_xml(form_id, version)

    def save_form(
        self, form_id: str, version: str, title: str, xml: bytes, media: Mapping[str, bytes]
    ) -> None:
        self.session.add_form(form_id, version, title, xml, media)

    # --- review decisions ---------------------------------------------------------------------
    def apply_review(self, review: ReviewOut) -> bool:
        """Returned / approved decisions on our sent interviews, with their comments.

        Idempotent: a decision seen before (same reviewer and time) is not applied twice, nor
        the same decision reaching this device a second way (from a field hub, then from
        headquarters after the hub forwarded it: same status, same reviewer and comments).
        Decisions the local lifecycle has no state for (has_issues, rejected on the device),
        decisions on interviews this profile does not hold, and decisions on a supervisor's
        received copies (decided here) are skipped (False).
        """
        if review.decision not in (Decision.RETURNED, Decision.APPROVED):
            return False
        try:
            record = self.session.load(review.instance_id)
        except FieldappError:
            return False
        if record.routing is not None:
            # a supervisor's received copy: its decisions are made here (and pushed from
            # here); pulling them back must not apply them a second time
            return False
        at = review.created_at.isoformat()
        if any(c.author == review.reviewer and c.at == at for c in record.comments):
            return False
        comments = []
        if review.comment:
            comments.append(Comment(review.reviewer, review.comment, at, ""))
        for ref, text in sorted(review.question_comments.items()):
            comments.append(Comment(review.reviewer, text, at, ref))
        if not comments:  # keep a trace so the decision is recognised if pulled again
            comments.append(Comment(review.reviewer, "", at, ""))
        status = Status(record.status)
        target = Status.RETURNED if review.decision is Decision.RETURNED else Status.APPROVED
        tail = record.comments[-len(comments) :]
        if status is target and [(c.author, c.text, c.ref) for c in tail] == [
            (c.author, c.text, c.ref) for c in comments
        ]:
            return False
        if review.decision is Decision.RETURNED and status in (Status.SENT, Status.RETURNED):
            self.session.mark_returned(review.instance_id, comments)
            return True
        if review.decision is Decision.APPROVED and status in (Status.SENT, Status.RETURNED):
            self.session.mark_approved(review.instance_id, comments)
            return True
        return False

    # --- supervisors: received team submissions ----------------------------------------------
    def has_submission(self, instance_id: str) -> bool:
        try:
            self.session.load(instance_id)
        except FieldappError as exc:
            if exc.code == "S108":
                return False
            raise
        return True

    def receive(
        self,
        instance_id: str,
        form_id: str,
        form_version: str,
        xml: bytes,
        attachments: Mapping[str, bytes],
        created_at: datetime | None,
        *,
        meta: SubmissionMeta | None = None,
        enumerator: str | None = None,
        received_at: datetime | None = None,
    ) -> bool:
        """Attachments first (skipping names already stored), then the record: an interrupted
        receive is completed by the next pull without storing a file twice. ``meta`` (a
        server's routing metadata) or ``enumerator`` (a USB transfer file's sender) say whose
        interview it is; review flags are computed once it is stored."""
        if self.has_submission(instance_id):
            return False
        held = {a.name for a in self.session.list_attachments(instance_id)}
        for name, data in attachments.items():
            if name not in held:
                self.session.put_attachment(instance_id, name, data)
        added = self.session.put_received(
            [
                ReceivedSubmission(
                    instance_id=instance_id,
                    form_id=form_id,
                    form_version=form_version,
                    xml=xml,
                    name=instance_name_of(xml),
                    created_at=created_at.isoformat() if created_at else None,
                    enumerator=meta.owner if meta is not None else enumerator,
                    team=meta.team if meta is not None else None,
                    received_at=(
                        meta.received_at.isoformat()
                        if meta is not None
                        else received_at.isoformat()
                        if received_at is not None
                        else None
                    ),
                    deprecated_id=(
                        meta.deprecated_id if meta is not None else deprecated_id_of(xml)
                    ),
                )
            ]
        )
        if added:
            self.received_forms.add(form_id)
        return added > 0

    def received_origin(self, instance_id: str) -> tuple[str, str] | None:
        """Where a received submission's decisions go on a server that keys submissions by
        their first instanceID (ODK Central): its form and the oldest version in its chain."""
        try:
            record = self.session.load(instance_id)
        except FieldappError as exc:
            if exc.code == "S108":
                return None
            raise
        first = self.session.get_secret(ORIGIN_PREFIX + instance_id)
        if first is None:
            chain = self.session.version_chain(instance_id)
            first = chain[0] if chain else instance_id
        return record.form_id, first

    def remember_origin(self, instance_id: str, first_id: str) -> None:
        """An edited submission pulled without its older versions: the server's key for it."""
        if first_id != instance_id:
            self.session.set_secret(ORIGIN_PREFIX + instance_id, first_id)

    def finish_receiving(self) -> None:
        """Compute review flags (fieldapp.core.review.flags) for the forms that received
        submissions: once per form after a pull or an import, since outliers and duplicates
        compare a submission with the rest of its team's; then prepare export rows
        (fieldapp.core.export.prepared) so exports read rows instead of parsing XML."""
        forms, self.received_forms = sorted(self.received_forms), set()
        if not forms:
            return
        try:
            from fieldapp.core.export.prepared import prepare_rows
            from fieldapp.core.review.flags import refresh_flags
        except ImportError:  # a build without the review package: no flags to compute
            return
        for form_id in forms:
            refresh_flags(self.session, form_id)
        # every form, not only those received now: also catches up on records stored before
        # prepared rows existed (a no-op costs one plaintext count per form). A failure here
        # only means slower exports: never a failed sync.
        with contextlib.suppress(FieldappError):
            prepare_rows(self.session)

    def pinned_device_key(self, device_id: str) -> bytes | None:
        raw = self.session.get_secret(PIN_PREFIX + device_id)
        return b64decode_strict(raw) if raw else None

    def pin_device_key(self, device_id: str, public_key: bytes) -> None:
        self.session.set_secret(PIN_PREFIX + device_id, b64encode(public_key))

    def retry_list(self, server: str) -> list[str]:
        raw = self.session.get_secret(RETRY_PREFIX + server)
        return list(json.loads(raw)) if raw else []

    def set_retry_list(self, server: str, instance_ids: Sequence[str]) -> None:
        self.session.set_secret(
            RETRY_PREFIX + server, json.dumps(list(instance_ids)) if instance_ids else None
        )

    # --- supervisors: decisions made offline ----------------------------------------------------
    def pending_decisions(self) -> list[PendingDecision]:
        return [
            PendingDecision(
                decision_id=p.outbox_id,
                instance_id=p.instance_id,
                review=ReviewIn(
                    decision=Decision(p.decision),
                    comment=p.comment,
                    question_comments=dict(p.question_comments),
                ),
            )
            for p in self.session.pending_reviews()
        ]

    def mark_decision_sent(self, decision_id: str) -> None:
        self.session.mark_review_sent(decision_id)

    def remember_project_keys(self, keys: ProjectKeys) -> None:
        project_keys.remember_server_keys(self.session, keys)
