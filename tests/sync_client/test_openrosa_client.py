"""OpenRosa client against the real fieldapp-server's OpenRosa endpoints, and hostile servers."""

from __future__ import annotations

import base64
import sqlite3
import uuid
from pathlib import Path

import pytest
import requests

from fieldapp.errors import FieldappError
from sync import odk_encryption as odk
from sync.client.openrosa import OpenRosaClient, md5_hash, split_attachments
from sync.client.safe_http import (
    BasicAuth,
    BearerToken,
    DigestAuth,
    HttpSettings,
    is_transient,
    safe_file_name,
)
from sync.protocol import open_project_key_file
from sync.server.storage import Storage
from tests.sync_client.conftest import KEY_PASSPHRASE, PASSWORD, ServerEnv
from tests.sync_client.hostile_server import HostileServer, reply, slow, stream_forever

XFORMS_LIST = "http://openrosa.org/xforms/xformsList"


def _project_id(env: ServerEnv) -> int:
    storage = Storage.open(env.db)
    try:
        return storage.project_id("default")
    finally:
        storage.close()


def _submission(form_id: str, version: str, iid: str, text: str) -> bytes:
    return (
        f'<data id="{form_id}" version="{version}"><name>{text}</name><photo>p.jpg</photo>'
        f"<meta><instanceID>{iid}</instanceID></meta></data>"
    ).encode()


