"""ODK encrypted submissions: read back by decryptors that share no code with sync/odk_encryption.

1. A Python decryptor written from the format text in odk-compat.md: raw RSA with Python
   integers, OAEP (SHA-256 / MGF1-SHA256) decoded by hand, CFB-128 built from single AES block
   operations, PKCS#7 removed by hand, manifest read with ElementTree by local names.
2. A Java program using only javax.crypto / javax.xml (tests/sync_client/OdkDecrypt.java),
   compiled at test time, as ODK Briefcase decrypts.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from defusedxml import ElementTree as SafeET

from fieldapp.errors import FieldappError
from sync import odk_encryption as odk

HERE = Path(__file__).resolve().parent
MARKER = "MARKER-ODK-7c1f"


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pub_b64(key: rsa.RSAPrivateKey) -> str:
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(der).decode()


# --- the independent decryptor ----------------------------------------------------------------
def _mgf1_sha256(seed: bytes, length: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        counter += 1
    return out[:length]


def _rsa_oaep_decrypt(key: rsa.RSAPrivateKey, ciphertext: bytes) -> bytes:
    nums = key.private_numbers()
    n, d = nums.public_numbers.n, nums.d
    k = (n.bit_length() + 7) // 8
    em = pow(int.from_bytes(ciphertext, "big"), d, n).to_bytes(k, "big")
    hlen = 32
    assert em[0] == 0
    masked_seed, masked_db = em[1 : 1 + hlen], em[1 + hlen :]
    seed = bytes(a ^ b for a, b in zip(masked_seed, _mgf1_sha256(masked_db, hlen), strict=True))
    db = bytes(a ^ b for a, b in zip(masked_db, _mgf1_sha256(seed, k - hlen - 1), strict=True))
    assert db[:hlen] == hashlib.sha256(b"").digest()  # empty label
    rest = db[hlen:].lstrip(b"\x00")
    assert rest[0] == 1
    return rest[1:]


def _aes_block(key: bytes, block: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


def _cfb128_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    out = bytearray()
    prev = iv
    for i in range(0, len(data), 16):
        chunk = data[i : i + 16]
        stream = _aes_block(key, prev)
        out += bytes(a ^ b for a, b in zip(chunk, stream, strict=False))
        prev = chunk
    pad = out[-1]
    assert 1 <= pad <= 16 and out[-pad:] == bytes([pad]) * pad
    return bytes(out[:-pad])


def independent_decrypt(
    manifest: bytes, files: dict[str, bytes], key: rsa.RSAPrivateKey
) -> tuple[dict[str, bytes], bool]:
    root = SafeET.fromstring(manifest)
    assert root.tag == "{http://opendatakit.org/submissions}data"
    assert root.attrib["encrypted"] == "yes"

    def text(local: str) -> list[str]:
        return [(e.text or "").strip() for e in root.iter() if e.tag.endswith("}" + local)]

    wrapped = text("base64EncryptedKey")[0]
    instance_id = text("instanceID")[0]
    order = [*text("file"), text("encryptedXmlFile")[0]]
    aes_key = _rsa_oaep_decrypt(key, base64.b64decode(wrapped))
    seed = bytearray(hashlib.md5(instance_id.encode() + aes_key).digest())
    lines = [root.attrib["id"]]
    if "version" in root.attrib:
        lines.append(root.attrib["version"])
    lines += [wrapped, instance_id]
    plain: dict[str, bytes] = {}
    for i, name in enumerate(order):
        seed[i % 16] = (seed[i % 16] + 1) & 0xFF
        data = _cfb128_decrypt(aes_key, bytes(seed), files[name])
        plain[name[: -len(".enc")]] = data
        lines.append(f"{name[: -len('.enc')]}::{hashlib.md5(data).hexdigest()}")
    source = "".join(line + "\n" for line in lines)
    sig = _rsa_oaep_decrypt(key, base64.b64decode(text("base64EncryptedElementSignature")[0]))
    return plain, sig == hashlib.md5(source.encode()).digest()


# --- tests --------------------------------------------------------------------------------------
XML = f"<data id='household' version='2024'><name>{MARKER}</name></data>".encode()
MEDIA = {
    "photo-1.jpg": b"\xff\xd8" + bytes(range(256)) * 40,
    "voice.m4a": b"",
    "a b.txt": b"16 bytes exactly",
}


def test_independent_python_decryptor_reads_it(rsa_key: rsa.RSAPrivateKey) -> None:
    sub = odk.encrypt_submission(
        XML,
        form_id="household",
        form_version="2024",
        instance_id="uuid:5b9cf8d1-106f-4004-844f-c072d76762ed",
        base64_rsa_public_key=_pub_b64(rsa_key),
        attachments=MEDIA,
    )
    assert MARKER.encode() not in sub.manifest
    assert all(MARKER.encode() not in blob for blob in sub.files.values())
    assert list(sub.files) == [
        "photo-1.jpg.enc",
        "voice.m4a.enc",
        "a b.txt.enc",
        "submission.xml.enc",
    ]
    plain, sig_ok = independent_decrypt(sub.manifest, sub.files, rsa_key)
    assert sig_ok
    assert plain == {**MEDIA, "submission.xml": XML}


def test_manifest_shape(rsa_key: rsa.RSAPrivateKey) -> None:
    sub = odk.encrypt_submission(
        XML,
        form_id="household",
        form_version=None,
        instance_id="uuid:1",
        base64_rsa_public_key=_pub_b64(rsa_key),
        attachments={"x.png": b"png"},
    )
    root = SafeET.fromstring(sub.manifest)
    assert "version" not in root.attrib  # no version: no attribute, no signature line
    children = [c.tag.rsplit("}", 1)[1] for c in root]
    assert children == [
        "base64EncryptedKey",
        "encryptedXmlFile",
        "media",
        "base64EncryptedElementSignature",
        "meta",
    ]
    meta = root.find("{http://openrosa.org/xforms}meta")
    assert meta is not None
    assert meta.find("{http://openrosa.org/xforms}instanceID").text == "uuid:1"
    plain, sig_ok = independent_decrypt(sub.manifest, sub.files, rsa_key)
    assert sig_ok and plain["submission.xml"] == XML


def test_iv_increments_cumulatively_past_sixteen_files(rsa_key: rsa.RSAPrivateKey) -> None:
    media = {f"f{i:02d}.bin": bytes([i]) * (i * 7) for i in range(20)}
    sub = odk.encrypt_submission(
        XML,
        form_id="household",
        form_version="1",
        instance_id="uuid:many",
        base64_rsa_public_key=_pub_b64(rsa_key),
        attachments=media,
    )
    plain, sig_ok = independent_decrypt(sub.manifest, sub.files, rsa_key)
    assert sig_ok and plain == {**media, "submission.xml": XML}


def test_our_decryptor_round_trip_and_tamper(rsa_key: rsa.RSAPrivateKey) -> None:
    sub = odk.encrypt_submission(
        XML,
        form_id="household",
        form_version="2024",
        instance_id="uuid:rt",
        base64_rsa_public_key=_pub_b64(rsa_key),
        attachments=MEDIA,
    )
    der = rsa_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    out = odk.decrypt_submission(sub.manifest, sub.files, der)
    assert out.xml == XML and out.attachments == MEDIA and out.instance_id == "uuid:rt"
    for name in sub.files:
        bad = dict(sub.files)
        blob = bytearray(bad[name])
        blob[len(blob) // 2] ^= 0x01
        bad[name] = bytes(blob)
        with pytest.raises(FieldappError) as err:
            odk.decrypt_submission(sub.manifest, bad, rsa_key)
        assert err.value.code == "N132"
    missing = {k: v for k, v in sub.files.items() if k != "voice.m4a.enc"}
    with pytest.raises(FieldappError, match="N132"):
        odk.decrypt_submission(sub.manifest, missing, rsa_key)
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(FieldappError, match="N131"):
        odk.decrypt_submission(sub.manifest, sub.files, other)


def test_bad_public_keys_and_names(rsa_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(FieldappError, match="N130"):
        odk.load_public_key("not base64!")
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(FieldappError, match="N130"):
        odk.load_public_key(_pub_b64(small))
    with pytest.raises(FieldappError, match="N113"):
        odk.encrypt_submission(
            XML,
            form_id="f",
            form_version="1",
            instance_id="uuid:x",
            base64_rsa_public_key=_pub_b64(rsa_key),
            attachments={"../etc/passwd": b""},
        )


def test_form_public_key_reads_submission_element(rsa_key: rsa.RSAPrivateKey) -> None:
    key = _pub_b64(rsa_key)
    xform = (
        '<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">'
        "<h:head><h:title>t</h:title><model><instance><data id='f'/></instance>"
        f'<submission base64RsaPublicKey="{key}" method="post"/></model></h:head><h:body/></h:html>'
    ).encode()
    assert odk.form_public_key(xform) == key
    assert odk.form_public_key(xform.replace(b"submission", b"other")) is None


@pytest.mark.skipif(shutil.which("javac") is None, reason="no JDK on this machine")
def test_java_javax_crypto_decrypts_it(rsa_key: rsa.RSAPrivateKey, tmp_path: Path) -> None:
    build = tmp_path / "build"
    build.mkdir()
    subprocess.run(
        ["javac", "-d", str(build), str(HERE / "OdkDecrypt.java")], check=True, timeout=120
    )
    sub = odk.encrypt_submission(
        XML,
        form_id="household",
        form_version="2024",
        instance_id="uuid:java-1",
        base64_rsa_public_key=_pub_b64(rsa_key),
        attachments=MEDIA,
        repeatable_secret=b"device-secret-for-java-test-0001",  # hand-made OAEP, read by javax
    )
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "submission.xml").write_bytes(sub.manifest)
    for name, blob in sub.files.items():
        (inbox / name).write_bytes(blob)
    key_file = tmp_path / "key.der"
    key_file.write_bytes(
        rsa_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    out = tmp_path / "out"
    run = subprocess.run(
        ["java", "-cp", str(build), "OdkDecrypt", str(key_file), str(inbox), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "signature ok" in run.stdout
    assert (out / "submission.xml").read_bytes() == XML
    for name, data in MEDIA.items():
        assert (out / name).read_bytes() == data
    # the Java decryptor notices tampering too (so the check above can fail)
    blob = bytearray((inbox / "photo-1.jpg.enc").read_bytes())
    blob[5] ^= 0x10
    (inbox / "photo-1.jpg.enc").write_bytes(bytes(blob))
    run = subprocess.run(
        ["java", "-cp", str(build), "OdkDecrypt", str(key_file), str(inbox), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0


def test_repeatable_encryption_gives_identical_resends(rsa_key: rsa.RSAPrivateKey) -> None:
    """With the device secret, a resend is byte-identical (Central: same XML -> 201, not 409)."""
    args = {
        "form_id": "household",
        "form_version": "2024",
        "instance_id": "uuid:again",
        "base64_rsa_public_key": _pub_b64(rsa_key),
        "attachments": MEDIA,
        "repeatable_secret": b"device-secret-0123456789abcdef01",
    }
    a = odk.encrypt_submission(XML, **args)  # type: ignore[arg-type]
    b = odk.encrypt_submission(XML, **args)  # type: ignore[arg-type]
    assert a.manifest == b.manifest and a.files == b.files
    c = odk.encrypt_submission(XML + b" ", **args)  # type: ignore[arg-type]
    assert c.manifest != a.manifest
    plain, sig_ok = independent_decrypt(a.manifest, a.files, rsa_key)  # hand-made OAEP reads back
    assert sig_ok and plain["submission.xml"] == XML
    other = odk.encrypt_submission(
        XML, **{**args, "repeatable_secret": b"another-device-secret-000000000"}
    )  # type: ignore[arg-type]
    assert other.manifest != a.manifest
