"""USB transfer files: the outbox to the supervisor, receipts and decisions back, with no network.

Same invariant as network sync: *every finalized submission is on the supervisor's laptop
exactly once or still in the enumerator's outbox.* Writing a file changes nothing on the
enumerator's side; a submission leaves the outbox only when the supervisor's reply file carries
a receipt whose content hash equals the hash of what this device seals for it (sealing is
repeatable, sync/envelope.py), or when a later network sync gets a receipt from the server.

Two kinds of file, both authenticated as a whole and holding no plaintext answer:

* ``submissions`` (enumerator -> supervisor): the outbox exactly as it is pushed to a server
  (each submission an envelope sealed to the project key, signed by the device; attachments
  and the paradata ``audit.csv`` sealed inside), wrapped once more: the list is encrypted with
  AES-256-GCM under a key agreed with the project's X25519 key (ephemeral-static, HKDF-SHA256),
  the clear header is the associated data, and the device signs the whole file (Ed25519). The
  header also carries the device's *reply key* (X25519, derived from its signing key) so the
  supervisor can encrypt the answer to this device only.
* ``replies`` (supervisor -> enumerators): per device, the receipts (instanceID + content hash)
  of what the supervisor imported from it and the review decisions (approve / return with
  overall and per-question comments) on those interviews, each section encrypted to that
  device's reply key; the whole file is signed with the project's RSA key (RSA-PSS, SHA-256),
  which every device can check with the project public key.

Layout: ``MAGIC`` | u32 header length | canonical JSON header | u64 body length | body |
u16 signature length | signature. Imports check, in order: structure (N300), project key
(N302), signature (N301), replay (N303 same file, N304 older than one already imported from that
sender), then decrypt and verify *every* item before storing anything, so a bad file leaves
nothing half-imported. Importing the same file twice changes nothing (N303).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, Protocol, TypeVar

import orjson
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from fieldapp.errors import FieldappError
from sync import envelope
from sync.client import project_keys
from sync.client.engine import seal_entry
from sync.client.profile_store import ProfileSyncStore
from sync.protocol import (
    INSTANCE_ID_PATTERN,
    NAME_PATTERN,
    Decision,
    ReviewOut,
    ReviewState,
    SubmissionIn,
    b64decode_strict,
    b64encode,
    content_hash,
)

FORMAT_VERSION = 1
MAGIC = b"FATRANS" + bytes([FORMAT_VERSION])
MAX_HEADER_BYTES = 4 * 1024 * 1024
MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024
"""Files are read whole (and decrypted in memory): 2 GiB keeps that within a laptop's RAM."""
SUFFIX = ".fatransfer"
_DOMAIN = b"fieldapp-transfer-v1"
SEEN_SECRET = "transfer.seen"  # noqa: S105 - names of store secrets
SEQ_SECRET = "transfer.seq"  # noqa: S105
DEVICES_SECRET = "transfer.devices"  # noqa: S105
DEVICE_PREFIX = "transfer.device."

