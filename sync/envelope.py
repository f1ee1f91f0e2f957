"""fieldapp's end-to-end envelope: a finalized submission sealed on the device to the project key.

Why not the ODK format (sync/odk_encryption.py) for our own server: it has no authentication
(AES-CFB, an "element signature" anyone with the public key can forge). This envelope is
authenticated and signed:

* **Confidentiality + integrity**: ephemeral-static X25519 with the project's public key ->
  HKDF-SHA256 (salt = ephemeral public || recipient public) -> a fresh AES-256-GCM key per
  submission. The instance XML is one AEAD message whose associated data is the whole canonical
  header (instanceID, form id and version, deprecatedID, device id and key, attachment list), so
  ciphertext cannot be moved under another instanceID, form or device. Each attachment is its own
  AEAD message (random 96-bit nonce, associated data = instanceID, form, version and file name)
  and its ciphertext's SHA-256 is listed in the header.
* **Origin**: the device signs everything (magic, header, body) with its Ed25519 key. The header
  carries the public key; a reviewer may pin it (``trusted_device_keys``). Because the header is
  the body's associated data, re-signing someone else's ciphertext with another key breaks the
  AEAD too, so only the sealing device could have produced a verifying envelope for that body.
* **Versioned, canonical**: ``MAGIC`` (with the format version) | u32 header length | header as
  canonical JSON (sorted keys, no spaces, ASCII) | body ciphertext | 64-byte signature.

HPKE (RFC 9180) is in ``cryptography`` >= 46 only, while pyproject allows >= 44, and its one-shot
API has no associated-data argument; the construction above is the same DHKEM-style idea with
primitives every supported version has.

Decryption needs the project's X25519 private key (supervisors' key file, sync.protocol).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from fieldapp.errors import FieldappError
from sync.protocol import (
    FILE_NAME_PATTERN,
    INSTANCE_ID_PATTERN,
    MAX_ATTACHMENTS,
    NAME_PATTERN,
    b64decode_strict,
    b64encode,
)

FORMAT_VERSION = 1
MAGIC = b"FAENV" + bytes([FORMAT_VERSION])
SUITE: Literal["x25519-hkdf-sha256-aes256gcm-ed25519"] = "x25519-hkdf-sha256-aes256gcm-ed25519"
SIGNATURE_BYTES = 64
MAX_HEADER_BYTES = 64 * 1024
_KEY_INFO = b"fieldapp-envelope-v1 content key"
_SIG_DOMAIN = b"fieldapp-envelope-v1 signature\n"
_FILE_AAD = b"fieldapp-envelope-v1 file\x00"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SealedFile(_Model):
    """One encrypted attachment as listed (and thereby signed) in the header."""

    name: Annotated[str, Field(pattern=FILE_NAME_PATTERN)]
    nonce: str
    size: Annotated[int, Field(ge=0)]
    """Plaintext size in bytes."""
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    """SHA-256 of the attachment's ciphertext (what the server stores)."""


class EnvelopeHeader(_Model):
    """Clear, signed metadata of an envelope; everything a router needs and nothing said."""

    v: Literal[1] = 1
    suite: Literal["x25519-hkdf-sha256-aes256gcm-ed25519"] = SUITE
    key_id: Annotated[str, Field(max_length=64)]
    epk: str
    """Ephemeral X25519 public key (base64)."""
    nonce: str
    instance_id: Annotated[str, Field(pattern=INSTANCE_ID_PATTERN)]
    form_id: Annotated[str, Field(pattern=NAME_PATTERN)]
    form_version: Annotated[str, Field(max_length=64)]
    deprecated_id: Annotated[str | None, Field(pattern=INSTANCE_ID_PATTERN)] = None
    device_id: Annotated[str, Field(pattern=NAME_PATTERN)]
    device_key: str
    """The sealing device's Ed25519 public key (base64)."""
    files: Annotated[list[SealedFile], Field(max_length=MAX_ATTACHMENTS)] = []

    def canonical(self) -> bytes:
        return canonical_json(self.model_dump(mode="json"))


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON: sorted keys, no whitespace, ASCII only."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class DeviceKey:
    """A device's Ed25519 signing key; generated once per device and kept in the local store."""

    device_id: str
    private: ed25519.Ed25519PrivateKey

    @classmethod
    def generate(cls, device_id: str) -> DeviceKey:
        return cls(device_id, ed25519.Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, device_id: str, raw: bytes) -> DeviceKey:
        return cls(device_id, ed25519.Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        return self.private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )

    def public_bytes(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )


