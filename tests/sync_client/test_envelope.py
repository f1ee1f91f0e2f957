"""Our authenticated envelope: round trip, every kind of tampering caught with a clear error."""

from __future__ import annotations

import struct

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import x25519

from fieldapp.errors import FieldappError
from sync import envelope as env

MARKER = "MARKER-ENV-93ad"
XML = f"<data id='hh'><name>{MARKER}</name></data>".encode()
FILES = {"photo.jpg": f"jpeg {MARKER}".encode() * 50, "empty.txt": b""}


@pytest.fixture(scope="module")
def project() -> tuple[x25519.X25519PrivateKey, bytes]:
    priv = x25519.X25519PrivateKey.generate()
    pub = priv.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return priv, pub


@pytest.fixture(scope="module")
def device() -> env.DeviceKey:
    return env.DeviceKey.generate("laptop-7")


def _seal(project, device, **kw) -> env.SealedSubmission:  # type: ignore[no-untyped-def]
    args = {
        "instance_id": "uuid:aaaa-1",
        "form_id": "hh",
        "form_version": "3",
        "device": device,
        "project_public_key": project[1],
        "key_id": "k1",
        "attachments": FILES,
    }
    args.update(kw)
    return env.seal(XML, **args)


def test_round_trip_hides_content(project, device) -> None:  # type: ignore[no-untyped-def]
    sealed = _seal(project, device, deprecated_id="uuid:old")
    assert MARKER.encode() not in sealed.payload
    assert all(MARKER.encode() not in v for v in sealed.attachments.values())
    opened = env.open_envelope(
        sealed.payload,
        project[0],
        attachments=sealed.attachments,
        expect={"instance_id": "uuid:aaaa-1", "form_id": "hh", "device_id": "laptop-7"},
        trusted_device_keys={"laptop-7": device.public_bytes()},
    )
    assert opened.xml == XML and opened.attachments == FILES
    assert opened.header.deprecated_id == "uuid:old"
    header = env.read_header(sealed.payload)
    assert header.instance_id == "uuid:aaaa-1" and header.key_id == "k1"
    # raw private bytes work too; a device key survives a round trip through its bytes
    raw = project[0].private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    assert env.open_envelope(sealed.payload, raw, attachments=sealed.attachments).xml == XML
    again = env.DeviceKey.from_private_bytes("laptop-7", device.private_bytes())
    assert again.public_bytes() == device.public_bytes()


def test_sealing_is_repeatable_per_submission(project, device) -> None:  # type: ignore[no-untyped-def]
    """Same submission -> same bytes (a retry is a duplicate); anything different -> unrelated."""
    a, b = _seal(project, device), _seal(project, device)
    assert a.payload == b.payload and a.attachments == b.attachments
    changed = [
        _seal(project, device, instance_id="uuid:aaaa-2"),
        _seal(project, device, form_version="4"),
        _seal(project, device, attachments={**FILES, "photo.jpg": b"other"}),
        _seal(project, device, deprecated_id="uuid:x"),
        _seal(project, env.DeviceKey.generate("laptop-7")),
    ]
    epks = {env.read_header(c.payload).epk for c in changed} | {env.read_header(a.payload).epk}
    assert len(epks) == len(changed) + 1
    r1 = _seal(project, device, repeatable=False)
    r2 = _seal(project, device, repeatable=False)
    assert r1.payload != r2.payload
    for sealed in (a, r1):
        assert (
            env.open_envelope(sealed.payload, project[0], attachments=sealed.attachments).xml == XML
        )


def test_every_single_bit_flip_is_detected(project, device) -> None:  # type: ignore[no-untyped-def]
    sealed = _seal(project, device, attachments={})
    payload = sealed.payload
    codes = set()
    for pos in range(len(payload)):
        for bit in (0, 7):
            bad = bytearray(payload)
            bad[pos] ^= 1 << bit
            with pytest.raises(FieldappError) as err:
                env.open_envelope(bytes(bad), project[0])
            codes.add(err.value.code)
    assert codes <= {"N120", "N121", "N122", "N124"}
    assert "N121" in codes  # most flips: the signature no longer verifies