Progress = Callable[[int, int], None]
"""``progress(done, total)``, called from the thread running the transfer."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Section(_Model):
    """One device's part of a replies file (encrypted to that device's reply key)."""

    device_id: Annotated[str, Field(pattern=NAME_PATTERN)]
    epk: str
    nonce: str
    offset: Annotated[int, Field(ge=0)]
    length: Annotated[int, Field(ge=0)]


class TransferHeader(_Model):
    """Clear, signed metadata: enough to route and check a file, nothing a respondent said."""

    v: Literal[1] = 1
    kind: Literal["submissions", "replies"]
    file_id: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
    project: Annotated[str, Field(max_length=64)]
    key_id: Annotated[str, Field(max_length=64)]
    created_at: datetime
    sender: Annotated[str, Field(max_length=200)]
    """The device id (submissions) or ``supervisor:<device id>`` (replies)."""
    seq: Annotated[int, Field(ge=1)]
    """Per sender, increasing: an older file than one already imported is refused."""
    count: Annotated[int, Field(ge=0)]
    enumerator: Annotated[str | None, Field(max_length=64)] = None
    device_key: str | None = None
    reply_key: str | None = None
    epk: str | None = None
    nonce: str | None = None
    sections: list[Section] = []

    def canonical(self) -> bytes:
        return envelope.canonical_json(self.model_dump(mode="json"))


class Receipt(_Model):
    instance_id: Annotated[str, Field(pattern=INSTANCE_ID_PATTERN)]
    content_hash: str


class ReplySection(_Model):
    receipts: list[Receipt] = []
    reviews: list[ReviewOut] = []


class SubmissionsBody(_Model):
    items: list[SubmissionIn]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    count: int
    """Submissions (submissions file) or devices (replies file) written."""
    file_id: str
    sha256: str
    receipts: int = 0
    decisions: int = 0


@dataclass
class ImportResult:
    path: Path
    kind: str
    added: int = 0
    """Supervisor: submissions newly stored for review."""
    already: int = 0
    """Supervisor: submissions that were already here (imported or pulled before)."""
    confirmed: int = 0
    """Enumerator: outbox submissions the supervisor confirmed (they left the outbox)."""
    unconfirmed: list[str] = field(default_factory=list)
    """Enumerator: receipts that did not match what this device holds (stay in the outbox)."""
    decisions: int = 0
    """Enumerator: review decisions applied (returned / approved interviews)."""
    conflicts: list[str] = field(default_factory=list)
    """Supervisor: instanceIDs already held here with different content (not imported; the
    enumerator must send the change as a new version)."""
    items: list[SubmissionIn] = field(default_factory=list)
    """Supervisor: the sealed submissions accepted (for the field hub to keep and forward)."""
    kept: int = 0
    """Supervisor: submissions kept for ``fieldapp hub forward`` to headquarters."""
    enumerator: str | None = None


class Session(Protocol):
    """The parts of fieldapp.core.store.ProfileSession a transfer uses."""

    name: str

    def get_secret(self, key: str) -> str | None: ...

    def set_secret(self, key: str, value: str | None) -> None: ...


# --- primitives -------------------------------------------------------------------------------
def reply_private_key(device: envelope.DeviceKey) -> x25519.X25519PrivateKey:
    """The device's X25519 key for replies, derived from its signing key (nothing new to keep)."""
    raw = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_DOMAIN + b" reply key"
    ).derive(device.private_bytes())
    return x25519.X25519PrivateKey.from_private_bytes(raw)


def _raw(key: x25519.X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _agree(private: x25519.X25519PrivateKey, peer: bytes, label: bytes) -> bytes:
    """HKDF-SHA256 over an X25519 agreement, salted with both public keys (as the envelope)."""
    try:
        shared = private.exchange(x25519.X25519PublicKey.from_public_bytes(peer))
    except ValueError as exc:
        raise FieldappError("N312", path="project key", detail=f"unusable key: {exc}") from None
    if shared == bytes(32):
        raise FieldappError("N312", path="project key", detail="degenerate key agreement")
    epk = _raw(private.public_key())
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=epk + peer, info=_DOMAIN + b" " + label
    ).derive(shared)


def _agree_recipient(
    private: x25519.X25519PrivateKey, epk: bytes, label: bytes, where: str
) -> bytes:
    """The recipient's side of :func:`_agree` (salt order: ephemeral, then recipient)."""
    try:
        shared = private.exchange(x25519.X25519PublicKey.from_public_bytes(epk))
    except ValueError as exc:
        raise FieldappError("N301", path=where, detail=f"bad key agreement: {exc}") from None
    if shared == bytes(32):
        raise FieldappError("N301", path=where, detail="degenerate key agreement")
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=epk + _raw(private.public_key()),
        info=_DOMAIN + b" " + label,
    ).derive(shared)


def _section_aad(header: TransferHeader, device_id: str) -> bytes:
    return envelope.canonical_json(
        {
            "file_id": header.file_id,
            "key_id": header.key_id,
            "device_id": device_id,
            "seq": header.seq,
        }
    )


def _assemble(header: TransferHeader, body: bytes) -> bytes:
    head = header.canonical()
    return MAGIC + struct.pack(">I", len(head)) + head + struct.pack(">Q", len(body)) + body


