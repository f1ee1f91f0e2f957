"""The sync engine: push the outbox, pull forms and review decisions, survive bad networks.

Guarantee: every finalized submission is on the server exactly once or still in the outbox.
How:

* the server is idempotent by instanceID + content hash, and sealing is repeatable
  (sync/envelope.py, sync/odk_encryption.py), so re-sending after *any* failure - a reset
  mid-upload, a reply lost after the server committed, a timeout - is a duplicate (success),
  never a second copy and never a conflict;
* a submission leaves the outbox only through ``store.mark_sent(instance_id, receipt_hash)``
  and only after a receipt whose hash equals the hash of what we sent (our batch API), or an
  OpenRosa 201/202 ``<OpenRosaResponse>`` (ODK Central / Kobo give no hash; the hash recorded is
  ours);
* transient failures (offline, timeout, 5xx, 429) are retried with exponential backoff and
  full jitter; permanent ones (refused, conflict) stop that item only; the pull cursor is saved
  after each page is applied, so an interrupted sync resumes where it stopped.

The engine has no Qt: the UI runs :meth:`SyncEngine.run` in a background job and passes a
progress callback (called from that thread) and may call :meth:`SyncEngine.cancel`.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, Protocol, TypeVar

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pydantic import BaseModel, ConfigDict, ValidationError

from fieldapp.errors import FieldappError
from sync import envelope
from sync import odk_encryption as odk
from sync.client.batch import PUSH_BYTE_BUDGET, BatchClient, item_size
from sync.client.central import PAGE_SIZE as CENTRAL_PAGE_SIZE
from sync.client.central import CentralClient, CentralForm, SubmissionRow
from sync.client.openrosa import OpenRosaClient, md5_hash
from sync.client.safe_http import is_transient
from sync.protocol import (
    MAX_BATCH_ITEMS,
    Change,
    Decision,
    FormVersionInfo,
    ItemStatus,
    ProjectKeys,
    ProjectPrivateKeys,
    ReviewIn,
    ReviewOut,
    SubmissionIn,
    SubmissionMeta,
    b64decode_strict,
    content_hash,
)

T = TypeVar("T")


# --- what the engine needs from the local store -------------------------------------------------
@dataclass(frozen=True)
class PendingDecision:
    """A supervisor's review decision made offline, waiting to be pushed (``ReviewIn``)."""

    decision_id: str
    instance_id: str
    review: ReviewIn


@dataclass(frozen=True)
class OutboxEntry:
    """One finalized submission waiting to be sent (plaintext, decrypted by the store)."""

    instance_id: str
    form_id: str
    form_version: str
    xml: bytes
    attachments: Mapping[str, bytes] = field(default_factory=dict)
    deprecated_id: str | None = None
    client_seq: int = 0
    created_at: datetime | None = None
    finalized_at: datetime | None = None


class SyncStore(Protocol):
    """The store operations sync uses (implemented over fieldapp.core.store by the adapter)."""

    def outbox_ids(self) -> list[str]:
        """Finalized, not yet sent submissions, oldest first (ids only: entries are loaded one
        at a time, so a large outbox with photos never sits in memory at once)."""
        ...

    def outbox_entry(self, instance_id: str) -> OutboxEntry | None:
        """The decrypted submission, or None if it is no longer in the outbox."""
        ...

    def mark_sent(self, instance_id: str, receipt_hash: str) -> None: ...

    def device_key(self) -> envelope.DeviceKey:
        """This device's signing key (created once, kept encrypted in the store)."""
        ...

    def cursor(self, server: str) -> str: ...

    def set_cursor(self, server: str, cursor: str) -> None: ...

    def form_media_hashes(self, form_id: str, version: str | None = None) -> dict[str, str] | None:
        """``md5:`` hash per media file of a stored form version (None: the newest stored
        version of that form); None when no such version is stored."""
        ...

    def form_media(self, form_id: str, version: str | None, name: str) -> bytes:
        """A stored media file (version None: the newest stored version of that form)."""
        ...

    def form_xml(self, form_id: str, version: str) -> bytes | None: ...

    def save_form(
        self, form_id: str, version: str, title: str, xml: bytes, media: Mapping[str, bytes]
    ) -> None:
        """Store a form version with its complete set of media files."""
        ...

    def apply_review(self, review: ReviewOut) -> bool:
        """Record a supervisor's decision on one of our submissions; False if unknown here."""
        ...

    # supervisors: team submissions pulled and decrypted with the project key file
    def has_submission(self, instance_id: str) -> bool: ...

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
        """Store a decrypted team submission for review; False if it was already here.

        ``meta`` carries the routing metadata (owner = enumerator, team, received_at,
        deprecated_id) the review queue filters on; servers without it (ODK Central) give
        ``enumerator`` and ``received_at``."""
        ...

    def received_origin(self, instance_id: str) -> tuple[str, str] | None:
        """(form id, instanceID of the first version) of a received submission, or None."""
        ...

    def remember_origin(self, instance_id: str, first_id: str) -> None:
        """Remember the first version's instanceID of an edit received without its history."""
        ...

    def pinned_device_key(self, device_id: str) -> bytes | None:
        """The signing key first seen for a device (trust on first use), or None."""
        ...

    def pin_device_key(self, device_id: str, public_key: bytes) -> None: ...

    def retry_list(self, server: str) -> list[str]:
        """Submissions that could not be opened at the last pull (tried again each sync)."""
        ...

    def set_retry_list(self, server: str, instance_ids: Sequence[str]) -> None: ...

    # supervisors: decisions made offline go up like the outbox (marked done only on success)
    def pending_decisions(self) -> list[PendingDecision]: ...

    def mark_decision_sent(self, decision_id: str) -> None: ...

    def remember_project_keys(self, keys: ProjectKeys) -> None:
        """Keep the project's public keys for offline use (USB transfer files)."""
        ...


