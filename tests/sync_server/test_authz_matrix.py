"""Authorization matrix: role x endpoint x owner, over real HTTP. 0 leaks, and access where due.

A submission owned by ``enum_a`` (team north) is probed by every kind of caller. Callers who may
not see it must get 401/403/404 and never its payload, hash or attachment; callers who may see it
must actually get it (so the test fails if authorization is simply denying everything).
"""

from __future__ import annotations

import base64
from collections.abc import Callable

import httpx
import pytest

from sync.protocol import PushRequest, SubmissionIn
from tests.sync_server.conftest import Team
from tests.sync_server.live_server import LiveServer

IID = "uuid:11111111-2222-3333-4444-555555555555"
SECRET = b"CIPHERTEXT-MARKER-7f3a"
ATTACHMENT = b"ATTACHMENT-MARKER-91c2"
CALLERS = [
    "enum_a",
    "enum_a2",
    "enum_b",
    "sup_a",
    "sup_b",
    "admin",
    "other_admin",
    "anon",
    "revoked",
]
READERS = {"enum_a", "sup_a", "admin"}
REVIEWERS = {"sup_a", "admin"}


@pytest.fixture
def world(
    sqlite_team: Team, live_server: Callable[..., LiveServer]
) -> tuple[LiveServer, Team, dict[str, dict[str, str]]]:
    team = sqlite_team
    team.storage.publish_form(
        "default",
        form_id="f1",
        version="1",
        title="F",
        xform=b"<x/>",
        media={"m.csv": b"a"},
        encrypted=False,
    )
    team.storage.publish_form(
        "other",
        form_id="secretform",
        version="1",
        title="S",
        xform=b"<s/>",
        media={"s.csv": b"s"},
        encrypted=False,
    )
    srv = live_server()
    headers = {name: {"Authorization": f"Bearer {team.tokens[name]}"} for name in team.tokens}
    headers["anon"] = {}
    from sync.server.credentials import new_token

    revoked = new_token()
    tid = team.storage.issue_token("admin", revoked)
    team.storage.revoke_token(tid)
    headers["revoked"] = {"Authorization": f"Bearer {revoked}"}
    item = SubmissionIn.build(
        instance_id=IID,
        form_id="f1",
        payload=SECRET,
        device_id="d1",
        attachments={"p.jpg": ATTACHMENT},
    )
    r = httpx.post(
        srv.url + "/api/v1/push",
        content=PushRequest(items=[item]).model_dump_json(),
        headers=headers["enum_a"] | {"Content-Type": "application/json"},
    )
    assert r.json()["results"][0]["status"] == "created"
    return srv, team, headers


def leaked(response: httpx.Response) -> bool:
    body = response.content
    markers = [
        SECRET,
        base64.b64encode(SECRET),
        ATTACHMENT,
        base64.b64encode(ATTACHMENT),
        IID.encode(),
    ]
    return any(m in body for m in markers)


def test_matrix(world: tuple[LiveServer, Team, dict[str, dict[str, str]]]) -> None:
    srv, _team, headers = world
    base = srv.url
    probes: dict[str, Callable[[dict[str, str]], httpx.Response]] = {
        "get": lambda h: httpx.get(f"{base}/api/v1/submissions/{IID}", headers=h),
        "attachment": lambda h: httpx.get(
            f"{base}/api/v1/submissions/{IID}/attachments/p.jpg", headers=h
        ),
        "reviews": lambda h: httpx.get(f"{base}/api/v1/submissions/{IID}/reviews", headers=h),
        "list": lambda h: httpx.get(f"{base}/api/v1/submissions", headers=h),
        "changes": lambda h: httpx.get(f"{base}/api/v1/changes", headers=h),
    }
    leaks: list[str] = []
    denied_where_due: list[str] = []
    for caller in CALLERS:
        h = headers[caller]
        for name, probe in probes.items():
            r = probe(h)
            may_read = caller in READERS and not (caller == "enum_a" and name == "changes")
            if may_read:
                if r.status_code != 200 or not (leaked(r) or name == "reviews"):
                    denied_where_due.append(f"{caller} {name} -> {r.status_code}")
            else:
                if leaked(r):
                    leaks.append(f"{caller} {name} -> {r.status_code}")
                if caller in {"anon", "revoked"} and r.status_code != 401:
                    leaks.append(f"{caller} {name} not 401 but {r.status_code}")
                hidden = name in {"get", "attachment", "reviews"}
                if hidden and caller not in {"anon", "revoked"} and r.status_code != 404:
                    leaks.append(f"{caller} {name} -> {r.status_code}, expected 404")
        # review decisions
        r = httpx.post(
            f"{base}/api/v1/submissions/{IID}/reviews", json={"decision": "has_issues"}, headers=h
        )
        expected = (
            201
            if caller in REVIEWERS
            else {"enum_a": 403, "enum_a2": 403, "enum_b": 403, "anon": 401, "revoked": 401}.get(
                caller, 404
            )
        )
        if r.status_code != expected:
            leaks.append(f"{caller} review -> {r.status_code}, expected {expected}")
        # pushing the same instanceID must not overwrite or reveal the owner's hash
        if caller not in {"enum_a", "anon", "revoked"}:
            other = SubmissionIn.build(
                instance_id=IID, form_id="f1", payload=b"evil", device_id="d2"
            )
            r = httpx.post(
                f"{base}/api/v1/push",
                content=PushRequest(items=[other]).model_dump_json(),
                headers=h | {"Content-Type": "application/json"},
            )
            result = r.json()["results"][0]
            if caller == "other_admin":  # another project is another namespace
                if result["status"] != "created":
                    leaks.append(f"{caller} push same id -> {result}")
            elif result["status"] != "conflict" or result["content_hash"] is not None:
                leaks.append(f"{caller} push same id -> {result}")
            files = [
                (
                    "xml_submission_file",
                    (
                        "s.xml",
                        f'<d id="f1"><meta><instanceID>{IID}</instanceID></meta></d>'.encode(),
                        "text/xml",
                    ),
                )
            ]
            r = httpx.post(f"{base}/submission", files=files, headers=h)
            if r.status_code != 409:
                leaks.append(f"{caller} openrosa same id -> {r.status_code}")
    # forms of another project are invisible
    for path in (
        "/api/v1/forms/secretform/versions/1/xform",
        "/api/v1/forms/secretform/versions/1/media/s.csv",
        "/forms/secretform/1/form.xml",
        "/forms/secretform/1/media/s.csv",
    ):
        r = httpx.get(base + path, headers=headers["admin"])
        if r.status_code != 404:
            leaks.append(f"admin {path} -> {r.status_code}")
    assert (
        httpx.get(base + "/api/v1/forms/f1/versions/1/xform", headers=headers["enum_b"]).content
        == b"<x/>"
    )
    assert (
        httpx.get(base + "/api/v1/forms", headers=headers["other_admin"]).json()["forms"][0][
            "form_id"
        ]
        == "secretform"
    )
    # the stored submission is untouched
    final = httpx.get(f"{base}/api/v1/submissions/{IID}", headers=headers["enum_a"]).json()
    assert base64.b64decode(final["payload_b64"]) == SECRET
    assert leaks == []
    assert denied_where_due == []
