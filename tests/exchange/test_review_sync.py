"""Review decisions go up with sync, routing metadata and paradata come down (real server).

The supervisor decides offline (fieldapp.core.review.decisions), the engine pushes each decision
(``ReviewIn``) and drops it from the profile's queue only after the server's 201; a reply lost
after the server stored it is retried and stored once; the enumerator then pulls the decisions.
"""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

import requests

from fieldapp.core.review.decisions import approve, mark_has_issues, return_to_enumerator
from sync import transfer
from sync.client import project_keys
from sync.client.batch import BatchClient
from sync.client.engine import FieldappTarget, RetryPolicy, SyncEngine, SyncReport
from sync.client.safe_http import BearerToken
from tests.sync_client.conftest import KEY_PASSPHRASE, ServerEnv
from tests.sync_client.device import Device, make_device
from tests.sync_client.fault_proxy import Fault, FaultProxy, Request

FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.05, max_delay=0.2)


def _supervisor(env: ServerEnv, root: Path) -> Device:
    sue = make_device(root / "sue", "sue", "supervisor")
    assert env.key_file is not None
    project_keys.import_key(sue.session, env.key_file, passphrase=KEY_PASSPHRASE)
    return sue


def _sync(dev: Device, url: str, token: str, *, keys: bool = False) -> SyncReport:
    target = FieldappTarget(
        BatchClient(url, BearerToken(token)),
        project_keys=project_keys.private_keys(dev.session) if keys else None,
    )
    return SyncEngine(dev.store, target, retry=FAST_RETRY).run()


def _reviews(env: ServerEnv, iid: str) -> list[dict[str, object]]:
    r = requests.get(
        f"{env.url}/api/v1/submissions/{iid}/reviews",
        headers={"Authorization": f"Bearer {env.tokens['sue']}"},
        timeout=10,
    )
    r.raise_for_status()
    return list(r.json())


def test_decisions_round_trip_with_routing_and_paradata(
    server_env: ServerEnv, tmp_path: Path
) -> None:
    ana = make_device(tmp_path / "ana", "ana")
    ids = []
    for text in ("to fix", "fine", "odd"):
        iid = f"uuid:{uuid.uuid4()}"
        ana.session.record_audit(
            iid, [{"event": "question", "node": "/data/name", "start": 1000, "end": 61000}]
        )
        ids.append(ana.finalize(text, iid=iid))
    assert _sync(ana, server_env.url, server_env.tokens["ana"]).sent == 3
    # the project key came with the sync: this enumerator can now write USB files offline
    held = project_keys.public_key(ana.session)
    assert held is not None and held.project == "default"

    sue = _supervisor(server_env, tmp_path)
    pulled = _sync(sue, server_env.url, server_env.tokens["sue"], keys=True)
    assert pulled.ok, pulled.errors
    for iid in ids:
        record = sue.session.load(iid)
        assert record.status == "received" and record.routing is not None
        assert (record.routing.enumerator, record.routing.team) == ("ana", "north")
        assert record.routing.received_at
        audit = {a.name: a.data for a in sue.session.list_attachments(iid)}["audit.csv"]
        rows = list(csv.DictReader(io.StringIO(audit.decode())))
        assert rows == [
            {
                "event": "question",
                "node": "/data/name",
                "start": "1000",
                "end": "61000",
                "old-value": "",
                "new-value": "",
            }
        ]
        assert sue.session.review_details(iid) is not None  # flags were computed on receipt

    return_to_enumerator(
        sue.session,
        ids[0],
        reviewer="sue",
        comment="age missing",
        question_comments={"/data/age": "ask again"},
    )
    approve(sue.session, ids[1], reviewer="sue")
    mark_has_issues(sue.session, ids[2], reviewer="sue", comment="check later")
    assert len(sue.session.pending_reviews()) == 3
    pushed = _sync(sue, server_env.url, server_env.tokens["sue"], keys=True)
    assert pushed.ok and pushed.decisions_sent == 3, pushed
    assert sue.session.pending_reviews() == []
    assert [r["decision"] for r in _reviews(server_env, ids[0])] == ["returned"]
    assert _reviews(server_env, ids[0])[0]["question_comments"] == {"/data/age": "ask again"}
    again = _sync(sue, server_env.url, server_env.tokens["sue"], keys=True)
    assert again.decisions_sent == 0 and len(_reviews(server_env, ids[1])) == 1

    back = _sync(ana, server_env.url, server_env.tokens["ana"])
    assert back.ok
    record = ana.session.load(ids[0])
    assert record.status == "returned"
    assert {(c.ref, c.text) for c in record.comments} == {
        ("", "age missing"),
        ("/data/age", "ask again"),
    }
    assert ana.status(ids[1]) == "approved"
    assert ana.status(ids[2]) == "sent"  # has_issues stays with the supervisor