def _signed(unsigned: bytes, signature: bytes) -> bytes:
    return unsigned + struct.pack(">H", len(signature)) + signature


def _write(path: Path, data: bytes) -> str:
    """Atomic: a temp file beside the target, fsync, rename (a pulled USB stick leaves either
    the old file or the new one). Returns the file's SHA-256."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FieldappError("N310", path=str(path), detail=exc.strerror or str(exc)) from None
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class _Parsed:
    header: TransferHeader
    head: bytes
    body: bytes
    unsigned: bytes
    signature: bytes
    sha256: str


class _ProjectKey(Protocol):
    @property
    def key_id(self) -> str: ...


_Key = TypeVar("_Key", bound=_ProjectKey)


def _parse_for(path: Path, kind: str, require_key: Callable[[], _Key]) -> tuple[_Parsed, _Key]:
    """``_parse``, refuse a file of another kind (N307), then fetch our project key (its own
    errors when missing) and refuse a file for another project's key (N302)."""
    parsed = _parse(path)
    header = parsed.header
    if header.kind != kind:
        raise FieldappError("N307", path=str(path), kind=header.kind, expected=kind)
    key = require_key()
    if header.key_id != key.key_id:
        raise FieldappError("N302", path=str(path), file_key=header.key_id, our_key=key.key_id)
    return parsed, key


def _parse(path: Path) -> _Parsed:
    """Read and check the structure (N300/N309); nothing is trusted yet."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FieldappError("N309", path=where, limit=MAX_FILE_BYTES)
        raw = path.read_bytes()
    except OSError as exc:
        raise FieldappError("N300", path=where, detail=exc.strerror or str(exc)) from None
    if len(raw) < len(MAGIC) + 4 or raw[:7] != MAGIC[:7]:
        raise FieldappError("N300", path=where, detail="no transfer file signature")
    if raw[7] != FORMAT_VERSION:
        raise FieldappError("N300", path=where, detail=f"format {raw[7]} is newer than this app")
    (hlen,) = struct.unpack(">I", raw[8:12])
    end = 12 + hlen
    if hlen > MAX_HEADER_BYTES or end + 8 > len(raw):
        raise FieldappError("N300", path=where, detail="truncated header")
    head = raw[12:end]
    (blen,) = struct.unpack(">Q", raw[end : end + 8])
    body_end = end + 8 + blen
    if body_end + 2 > len(raw):
        raise FieldappError("N300", path=where, detail="truncated (the file is incomplete)")
    (slen,) = struct.unpack(">H", raw[body_end : body_end + 2])
    if body_end + 2 + slen != len(raw):
        raise FieldappError("N300", path=where, detail="truncated or extended signature")
    try:
        header = TransferHeader.model_validate_json(head)
    except ValidationError as exc:
        raise FieldappError("N300", path=where, detail=f"bad header: {exc.errors()[0]}") from None
    if header.canonical() != head:
        raise FieldappError("N301", path=where, detail="header is not in canonical form")
    return _Parsed(
        header,
        head,
        raw[end + 8 : body_end],
        raw[:body_end],
        raw[body_end + 2 :],
        hashlib.sha256(raw).hexdigest(),
    )


def read_header(path: str | Path) -> TransferHeader:
    """What a file is (kind, project key, sender, count) without importing it (UI preview).
    Not yet authenticated: import checks the signature."""
    return _parse(Path(path)).header


# --- replay protection ------------------------------------------------------------------------
def _seen(session: Session) -> dict[str, Any]:
    raw = session.get_secret(SEEN_SECRET)
    return dict(json.loads(raw)) if raw else {}


def _check_replay(session: Session, parsed: _Parsed, path: Path) -> None:
    entry = _seen(session).get(parsed.header.sender)
    if not entry:
        return
    when = entry.get("files", {}).get(parsed.header.file_id)
    if when:
        raise FieldappError("N303", path=str(path), when=when)
    if parsed.header.seq <= int(entry.get("seq", 0)):
        raise FieldappError("N304", path=str(path), seq=parsed.header.seq, newest=entry["seq"])


def _mark_seen(session: Session, header: TransferHeader) -> None:
    seen = _seen(session)
    entry = seen.setdefault(header.sender, {"seq": 0, "files": {}})
    entry["seq"] = max(int(entry["seq"]), header.seq)
    entry["files"][header.file_id] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    session.set_secret(SEEN_SECRET, json.dumps(seen, sort_keys=True))


def _next_seq(session: Session) -> int:
    seq = int(session.get_secret(SEQ_SECRET) or "0") + 1
    session.set_secret(SEQ_SECRET, str(seq))
    return seq


# --- enumerator -> supervisor -----------------------------------------------------------------
def export_outbox(
    session: Any, path: str | Path, *, progress: Progress | None = None
) -> ExportResult:
    """Write the whole outbox, sealed to the project key, into one authenticated file.

    Nothing leaves the outbox here: the supervisor's reply file (receipts) or a later network
    sync does that. An empty outbox still gives a valid (empty) file.
    """
    path = Path(path)
    store = ProfileSyncStore(session)
    key = project_keys.require_public_key(session)
    device = store.device_key()
    ids = store.outbox_ids()
    items: list[SubmissionIn] = []
    for n, iid in enumerate(ids):
        entry = store.outbox_entry(iid)
        if entry is not None:
            items.append(seal_entry(entry, device, key.x25519_public(), key.key_id))
        if progress is not None:
            progress(n + 1, len(ids))
    ephemeral = x25519.X25519PrivateKey.generate()
    aead_key = _agree(ephemeral, key.x25519_public(), b"submissions")
    nonce = os.urandom(12)
    header = TransferHeader(
        kind="submissions",
        file_id=uuid.uuid4().hex,
        project=key.project,
        key_id=key.key_id,
        created_at=datetime.now(UTC),
        sender=device.device_id,
        seq=_next_seq(session),
        count=len(items),
        enumerator=session.name,
        device_key=b64encode(device.public_bytes()),
        reply_key=b64encode(_raw(reply_private_key(device).public_key())),
        epk=b64encode(_raw(ephemeral.public_key())),
        nonce=b64encode(nonce),
    )
    plain = orjson.dumps({"items": [i.model_dump(mode="json") for i in items]})
    body = AESGCM(aead_key).encrypt(nonce, plain, header.canonical())
    unsigned = _assemble(header, body)
    signature = device.private.sign(_DOMAIN + b" device signature\n" + unsigned)
    digest = _write(path, _signed(unsigned, signature))
    return ExportResult(path, "submissions", len(items), header.file_id, digest)


def _same_content(session: Any, instance_id: str, opened: envelope.OpenedSubmission) -> bool:
    """The supervisor's stored copy has exactly this XML and these attachments."""
    try:
        record = session.load(instance_id)
    except FieldappError:
        return False
    held = {a.name: a.data for a in session.list_attachments(instance_id)}
    return bool(record.xml == opened.xml and held == opened.attachments)


