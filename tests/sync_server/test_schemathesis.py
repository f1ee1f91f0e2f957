"""schemathesis against the served OpenAPI spec: no generated request may cause a 5xx.

Bounded: 30 examples per operation (coverage + fuzzing phases, 2 workers), about 20 s. Logout is
left out because it revokes the token the run uses (it has its own test in test_http_api.py).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx

from sync.protocol import PushRequest, SubmissionIn
from tests.sync_server.conftest import Team
from tests.sync_server.live_server import LiveServer


def test_no_server_errors(sqlite_team: Team, live_server: Callable[..., LiveServer]) -> None:
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
    srv = live_server()
    headers = {"Authorization": f"Bearer {team.tokens['admin']}"}
    item = SubmissionIn.build(instance_id="uuid:seed", form_id="f1", payload=b"x", device_id="d")
    httpx.post(
        srv.url + "/api/v1/push",
        content=PushRequest(items=[item]).model_dump_json(),
        headers=headers | {"Content-Type": "application/json"},
    ).raise_for_status()
    st = Path(sys.executable).with_name("st")
    done = subprocess.run(
        [
            str(st),
            "run",
            srv.url + "/openapi.json",
            "--checks",
            "not_a_server_error",
            "--max-examples",
            "30",
            "--workers",
            "2",
            "--phases",
            "examples,coverage,fuzzing",
            "--exclude-path",
            "/api/v1/logout",
            "--header",
            f"Authorization: Bearer {team.tokens['admin']}",
            "--seed",
            "20261123",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = done.stdout[-6000:] + done.stderr[-2000:]
    assert done.returncode == 0, report
    assert "Server error" not in done.stdout, report
    assert " generated, " in done.stdout and "passed" in done.stdout, report
    # the server is still healthy afterwards
    assert httpx.get(srv.url + "/api/v1/info").status_code == 200