# --- reporting -------------------------------------------------------------------------------
ItemState = Literal["sent", "already_sent", "conflict", "refused", "failed", "pending"]


@dataclass(frozen=True)
class ItemResult:
    instance_id: str
    state: ItemState
    message: str = ""


@dataclass(frozen=True)
class Progress:
    """What the UI shows: phase, a counter and the item that just changed state."""

    phase: Literal["connect", "push", "decisions", "pull", "done"]
    done: int
    total: int
    instance_id: str | None = None
    state: ItemState | None = None
    message: str = ""


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    failed: int = 0
    decisions_sent: int = 0
    decisions_waiting: int = 0
    """Decisions on submissions this server does not hold (yet): kept, tried again next sync."""
    offline: bool = False
    items: list[ItemResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.errors


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter: delay_n = uniform(0, min(cap, base * 2**n))."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        return rng.uniform(0, min(self.max_delay, self.base_delay * (2**attempt)))


class Cancelled(Exception):
    """The user stopped the sync; nothing half-done is recorded."""


# --- targets ---------------------------------------------------------------------------------
class Target(Protocol):
    key: str

    def check(self) -> None: ...

    def push(self, engine: SyncEngine, instance_ids: Sequence[str]) -> None: ...

    def pull(self, engine: SyncEngine) -> None: ...


class SyncEngine:
    def __init__(
        self,
        store: SyncStore,
        target: Target,
        *,
        retry: RetryPolicy | None = None,
        progress: Callable[[Progress], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.target = target
        self.retry = retry or RetryPolicy()
        self._progress = progress
        self._sleep = sleep
        self.rng = rng or random.Random()  # noqa: S311 - backoff jitter, not a secret
        self._cancel = threading.Event()
        self.report = SyncReport()
        self._pushed = 0
        self._total = 0

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancel(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def emit(self, progress: Progress) -> None:
        if self._progress is not None:
            self._progress(progress)

    def with_retry(self, call: Callable[[], T]) -> T:
        """Run a network call; retry transient failures with backoff, re-raise the rest."""
        attempt = 0
        while True:
            self.check_cancel()
            try:
                return call()
            except FieldappError as exc:
                attempt += 1
                if not is_transient(exc) or attempt >= self.retry.attempts:
                    raise
                self._sleep(self.retry.delay(attempt - 1, self.rng))

    def item(self, instance_id: str, state: ItemState, message: str = "") -> None:
        self.report.items.append(ItemResult(instance_id, state, message))
        if state in ("sent", "already_sent"):
            self.report.sent += 1
        elif state != "pending":
            self.report.failed += 1
        self._pushed += 1
        self.emit(Progress("push", self._pushed, self._total, instance_id, state, message))

    def skip(self, instance_id: str) -> None:
        """Left the outbox since the sync started (reopened as a draft): not part of this sync."""
        self._skipped.add(instance_id)
        self._total -= 1

    def settle_decision(
        self, item: PendingDecision, n: int, total: int, error: FieldappError | None, code: str
    ) -> None:
        """Book one pushed review decision: sent (leaves the queue), waiting (the server does
        not hold that submission yet: N105, kept), or refused (reported as ``code``, kept)."""
        if error is None:
            self.store.mark_decision_sent(item.decision_id)
            self.report.decisions_sent += 1
            self.emit(Progress("decisions", n + 1, total, item.instance_id, "sent"))
        elif error.code == "N105":
            self.report.decisions_waiting += 1
        else:
            err = FieldappError(code, instance_id=item.instance_id, detail=error.message)
            self.report.errors.append(err.render())

    def run(self, *, push: bool = True, pull: bool = True) -> SyncReport:
        """One sync; never raises for network trouble (see the report), only for bugs."""
        self.report = SyncReport()
        entries = self.store.outbox_ids() if push else []
        self._skipped: set[str] = set()
        self._total, self._pushed = len(entries), 0
        self.emit(Progress("connect", 0, self._total))
        try:
            self.with_retry(self.target.check)
        except FieldappError as exc:
            self.report.offline = is_transient(exc)
            self.report.errors.append(exc.render())
            for iid in entries:
                self.item(iid, "pending", "not sent: " + exc.message)
            self.report.failed = len(entries)
            self.emit(Progress("done", self._pushed, self._total, message=exc.message))
            return self.report
        try:
            if entries:
                self.target.push(self, entries)
            push_decisions = getattr(self.target, "push_decisions", None)
            if push and push_decisions is not None:
                push_decisions(self)
            if pull:
                self.emit(Progress("pull", 0, 0))
                try:
                    self.target.pull(self)
                finally:
                    finish = getattr(self.store, "finish_receiving", None)
                    if finish is not None:
                        finish()  # e.g. review flags of what was received, once per form
        except Cancelled:
            self.report.errors.append("cancelled")
        except FieldappError as exc:
            self.report.offline = self.report.offline or is_transient(exc)
            self.report.errors.append(exc.render())
        done_ids = {i.instance_id for i in self.report.items} | self._skipped
        for iid in entries:  # whatever the push did not reach is still in the outbox
            if iid not in done_ids:
                self.item(iid, "pending", "not sent in this sync")
        self.report.failed = sum(
            1 for i in self.report.items if i.state not in ("sent", "already_sent")
        )
        self.emit(Progress("done", self._pushed, self._total))
        return self.report


# --- fieldapp-server (batch API, E2E envelopes) -------------------------------------------------
class FieldappTarget:
    """Our server: envelopes sealed to the project key, pushed in batches, changes pulled."""

    def __init__(
        self,
        client: BatchClient,
        *,
        pull_limit: int = 500,
        push_budget: int = PUSH_BYTE_BUDGET,
        project_keys: ProjectPrivateKeys | None = None,
    ) -> None:
        self.client = client
        self.project_keys = project_keys
        """Supervisors: the opened project key file; team submissions are then pulled and
        decrypted on this laptop (never on the server)."""
        self._keys = _RsaKeyHolder()
        self.key = "fieldapp:" + client.http.base_url
        self.pull_limit = pull_limit
        self.push_budget = push_budget
        """Bytes per push request: smaller on slow links, so each request finishes in time."""

    def check(self) -> None:
        self.client.info()

    def _seal(
        self, engine: SyncEngine, entry: OutboxEntry, public: bytes, key_id: str
    ) -> SubmissionIn:
        return seal_entry(entry, engine.store.device_key(), public, key_id)

    def push(self, engine: SyncEngine, instance_ids: Sequence[str]) -> None:
        """Seal and push in batches of at most ``push_budget`` bytes, loading lazily."""
        keys = engine.with_retry(self.client.project_keys)
        if not keys.x25519_public_b64 or not keys.key_id:
            raise FieldappError("N126")
        engine.store.remember_project_keys(keys)
        public = b64decode_strict(keys.x25519_public_b64)
        batch: list[SubmissionIn] = []
        used = 0
        for iid in instance_ids:
            engine.check_cancel()
            entry = engine.store.outbox_entry(iid)
            if entry is None:
                engine.skip(iid)
                continue
            try:
                item = self._seal(engine, entry, public, keys.key_id)
            except FieldappError as exc:  # e.g. an instanceID the protocol refuses
                engine.item(iid, "refused", exc.message)
                continue
            size = item_size(item)
            if batch and (len(batch) >= MAX_BATCH_ITEMS or used + size > self.push_budget):
                self._send(engine, batch)
                batch, used = [], 0
            batch.append(item)
            used += size
        if batch:
            self._send(engine, batch)

    def _send(self, engine: SyncEngine, batch: list[SubmissionIn]) -> None:
        receipts = engine.with_retry(lambda: self.client.push(batch))
        for item, receipt in zip(batch, receipts, strict=True):
            self._settle(engine, item, receipt.status, receipt.content_hash, receipt)

    def _settle(
        self,
        engine: SyncEngine,
        item: SubmissionIn,
        status: ItemStatus,
        got: str | None,
        receipt: object,
    ) -> None:
        iid = item.instance_id
        if status in (ItemStatus.CREATED, ItemStatus.DUPLICATE):
            if got != item.content_hash:
                err = FieldappError("N114", instance_id=iid, got=got, expected=item.content_hash)
                engine.item(iid, "failed", err.message)
                return
            engine.store.mark_sent(iid, got)
            engine.item(iid, "sent" if status is ItemStatus.CREATED else "already_sent")
        elif status is ItemStatus.CONFLICT:
            engine.item(iid, "conflict", FieldappError("N111", instance_id=iid).message)
        else:
            detail = getattr(receipt, "detail", None) or getattr(receipt, "error_code", "") or ""
            code = getattr(receipt, "error_code", None)
            state: ItemState = "failed" if code == "hash_mismatch" else "refused"
            engine.item(iid, state, FieldappError("N110", instance_id=iid, detail=detail).message)

    def push_decisions(self, engine: SyncEngine) -> None:
        """Push review decisions made offline, oldest first; each leaves the local queue only
        after the server stored it (201). The server treats the same decision repeated on a
        submission as one, so a retry after a lost reply is harmless. A submission the server
        does not hold (yet: it came by USB and its enumerator has not synced) keeps its
        decision waiting; a refusal (403) is reported and the decision kept."""
        pending = engine.store.pending_decisions()
        for n, item in enumerate(pending):
            engine.check_cancel()
            try:
                engine.with_retry(
                    lambda i=item: self.client.post_review(i.instance_id, i.review)  # type: ignore[misc]
                )
            except FieldappError as exc:
                if is_transient(exc):
                    raise
                engine.settle_decision(item, n, len(pending), exc, "N322")
                continue
            engine.settle_decision(item, n, len(pending), None, "N322")

    def pull(self, engine: SyncEngine) -> None:
        if self.project_keys is not None:
            self._retry_unopened(engine)
        engine.store.remember_project_keys(engine.with_retry(self.client.project_keys))
        cursor = engine.store.cursor(self.key)
        while True:
            engine.check_cancel()
            page = engine.with_retry(lambda c=cursor: self.client.changes(c, self.pull_limit))  # type: ignore[misc]
            for change in page.changes:
                self._apply(engine, change)
            if page.cursor != cursor:
                engine.store.set_cursor(self.key, page.cursor)
                cursor = page.cursor
            engine.emit(Progress("pull", engine.report.received, 0))
            if not page.more or not page.changes:
                return

    def _apply(self, engine: SyncEngine, change: Change) -> None:
        if change.kind == "form" and change.form is not None:
            if self._save_form(engine, change.form):
                engine.report.received += 1
        elif (
            change.kind == "review"
            and change.review is not None
            and engine.store.apply_review(change.review)
        ) or (
            change.kind == "submission"
            and change.submission is not None
            and self.project_keys is not None
            and self._receive(engine, change.submission)
        ):
            engine.report.received += 1

    def _receive(self, engine: SyncEngine, meta: SubmissionMeta) -> bool:
        """Decrypt and store one team submission; a failure is reported and kept for retry."""
        iid = meta.instance_id
        if engine.store.has_submission(iid):
            return False
        try:
            if meta.payload_b64 is None:  # listed without its payload: fetch it
                meta = engine.with_retry(lambda: self.client.submission(iid))
            xml, files = self._open(engine, meta)
        except FieldappError as exc:
            if is_transient(exc):
                raise
            engine.report.errors.append(f"{iid}: {exc.render()}")
            pending = engine.store.retry_list(self.key)
            if iid not in pending:
                engine.store.set_retry_list(self.key, [*pending, iid])
            return False
        return engine.store.receive(
            iid, meta.form_id, meta.form_version, xml, files, meta.created_at, meta=meta
        )

    def _open(self, engine: SyncEngine, meta: SubmissionMeta) -> tuple[bytes, dict[str, bytes]]:
        assert self.project_keys is not None and meta.payload_b64 is not None
        payload = b64decode_strict(meta.payload_b64)
        files: dict[str, bytes] = {}
        for att in meta.attachments:
            data = engine.with_retry(
                lambda a=att: self.client.download_attachment(meta.instance_id, a.name)  # type: ignore[misc]
            )
            if hashlib.sha256(data).hexdigest() != att.sha256.removeprefix("sha256:"):
                raise FieldappError("N112", name=att.name, expected=att.sha256, actual="?")
            files[att.name] = data
        if meta.format == "envelope":
            pinned = engine.store.pinned_device_key(meta.device_id)
            opened = envelope.open_envelope(
                payload,
                b64decode_strict(self.project_keys.x25519_private_raw_b64),
                attachments=files,
                expect={
                    "instance_id": meta.instance_id,
                    "form_id": meta.form_id,
                    "form_version": meta.form_version,
                    "device_id": meta.device_id,
                },
                trusted_device_keys={meta.device_id: pinned} if pinned else None,
            )
            if pinned is None:
                engine.store.pin_device_key(
                    meta.device_id, b64decode_strict(opened.header.device_key)
                )
            return opened.xml, opened.attachments
        if odk.is_encrypted_manifest(payload):
            out = odk.decrypt_submission(payload, files, self._keys.rsa_key(self.project_keys))
            if out.instance_id != meta.instance_id:
                raise FieldappError(
                    "N123", field="instance_id", inside=out.instance_id, outside=meta.instance_id
                )
            return out.xml, out.attachments
        return payload, files  # a plain OpenRosa submission (form without encryption)

    def _retry_unopened(self, engine: SyncEngine) -> None:
        pending = engine.store.retry_list(self.key)
        if not pending:
            return
        engine.store.set_retry_list(self.key, [])
        for iid in pending:
            try:
                meta = engine.with_retry(lambda i=iid: self.client.submission(i))  # type: ignore[misc]
            except FieldappError as exc:
                if is_transient(exc):
                    engine.store.set_retry_list(self.key, pending)
                    raise
                engine.report.errors.append(f"{iid}: {exc.render()}")  # gone or hidden now
                continue
            if self._receive(engine, meta):
                engine.report.received += 1

    def _save_form(self, engine: SyncEngine, form: FormVersionInfo) -> bool:
        wanted = {m.name: m.md5 for m in form.media}
        exact = engine.store.form_media_hashes(form.form_id, form.version)
        if exact is not None and exact == wanted:
            return False  # this version with these media files is already here
        xml = engine.with_retry(lambda: self.client.download_xform(form))
        media = fill_media(
            engine,
            form.form_id,
            wanted,
            lambda name: engine.with_retry(
                lambda: self.client.download_media(
                    form, next(m for m in form.media if m.name == name)
                )
            ),
        )
        engine.store.save_form(form.form_id, form.version, form.title, xml, media)
        return True


class _RsaKeyHolder:
    """The project's RSA key parsed once per sync target rather than per submission (loading
    a private key checks it: ~25 ms, more than decrypting a submission). Held no longer than
    the target that holds the key file's contents anyway."""

    def __init__(self) -> None:
        self._rsa: rsa.RSAPrivateKey | None = None

    def rsa_key(self, keys: ProjectPrivateKeys) -> rsa.RSAPrivateKey:
        if self._rsa is None:
            key = serialization.load_der_private_key(
                b64decode_strict(keys.rsa_private_pkcs8_b64), password=None
            )
            if not isinstance(key, rsa.RSAPrivateKey):
                raise FieldappError(
                    "N131", instance_id="?", detail="the key is not an RSA private key"
                )
            self._rsa = key
        return self._rsa


def seal_entry(
    entry: OutboxEntry, device: envelope.DeviceKey, public: bytes, key_id: str
) -> SubmissionIn:
    """Seal one outbox entry to the project key exactly as it is pushed to a server (also what
    a USB transfer file carries). Repeatable: the same entry gives the same bytes and hash."""
    sealed = envelope.seal(
        entry.xml,
        instance_id=entry.instance_id,
        form_id=entry.form_id,
        form_version=entry.form_version,
        device=device,
        project_public_key=public,
        key_id=key_id,
        attachments=entry.attachments,
        deprecated_id=entry.deprecated_id,
    )
    return SubmissionIn.build(
        instance_id=entry.instance_id,
        form_id=entry.form_id,
        form_version=entry.form_version,
        payload=sealed.payload,
        device_id=device.device_id,
        attachments=sealed.attachments,
        client_seq=entry.client_seq,
        deprecated_id=entry.deprecated_id,
        created_at=entry.created_at,
        finalized_at=entry.finalized_at,
    )


def fill_media(
    engine: SyncEngine,
    form_id: str,
    wanted: Mapping[str, str],
    download: Callable[[str], bytes],
) -> dict[str, bytes]:
    """The complete media set of a new form version: files whose hash matches the newest stored
    version are reused, only new or changed files are downloaded."""
    held = engine.store.form_media_hashes(form_id) or {}
    media: dict[str, bytes] = {}
    for name, digest in wanted.items():
        if digest and held.get(name) == digest:
            media[name] = engine.store.form_media(form_id, None, name)
        else:
            media[name] = download(name)
    return media


# --- OpenRosa servers (ODK Central, KoboToolbox) -------------------------------------------------
class OpenRosaTarget:
    """Forms from and submissions to an OpenRosa server; ODK encryption when the form asks."""

    def __init__(self, client: OpenRosaClient) -> None:
        self.client = client
        self.key = "openrosa:" + client.http.base_url

    def check(self) -> None:
        self.client.accept_length()

    def push(self, engine: SyncEngine, instance_ids: Sequence[str]) -> None:
        device = engine.store.device_key()
        for iid in instance_ids:
            engine.check_cancel()
            entry = engine.store.outbox_entry(iid)
            if entry is None:
                engine.skip(iid)
                continue
            try:
                xml, files = self._prepare(engine, entry, device)
                engine.with_retry(
                    lambda x=xml, f=files, e=entry: self.client.submit(
                        x, f, instance_id=e.instance_id
                    )  # type: ignore[misc]
                )
            except FieldappError as exc:
                if is_transient(exc):
                    raise  # offline or server down: stop; the rest stays in the outbox
                state: ItemState = "conflict" if exc.code == "N111" else "refused"
                engine.item(entry.instance_id, state, exc.message)
                continue
            engine.store.mark_sent(entry.instance_id, content_hash(xml, files.items()))
            engine.item(entry.instance_id, "sent")

    def _prepare(
        self, engine: SyncEngine, entry: OutboxEntry, device: envelope.DeviceKey
    ) -> tuple[bytes, dict[str, bytes]]:
        form = engine.store.form_xml(entry.form_id, entry.form_version)
        key = odk.form_public_key(form) if form else None
        if key is None:
            return entry.xml, dict(entry.attachments)
        sub = odk.encrypt_submission(
            entry.xml,
            form_id=entry.form_id,
            form_version=entry.form_version or None,
            instance_id=entry.instance_id,
            base64_rsa_public_key=key,
            attachments=entry.attachments,
            repeatable_secret=device.private_bytes(),
        )
        return sub.manifest, sub.files

    def pull(self, engine: SyncEngine) -> None:
        for entry in engine.with_retry(self.client.form_list):
            engine.check_cancel()
            held_xml = engine.store.form_xml(entry.form_id, entry.version)
            same_xml = held_xml is not None and (not entry.hash or md5_hash(held_xml) == entry.hash)
            media = (
                engine.with_retry(lambda e=entry: self.client.manifest(e))  # type: ignore[misc]
                if entry.manifest_url
                else []
            )
            wanted = {m.filename: m.hash for m in media}
            if same_xml and engine.store.form_media_hashes(entry.form_id, entry.version) == wanted:
                continue
            xml = engine.with_retry(lambda e=entry: self.client.download_form_xml(e))  # type: ignore[misc]
            by_name = {m.filename: m for m in media}
            files = fill_media(
                engine,
                entry.form_id,
                wanted,
                lambda name, b=by_name: engine.with_retry(  # type: ignore[misc]
                    lambda: self.client.download_media(b[name])
                ),
            )
            engine.store.save_form(entry.form_id, entry.version, entry.name, xml, files)
            engine.report.received += 1


# --- ODK Central, read by a supervisor (REST + OData) -------------------------------------------
CENTRAL_REVIEW_STATES: dict[Decision, str] = {
    Decision.APPROVED: "approved",
    Decision.HAS_ISSUES: "hasIssues",
    Decision.REJECTED: "rejected",
    Decision.RETURNED: "hasIssues",  # Central cannot send work back; the comment says so
}
CURSOR_MARGIN = timedelta(minutes=2)
"""Each pass starts this much before the newest change seen last time: a submission committed
with an earlier timestamp while we were listing is still found (re-seen rows are skipped)."""


class CentralReviewTarget:
    """A supervisor's pull from an ODK Central project through Central's own API.

    Per form: the OData feed filtered on submission/update time since a per-form cursor, paged
    with ``$top``/``$skip``; each new submission (or new version of an edited one) is fetched as
    XML with its attachments, decrypted here when the form is encrypted (the project's RSA key
    from the key file; never on the server), and stored like our server's pulls. The cursor
    (since, skip, newest change) is saved after each page, so an interrupted pull resumes.
    Decisions made offline are pushed as Central review states with their comments.
    """

    def __init__(
        self,
        client: CentralClient,
        *,
        project_keys: ProjectPrivateKeys | None = None,
        page_size: int = CENTRAL_PAGE_SIZE,
        form_ids: Sequence[str] | None = None,
    ) -> None:
        self.client = client
        self.project_keys = project_keys
        self._keys = _RsaKeyHolder()
        self.page_size = page_size
        self.form_ids = tuple(form_ids) if form_ids else None
        self.key = "central:" + client.project_url

    def check(self) -> None:
        self.client.current_user()

    def push(self, engine: SyncEngine, instance_ids: Sequence[str]) -> None:
        """Interviews go to Central through its OpenRosa endpoint (``--kind openrosa`` with an
        app user), not through a web user's review connection: they stay in the outbox."""
        for iid in instance_ids:
            engine.item(iid, "pending", FieldappError("N336").message)

    # --- decisions ---------------------------------------------------------------------------
    def push_decisions(self, engine: SyncEngine) -> None:
        """Review state first (idempotent), then the comment unless Central already holds the
        same text (a retry after a lost reply adds no second copy). 404: the submission is not
        on Central (it came another way): the decision waits. Refusals are reported and kept."""
        pending = engine.store.pending_decisions()
        for n, item in enumerate(pending):
            engine.check_cancel()
            origin = engine.store.received_origin(item.instance_id)
            if origin is None:
                engine.report.decisions_waiting += 1
                continue
            form_id, first = origin
            text = central_comment(item.review)
            try:
                engine.with_retry(
                    lambda f=form_id, i=first, r=item.review: self.client.set_review_state(  # type: ignore[misc]
                        f, i, CENTRAL_REVIEW_STATES[r.decision]
                    )
                )
                if text:
                    engine.with_retry(
                        lambda f=form_id, i=first, t=text: self._comment_once(f, i, t)  # type: ignore[misc]
                    )
            except FieldappError as exc:
                if is_transient(exc):
                    raise
                engine.settle_decision(item, n, len(pending), exc, "N334")
                continue
            engine.settle_decision(item, n, len(pending), None, "N334")

    def _comment_once(self, form_id: str, instance_id: str, text: str) -> None:
        """Post the comment unless Central already holds it: each attempt looks first, so a
        retry after a reply lost once Central had stored it adds no second copy."""
        if text not in self.client.comments(form_id, instance_id):
            self.client.add_comment(form_id, instance_id, text)

    # --- pull --------------------------------------------------------------------------------
    def pull(self, engine: SyncEngine) -> None:
        forms = engine.with_retry(self.client.forms)
        if self.form_ids is not None:
            forms = [f for f in forms if f.xmlFormId in self.form_ids]
        self._retry_unopened(engine)
        for form in forms:
            engine.check_cancel()
            self._save_form(engine, form)
            self._pull_form(engine, form)

    def _save_form(self, engine: SyncEngine, form: CentralForm) -> None:
        """The form definition (and media) for the detail view, once per version."""
        if engine.store.form_xml(form.xmlFormId, form.version) is not None:
            return
        fid = form.xmlFormId
        xml = engine.with_retry(lambda: self.client.form_xml(fid))
        names = [
            a.name for a in engine.with_retry(lambda: self.client.form_attachments(fid)) if a.exists
        ]
        media = {
            name: engine.with_retry(lambda n=name: self.client.form_attachment(fid, n))  # type: ignore[misc]
            for name in names
        }
        engine.store.save_form(fid, form.version, form.name or fid, xml, media)
        engine.report.received += 1

    def _cursor_key(self, form_id: str) -> str:
        return f"{self.key}#{form_id}"

    def _pull_form(self, engine: SyncEngine, form: CentralForm) -> None:
        key = self._cursor_key(form.xmlFormId)
        cursor = CentralCursor.load(engine.store.cursor(key))
        while True:
            engine.check_cancel()
            page = engine.with_retry(
                lambda c=cursor: self.client.submissions(  # type: ignore[misc]
                    form.xmlFormId, c.since, skip=c.skip, top=self.page_size
                )
            )
            if cursor.skip == 0 and cursor.started is None and page.server_time is not None:
                cursor = cursor.model_copy(update={"started": page.server_time})
            for row in page.rows:
                engine.check_cancel()
                if self._receive_row(engine, form, row):
                    engine.report.received += 1
                if cursor.newest is None or row.changed_at > cursor.newest:
                    cursor = cursor.model_copy(update={"newest": row.changed_at})
            cursor = cursor.model_copy(update={"skip": cursor.skip + len(page.rows)})
            engine.emit(Progress("pull", engine.report.received, page.count or 0))
            if not page.more:
                engine.store.set_cursor(key, CentralCursor(since=cursor.next_since()).dump())
                return
            engine.store.set_cursor(key, cursor.dump())

    def _receive_row(self, engine: SyncEngine, form: CentralForm, row: SubmissionRow) -> bool:
        """Store the current version of one listed submission; False when already here."""
        store = engine.store
        if row.current_instance_id and store.has_submission(row.current_instance_id):
            return False
        if (
            row.current_instance_id is None
            and row.edits == 0
            and store.has_submission(row.instance_id)
        ):
            return False
        try:
            return self._receive(engine, form.xmlFormId, row)
        except FieldappError as exc:
            if is_transient(exc):
                raise
            engine.report.errors.append(f"{row.instance_id}: {exc.render()}")
            self._remember_unopened(engine, form.xmlFormId, row.instance_id)
            return False

    def _receive(self, engine: SyncEngine, form_id: str, row: SubmissionRow) -> bool:
        first = row.instance_id
        xml = engine.with_retry(lambda: self.client.submission_xml(form_id, first))
        listed = engine.with_retry(lambda: self.client.submission_attachments(form_id, first))
        if any(not a.exists for a in listed):
            raise FieldappError(
                "N333",
                instance_id=first,
                form_id=form_id,
                detail="its files are still being uploaded to Central",
            )
        names = [a.name for a in listed]
        files = {
            name: engine.with_retry(
                lambda n=name: self.client.submission_attachment(form_id, first, n)  # type: ignore[misc]
            )
            for name in names
        }
        if odk.is_encrypted_manifest(xml):
            if self.project_keys is None:
                raise FieldappError("N306")
            out = odk.decrypt_submission(xml, files, self._keys.rsa_key(self.project_keys))
            xml, files = out.xml, out.attachments
            iid = out.instance_id or first
            version = out.form_version or row.form_version
        else:
            inner, found = instance_meta(xml)
            iid = inner or first
            version = found or row.form_version
        if engine.store.has_submission(iid):
            return False
        changed = row.edits > 0 and row.updated_at is not None
        added = engine.store.receive(
            iid,
            form_id,
            version,
            xml,
            files,
            None,
            enumerator=row.submitter_name or row.submitter_id or None,
            received_at=row.updated_at if changed else row.submission_date,
        )
        if added:
            engine.store.remember_origin(iid, first)
        return added

    def _remember_unopened(self, engine: SyncEngine, form_id: str, instance_id: str) -> None:
        pending = engine.store.retry_list(self.key)
        entry = f"{form_id}\n{instance_id}"
        if entry not in pending:
            engine.store.set_retry_list(self.key, [*pending, entry])

    def _retry_unopened(self, engine: SyncEngine) -> None:
        """Submissions that could not be opened last time (files still uploading, a key that
        was missing): fetched again by id, since the cursor has moved past them."""
        pending = engine.store.retry_list(self.key)
        if not pending:
            return
        engine.store.set_retry_list(self.key, [])
        for n, entry in enumerate(pending):
            form_id, _, first = entry.partition("\n")
            try:
                row = engine.with_retry(
                    lambda f=form_id, i=first: self.client.submission(f, i)  # type: ignore[misc]
                )
                if row.current_instance_id and engine.store.has_submission(row.current_instance_id):
                    continue
                if self._receive(engine, form_id, row):
                    engine.report.received += 1
            except FieldappError as exc:
                if is_transient(exc):
                    engine.store.set_retry_list(
                        self.key, [*engine.store.retry_list(self.key), *pending[n:]]
                    )
                    raise
                engine.report.errors.append(f"{first}: {exc.render()}")
                if exc.code != "N105":  # gone from Central: nothing left to fetch
                    self._remember_unopened(engine, form_id, first)


class CentralCursor(BaseModel):
    """Where the pull of one Central form stands (kept per form in the profile)."""

    model_config = ConfigDict(frozen=True)

    since: datetime | None = None
    skip: int = 0
    """Rows of the current pass already applied (resume point within a pass)."""
    newest: datetime | None = None
    """Newest submission/update time seen in the current pass."""
    started: datetime | None = None
    """The server's clock when the pass listed its first page."""

    def next_since(self) -> datetime | None:
        """Where the next pass starts: the newest change seen, but never after the moment this
        pass started (a submission edited while we paged may have entered the listing behind
        us), less a safety margin. Nothing seen: unchanged."""
        if self.newest is None:
            return self.since
        bound = min(self.newest, self.started) if self.started is not None else self.newest
        return bound - CURSOR_MARGIN

    @classmethod
    def load(cls, raw: str) -> CentralCursor:
        if not raw:
            return cls()
        try:
            return cls.model_validate_json(raw)
        except ValidationError:
            return cls()  # a damaged cursor: start over (re-seen rows are skipped)

    def dump(self) -> str:
        return self.model_dump_json()


def central_comment(review: ReviewIn) -> str:
    """The supervisor's comments as one Central comment (question comments by reference)."""
    lines = []
    if review.decision is Decision.RETURNED:
        lines.append("[returned to the enumerator]")
    if review.comment:
        lines.append(review.comment)
    lines += [f"{ref}: {text}" for ref, text in sorted(review.question_comments.items())]
    return "\n".join(lines)


def instance_meta(xml: bytes) -> tuple[str | None, str | None]:
    """(meta/instanceID, root version attribute) of a plain submission."""
    from defusedxml import ElementTree as SafeET

    try:
        root = SafeET.fromstring(xml)
    except Exception as exc:  # defusedxml: ParseError and its Forbidden* refusals
        raise FieldappError("N107", url="submission.xml", detail=str(exc)) from None
    iid = None
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag == "instanceID" and el.text and el.text.strip():
            iid = el.text.strip()
            break
    return iid, root.attrib.get("version")