def _device_state(session: Session, device_id: str) -> dict[str, Any]:
    raw = session.get_secret(DEVICE_PREFIX + device_id)
    return dict(json.loads(raw)) if raw else {"receipts": {}}


@dataclass(frozen=True)
class _Body:
    parsed: _Parsed
    device_key: bytes
    private: x25519.X25519PrivateKey
    items: list[SubmissionIn]


def _open_body(session: Any, path: Path, *, replay: bool) -> _Body:
    """Checks shared by import and forwarding: kind, project key, device signature, pinned
    device key, (replay,) enumerator binding; then the decrypted list of sealed items."""
    where = str(path)
    parsed, keys = _parse_for(
        path, "submissions", lambda: project_keys.require_private_keys(session)
    )
    header = parsed.header
    if not (header.device_key and header.reply_key and header.epk and header.nonce):
        raise FieldappError("N300", path=where, detail="incomplete header")
    try:
        device_key = b64decode_strict(header.device_key)
        ed25519.Ed25519PublicKey.from_public_bytes(device_key).verify(
            parsed.signature, _DOMAIN + b" device signature\n" + parsed.unsigned
        )
    except (InvalidSignature, ValueError):
        raise FieldappError("N301", path=where, detail="device signature") from None
    pinned = ProfileSyncStore(session).pinned_device_key(header.sender)
    if pinned is not None and pinned != device_key:
        raise FieldappError("N311", path=where, device_id=header.sender)
    if replay:
        _check_replay(session, parsed, path)
    known = _device_state(session, header.sender).get("enumerator")
    if known is not None and known != header.enumerator:
        raise FieldappError(
            "N314", path=where, device_id=header.sender, known=known, claimed=header.enumerator
        )
    private = x25519.X25519PrivateKey.from_private_bytes(
        b64decode_strict(keys.x25519_private_raw_b64)
    )
    aead_key = _agree_recipient(private, b64decode_strict(header.epk), b"submissions", where)
    try:
        plain = AESGCM(aead_key).decrypt(b64decode_strict(header.nonce), parsed.body, parsed.head)
        body = SubmissionsBody.model_validate_json(plain)
    except (InvalidTag, ValueError) as exc:
        raise FieldappError("N301", path=where, detail=type(exc).__name__) from None
    if len(body.items) != header.count:
        raise FieldappError("N301", path=where, detail="item count differs from the header")
    return _Body(parsed, device_key, private, list(body.items))