def _stored(env: ServerEnv, iid: str) -> dict:  # type: ignore[type-arg]
    r = requests.get(
        f"{env.url}/api/v1/submissions/{iid}",
        headers={"Authorization": f"Bearer {env.tokens['sue']}"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()  # type: ignore[no-any-return]


def test_form_list_and_download_with_digest(server_env: ServerEnv) -> None:
    client = OpenRosaClient(server_env.url, DigestAuth("ana", PASSWORD))
    forms = client.form_list()
    entry = next(f for f in forms if f.form_id == "household")
    assert entry.hash.startswith("md5:") and entry.manifest_url
    got = client.download_form(entry)
    assert md5_hash(got.xml) == entry.hash
    assert got.media == {"villages.csv": b"name,label\nv1,One\nv2,Two\n"}
    # nothing changed: nothing downloaded again
    again = client.download_form(entry, have_media=got.media_hashes)
    assert again.media == {} and again.media_hashes == got.media_hashes


def test_media_downloaded_again_only_when_its_hash_changes(server_env: ServerEnv) -> None:
    client = OpenRosaClient(server_env.url, BearerToken(server_env.tokens["ana"]))
    first = client.download_form(next(f for f in client.form_list() if f.form_id == "household"))
    server_env.publish(
        "2024010102",
        {"villages.csv": b"name,label\nv1,One\nv2,Two\n", "extra.csv": b"name,label\nx,X\n"},
    )
    entry = next(f for f in client.form_list() if f.form_id == "household")
    assert entry.version == "2024010102"
    second = client.download_form(entry, have_media=first.media_hashes)
    assert set(second.media) == {"extra.csv"}
    server_env.publish(
        "2024010103",
        {"villages.csv": b"name,label\nv1,Uno\n", "extra.csv": b"name,label\nx,X\n"},
    )
    entry = next(f for f in client.form_list() if f.form_id == "household")
    third = client.download_form(entry, have_media=second.media_hashes)
    assert third.media == {"villages.csv": b"name,label\nv1,Uno\n"}


def test_submit_split_duplicate_and_conflict(server_env: ServerEnv) -> None:
    client = OpenRosaClient(server_env.url, DigestAuth("ana", PASSWORD), max_post_bytes=200_000)
    iid = f"uuid:{uuid.uuid4()}"
    xml = _submission("household", "2024010101", iid, "Ana")
    files = {"p.jpg": b"\xff" * 90_000, "q.jpg": b"\x01" * 90_000, "r.m4a": b"\x02" * 90_000}
    result = client.submit(xml, files, instance_id=iid)
    assert result.status == 201 and result.posts == 2
    stored = _stored(server_env, iid)
    assert sorted(a["name"] for a in stored["attachments"]) == ["p.jpg", "q.jpg", "r.m4a"]
    assert stored["format"] == "openrosa" and stored["owner"] == "ana"
    assert client.submit(xml, files, instance_id=iid).status == 201  # safe retry
    with pytest.raises(FieldappError) as err:
        client.submit(_submission("household", "2024010101", iid, "Other"), {}, instance_id=iid)
    assert err.value.code == "N111" and not is_transient(err.value)


def test_central_app_user_token_url(server_env: ServerEnv) -> None:
    client = OpenRosaClient.central(
        server_env.url, _project_id(server_env), app_user_token=server_env.tokens["bo"]
    )
    assert "/v1/key/" in client.http.base_url
    assert any(f.form_id == "household" for f in client.form_list())
    iid = f"uuid:{uuid.uuid4()}"
    assert client.submit(_submission("household", "1", iid, "Bo"), instance_id=iid).status == 201
    assert _stored(server_env, iid)["owner"] == "bo"
    web = OpenRosaClient.central(
        server_env.url, _project_id(server_env), credentials=BasicAuth("bo", PASSWORD)
    )
    assert web.form_list()


def test_wrong_credentials(server_env: ServerEnv) -> None:
    with pytest.raises(FieldappError) as err:
        OpenRosaClient(server_env.url, DigestAuth("ana", "wrong password")).form_list()
    assert err.value.code == "N103" and not is_transient(err.value)
    with pytest.raises(FieldappError, match="N103"):
        OpenRosaClient(server_env.url, BearerToken("fa1_nottoken")).form_list()


def test_basic_auth_never_over_plain_http_to_a_remote_host() -> None:
    client = OpenRosaClient("http://odk.example.org/project", BasicAuth("ana", "pw"))
    with pytest.raises(FieldappError, match="N109"):
        client.form_list()
    with pytest.raises(FieldappError, match="N116"):
        OpenRosaClient("ftp://example.org/")
    with pytest.raises(FieldappError, match="N116"):
        OpenRosaClient("https://user:pw@example.org/")


def test_odk_encrypted_submission_to_our_server(server_env: ServerEnv) -> None:
    """Download an encrypted form, submit in the ODK format: the server holds ciphertext only."""
    server_env.publish("2024010201", {"villages.csv": b"name,label\nv1,One\n"}, encrypt=True)
    client = OpenRosaClient(server_env.url, DigestAuth("ana", PASSWORD))
    entry = next(f for f in client.form_list() if f.form_id == "household")
    xform = client.download_form_xml(entry)
    key = odk.form_public_key(xform)
    assert key
    marker = f"MARKER-OR-{uuid.uuid4().hex[:8]}"
    iid = f"uuid:{uuid.uuid4()}"
    plain = _submission("household", entry.version, iid, marker)
    photo = marker.encode() * 100
    sub = odk.encrypt_submission(
        plain,
        form_id="household",
        form_version=entry.version,
        instance_id=iid,
        base64_rsa_public_key=key,
        attachments={"p.jpg": photo},
    )
    assert client.submit(sub.manifest, sub.files, instance_id=iid).status == 201
    # a supervisor pulls it and decrypts with the project key file
    stored = _stored(server_env, iid)
    files = {}
    for a in stored["attachments"]:
        r = requests.get(
            f"{server_env.url}/api/v1/submissions/{iid}/attachments/{a['name']}",
            headers={"Authorization": f"Bearer {server_env.tokens['sue']}"},
            timeout=10,
        )
        files[a["name"]] = r.content
    pulled = requests.get(
        f"{server_env.url}/api/v1/changes?limit=1000",
        headers={"Authorization": f"Bearer {server_env.tokens['sue']}"},
        timeout=10,
    ).json()
    manifest = next(
        base64.b64decode(c["submission"]["payload_b64"])
        for c in pulled["changes"]
        if c["kind"] == "submission" and c["submission"]["instance_id"] == iid
    )
    assert server_env.key_file is not None
    keys = open_project_key_file(server_env.key_file, KEY_PASSPHRASE)
    out = odk.decrypt_submission(manifest, files, base64.b64decode(keys.rsa_private_pkcs8_b64))
    assert out.xml == plain and out.attachments == {"p.jpg": photo}
    # and the server's database never saw the marker
    db_path = Path(server_env.db.removeprefix("sqlite:///"))
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(FULL)")
    con.close()
    for path in db_path.parent.glob(db_path.name + "*"):
        assert marker.encode() not in path.read_bytes()


def test_split_attachments_budget() -> None:
    xml = b"<x/>"
    files = {f"f{i}": b"a" * 1000 for i in range(10)}
    batches = split_attachments(xml, files, 4000, "uuid:1")
    assert [n for b in batches for n in b] == list(files)
    assert all(sum(len(v) + len(k) + 256 for k, v in b.items()) <= 4000 for b in batches)
    assert split_attachments(xml, {}, 4000, "uuid:1") == [{}]
    with pytest.raises(FieldappError, match="N110"):
        split_attachments(xml, {"big": b"a" * 5000}, 4000, "uuid:1")


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "..",
        "/etc/passwd",
        "C:evil",
        "a\\b",
        "CON",
        "nul.txt",
        "com1.csv",
        "x\x00y",
        "",
        " ",
        ".hidden",
        "trailing.",
    ],
)
def test_unsafe_file_names(name: str) -> None:
    with pytest.raises(FieldappError, match="N113"):
        safe_file_name(name)


