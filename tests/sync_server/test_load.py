"""Reduced load run (the full 200 x 50 is tests/benchmarks/bench_server.py) and stateless processes.

Budget: about 15 s. SQLite with one app process; PostgreSQL with two app processes on one
database, clients spread over both.
"""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

from sync.protocol import ChangesResponse, PushRequest, Role, SubmissionIn
from sync.server.credentials import hash_password
from sync.server.storage import Storage
from tests.benchmarks.bench_server import prepare, run_load
from tests.pg_server import PostgresServer
from tests.sync_server.conftest import seed
from tests.sync_server.live_server import LiveServer


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_concurrent_clients_lose_nothing(
    backend: str, tmp_path, request: pytest.FixtureRequest
) -> None:  # type: ignore[no-untyped-def]
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'load.db'}"
        processes = 1
    else:
        pg: PostgresServer = request.getfixturevalue("pg_server")
        url = pg.create_database(f"load_{uuid.uuid4().hex[:8]}")
        processes = 2
    tokens = prepare(url, 40)
    servers = [LiveServer(url).start() for _ in range(processes)]
    try:
        result = run_load(backend, url, [s.url for s in servers], tokens, per_client=10, batch=5)
    finally:
        for s in servers:
            s.stop()
    print(
        f"\nload[{backend}, {processes} process(es)] 40 clients x 10: lost {result.lost}, "
        f"duplicated {result.duplicated}, p50 {result.p50_ms:.0f} ms, p99 {result.p99_ms:.0f} ms"
    )
    assert result.stored == 400 and result.lost == 0 and result.duplicated == 0


@pytest.mark.postgres
def test_two_processes_share_all_state(pg_server: PostgresServer) -> None:
    url = pg_server.create_database(f"multi_{uuid.uuid4().hex[:8]}")
    storage = Storage.open(url, check_schema=False)
    storage.initialise()
    team = seed(storage)
    storage.create_user(
        "default", "pw", Role.ENUMERATOR, ["north"], password_hash=hash_password("good")
    )
    a, b = LiveServer(url).start(), LiveServer(url).start()
    try:
        enum = {"Authorization": f"Bearer {team.tokens['enum_a']}"}
        sup = {"Authorization": f"Bearer {team.tokens['sup_a']}"}
        item = SubmissionIn.build(
            instance_id=f"uuid:{uuid.uuid4()}", form_id="f1", payload=b"c", device_id="d"
        )
        body = PushRequest(items=[item]).model_dump_json()
        r = httpx.post(
            a.url + "/api/v1/push",
            content=body,
            headers=enum | {"Content-Type": "application/json"},
        )
        assert r.json()["results"][0]["status"] == "created"
        # the other process sees it, and a retry there is a duplicate, not a second copy
        r = httpx.post(
            b.url + "/api/v1/push",
            content=body,
            headers=enum | {"Content-Type": "application/json"},
        )
        assert r.json()["results"][0]["status"] == "duplicate"
        feed = ChangesResponse.model_validate_json(
            httpx.get(b.url + "/api/v1/changes", headers=sup).content
        )
        assert [c.submission.instance_id for c in feed.changes if c.submission] == [
            item.instance_id
        ]
        review = httpx.post(
            f"{b.url}/api/v1/submissions/{item.instance_id}/reviews",
            json={"decision": "approved"},
            headers=sup,
        )
        assert review.status_code == 201
        mine = ChangesResponse.model_validate_json(
            httpx.get(a.url + "/api/v1/changes", headers=enum).content
        )
        assert [c.review.decision for c in mine.changes if c.review] == ["approved"]
        # revocation and login throttling hold across processes (state is in the database)
        login = {"username": "pw", "password": "bad"}
        for k in range(10):
            httpx.post((a if k % 2 else b).url + "/api/v1/login", json=login)
        blocked = httpx.post(a.url + "/api/v1/login", json={"username": "pw", "password": "good"})
        assert blocked.status_code == 429
        tok = storage.list_tokens("enum_a")[0]["id"]
        storage.revoke_token(tok)
        for srv in (a, b):
            assert httpx.get(srv.url + "/api/v1/me", headers=enum).status_code == 401
        # a process restart loses nothing: all state is in PostgreSQL
        a.stop()
        time.sleep(0.2)
        a.start()
        assert httpx.get(a.url + "/api/v1/changes", headers=sup).status_code == 200
    finally:
        a.stop()
        b.stop()
        storage.close()


@pytest.mark.postgres
def test_database_outage_is_503_and_the_server_survives(pg_server: PostgresServer) -> None:
    own = PostgresServer.start()  # a private instance we can take down
    try:
        url = own.create_database("outage")
        storage = Storage.open(url, check_schema=False)
        storage.initialise()
        team = seed(storage)
        storage.close()
        with LiveServer(url) as srv:
            h = {
                "Authorization": f"Bearer {team.tokens['enum_a']}",
                "Content-Type": "application/json",
            }
            item = SubmissionIn.build(
                instance_id="uuid:o1", form_id="f1", payload=b"c", device_id="d"
            )
            body = PushRequest(items=[item]).model_dump_json()
            assert httpx.post(srv.url + "/api/v1/push", content=body, headers=h).status_code == 200
            own.stop()
            down = httpx.post(srv.url + "/api/v1/push", content=body, headers=h, timeout=60)
            assert down.status_code == 503 and down.headers["retry-after"] == "5"
            assert httpx.get(srv.url + "/api/v1/info").status_code == 200
    finally:
        own.stop()
