"""Batch API over real HTTP: push/pull, ETags, gzip both ways, size caps, login and tokens."""

from __future__ import annotations

import gzip
import socket
import uuid
from collections.abc import Callable, Iterator

import httpx
import pytest

from sync.protocol import (
    MAX_BATCH_ITEMS,
    MAX_BODY_BYTES,
    ChangesResponse,
    PushRequest,
    PushResponse,
    Role,
    SubmissionIn,
    content_hash,
)
from sync.server.credentials import hash_password
from sync.server.storage import Storage
from tests.sync_server.conftest import Team
from tests.sync_server.live_server import LiveServer


@pytest.fixture
def srv(sqlite_team: Team, live_server: Callable[..., LiveServer]) -> tuple[LiveServer, Team]:
    sqlite_team.storage.create_user(
        "default", "pw_user", Role.ENUMERATOR, ["north"], password_hash=hash_password("right-pw")
    )
    return live_server(), sqlite_team


def auth(team: Team, name: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {team.tokens[name]}"}


def item(payload: bytes = b"ciphertext", **kw: object) -> SubmissionIn:
    args: dict[str, object] = {
        "instance_id": f"uuid:{uuid.uuid4()}",
        "form_id": "f1",
        "payload": payload,
        "device_id": "dev-1",
    }
    args.update(kw)
    return SubmissionIn.build(**args)  # type: ignore[arg-type]


def push(
    url: str, headers: dict[str, str], items: list[SubmissionIn], gz: bool = False
) -> httpx.Response:
    body = PushRequest(items=items).model_dump_json().encode()
    hdrs = headers | {"Content-Type": "application/json"}
    if gz:
        body = gzip.compress(body)
        hdrs["Content-Encoding"] = "gzip"
    return httpx.post(url + "/api/v1/push", content=body, headers=hdrs, timeout=30)


def test_push_pull_review_roundtrip_with_etag_and_gzip(srv: tuple[LiveServer, Team]) -> None:
    server, team = srv
    items = [item(attachments={"photo.jpg": b"\xff\xd8"}) for _ in range(20)]
    r = push(server.url, auth(team, "enum_a"), items, gz=True)
    assert r.status_code == 200
    receipts = PushResponse.model_validate_json(r.content).results
    assert [x.status for x in receipts] == ["created"] * 20
    assert [x.content_hash for x in receipts] == [i.content_hash for i in items]
    again = PushResponse.model_validate_json(push(server.url, auth(team, "enum_a"), items).content)
    assert {x.status for x in again.results} == {"duplicate"}

    pulled = httpx.get(
        server.url + "/api/v1/changes", headers=auth(team, "sup_a") | {"Accept-Encoding": "gzip"}
    )
    assert pulled.status_code == 200 and pulled.headers.get("content-encoding") == "gzip"
    feed = ChangesResponse.model_validate_json(pulled.content)
    assert [c.submission.instance_id for c in feed.changes if c.submission] == [
        i.instance_id for i in items
    ]
    etag = pulled.headers["etag"]
    cached = httpx.get(
        server.url + "/api/v1/changes", headers=auth(team, "sup_a") | {"If-None-Match": etag}
    )
    assert cached.status_code == 304 and cached.content == b""

    target = items[3].instance_id
    review = httpx.post(
        f"{server.url}/api/v1/submissions/{target}/reviews",
        json={"decision": "returned", "comment": "check q3", "question_comments": {"/d/q3": "?"}},
        headers=auth(team, "sup_a"),
    )
    assert review.status_code == 201
    # the feed moved on: the old ETag no longer matches
    moved = httpx.get(
        server.url + "/api/v1/changes", headers=auth(team, "sup_a") | {"If-None-Match": etag}
    )
    assert moved.status_code == 200
    enum_feed = ChangesResponse.model_validate_json(
        httpx.get(server.url + "/api/v1/changes", headers=auth(team, "enum_a")).content
    )
    reviews = [c.review for c in enum_feed.changes if c.review]
    assert len(reviews) == 1 and reviews[0].instance_id == target
    assert reviews[0].comment == "check q3" and reviews[0].review_state == "returned"
    # and with the cursor, nothing new
    after = httpx.get(
        server.url + "/api/v1/changes",
        params={"since": enum_feed.cursor},
        headers=auth(team, "enum_a"),
    )
    assert ChangesResponse.model_validate_json(after.content).changes == []
    att = httpx.get(
        f"{server.url}/api/v1/submissions/{target}/attachments/photo.jpg",
        headers=auth(team, "sup_a"),
    )
    assert att.content == b"\xff\xd8"


def test_hash_mismatch_is_rejected_per_item(srv: tuple[LiveServer, Team]) -> None:
    server, team = srv
    good = item()
    tampered = good.model_copy(update={"content_hash": content_hash(b"something else")})
    body = PushRequest(items=[tampered, item()]).model_dump_json()
    r = httpx.post(
        server.url + "/api/v1/push",
        content=body,
        headers=auth(team, "enum_a") | {"Content-Type": "application/json"},
    )
    results = PushResponse.model_validate_json(r.content).results
    assert [x.status for x in results] == ["rejected", "created"]
    assert results[0].error_code == "hash_mismatch"


def test_size_caps(srv: tuple[LiveServer, Team]) -> None:
    server, team = srv
    url = server.url + "/api/v1/push"
    hdrs = auth(team, "enum_a") | {"Content-Type": "application/json"}
    # gzip bomb: 65 MiB of zeros in ~65 KB
    bomb = gzip.compress(b"0" * (MAX_BODY_BYTES + 1024 * 1024))
    r = httpx.post(url, content=bomb, headers=hdrs | {"Content-Encoding": "gzip"})
    assert r.status_code == 413
    # declared too large: refused before reading
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /api/v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Authorization: {hdrs['Authorization']}\r\n".encode()
            + f"Content-Length: {MAX_BODY_BYTES + 1}\r\n\r\n".encode()
        )
        assert sock.recv(4096).startswith(b"HTTP/1.1 413")

    def chunks() -> Iterator[bytes]:
        block = b" " * (1024 * 1024)
        for _ in range(MAX_BODY_BYTES // len(block) + 2):
            yield block

    r = httpx.post(url, content=chunks(), headers=hdrs, timeout=60)
    assert r.status_code == 413
    too_many = [item().model_dump() for _ in range(MAX_BATCH_ITEMS + 1)]
    r = httpx.post(url, json={"items": too_many}, headers=auth(team, "enum_a"), timeout=60)
    assert r.status_code == 422
    bad_b64 = item().model_dump() | {"payload_b64": "!!notbase64!!"}
    r = httpx.post(
        url, json={"items": [bad_b64, item().model_dump()]}, headers=auth(team, "enum_a")
    )
    assert r.status_code == 200
    assert [x["status"] for x in r.json()["results"]] == ["rejected", "created"]
    assert r.json()["results"][0]["error_code"] == "bad_base64"
    assert httpx.post(url, content=b"{not json", headers=hdrs).status_code == 422
    r = httpx.post(url, content=b"{}", headers=hdrs | {"Content-Encoding": "br"})
    assert r.status_code == 415
    r = httpx.post(url, content=b"garbage", headers=hdrs | {"Content-Encoding": "gzip"})
    assert r.status_code == 400


def test_login_rate_limit_logout_and_revocation(srv: tuple[LiveServer, Team]) -> None:
    server, _ = srv
    login = server.url + "/api/v1/login"
    ok = httpx.post(login, json={"username": "pw_user", "password": "right-pw", "device_id": "d9"})
    assert ok.status_code == 200
    token = ok.json()["token"]
    me = httpx.get(server.url + "/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["device_id"] == "d9" and me.json()["teams"] == ["north"]
    # token is bound to device d9
    r = push(server.url, {"Authorization": f"Bearer {token}"}, [item(device_id="other")])
    assert r.json()["results"][0]["error_code"] == "device_mismatch"
    codes = [
        httpx.post(login, json={"username": "pw_user", "password": f"bad{i}"}).status_code
        for i in range(11)
    ]
    assert codes[:10] == [401] * 10 and codes[10] == 429
    blocked = httpx.post(login, json={"username": "pw_user", "password": "right-pw"})
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    # Basic auth shares the same throttle (same user + IP)
    assert httpx.get(server.url + "/formList", auth=("pw_user", "right-pw")).status_code == 429
    out = httpx.post(server.url + "/api/v1/logout", headers={"Authorization": f"Bearer {token}"})
    assert out.status_code == 204
    assert (
        httpx.get(
            server.url + "/api/v1/me", headers={"Authorization": f"Bearer {token}"}
        ).status_code
        == 401
    )


def test_openapi_and_info_are_served(srv: tuple[LiveServer, Team]) -> None:
    server, _ = srv
    spec = httpx.get(server.url + "/openapi.json").json()
    assert "/api/v1/push" in spec["paths"] and "/submission" in spec["paths"]
    info = httpx.get(server.url + "/api/v1/info").json()
    assert info["limits"]["max_batch_items"] == MAX_BATCH_ITEMS


def test_forms_and_keys_etags(srv: tuple[LiveServer, Team]) -> None:
    server, team = srv
    h = auth(team, "enum_a")
    first = httpx.get(server.url + "/api/v1/forms", headers=h)
    assert first.status_code == 200 and first.json()["forms"] == []
    again = httpx.get(
        server.url + "/api/v1/forms", headers=h | {"If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    team.storage.publish_form(
        "default", form_id="f9", version="1", title="F", xform=b"<f/>", media={}, encrypted=False
    )
    changed = httpx.get(
        server.url + "/api/v1/forms", headers=h | {"If-None-Match": first.headers["etag"]}
    )
    assert changed.status_code == 200 and changed.json()["forms"][0]["form_id"] == "f9"
    xform = httpx.get(server.url + changed.json()["forms"][0]["xform_path"], headers=h)
    assert xform.content == b"<f/>"
    assert (
        httpx.get(
            server.url + changed.json()["forms"][0]["xform_path"],
            headers=h | {"If-None-Match": xform.headers["etag"]},
        ).status_code
        == 304
    )
    keys = httpx.get(server.url + "/api/v1/project/keys", headers=h)
    assert keys.json()["key_id"] is None
    cached = httpx.get(
        server.url + "/api/v1/project/keys", headers=h | {"If-None-Match": keys.headers["etag"]}
    )
    assert cached.status_code == 304
    team.storage.set_project_keys("default", "k1", b"x" * 32, b"der")
    fresh = httpx.get(
        server.url + "/api/v1/project/keys", headers=h | {"If-None-Match": keys.headers["etag"]}
    )
    assert fresh.status_code == 200 and fresh.json()["key_id"] == "k1"


def test_run_alone_creates_a_sqlite_database(tmp_path, live_server) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "fresh" / "server.db"
    db.parent.mkdir()
    srv = live_server(str(db))
    assert httpx.get(srv.url + "/api/v1/info").status_code == 200
    assert Storage.open(str(db)).schema_version() == 1
