"""The ODK encrypted-submission format, so encrypted forms work with ODK Central and KoboToolbox.

Follows /work/shared/docs/odk-compat.md (the format ODK Collect writes and Briefcase / Central
decrypt):

* a random 32-byte AES key per submission, wrapped with RSA-OAEP (SHA-256 for OAEP and MGF1)
  under the form's ``base64RsaPublicKey`` (RSA-2048 SubjectPublicKeyInfo DER);
* IV seed = md5(instanceID UTF-8 + key), 16 bytes; before file *i* (media files first, in
  manifest order, the submission XML last) ``seed[i % 16] += 1`` (cumulative, wrapping at 256)
  and a copy is the IV;
* each file is AES-256-CFB (128-bit feedback) over PKCS#7-padded data, named ``<name>.enc``;
* the plaintext manifest sent as ``xml_submission_file``: ``<data
  xmlns="http://opendatakit.org/submissions" id=.. version=.. encrypted="yes">`` with
  base64EncryptedKey, encryptedXmlFile, media/file, base64EncryptedElementSignature and
  orx:meta/orx:instanceID;
* element signature: lines (each ending in a newline) of form id, version (left out when the
  form has none), base64EncryptedKey, instanceID, then ``name::md5hex`` of each plaintext file
  (name without ``.enc``; submission last as ``submission.xml``); md5 of that text, RSA-OAEP
  encrypted, base64.

The format is not authenticated (CFB; the "signature" needs only the public key). Use it only
where a server speaks nothing else; our own server gets sync/envelope.py.
:func:`decrypt_submission` lets supervisors read submissions pulled from such servers.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from defusedxml import ElementTree as SafeET

try:  # cryptography >= 47 keeps CFB among the "decrepit" modes; older versions in modes
    from cryptography.hazmat.decrepit.ciphers.modes import CFB
except ImportError:  # pragma: no cover - depends on the installed cryptography
    from cryptography.hazmat.primitives.ciphers.modes import CFB  # type: ignore[assignment,unused-ignore]

from fieldapp.errors import FieldappError
from sync.envelope import Entropy

MANIFEST_NS = "http://opendatakit.org/submissions"
ORX_NS = "http://openrosa.org/xforms"
SUBMISSION_XML = "submission.xml"
ENC_SUFFIX = ".enc"
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._ ()-]{0,123}$")


def _oaep() -> asym_padding.OAEP:
    return asym_padding.OAEP(
        mgf=asym_padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None
    )


def _mgf1_sha256(seed: bytes, length: int) -> bytes:
    out = bytearray()
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        counter += 1
    return bytes(out[:length])


def oaep_encrypt(public: rsa.RSAPublicKey, message: bytes, seed: bytes | None) -> bytes:
    """RSAES-OAEP (RFC 8017 7.1.1) with SHA-256 for OAEP and MGF1 and an empty label.

    With ``seed=None`` it is ``cryptography``'s own (random seed). A given 32-byte seed makes it
    repeatable, which ``cryptography`` does not offer: the encoding is written out here and the
    RSA step is the public-key power. Only used on secrets that are themselves unique per
    submission (its AES key and element signature), so equal outputs reveal only a resend.
    """
    if seed is None:
        return public.encrypt(message, _oaep())
    hlen = 32
    nums = public.public_numbers()
    k = (nums.n.bit_length() + 7) // 8
    if len(seed) != hlen or len(message) > k - 2 * hlen - 2:
        raise ValueError("OAEP: message too long or seed of the wrong size")
    db = hashlib.sha256(b"").digest() + bytes(k - len(message) - 2 * hlen - 2) + b"\x01" + message
    masked_db = bytes(a ^ b for a, b in zip(db, _mgf1_sha256(seed, k - hlen - 1), strict=True))
    masked_seed = bytes(a ^ b for a, b in zip(seed, _mgf1_sha256(masked_db, hlen), strict=True))
    em = int.from_bytes(b"\x00" + masked_seed + masked_db, "big")
    return pow(em, nums.e, nums.n).to_bytes(k, "big")


def load_public_key(base64_rsa_public_key: str) -> rsa.RSAPublicKey:
    """The form's ``base64RsaPublicKey`` as a key object; N130 when it is not RSA SPKI DER."""
    try:
        der = base64.b64decode("".join(base64_rsa_public_key.split()), validate=True)
        key = serialization.load_der_public_key(der)
    except (ValueError, binascii.Error, TypeError) as exc:
        raise FieldappError("N130", detail=str(exc)) from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise FieldappError("N130", detail="the key is not an RSA key")
    if key.key_size < 2048:
        raise FieldappError("N130", detail=f"RSA-{key.key_size} is too weak; use 2048 bits")
    return key


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def form_public_key(xform: bytes) -> str | None:
    """``base64RsaPublicKey`` of the form's ``<submission>`` element, or None (not encrypted)."""
    root = SafeET.fromstring(xform)
    for el in root.iter():
        if _local(el.tag) == "submission":
            key = el.attrib.get("base64RsaPublicKey")
            return key.strip() if key and key.strip() else None
    return None