@dataclass(frozen=True)
class SealedSubmission:
    """What a device pushes: the envelope (payload) and the encrypted attachments by name."""

    payload: bytes
    attachments: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class OpenedSubmission:
    header: EnvelopeHeader
    xml: bytes
    attachments: dict[str, bytes]


def _raw_public(key: x25519.X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _content_key(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    if shared == bytes(32):  # low-order point: refuse rather than derive a public key
        raise FieldappError("N120", detail="degenerate key agreement")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + recipient, info=_KEY_INFO).derive(
        shared
    )


class Entropy:
    """Random bytes, or bytes derived from a device secret and the submission (repeatable).

    Derived values are HKDF-SHA256(secret, info = domain | label | canonical context), where the
    context holds everything that goes into the ciphertext (ids, key, content hashes). A
    different submission, version or recipient key gives unrelated values; the same one gives
    the same values, so the only thing equal outputs reveal is that equal content was sent
    twice, which its instanceID says anyway. Shared with sync/odk_encryption.py.
    """

    def __init__(self, secret: bytes | None, domain: bytes, context: Mapping[str, Any]) -> None:
        self.secret = secret
        self.domain = domain
        self.context = canonical_json(dict(context))

    def take(self, label: str, length: int) -> bytes:
        if self.secret is None:
            return os.urandom(length)
        return HKDF(
            algorithm=hashes.SHA256(),
            length=length,
            salt=None,
            info=self.domain + b"\0" + label.encode() + b"\0" + self.context,
        ).derive(self.secret)


def _file_aad(instance_id: str, form_id: str, form_version: str, name: str) -> bytes:
    return _FILE_AAD + canonical_json(
        {"instance_id": instance_id, "form_id": form_id, "form_version": form_version, "name": name}
    )


def seal(
    xml: bytes,
    *,
    instance_id: str,
    form_id: str,
    form_version: str,
    device: DeviceKey,
    project_public_key: bytes,
    key_id: str,
    attachments: Mapping[str, bytes] | None = None,
    deprecated_id: str | None = None,
    repeatable: bool = True,
) -> SealedSubmission:
    """Encrypt a finalized submission to the project's X25519 public key and sign it.

    ``repeatable`` (the default) derives the ephemeral key and nonces from the device key and
    the submission (see :class:`Entropy`), so sealing the same submission again gives the
    same bytes: a retry after a lost reply is then a duplicate (success) on the server, never a
    conflict. ``repeatable=False`` draws them at random.
    """
    try:
        recipient = x25519.X25519PublicKey.from_public_bytes(project_public_key)
    except ValueError as exc:
        raise FieldappError("N120", detail=f"invalid project public key: {exc}") from None
    files_in = dict(attachments or {})
    entropy = Entropy(
        device.private_bytes() if repeatable else None,
        b"fieldapp-envelope-v1",
        {
            "instance_id": instance_id,
            "form_id": form_id,
            "form_version": form_version,
            "deprecated_id": deprecated_id,
            "device_id": device.device_id,
            "key_id": key_id,
            "recipient": b64encode(project_public_key),
            "xml": hashlib.sha256(xml).hexdigest(),
            "files": sorted((n, hashlib.sha256(d).hexdigest()) for n, d in files_in.items()),
        },
    )
    ephemeral = x25519.X25519PrivateKey.from_private_bytes(entropy.take("ephemeral", 32))
    epk = _raw_public(ephemeral.public_key())
    key = _content_key(ephemeral.exchange(recipient), epk, project_public_key)
    aead = AESGCM(key)
    files: list[SealedFile] = []
    sealed_files: dict[str, bytes] = {}
    try:
        for name, data in files_in.items():
            nonce = entropy.take("file-nonce\0" + name, 12)
            ct = aead.encrypt(nonce, data, _file_aad(instance_id, form_id, form_version, name))
            sealed_files[name] = ct
            files.append(
                SealedFile(
                    name=name,
                    nonce=b64encode(nonce),
                    size=len(data),
                    sha256=hashlib.sha256(ct).hexdigest(),
                )
            )
        header = EnvelopeHeader(
            key_id=key_id,
            epk=b64encode(epk),
            nonce=b64encode(entropy.take("nonce", 12)),
            instance_id=instance_id,
            form_id=form_id,
            form_version=form_version,
            deprecated_id=deprecated_id,
            device_id=device.device_id,
            device_key=b64encode(device.public_bytes()),
            files=files,
        )
    except ValidationError as exc:
        raise FieldappError("N120", detail=_first_error(exc)) from None
    head = header.canonical()
    body = aead.encrypt(b64decode_strict(header.nonce), xml, head)
    signed = MAGIC + struct.pack(">I", len(head)) + head + body
    signature = device.private.sign(_SIG_DOMAIN + signed)
    return SealedSubmission(signed + signature, sealed_files)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ()))
    return f"{where}: {err.get('msg', 'invalid')}"


