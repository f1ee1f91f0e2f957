"""OpenRosa endpoints against a real ``fieldapp-server run`` subprocess on a SQLite file."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable

import httpx
import pytest
from defusedxml import ElementTree as SafeET

from sync.protocol import ItemStatus, Role
from sync.server.credentials import digest_ha1, hash_password
from tests.sync_server.conftest import Team
from tests.sync_server.live_server import LiveServer

XFORM = b"""<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
 xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">
 <h:head><h:title>Household</h:title><model>
  <instance><data id="hh" version="7"><name/><meta><instanceID/></meta></data></instance>
  <instance id="places" src="jr://file-csv/places.csv"/>
  <bind nodeset="/data/name" type="string"/>
 </model></h:head><h:body><input ref="/data/name"><label>Name</label></input></h:body></h:html>
"""
NS = {
    "x": "http://openrosa.org/xforms/xformsList",
    "m": "http://openrosa.org/xforms/xformsManifest",
}


def submission(iid: str, value: str = "Ana", deprecated: str | None = None) -> bytes:
    dep = f"<deprecatedID>{deprecated}</deprecatedID>" if deprecated else ""
    return (
        f'<data id="hh" version="7"><name>{value}</name>'
        f"<meta><instanceID>{iid}</instanceID>{dep}</meta></data>"
    ).encode()


@pytest.fixture
def server(sqlite_team: Team, live_server: Callable[..., LiveServer]) -> tuple[LiveServer, Team]:
    sqlite_team.storage.publish_form(
        "default",
        form_id="hh",
        version="7",
        title="Household",
        xform=XFORM,
        media={"places.csv": b"name,label\na,A\n"},
        encrypted=False,
    )
    sqlite_team.storage.create_user(
        "default",
        "collect",
        Role.ENUMERATOR,
        ["north"],
        password_hash=hash_password("s3cret-pw"),
        digest_ha1=digest_ha1("collect", "s3cret-pw"),
    )
    return live_server(), sqlite_team


def bearer(team: Team, name: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {team.tokens[name]}"}


def post(
    url: str, xml: bytes, files: dict[str, bytes] | None = None, **kw: object
) -> httpx.Response:
    parts = [("xml_submission_file", ("submission.xml", xml, "text/xml"))]
    parts += [
        (name, (name, data, "application/octet-stream")) for name, data in (files or {}).items()
    ]
    return httpx.post(url, files=parts, timeout=10, **kw)  # type: ignore[arg-type]


def test_form_list_manifest_and_downloads(server: tuple[LiveServer, Team]) -> None:
    srv, team = server
    headers = bearer(team, "enum_a") | {"X-OpenRosa-Version": "1.0"}
    r = httpx.get(srv.url + "/formList", headers=headers)
    assert r.status_code == 200 and r.headers["x-openrosa-version"] == "1.0"
    assert r.headers["content-type"].startswith("text/xml")
    root = SafeET.fromstring(r.content)
    forms = root.findall("x:xform", NS)
    assert len(forms) == 1
    form = forms[0]
    assert form.findtext("x:formID", namespaces=NS) == "hh"
    assert form.findtext("x:name", namespaces=NS) == "Household"
    assert form.findtext("x:version", namespaces=NS) == "7"
    xml = httpx.get(form.findtext("x:downloadUrl", namespaces=NS), headers=headers)
    assert xml.content == XFORM
    assert form.findtext("x:hash", namespaces=NS) == "md5:" + hashlib.md5(XFORM).hexdigest()
    manifest = httpx.get(form.findtext("x:manifestUrl", namespaces=NS), headers=headers)
    media = SafeET.fromstring(manifest.content).findall("m:mediaFile", NS)
    assert [m.findtext("m:filename", namespaces=NS) for m in media] == ["places.csv"]
    data = httpx.get(media[0].findtext("m:downloadUrl", namespaces=NS), headers=headers).content
    assert data == b"name,label\na,A\n"
    assert media[0].findtext("m:hash", namespaces=NS) == "md5:" + hashlib.md5(data).hexdigest()
    # other project's admin sees none of it; unauthenticated gets a challenge
    other = httpx.get(srv.url + "/formList", headers=bearer(team, "other_admin"))
    assert SafeET.fromstring(other.content).findall("x:xform", NS) == []
    assert httpx.get(srv.url + "/formList").status_code == 401


def test_head_then_post_duplicate_conflict_and_edit(server: tuple[LiveServer, Team]) -> None:
    srv, team = server
    headers = bearer(team, "enum_a")
    anon = httpx.head(srv.url + "/submission")
    assert anon.status_code == 401
    challenges = anon.headers.get_list("www-authenticate")
    assert any(c.startswith("Digest ") for c in challenges)
    assert any(c.startswith("Basic ") for c in challenges)
    head = httpx.head(srv.url + "/submission", headers=headers)
    assert head.status_code == 204
    assert int(head.headers["x-openrosa-accept-content-length"]) > 1_000_000
    iid = f"uuid:{uuid.uuid4()}"
    first = post(srv.url + "/submission", submission(iid), headers=headers)
    assert first.status_code == 201
    body = SafeET.fromstring(first.content)
    assert body.tag == "{http://openrosa.org/http/response}OpenRosaResponse"
    assert post(srv.url + "/submission", submission(iid), headers=headers).status_code == 201
    conflict = post(srv.url + "/submission", submission(iid, "Bea"), headers=headers)
    assert conflict.status_code == 409
    edit_id = f"uuid:{uuid.uuid4()}"
    edit = post(srv.url + "/submission", submission(edit_id, "Bea", iid), headers=headers)
    assert edit.status_code == 201
    old = team.storage.get_submission(team.principal("enum_a"), iid)
    new = team.storage.get_submission(team.principal("enum_a"), edit_id)
    assert old is not None and new is not None
    assert old.superseded_by == edit_id and new.review_state == "edited"
    assert new.deprecated_id == iid and new.format == "openrosa"


def test_attachments_split_across_posts(server: tuple[LiveServer, Team]) -> None:
    srv, team = server
    headers = bearer(team, "enum_a")
    iid = f"uuid:{uuid.uuid4()}"
    xml = submission(iid)
    assert post(srv.url + "/submission", xml, {"a.jpg": b"AAA"}, headers=headers).status_code == 201
    assert post(srv.url + "/submission", xml, {"b.jpg": b"BBB"}, headers=headers).status_code == 201
    bad = post(srv.url + "/submission", xml, {"a.jpg": b"changed"}, headers=headers)
    assert bad.status_code == 409
    meta = team.storage.get_submission(team.principal("enum_a"), iid)
    assert meta is not None and [a.name for a in meta.attachments] == ["a.jpg", "b.jpg"]


def test_basic_digest_and_token_urls(server: tuple[LiveServer, Team]) -> None:
    srv, team = server
    digest = httpx.DigestAuth("collect", "s3cret-pw")
    iid = f"uuid:{uuid.uuid4()}"
    r = post(srv.url + "/submission", submission(iid), auth=digest)
    assert r.status_code == 201
    assert (
        post(srv.url + "/submission", submission(iid), auth=("collect", "s3cret-pw")).status_code
        == 201
    )
    assert (
        httpx.get(srv.url + "/formList", auth=httpx.DigestAuth("collect", "wrong")).status_code
        == 401
    )
    # Basic with a token as the password
    token_auth = ("enum_a", team.tokens["enum_a"])
    assert httpx.get(srv.url + "/formList", auth=token_auth).status_code == 200
    assert (
        httpx.get(srv.url + "/formList", auth=("enum_b", team.tokens["enum_a"])).status_code == 401
    )
    # ODK Central layout and app-user token URLs
    pid = team.principal("enum_a").project_id
    key_base = f"{srv.url}/v1/key/{team.tokens['enum_a']}/projects/{pid}"
    listing = httpx.get(key_base + "/formList")
    assert listing.status_code == 200 and f"/v1/key/{team.tokens['enum_a']}/" in listing.text
    r = post(key_base + "/submission", submission(f"uuid:{uuid.uuid4()}"))
    assert r.status_code == 201
    assert (
        httpx.get(
            f"{srv.url}/v1/key/fa1_nope-nope-nope-nope-nope/projects/{pid}/formList"
        ).status_code
        == 401
    )
    wrong_project = httpx.get(
        f"{srv.url}/v1/projects/{pid + 1}/formList", headers=bearer(team, "enum_a")
    )
    assert wrong_project.status_code == 404
    central = httpx.get(f"{srv.url}/v1/projects/{pid}/formList", headers=bearer(team, "enum_a"))
    assert central.status_code == 200


def test_malformed_submissions_are_refused(server: tuple[LiveServer, Team]) -> None:
    srv, team = server
    headers = bearer(team, "enum_a")
    url = srv.url + "/submission"
    no_xml = httpx.post(url, files={"other": ("x.jpg", b"1")}, headers=headers)
    assert no_xml.status_code == 400
    assert post(url, b"<data id='hh'><meta/></data>", headers=headers).status_code == 400
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<data id='hh'><n>&e;</n><meta><instanceID>uuid:1</instanceID></meta></data>"
    )
    assert post(url, xxe, headers=headers).status_code == 400
    assert post(url, b"not xml", headers=headers).status_code == 400
    iid = f"uuid:{uuid.uuid4()}"
    evil = post(url, submission(iid), {"../../etc/x.jpg": b"1"}, headers=headers)
    assert evil.status_code == 201  # reduced to its base name, never used as a path
    meta = team.storage.get_submission(team.principal("enum_a"), iid)
    assert meta is not None and [a.name for a in meta.attachments] == ["x.jpg"]
    hidden = post(url, submission(f"uuid:{uuid.uuid4()}"), {".htaccess": b"1"}, headers=headers)
    assert hidden.status_code == 400
    assert team.storage.push(team.principal("enum_a"), [])[:1] == []
    assert ItemStatus.CREATED.value == "created"