class _IvSequence:
    """The ODK IV schedule: md5 seed, one byte bumped per file, cumulative."""

    def __init__(self, instance_id: str, key: bytes) -> None:
        self.seed = bytearray(
            hashlib.md5(instance_id.encode() + key, usedforsecurity=False).digest()
        )
        self.counter = 0

    def next(self) -> bytes:
        index = self.counter % len(self.seed)
        self.seed[index] = (self.seed[index] + 1) % 256
        self.counter += 1
        return bytes(self.seed)


def _cfb_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), CFB(iv)).encryptor()
    return enc.update(padded) + enc.finalize()


def _cfb_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    dec = Cipher(algorithms.AES(key), CFB(iv)).decryptor()
    padded = dec.update(data) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def _md5_hex(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def signature_source(
    form_id: str,
    form_version: str | None,
    base64_encrypted_key: str,
    instance_id: str,
    files: list[tuple[str, bytes]],
) -> str:
    """The text whose md5 is the element signature (files: plaintext name and content)."""
    lines = [form_id]
    if form_version:
        lines.append(form_version)
    lines += [base64_encrypted_key, instance_id]
    lines += [f"{name}::{_md5_hex(data)}" for name, data in files]
    return "".join(line + "\n" for line in lines)


def is_encrypted_manifest(xml: bytes) -> bool:
    """True for an encrypted-submission manifest (root ``encrypted="yes"``)."""
    try:
        root = SafeET.fromstring(xml)
    except Exception:  # not XML (or forbidden constructs): not a manifest
        return False
    return bool(root.attrib.get("encrypted") == "yes")


@dataclass(frozen=True)
class OdkEncryptedSubmission:
    """The manifest (send as ``xml_submission_file``) and the ``.enc`` parts, in manifest order."""

    manifest: bytes
    files: dict[str, bytes]
    media_names: tuple[str, ...]


@dataclass(frozen=True)
class OdkDecryptedSubmission:
    form_id: str
    form_version: str | None
    instance_id: str
    xml: bytes
    attachments: dict[str, bytes]


def encrypt_submission(
    xml: bytes,
    *,
    form_id: str,
    form_version: str | None,
    instance_id: str,
    base64_rsa_public_key: str,
    attachments: Mapping[str, bytes] | None = None,
    repeatable_secret: bytes | None = None,
) -> OdkEncryptedSubmission:
    """Encrypt a submission exactly as ODK Collect does for a form with base64RsaPublicKey.

    With ``repeatable_secret`` (the device's secret) the AES key and the OAEP seeds are derived
    from it and the submission (sync.envelope.Entropy), so encrypting the same submission again
    gives the same manifest and files: ODK Central answers a resend of the same XML with 201,
    while a fresh random key would make it a 409 conflict after a lost reply.
    """
    if not form_id:
        raise FieldappError("N130", detail="an encrypted submission needs a form id")
    if not instance_id:
        raise FieldappError("N130", detail="an encrypted submission needs meta/instanceID")
    public = load_public_key(base64_rsa_public_key)
    version = form_version or None
    media = list(attachments or {})
    for name in media:  # refuse, never skip: a dropped attachment would be a lost answer
        if not _SAFE_NAME.match(name) or ".." in name or name == SUBMISSION_XML:
            raise FieldappError("N113", name=name)
    entropy = Entropy(
        repeatable_secret,
        b"fieldapp-odk-encryption-v1",
        {
            "form_id": form_id,
            "form_version": version,
            "instance_id": instance_id,
            "public_key": base64_rsa_public_key,
            "xml": hashlib.sha256(xml).hexdigest(),
            "files": [(n, hashlib.sha256((attachments or {})[n]).hexdigest()) for n in media],
        },
    )
    repeatable = repeatable_secret is not None
    key = entropy.take("aes-key", 32)
    wrapped_raw = oaep_encrypt(public, key, entropy.take("oaep-key", 32) if repeatable else None)
    wrapped = base64.b64encode(wrapped_raw).decode("ascii")
    ivs = _IvSequence(instance_id, key)
    files: dict[str, bytes] = {}
    plain: list[tuple[str, bytes]] = []
    for name in media:
        data = (attachments or {})[name]
        files[name + ENC_SUFFIX] = _cfb_encrypt(key, ivs.next(), data)
        plain.append((name, data))
    files[SUBMISSION_XML + ENC_SUFFIX] = _cfb_encrypt(key, ivs.next(), xml)
    plain.append((SUBMISSION_XML, xml))
    source = signature_source(form_id, version, wrapped, instance_id, plain)
    digest = hashlib.md5(source.encode("utf-8"), usedforsecurity=False).digest()
    sig_raw = oaep_encrypt(public, digest, entropy.take("oaep-sig", 32) if repeatable else None)
    signature = base64.b64encode(sig_raw).decode("ascii")
    version_attr = f" version={quoteattr(version)}" if version else ""
    parts = [
        "<?xml version='1.0' encoding='UTF-8' ?>\n",
        f'<data xmlns="{MANIFEST_NS}" id={quoteattr(form_id)}{version_attr} encrypted="yes">',
        f"<base64EncryptedKey>{wrapped}</base64EncryptedKey>",
        f"<encryptedXmlFile>{SUBMISSION_XML}{ENC_SUFFIX}</encryptedXmlFile>",
    ]
    parts += [f"<media><file>{escape(n)}{ENC_SUFFIX}</file></media>" for n in media]
    parts += [
        f"<base64EncryptedElementSignature>{signature}</base64EncryptedElementSignature>",
        f'<orx:meta xmlns:orx="{ORX_NS}"><orx:instanceID>{escape(instance_id)}</orx:instanceID>'
        "</orx:meta>",
        "</data>",
    ]
    return OdkEncryptedSubmission("".join(parts).encode("utf-8"), files, tuple(media))


def decrypt_submission(
    manifest: bytes, files: Mapping[str, bytes], private_key: rsa.RSAPrivateKey | bytes
) -> OdkDecryptedSubmission:
    """Decrypt and check the element signature (supervisors; keys from the project key file).

    ``private_key`` is a key object or PKCS#8 DER. Raises N131 (cannot decrypt) or N132
    (signature mismatch: a file is missing or altered).
    """
    priv = (
        private_key
        if isinstance(private_key, rsa.RSAPrivateKey)
        else serialization.load_der_private_key(private_key, password=None)
    )
    if not isinstance(priv, rsa.RSAPrivateKey):
        raise FieldappError("N131", instance_id="?", detail="the key is not an RSA private key")
    try:
        root = SafeET.fromstring(manifest)
    except Exception as exc:  # defusedxml: ParseError and its Forbidden* refusals
        raise FieldappError("N131", instance_id="?", detail=f"manifest: {exc}") from None
    if root.attrib.get("encrypted") != "yes":
        raise FieldappError("N131", instance_id="?", detail="the manifest is not encrypted='yes'")
    form_id = root.attrib.get("id", "")
    version = root.attrib.get("version") or None
    wrapped = xml_name = signature = instance_id = ""
    media: list[str] = []
    for el in root.iter():
        name, text = _local(el.tag), (el.text or "").strip()
        if name == "base64EncryptedKey":
            wrapped = text
        elif name == "encryptedXmlFile":
            xml_name = text
        elif name == "base64EncryptedElementSignature":
            signature = text
        elif name == "instanceID":
            instance_id = text
        elif name == "file":
            media.append(text)
    if not (wrapped and xml_name and signature and instance_id and form_id):
        raise FieldappError("N131", instance_id=instance_id or "?", detail="manifest incomplete")
    try:
        key = priv.decrypt(base64.b64decode(wrapped, validate=True), _oaep())
    except (ValueError, binascii.Error):
        raise FieldappError(
            "N131", instance_id=instance_id, detail="wrong private key or damaged key"
        ) from None
    if len(key) != 32:
        raise FieldappError(
            "N131", instance_id=instance_id, detail="the wrapped key is not AES-256"
        )
    ivs = _IvSequence(instance_id, key)
    plain: list[tuple[str, bytes]] = []
    for enc_name in [*media, xml_name]:
        if enc_name not in files:
            raise FieldappError("N132", instance_id=instance_id)
        try:
            data = _cfb_decrypt(key, ivs.next(), files[enc_name])
        except ValueError:
            raise FieldappError("N132", instance_id=instance_id) from None
        plain.append((enc_name.removesuffix(ENC_SUFFIX), data))
    source = signature_source(form_id, version, wrapped, instance_id, plain)
    try:
        digest = priv.decrypt(base64.b64decode(signature, validate=True), _oaep())
    except (ValueError, binascii.Error):
        raise FieldappError("N132", instance_id=instance_id) from None
    if digest != hashlib.md5(source.encode("utf-8"), usedforsecurity=False).digest():
        raise FieldappError("N132", instance_id=instance_id)
    xml = plain[-1][1]
    return OdkDecryptedSubmission(form_id, version, instance_id, xml, dict(plain[:-1]))