def test_truncation_and_garbage(project, device) -> None:  # type: ignore[no-untyped-def]
    sealed = _seal(project, device, attachments={})
    for cut in (0, 5, 9, 40, len(sealed.payload) - 1):
        with pytest.raises(FieldappError):
            env.open_envelope(sealed.payload[:cut], project[0])
    with pytest.raises(FieldappError, match="N120"):
        env.open_envelope(b"<data>plain xml</data>" * 10, project[0])
    with pytest.raises(FieldappError, match="N124"):
        env.open_envelope(b"FAENV\x09" + sealed.payload[6:], project[0])


def test_attachment_tampering(project, device) -> None:  # type: ignore[no-untyped-def]
    sealed = _seal(project, device)
    bad = dict(sealed.attachments)
    bad["photo.jpg"] = bad["photo.jpg"][:-1] + bytes([bad["photo.jpg"][-1] ^ 1])
    with pytest.raises(FieldappError, match="N121"):
        env.open_envelope(sealed.payload, project[0], attachments=bad)
    # swapping two attachments' contents, dropping or adding one: all refused
    swapped = {
        "photo.jpg": sealed.attachments["empty.txt"],
        "empty.txt": sealed.attachments["photo.jpg"],
    }
    with pytest.raises(FieldappError):
        env.open_envelope(sealed.payload, project[0], attachments=swapped)
    with pytest.raises(FieldappError, match="N120"):
        env.open_envelope(
            sealed.payload, project[0], attachments={"photo.jpg": sealed.attachments["photo.jpg"]}
        )
    with pytest.raises(FieldappError, match="N120"):
        env.open_envelope(
            sealed.payload, project[0], attachments={**sealed.attachments, "extra.bin": b"x"}
        )


def test_attachment_from_another_submission_is_refused(project, device) -> None:  # type: ignore[no-untyped-def]
    one = _seal(project, device, instance_id="uuid:one")
    two = _seal(project, device, instance_id="uuid:two")
    mixed = {**one.attachments, "photo.jpg": two.attachments["photo.jpg"]}
    with pytest.raises(FieldappError, match="N121"):  # its hash is not in one's signed list
        env.open_envelope(one.payload, project[0], attachments=mixed)


def test_metadata_mismatch_and_pinning(project, device) -> None:  # type: ignore[no-untyped-def]
    sealed = _seal(project, device, attachments={})
    with pytest.raises(FieldappError) as err:
        env.open_envelope(sealed.payload, project[0], expect={"instance_id": "uuid:other"})
    assert err.value.code == "N123"
    other = env.DeviceKey.generate("laptop-7")
    with pytest.raises(FieldappError, match="N125"):
        env.open_envelope(
            sealed.payload, project[0], trusted_device_keys={"laptop-7": other.public_bytes()}
        )


def test_resigning_with_another_device_key_breaks_decryption(project, device) -> None:  # type: ignore[no-untyped-def]
    """An attacker who swaps in their own device key and re-signs still cannot pass the AEAD."""
    sealed = _seal(project, device, attachments={})
    payload = sealed.payload
    (hlen,) = struct.unpack(">I", payload[6:10])
    header = env.EnvelopeHeader.model_validate_json(payload[10 : 10 + hlen])
    mallory = env.DeviceKey.generate("laptop-7")
    forged_header = header.model_copy(
        update={"device_key": env.b64encode(mallory.public_bytes())}
    ).canonical()
    body = payload[10 + hlen : -64]
    signed = env.MAGIC + struct.pack(">I", len(forged_header)) + forged_header + body
    forged = signed + mallory.private.sign(b"fieldapp-envelope-v1 signature\n" + signed)
    assert env.read_header(forged).device_key != header.device_key  # signature itself is valid
    with pytest.raises(FieldappError, match="N122"):
        env.open_envelope(forged, project[0])


def test_wrong_project_key(project, device) -> None:  # type: ignore[no-untyped-def]
    sealed = _seal(project, device, attachments={})
    with pytest.raises(FieldappError, match="N122"):
        env.open_envelope(sealed.payload, x25519.X25519PrivateKey.generate())


def test_invalid_inputs(project, device) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FieldappError, match="N120"):
        _seal(project, device, project_public_key=b"short")
    with pytest.raises(FieldappError, match="N120"):
        _seal(project, device, instance_id="bad id with spaces")
    with pytest.raises(FieldappError, match="N120"):
        _seal(project, device, attachments={"../../x": b""})