def accepted_items(session: Any, path: str | Path) -> tuple[TransferHeader, list[SubmissionIn]]:
    """Supervisor: the sealed submissions of an already imported file that were accepted here
    (their receipt hash is theirs), verified again; for forwarding to headquarters."""
    opened = _open_body(session, Path(path), replay=False)
    header = opened.parsed.header
    receipts = _device_state(session, header.sender)["receipts"]
    return header, [i for i in opened.items if receipts.get(i.instance_id) == i.content_hash]


def import_submissions(
    session: Any, path: str | Path, *, progress: Progress | None = None, keep: bool = True
) -> ImportResult:
    """Supervisor: verify an enumerator's file, decrypt every submission, then store them as
    received (with the enumerator as routing metadata) and remember receipts for the reply.

    ``keep`` (default): the accepted sealed submissions are also kept for ``fieldapp hub
    forward`` to headquarters (sync.hub.keep_imported), before the file counts as imported."""
    path = Path(path)
    where = str(path)
    opened_body = _open_body(session, path, replay=True)
    header = opened_body.parsed.header
    device_key, private = opened_body.device_key, opened_body.private
    store = ProfileSyncStore(session)
    pinned = store.pinned_device_key(header.sender)
    # every item is checked and opened before anything is stored
    opened: list[tuple[SubmissionIn, envelope.OpenedSubmission]] = []
    for item in opened_body.items:
        files = {a.name: a.data() for a in item.attachments}
        payload = item.payload()
        if content_hash(payload, files.items()) != item.content_hash:
            raise FieldappError("N301", path=where, detail=f"{item.instance_id}: content hash")
        if item.device_id != header.sender:
            raise FieldappError("N301", path=where, detail=f"{item.instance_id}: other device")
        try:
            out = envelope.open_envelope(
                payload,
                private,
                attachments=files,
                expect={
                    "instance_id": item.instance_id,
                    "form_id": item.form_id,
                    "form_version": item.form_version,
                    "device_id": item.device_id,
                    "deprecated_id": item.deprecated_id,
                },
                trusted_device_keys={header.sender: device_key},
            )
        except FieldappError as exc:
            raise FieldappError("N301", path=where, detail=exc.render()) from None
        opened.append((item, out))
    result = ImportResult(path, "submissions", enumerator=header.enumerator)
    if pinned is None:
        store.pin_device_key(header.sender, device_key)
    state = _device_state(session, header.sender)
    for n, (item, out) in enumerate(opened):
        if progress is not None:
            progress(n, len(opened))
        iid = item.instance_id
        if store.has_submission(iid):
            # held already (an earlier file, or a network pull): a receipt only for the very
            # same content; a changed interview under the same instanceID is a conflict, as
            # on a server, and stays in the enumerator's outbox
            if state["receipts"].get(iid) != item.content_hash and not _same_content(
                session, iid, out
            ):
                result.conflicts.append(iid)
                continue
            result.already += 1
        elif store.receive(
            iid,
            item.form_id,
            item.form_version,
            out.xml,
            out.attachments,
            item.created_at,
            enumerator=header.enumerator,
        ):
            result.added += 1
        else:
            result.already += 1
        state["receipts"][iid] = item.content_hash
        result.items.append(item)
    store.finish_receiving()
    state["enumerator"] = header.enumerator
    state["reply_key"] = header.reply_key
    session.set_secret(DEVICE_PREFIX + header.sender, json.dumps(state, sort_keys=True))
    devices = set(json.loads(session.get_secret(DEVICES_SECRET) or "[]"))
    if header.sender not in devices:
        session.set_secret(DEVICES_SECRET, json.dumps(sorted(devices | {header.sender})))
    if progress is not None:
        progress(len(opened), len(opened))
    if keep:
        from sync.hub import data_dir_of, keep_imported

        data_dir = data_dir_of(session)
        if data_dir is not None:
            result.kept = keep_imported(data_dir, session, result)
    _mark_seen(session, header)
    return result