def _split(payload: bytes) -> tuple[EnvelopeHeader, bytes, bytes, bytes]:
    """(header, header bytes, body ciphertext, signed part) after checking the structure."""
    if len(payload) < len(MAGIC) + 4 + SIGNATURE_BYTES or payload[:5] != MAGIC[:5]:
        raise FieldappError("N120", detail="not a fieldapp envelope")
    if payload[5] != FORMAT_VERSION:
        raise FieldappError("N124", version=payload[5])
    (hlen,) = struct.unpack(">I", payload[6:10])
    if hlen > MAX_HEADER_BYTES or 10 + hlen + SIGNATURE_BYTES > len(payload):
        raise FieldappError("N120", detail="header length out of range")
    head = payload[10 : 10 + hlen]
    try:
        header = EnvelopeHeader.model_validate_json(head)
    except ValidationError as exc:
        raise FieldappError("N120", detail=_first_error(exc)) from None
    if header.canonical() != head:
        raise FieldappError("N120", detail="header is not in canonical form")
    signed = payload[:-SIGNATURE_BYTES]
    return header, head, payload[10 + hlen : -SIGNATURE_BYTES], signed


def read_header(payload: bytes) -> EnvelopeHeader:
    """Parse and verify the signature without decrypting (routing, listing, pinning checks)."""
    header, _head, _body, signed = _split(payload)
    _verify(header, signed, payload[-SIGNATURE_BYTES:])
    return header


def _verify(header: EnvelopeHeader, signed: bytes, signature: bytes) -> None:
    try:
        device_key = ed25519.Ed25519PublicKey.from_public_bytes(b64decode_strict(header.device_key))
        device_key.verify(signature, _SIG_DOMAIN + signed)
    except (InvalidSignature, ValueError):
        raise FieldappError("N121", instance_id=header.instance_id) from None


def open_envelope(
    payload: bytes,
    private_key: bytes | x25519.X25519PrivateKey,
    *,
    attachments: Mapping[str, bytes] | None = None,
    expect: Mapping[str, str | None] | None = None,
    trusted_device_keys: Mapping[str, bytes] | None = None,
) -> OpenedSubmission:
    """Verify, then decrypt with the project's X25519 private key.

    ``expect`` maps header fields (instance_id, form_id, form_version, device_id, ...) to the
    values the server stored them under; any difference is an error (N123), so a ciphertext
    copied under another record is caught. ``trusted_device_keys`` pins device id -> public key.
    """
    header, head, body, signed = _split(payload)
    _verify(header, signed, payload[-SIGNATURE_BYTES:])
    for name, outside in (expect or {}).items():
        inside = getattr(header, name)
        if inside != outside:
            raise FieldappError("N123", field=name, inside=inside, outside=outside)
    if trusted_device_keys is not None:
        pinned = trusted_device_keys.get(header.device_id)
        if pinned is None or pinned != b64decode_strict(header.device_key):
            raise FieldappError("N125", instance_id=header.instance_id, device_id=header.device_id)
    priv = (
        private_key
        if isinstance(private_key, x25519.X25519PrivateKey)
        else x25519.X25519PrivateKey.from_private_bytes(private_key)
    )
    epk = b64decode_strict(header.epk)
    recipient = _raw_public(priv.public_key())
    fail = FieldappError("N122", instance_id=header.instance_id, key_id=header.key_id)
    try:
        key = _content_key(
            priv.exchange(x25519.X25519PublicKey.from_public_bytes(epk)), epk, recipient
        )
        aead = AESGCM(key)
        xml = aead.decrypt(b64decode_strict(header.nonce), body, head)
    except (InvalidTag, ValueError):
        raise fail from None
    given = dict(attachments or {})
    listed = {f.name for f in header.files}
    if set(given) != listed:
        missing = sorted(listed - set(given))
        extra = sorted(set(given) - listed)
        raise FieldappError(
            "N120",
            detail=f"attachments differ from the signed list (missing {missing}, extra {extra})",
        )
    files: dict[str, bytes] = {}
    for f in header.files:
        ct = given[f.name]
        if hashlib.sha256(ct).hexdigest() != f.sha256:
            raise FieldappError("N121", instance_id=header.instance_id)
        try:
            data = aead.decrypt(
                b64decode_strict(f.nonce),
                ct,
                _file_aad(header.instance_id, header.form_id, header.form_version, f.name),
            )
        except (InvalidTag, ValueError):
            raise fail from None
        if len(data) != f.size:
            raise fail
        files[f.name] = data
    return OpenedSubmission(header, xml, files)