def test_safe_file_names_pass() -> None:
    for name in ("villages.csv", "photo 1.jpg", "a-b_c(2).png", "données.csv"):
        assert safe_file_name(name) == name


# --- hostile servers -----------------------------------------------------------------------------
def _form_list(url: str, *, media: bool = False) -> bytes:
    manifest = f"<manifestUrl>{url}/manifest</manifestUrl>" if media else ""
    return (
        f'<xforms xmlns="{XFORMS_LIST}"><xform><formID>f</formID><name>F</name>'
        f"<version>1</version><hash>{md5_hash(b'<form/>')}</hash>"
        f"<downloadUrl>{url}/form.xml</downloadUrl>{manifest}</xform></xforms>"
    ).encode()


def test_redirects_only_to_the_same_host() -> None:
    with HostileServer() as srv:
        other = f"http://localhost:{srv.port}/formList"
        srv.routes["/elsewhere/formList"] = reply(302, headers={"Location": other})
        srv.routes["/moved/formList"] = reply(302, headers={"Location": "/ok/formList"})
        srv.routes["/ok/formList"] = reply(200, _form_list(srv.url))
        with pytest.raises(FieldappError, match="N108"):
            OpenRosaClient(srv.url + "/elsewhere").form_list()
        assert OpenRosaClient(srv.url + "/moved").form_list()[0].form_id == "f"


def test_hostile_replies() -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><xforms>&lol2;</xforms>'
    )
    with HostileServer() as srv:
        settings = HttpSettings(connect_timeout=5, read_timeout=1.5, max_response_bytes=1_000_000)
        srv.routes["/huge/formList"] = stream_forever()
        srv.routes["/bomb/formList"] = reply(200, laughs)
        srv.routes["/slow/formList"] = slow(4.0, reply(200, _form_list(srv.url)))
        srv.routes["/err/formList"] = reply(503, b"down")
        srv.routes["/busy/formList"] = reply(429, b"", {"Retry-After": "7"})
        srv.routes["/media/formList"] = reply(200, _form_list(srv.url + "/media", media=True))
        srv.routes["/media/form.xml"] = reply(200, b"<form/>")
        srv.routes["/media/manifest"] = reply(
            200,
            b'<manifest xmlns="http://openrosa.org/xforms/xformsManifest"><mediaFile>'
            b"<filename>../../etc/passwd</filename><hash>md5:00</hash>"
            b"<downloadUrl>/x</downloadUrl></mediaFile></manifest>",
        )
        srv.routes["/badhash/formList"] = reply(200, _form_list(srv.url + "/badhash"))
        srv.routes["/badhash/form.xml"] = reply(200, b"<form changed='1'/>")
        srv.routes["/portal/submission"] = reply(200, b"<html>Welcome to hotel wifi</html>")
        srv.routes["/refuse/submission"] = reply(
            400,
            b'<OpenRosaResponse xmlns="http://openrosa.org/http/response">'
            b"<message>form is closed</message></OpenRosaResponse>",
        )

        def client(path: str) -> OpenRosaClient:
            return OpenRosaClient(srv.url + path, settings=settings)

        cases = {
            "/huge": "N106",
            "/bomb": "N107",
            "/slow": "N101",
            "/err": "N102",
            "/busy": "N115",
        }
        for path, code in cases.items():
            with pytest.raises(FieldappError) as err:
                client(path).form_list()
            assert err.value.code == code, path
        assert is_transient(FieldappError("N101", url="", seconds=1))
        entry = client("/media").form_list()[0]
        with pytest.raises(FieldappError, match="N113"):
            client("/media").download_form(entry)
        entry = client("/badhash").form_list()[0]
        with pytest.raises(FieldappError, match="N112"):
            client("/badhash").download_form(entry)
        with pytest.raises(FieldappError, match="N117"):
            client("/portal").submit(b"<d/>", instance_id="uuid:1")
        with pytest.raises(FieldappError) as err:
            client("/refuse").submit(b"<d/>", instance_id="uuid:1")
        assert err.value.code == "N110" and "form is closed" in str(err.value)


def test_offline_is_transient() -> None:
    with HostileServer() as srv:
        url = srv.url
    with pytest.raises(FieldappError) as err:  # the port is closed now
        OpenRosaClient(url, settings=HttpSettings(connect_timeout=1)).form_list()
    assert err.value.code == "N100" and is_transient(err.value)
