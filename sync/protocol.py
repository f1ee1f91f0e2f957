"""Wire contract of fieldapp's batch sync API, shared by the client and the server.

Design (Kinto-like, see /work/shared/docs/architecture.md):

* **Push** ``POST /api/v1/push`` with :class:`PushRequest` (up to
  :data:`MAX_BATCH_ITEMS` items). Each item is idempotent by ``instance_id`` + content hash:
  the same content again is ``duplicate`` (a success), different content under the same
  instanceID is ``conflict``. The server answers one :class:`Receipt` per item, in order, carrying
  the hash *it computed* over the bytes it stored: a client marks a submission sent only when the
  receipt status is ``created``/``duplicate`` and ``receipt.content_hash`` equals its own
  :func:`content_hash`.
* **Pull** ``GET /api/v1/changes?since=CURSOR&limit=N`` returns :class:`ChangesResponse`: review
  decisions (with comments) on the caller's submissions, new form versions, and, for supervisors
  and admins, the ciphertext of their teams' submissions. Changes are ordered by a server
  sequence that is assigned in commit order, so a cursor never skips a change. Cursors are opaque
  strings; send back exactly what you received. ``ETag`` / ``If-None-Match`` give 304 when
  nothing changed.
* Payloads are opaque: ``payload_b64`` is the device-encrypted envelope (sync/envelope.py); the
  server only sees routing metadata (form, version, device, timestamps, review state).
* Requests and responses may be gzip-compressed (``Content-Encoding: gzip`` /
  ``Accept-Encoding: gzip``). Every size is capped (see the ``MAX_*`` constants and
  ``GET /api/v1/info``); oversize bodies get 413.
* Auth: ``Authorization: Bearer <token>`` (``fieldapp-server user add`` / ``token issue`` or
  ``POST /api/v1/login``). Tokens may be bound to a device: then every pushed item must carry
  that ``device_id``.

This module also defines the project key file that ``fieldapp-server project keygen`` writes for
supervisors (:class:`ProjectKeyFile`, :func:`open_project_key_file`), because the desktop app
reads it and must not depend on the server's packages.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"

# --- size caps (the server enforces them; clients should split batches to stay below) ---------
MAX_BODY_BYTES = 64 * 1024 * 1024
"""Largest request body after gzip decompression."""
MAX_BATCH_ITEMS = 1000
MAX_PAYLOAD_BYTES = 8 * 1024 * 1024
"""Largest decoded envelope (or OpenRosa submission XML)."""
MAX_ATTACHMENTS = 100
MAX_ATTACHMENT_BYTES = 16 * 1024 * 1024
MAX_PULL_LIMIT = 1000
PULL_BYTE_BUDGET = 16 * 1024 * 1024
"""A pull response stops adding changes once this many payload bytes are included."""
MAX_COMMENT_CHARS = 10_000

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
INSTANCE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9:._-]{0,127}$"
FILE_NAME_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9._ ()-]{0,127}$"
HASH_PATTERN = r"^sha256:[0-9a-f]{64}$"

_B64_MAX_PAYLOAD = (MAX_PAYLOAD_BYTES * 4) // 3 + 8
_B64_MAX_ATTACHMENT = (MAX_ATTACHMENT_BYTES * 4) // 3 + 8


def content_hash(payload: bytes, attachments: Iterable[tuple[str, bytes]] = ()) -> str:
    """Hash identifying a submission's content: the payload plus every attachment by name.

    Attachment order does not matter (sorted by name) so a client and the server agree however
    they enumerate files. Format: ``sha256:<64 hex>``.
    """
    return content_hash_of_digests(
        hashlib.sha256(payload).hexdigest(),
        ((name, hashlib.sha256(data).hexdigest()) for name, data in attachments),
    )


def content_hash_of_digests(
    payload_sha256: str, attachment_sha256s: Iterable[tuple[str, str]]
) -> str:
    """:func:`content_hash` from hex SHA-256 digests already computed (no second pass)."""
    h = hashlib.sha256(b"fieldapp-content-v1\n")
    h.update(payload_sha256.encode() + b"\n")
    for name, digest in sorted(attachment_sha256s, key=lambda item: item[0]):
        h.update(name.encode("utf-8") + b"\0" + digest.encode() + b"\n")
    return "sha256:" + h.hexdigest()


def b64decode_strict(text: str) -> bytes:
    """Standard base64 (with padding) or raise ValueError: no silently skipped garbage."""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"not valid base64: {exc}") from None


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Role(StrEnum):
    ENUMERATOR = "enumerator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class ReviewState(StrEnum):
    """Server-side review state of a submission (ODK Central names, snake_case)."""

    RECEIVED = "received"
    EDITED = "edited"
    HAS_ISSUES = "has_issues"
    RETURNED = "returned"
    APPROVED = "approved"
    REJECTED = "rejected"


class Decision(StrEnum):
    """What a supervisor can decide; ``returned`` sends the interview back to its enumerator."""

    APPROVED = "approved"
    RETURNED = "returned"
    HAS_ISSUES = "has_issues"
    REJECTED = "rejected"


class ItemStatus(StrEnum):
    CREATED = "created"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"


SUCCESS_STATUSES = frozenset({ItemStatus.CREATED, ItemStatus.DUPLICATE})


# --- push -----------------------------------------------------------------------------------
class AttachmentIn(_Model):
    name: Annotated[str, Field(pattern=FILE_NAME_PATTERN)]
    data_b64: Annotated[str, Field(max_length=_B64_MAX_ATTACHMENT)]

    def data(self) -> bytes:
        """The decoded attachment; ValueError if ``data_b64`` is not strict base64."""
        return b64decode_strict(self.data_b64)


class SubmissionIn(_Model):
    """One finalized submission as pushed by a device (payload = encrypted envelope)."""

    instance_id: Annotated[str, Field(pattern=INSTANCE_ID_PATTERN)]
    form_id: Annotated[str, Field(pattern=NAME_PATTERN)]
    form_version: Annotated[str, Field(max_length=64)] = ""
    device_id: Annotated[str, Field(pattern=NAME_PATTERN)]
    client_seq: Annotated[int, Field(ge=0, le=2**62)] = 0
    deprecated_id: Annotated[str | None, Field(pattern=INSTANCE_ID_PATTERN)] = None
    created_at: datetime | None = None
    finalized_at: datetime | None = None
    owner: Annotated[str | None, Field(pattern=NAME_PATTERN)] = None
    """Only when forwarding (a supervisor's field hub to headquarters): the enumerator whose
    submission this is. Supervisors may name members of their teams, admins anyone in the
    project; otherwise the item is rejected with ``forbidden_owner``."""
    payload_b64: Annotated[str, Field(min_length=1, max_length=_B64_MAX_PAYLOAD)]
    attachments: Annotated[list[AttachmentIn], Field(max_length=MAX_ATTACHMENTS)] = []
    content_hash: Annotated[str, Field(pattern=HASH_PATTERN)]

    def payload(self) -> bytes:
        """The decoded envelope; ValueError if ``payload_b64`` is not strict base64.

        Decoded on demand, not in a validator: the server decodes each payload exactly once and
        answers a bad one with a per-item ``rejected`` receipt (``bad_base64``) instead of
        failing the whole batch.
        """
        return b64decode_strict(self.payload_b64)

    @classmethod
    def build(
        cls,
        *,
        instance_id: str,
        form_id: str,
        payload: bytes,
        device_id: str,
        form_version: str = "",
        attachments: dict[str, bytes] | None = None,
        client_seq: int = 0,
        deprecated_id: str | None = None,
        created_at: datetime | None = None,
        finalized_at: datetime | None = None,
        owner: str | None = None,
    ) -> Self:
        """Encode bytes and compute the content hash the server will check."""
        files = attachments or {}
        return cls(
            instance_id=instance_id,
            form_id=form_id,
            form_version=form_version,
            device_id=device_id,
            client_seq=client_seq,
            deprecated_id=deprecated_id,
            created_at=created_at,
            finalized_at=finalized_at,
            owner=owner,
            payload_b64=b64encode(payload),
            attachments=[AttachmentIn(name=n, data_b64=b64encode(d)) for n, d in files.items()],
            content_hash=content_hash(payload, files.items()),
        )


class PushRequest(_Model):
    items: Annotated[list[SubmissionIn], Field(min_length=1, max_length=MAX_BATCH_ITEMS)]


class Receipt(_Model):
    """The server's answer for one pushed item.

    ``content_hash`` is computed by the server over what it stored (None when nothing of the
    caller's is stored under that instanceID). ``error_code`` is one of ``hash_mismatch``,
    ``bad_base64``, ``too_large``, ``forbidden_owner``,
    ``conflict``, ``device_mismatch``, ``deprecated_not_found`` or None.
    """

    instance_id: str
    status: ItemStatus
    content_hash: str | None = None
    server_seq: int | None = None
    received_at: datetime | None = None
    review_state: ReviewState | None = None
    error_code: str | None = None
    detail: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in SUCCESS_STATUSES


class PushResponse(_Model):
    results: list[Receipt]


# --- objects the server returns ---------------------------------------------------------------
class AttachmentMeta(_Model):
    name: str
    size: int
    sha256: str


class SubmissionMeta(_Model):
    """Routing metadata of a stored submission (plus its ciphertext when pulled by reviewers)."""

    instance_id: str
    form_id: str
    form_version: str
    owner: str
    team: str | None
    device_id: str
    client_seq: int
    deprecated_id: str | None
    superseded_by: str | None = None
    content_hash: str
    review_state: ReviewState
    format: Literal["envelope", "openrosa"]
    received_at: datetime
    server_seq: int
    created_at: datetime | None = None
    finalized_at: datetime | None = None
    attachments: list[AttachmentMeta] = []
    payload_b64: str | None = None


class ReviewIn(_Model):
    decision: Decision
    comment: Annotated[str, Field(max_length=MAX_COMMENT_CHARS)] = ""
    question_comments: Annotated[dict[str, str], Field(max_length=500)] = {}

    @field_validator("question_comments")
    @classmethod
    def _short(cls, value: dict[str, str]) -> dict[str, str]:
        for key, text in value.items():
            if len(key) > 512 or len(text) > MAX_COMMENT_CHARS:
                raise ValueError("question comment too long")
        return value


class ReviewOut(_Model):
    id: int
    instance_id: str
    form_id: str
    decision: Decision
    review_state: ReviewState
    comment: str
    question_comments: dict[str, str]
    reviewer: str
    created_at: datetime
    seq: int


class MediaInfo(_Model):
    name: str
    md5: str
    size: int
    path: str
    """Download path relative to the server URL."""


class FormVersionInfo(_Model):
    form_id: str
    version: str
    title: str
    md5: str
    """``md5:<hex>`` of the XForm, as OpenRosa formList reports it."""
    sha256: str
    published_at: datetime
    encrypted: bool
    """True when the XForm carries the project's RSA key (ODK encrypted submissions)."""
    xform_path: str
    media: list[MediaInfo] = []
    seq: int


class Change(_Model):
    seq: int
    kind: Literal["form", "review", "submission"]
    form: FormVersionInfo | None = None
    review: ReviewOut | None = None
    submission: SubmissionMeta | None = None


class ChangesResponse(_Model):
    changes: list[Change]
    cursor: str
    """Pass back as ``since`` next time (opaque)."""
    more: bool
    """True when more changes are waiting: pull again at once."""


class FormList(_Model):
    forms: list[FormVersionInfo]


class SubmissionList(_Model):
    submissions: list[SubmissionMeta]
    cursor: str
    more: bool


# --- auth and server info ---------------------------------------------------------------------
class LoginRequest(_Model):
    username: Annotated[str, Field(pattern=NAME_PATTERN)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]
    device_id: Annotated[str | None, Field(pattern=NAME_PATTERN)] = None


class TokenResponse(_Model):
    token: str
    token_id: int
    expires_at: datetime | None
    username: str
    role: Role
    project: str


class WhoAmI(_Model):
    username: str
    role: Role
    project: str
    teams: list[str]
    device_id: str | None


class ProjectKeys(_Model):
    """Public keys devices encrypt to. None until ``fieldapp-server project keygen`` ran."""

    project: str
    key_id: str | None
    x25519_public_b64: str | None
    """Raw 32-byte X25519 public key for our envelope (sync/envelope.py)."""
    rsa_public_der_b64: str | None
    """RSA-2048 SubjectPublicKeyInfo DER for ODK encrypted forms (base64RsaPublicKey)."""


class ServerLimits(_Model):
    max_body_bytes: int = MAX_BODY_BYTES
    max_batch_items: int = MAX_BATCH_ITEMS
    max_payload_bytes: int = MAX_PAYLOAD_BYTES
    max_attachments: int = MAX_ATTACHMENTS
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES
    max_pull_limit: int = MAX_PULL_LIMIT


class ServerInfo(_Model):
    server: Literal["fieldapp-server"] = "fieldapp-server"
    protocol_version: int = PROTOCOL_VERSION
    limits: ServerLimits = ServerLimits()


class ErrorBody(_Model):
    detail: str


# --- project key file (supervisors' private keys) ----------------------------------------------
KEY_FILE_FORMAT = "fieldapp-project-keys"
# Argon2id parameters for the key file: ~0.5 s on a weak laptop (security.md); stored in the file.
KEY_KDF_MEMORY_KIB = 64 * 1024
KEY_KDF_ITERATIONS = 3
KEY_KDF_LANES = 4


class KdfParams(_Model):
    name: Literal["argon2id"] = "argon2id"
    salt_b64: str
    memory_kib: Annotated[int, Field(ge=8, le=4 * 1024 * 1024)]
    iterations: Annotated[int, Field(ge=1, le=100)]
    lanes: Annotated[int, Field(ge=1, le=64)]


class ProjectKeyFile(_Model):
    """A project's private keys as JSON, sealed with AES-256-GCM under Argon2id(passphrase).

    The public halves and the key id are in clear (and bound as associated data) so a supervisor
    can check which project/key a file belongs to without the passphrase.
    """

    format: Literal["fieldapp-project-keys"] = "fieldapp-project-keys"
    version: Literal[1] = 1
    project: str
    key_id: str
    x25519_public_b64: str
    rsa_public_der_b64: str
    kdf: KdfParams
    nonce_b64: str
    ciphertext_b64: str


class ProjectPrivateKeys(_Model):
    project: str
    key_id: str
    x25519_private_raw_b64: str
    """Raw 32-byte X25519 private key."""
    rsa_private_pkcs8_b64: str
    """RSA-2048 private key, unencrypted PKCS#8 DER (keep in memory only)."""


def project_key_id(x25519_public: bytes, rsa_public_der: bytes) -> str:
    """Short fingerprint of a project key pair (first 16 hex of a SHA-256)."""
    return hashlib.sha256(b"fieldapp-key-id\n" + x25519_public + rsa_public_der).hexdigest()[:16]


def _key_file_aad(meta: ProjectKeyFile | dict[str, str]) -> bytes:
    fields = meta if isinstance(meta, dict) else meta.model_dump(include={"project", "key_id"})
    return json.dumps(
        {
            "format": KEY_FILE_FORMAT,
            "project": fields["project"],
            "key_id": fields["key_id"],
        },
        sort_keys=True,
    ).encode()


def _derive(passphrase: str, kdf: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=b64decode_strict(kdf.salt_b64),
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def seal_project_keys(
    private: ProjectPrivateKeys,
    x25519_public: bytes,
    rsa_public_der: bytes,
    passphrase: str,
    *,
    memory_kib: int = KEY_KDF_MEMORY_KIB,
    iterations: int = KEY_KDF_ITERATIONS,
    lanes: int = KEY_KDF_LANES,
) -> ProjectKeyFile:
    """Encrypt the private keys under the passphrase (for ``fieldapp-server project keygen``)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise ValueError("an empty passphrase cannot protect the project keys")
    kdf = KdfParams(
        salt_b64=b64encode(os.urandom(16)),
        memory_kib=memory_kib,
        iterations=iterations,
        lanes=lanes,
    )
    key = _derive(passphrase, kdf)
    nonce = os.urandom(12)
    aad = _key_file_aad({"project": private.project, "key_id": private.key_id})
    ciphertext = AESGCM(key).encrypt(nonce, private.model_dump_json().encode(), aad)
    return ProjectKeyFile(
        project=private.project,
        key_id=private.key_id,
        x25519_public_b64=b64encode(x25519_public),
        rsa_public_der_b64=b64encode(rsa_public_der),
        kdf=kdf,
        nonce_b64=b64encode(nonce),
        ciphertext_b64=b64encode(ciphertext),
    )


class KeyFileError(ValueError):
    """The key file is malformed, or the passphrase is wrong (cannot tell apart by design)."""


def open_project_key_file(path: str | Path, passphrase: str) -> ProjectPrivateKeys:
    """Read and decrypt a project key file; KeyFileError on a wrong passphrase or tampering."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    raw = Path(path).read_bytes()
    if len(raw) > 1024 * 1024:
        raise KeyFileError(f"{path} is too large to be a project key file")
    try:
        sealed = ProjectKeyFile.model_validate_json(raw)
    except ValueError as exc:
        raise KeyFileError(f"{path} is not a fieldapp project key file: {exc}") from None
    key = _derive(passphrase, sealed.kdf)
    try:
        plain = AESGCM(key).decrypt(
            b64decode_strict(sealed.nonce_b64),
            b64decode_strict(sealed.ciphertext_b64),
            _key_file_aad(sealed),
        )
    except (InvalidTag, ValueError):
        raise KeyFileError(f"wrong passphrase for {path}, or the file was altered") from None
    keys = ProjectPrivateKeys.model_validate_json(plain)
    if keys.key_id != sealed.key_id or keys.project != sealed.project:
        raise KeyFileError(f"{path}: sealed keys do not match the file header")
    return keys
