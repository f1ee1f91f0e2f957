"""End-to-end encryption through the real server: it stores ciphertext only, supervisors decrypt.

Keys come from ``project keygen`` (sealed key file); devices encrypt with the public keys the
server hands out (our envelope, sync/envelope.py; the ODK format, sync/odk_encryption.py for
encrypted forms published with ``--encrypt``). The SQLite file is then scanned for the marker.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

from sync.envelope import DeviceKey, open_envelope, seal
from sync.odk_encryption import decrypt_submission, encrypt_submission, form_public_key
from sync.protocol import ChangesResponse, PushRequest, SubmissionIn, open_project_key_file
from sync.server.forms import insert_public_key
from sync.server.keys import generate_project_keys, write_key_file
from tests.sync_server.conftest import Team
from tests.sync_server.live_server import LiveServer

MARKER = "RESPONDENT-MARKER-Q8Z3"
PHOTO = b"PHOTO-MARKER-77AB" * 10
XFORM = b"""<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
 xmlns:jr="http://openrosa.org/javarosa"><h:head><h:title>Enc</h:title><model>
 <instance><data id="enc" version="2"><name/><meta><instanceID/></meta></data></instance>
 </model></h:head><h:body><input ref="/data/name"><label>Name</label></input></h:body></h:html>"""


def test_server_holds_ciphertext_only(
    sqlite_team: Team, live_server: Callable[..., LiveServer], tmp_path: Path
) -> None:
    team = sqlite_team
    sealed_file, x_pub, rsa_der = generate_project_keys(
        "default", "pass phrase", kdf_memory_kib=8192
    )
    key_path = tmp_path / "keys.json"
    write_key_file(key_path, sealed_file)
    team.storage.set_project_keys("default", sealed_file.key_id, x_pub, rsa_der)
    team.storage.publish_form(
        "default",
        form_id="enc",
        version="2",
        title="Enc",
        xform=insert_public_key(XFORM, base64.b64encode(rsa_der).decode(), "enc"),
        media={},
        encrypted=True,
    )
    srv = live_server()
    enum = {"Authorization": f"Bearer {team.tokens['enum_a']}"}
    sup = {"Authorization": f"Bearer {team.tokens['sup_a']}"}

    # 1. our envelope over the batch API, to the key the server publishes
    keys = httpx.get(srv.url + "/api/v1/project/keys", headers=enum).json()
    assert keys["key_id"] == sealed_file.key_id
    device = DeviceKey.generate("laptop-1")
    iid = f"uuid:{uuid.uuid4()}"
    xml = f'<data id="enc" version="2"><name>{MARKER}</name></data>'.encode()
    sealed = seal(
        xml,
        instance_id=iid,
        form_id="enc",
        form_version="2",
        device=device,
        project_public_key=base64.b64decode(keys["x25519_public_b64"]),
        key_id=keys["key_id"],
        attachments={"photo.jpg": PHOTO},
    )
    item = SubmissionIn.build(
        instance_id=iid,
        form_id="enc",
        form_version="2",
        payload=sealed.payload,
        device_id="laptop-1",
        attachments=sealed.attachments,
    )
    r = httpx.post(
        srv.url + "/api/v1/push",
        content=PushRequest(items=[item]).model_dump_json(),
        headers=enum | {"Content-Type": "application/json"},
    )
    receipt = r.json()["results"][0]
    assert receipt["status"] == "created" and receipt["content_hash"] == item.content_hash

    # 2. the ODK format over OpenRosa, to the key inside the downloaded form
    form = httpx.get(srv.url + "/forms/enc/2/form.xml", headers=enum).content
    rsa_b64 = form_public_key(form)
    assert rsa_b64 == base64.b64encode(rsa_der).decode()
    odk_iid = f"uuid:{uuid.uuid4()}"
    odk_xml = (
        f'<data id="enc" version="2"><name>{MARKER}</name>'
        f"<meta><instanceID>{odk_iid}</instanceID></meta></data>"
    )
    odk = encrypt_submission(
        odk_xml.encode(),
        form_id="enc",
        form_version="2",
        instance_id=odk_iid,
        base64_rsa_public_key=rsa_b64,
        attachments={"photo.jpg": PHOTO},
    )
    files = [("xml_submission_file", ("submission.xml", odk.manifest, "text/xml"))]
    files += [(name, (name, data, "application/octet-stream")) for name, data in odk.files.items()]
    assert httpx.post(srv.url + "/submission", files=files, headers=enum).status_code == 201

    # 3. nothing readable in the database file (WAL included)
    db_files = list(tmp_path.glob("live.db*"))
    assert db_files
    for path in db_files:
        raw = path.read_bytes()
        assert MARKER.encode() not in raw and b"PHOTO-MARKER" not in raw, path

    # 4. the supervisor pulls and decrypts with the key file
    private = open_project_key_file(key_path, "pass phrase")
    feed = ChangesResponse.model_validate_json(
        httpx.get(srv.url + "/api/v1/changes", headers=sup).content
    )
    subs = {c.submission.instance_id: c.submission for c in feed.changes if c.submission}
    env = subs[iid]
    atts = {
        a.name: httpx.get(
            f"{srv.url}/api/v1/submissions/{iid}/attachments/{a.name}", headers=sup
        ).content
        for a in env.attachments
    }
    opened = open_envelope(
        base64.b64decode(env.payload_b64 or ""),
        base64.b64decode(private.x25519_private_raw_b64),
        attachments=atts,
    )
    assert MARKER.encode() in opened.xml and opened.attachments["photo.jpg"] == PHOTO
    odk_meta = subs[odk_iid]
    odk_files = {
        a.name: httpx.get(
            f"{srv.url}/api/v1/submissions/{odk_iid}/attachments/{a.name}", headers=sup
        ).content
        for a in odk_meta.attachments
    }
    plain = decrypt_submission(
        base64.b64decode(odk_meta.payload_b64 or ""),
        odk_files,
        base64.b64decode(private.rsa_private_pkcs8_b64),
    )
    assert MARKER.encode() in plain.xml and plain.attachments["photo.jpg"] == PHOTO