# --- supervisor -> enumerators ----------------------------------------------------------------
def _when(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def latest_decision(record: Any, reviewer: str) -> ReviewOut | None:
    """The supervisor's current decision on a received interview, as the server would send it:
    approved or returned, with the comments written together with that decision."""
    status = str(record.status)
    if status not in (Decision.APPROVED.value, Decision.RETURNED.value):
        return None
    comments = list(record.comments)
    at = max((c.at for c in comments), default=record.updated_at)
    mine = [c for c in comments if c.at == at]
    overall = "\n".join(c.text for c in mine if not c.ref and c.text)
    per_question = {c.ref: c.text for c in mine if c.ref}
    return ReviewOut(
        id=0,
        instance_id=record.instance_id,
        form_id=record.form_id,
        decision=Decision(status),
        review_state=ReviewState(status),
        comment=overall,
        question_comments=per_question,
        reviewer=mine[0].author if mine else reviewer,
        created_at=_when(at),
        seq=0,
    )


def export_replies(
    session: Any, path: str | Path, *, progress: Progress | None = None
) -> ExportResult:
    """Supervisor: one file for every device imported from, each part readable by that device
    only: receipts for what was imported, and the current decision on each of those
    interviews. Signed with the project's RSA key."""
    path = Path(path)
    keys = project_keys.require_private_keys(session)
    public = project_keys.public_key(session)
    project = public.project if public else keys.project
    devices: list[str] = json.loads(session.get_secret(DEVICES_SECRET) or "[]")
    probe = TransferHeader(
        kind="replies",
        file_id=uuid.uuid4().hex,
        project=project,
        key_id=keys.key_id,
        created_at=datetime.now(UTC),
        sender="supervisor:" + ProfileSyncStore(session).device_key().device_id,
        seq=_next_seq(session),
        count=len(devices),
    )
    sections: list[Section] = []
    chunks: list[bytes] = []
    offset = receipts = decisions = 0
    for n, device_id in enumerate(devices):
        state = _device_state(session, device_id)
        reviews: list[ReviewOut] = []
        for iid in state["receipts"]:
            try:
                record = session.load(iid)
            except FieldappError:
                continue
            decision = latest_decision(record, session.name)
            if decision is not None:
                reviews.append(decision)
        part = ReplySection(
            receipts=[Receipt(instance_id=i, content_hash=h) for i, h in state["receipts"].items()],
            reviews=reviews,
        )
        receipts += len(part.receipts)
        decisions += len(reviews)
        ephemeral = x25519.X25519PrivateKey.generate()
        aead_key = _agree(ephemeral, b64decode_strict(state["reply_key"]), b"replies")
        nonce = os.urandom(12)
        ct = AESGCM(aead_key).encrypt(
            nonce, part.model_dump_json().encode(), _section_aad(probe, device_id)
        )
        sections.append(
            Section(
                device_id=device_id,
                epk=b64encode(_raw(ephemeral.public_key())),
                nonce=b64encode(nonce),
                offset=offset,
                length=len(ct),
            )
        )
        chunks.append(ct)
        offset += len(ct)
        if progress is not None:
            progress(n + 1, len(devices))
    header = probe.model_copy(update={"sections": sections})
    unsigned = _assemble(header, b"".join(chunks))
    signer = serialization.load_der_private_key(
        b64decode_strict(keys.rsa_private_pkcs8_b64), password=None
    )
    if not isinstance(signer, rsa.RSAPrivateKey):
        raise FieldappError("N312", path="project key", detail="the signing key is not RSA")
    signature = signer.sign(_DOMAIN + b" project signature\n" + unsigned, _pss(), hashes.SHA256())
    digest = _write(path, _signed(unsigned, signature))
    return ExportResult(path, "replies", len(devices), header.file_id, digest, receipts, decisions)


def _pss() -> padding.PSS:
    return padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def import_replies(
    session: Any, path: str | Path, *, progress: Progress | None = None
) -> ImportResult:
    """Enumerator: check the supervisor's signature, then apply receipts (a submission leaves
    the outbox only when the receipt's hash is the hash of what this device seals for it) and
    review decisions (returned interviews come back with their comments)."""
    path = Path(path)
    where = str(path)
    parsed, key = _parse_for(path, "replies", lambda: project_keys.require_public_key(session))
    header = parsed.header
    try:
        verifier = serialization.load_der_public_key(key.rsa_public_der())
        if not isinstance(verifier, rsa.RSAPublicKey):
            raise ValueError("the project public key is not RSA")
        verifier.verify(
            parsed.signature,
            _DOMAIN + b" project signature\n" + parsed.unsigned,
            _pss(),
            hashes.SHA256(),
        )
    except (InvalidSignature, ValueError):
        raise FieldappError("N301", path=where, detail="project signature") from None
    store = ProfileSyncStore(session)
    device = store.device_key()
    mine = [s for s in header.sections if s.device_id == device.device_id]
    if not mine:
        raise FieldappError("N308", path=where, device_id=device.device_id)
    _check_replay(session, parsed, path)
    section = mine[0]
    if section.offset + section.length > len(parsed.body):
        raise FieldappError("N300", path=where, detail="section outside the body")
    aead_key = _agree_recipient(
        reply_private_key(device), b64decode_strict(section.epk), b"replies", where
    )
    probe = header.model_copy(update={"sections": []})
    try:
        plain = AESGCM(aead_key).decrypt(
            b64decode_strict(section.nonce),
            parsed.body[section.offset : section.offset + section.length],
            _section_aad(probe, device.device_id),
        )
        part = ReplySection.model_validate_json(plain)
    except (InvalidTag, ValueError) as exc:
        raise FieldappError("N301", path=where, detail=type(exc).__name__) from None
    result = ImportResult(path, "replies")
    outbox = set(store.outbox_ids())
    total = len(part.receipts) + len(part.reviews)
    done = 0
    for receipt in part.receipts:
        done += 1
        if receipt.instance_id in outbox:
            entry = store.outbox_entry(receipt.instance_id)
            if entry is None:
                continue
            ours = seal_entry(entry, device, key.x25519_public(), key.key_id).content_hash
            if ours == receipt.content_hash:
                store.mark_sent(receipt.instance_id, ours)
                result.confirmed += 1
            else:
                result.unconfirmed.append(receipt.instance_id)
        if progress is not None:
            progress(done, total)
    for review in part.reviews:
        done += 1
        if store.apply_review(review):
            result.decisions += 1
        if progress is not None:
            progress(done, total)
    _mark_seen(session, header)
    return result


def import_file(
    session: Any, path: str | Path, *, progress: Progress | None = None
) -> ImportResult:
    """Import either kind: a supervisor imports enumerators' files, an enumerator replies."""
    kind = read_header(path).kind
    if kind == "submissions":
        return import_submissions(session, path, progress=progress)
    return import_replies(session, path, progress=progress)


def receipts_for(session: Session, device_id: str) -> Mapping[str, str]:
    """Supervisor: instanceID -> content hash of everything imported from ``device_id``."""
    return dict(_device_state(session, device_id)["receipts"])


def devices(session: Session) -> Sequence[str]:
    """Supervisor: the devices transfer files were imported from (reply file recipients)."""
    return list(json.loads(session.get_secret(DEVICES_SECRET) or "[]"))