def test_lost_reply_stores_the_decision_once(server_env: ServerEnv, tmp_path: Path) -> None:
    ana = make_device(tmp_path / "ana", "ana")
    iid = ana.finalize("lost reply")
    assert _sync(ana, server_env.url, server_env.tokens["ana"]).sent == 1
    sue = _supervisor(server_env, tmp_path)
    assert _sync(sue, server_env.url, server_env.tokens["sue"], keys=True).ok
    approve(sue.session, iid, reviewer="sue", comment="good")
    seen: list[str] = []

    def policy(request: Request) -> Fault:
        if request.method == "POST" and request.path.endswith("/reviews"):
            seen.append(request.path)
            return Fault.RESET_AFTER_COMMIT if len(seen) == 1 else Fault.PASS
        return Fault.PASS

    with FaultProxy(server_env.server.port, policy) as proxy:
        report = _sync(sue, proxy.url, server_env.tokens["sue"], keys=True)
    assert len(seen) == 2  # the reply was lost, the engine tried again
    assert report.ok and report.decisions_sent == 1, report
    assert [r["comment"] for r in _reviews(server_env, iid)] == ["good"]
    assert sue.session.pending_reviews() == []


def test_decision_on_a_usb_submission_waits_for_it(server_env: ServerEnv, tmp_path: Path) -> None:
    assert server_env.key_file is not None
    bo = make_device(tmp_path / "bo", "bo")
    project_keys.import_key(bo.session, server_env.key_file)
    iid = bo.finalize("came by usb")
    transfer.export_outbox(bo.session, tmp_path / "bo.fatransfer")
    sue = _supervisor(server_env, tmp_path)
    transfer.import_file(sue.session, tmp_path / "bo.fatransfer")
    approve(sue.session, iid, reviewer="sue")
    report = _sync(sue, server_env.url, server_env.tokens["sue"], keys=True)
    assert report.ok and (report.decisions_sent, report.decisions_waiting) == (0, 1)
    assert [p.instance_id for p in sue.session.pending_reviews()] == [iid]
    # bo syncs later: the decision then goes up too
    assert _sync(bo, server_env.url, server_env.tokens["bo"]).sent == 1
    later = _sync(sue, server_env.url, server_env.tokens["sue"], keys=True)
    assert later.decisions_sent == 1 and sue.session.pending_reviews() == []
    assert [r["decision"] for r in _reviews(server_env, iid)] == ["approved"]


def test_changes_restricted_to_some_kinds(server_env: ServerEnv, tmp_path: Path) -> None:
    """What a field hub asks HQ for: forms and decisions, not the ciphertext it just sent."""
    ana = make_device(tmp_path / "ana", "ana")
    ana.finalize("kinds")
    assert _sync(ana, server_env.url, server_env.tokens["ana"]).sent == 1
    auth = {"Authorization": f"Bearer {server_env.tokens['sue']}"}
    every = requests.get(f"{server_env.url}/api/v1/changes?limit=1000", headers=auth, timeout=10)
    assert {c["kind"] for c in every.json()["changes"]} >= {"form", "submission"}
    some = requests.get(
        f"{server_env.url}/api/v1/changes?limit=1000&kinds=form,review", headers=auth, timeout=10
    )
    assert some.status_code == 200
    assert {c["kind"] for c in some.json()["changes"]} <= {"form", "review"}
    assert some.headers["ETag"] != every.headers["ETag"]
    client = BatchClient(server_env.url, BearerToken(server_env.tokens["sue"]))
    assert {c.kind for c in client.changes("", 1000, ("submission",)).changes} == {"submission"}
    client.close()
    bad = requests.get(f"{server_env.url}/api/v1/changes?kinds=secrets", headers=auth, timeout=10)
    assert bad.status_code == 422
