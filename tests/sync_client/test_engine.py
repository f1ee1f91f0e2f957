"""The sync engine with a real encrypted profile and the real server (no fault injection here)."""

from __future__ import annotations

import base64
import sqlite3
import threading
import uuid
from pathlib import Path

import requests

from sync import envelope
from sync.client.batch import BatchClient
from sync.client.engine import FieldappTarget, Progress, RetryPolicy, SyncEngine, SyncReport
from sync.client.openrosa import OpenRosaClient
from sync.client.safe_http import BearerToken, HttpSettings
from sync.protocol import open_project_key_file
from tests.sync_client.conftest import KEY_PASSPHRASE, ServerEnv
from tests.sync_client.device import make_device
from tests.sync_client.server_truth import (
    db_path,
    files_containing,
    stored_hashes,
    stored_submissions,
)


def _api(env: ServerEnv, user: str, method: str, path: str, **kw: object) -> requests.Response:
    r = requests.request(
        method,
        f"{env.url}/api/v1/{path}",
        headers={"Authorization": f"Bearer {env.tokens[user]}"},
        timeout=10,
        **kw,  # type: ignore[arg-type]
    )
    r.raise_for_status()
    return r


def test_push_pull_and_e2e(server_env: ServerEnv, tmp_path: Path) -> None:
    device = make_device(tmp_path)
    marker = f"MARKER-E2E-{uuid.uuid4().hex[:10]}"
    ids = [
        device.finalize(f"{marker} {i}", photo=f"{marker} photo".encode() * 20) for i in range(4)
    ]
    events: list[Progress] = []
    engine = device.engine(server_env.url, server_env.tokens["ana"], progress=events.append)
    report = engine.run()
    assert report.ok, report
    assert (report.sent, report.failed) == (4, 0)
    assert report.received >= 1  # the published form (and its media) came down
    assert device.outbox_ids() == set() and device.sent_ids() >= set(ids)
    hashes = stored_hashes(server_env.db)
    for iid in ids:
        assert device.session.load(iid).receipt_hash == hashes[iid]
    assert events[0].phase == "connect" and events[-1].phase == "done"
    assert {e.instance_id for e in events if e.state == "sent"} == set(ids)
    forms = device.session.list_forms("household")
    assert forms and "villages.csv" in forms[0].media_names
    # the server holds ciphertext only; the supervisor's key file opens it
    assert files_containing(server_env.db, marker.encode()) == []
    changes = _api(server_env, "sue", "GET", "changes?limit=1000").json()["changes"]
    subs = {
        c["submission"]["instance_id"]: c["submission"]
        for c in changes
        if c["kind"] == "submission" and c["submission"]["instance_id"] in ids
    }
    assert server_env.key_file is not None
    keys = open_project_key_file(server_env.key_file, KEY_PASSPHRASE)
    device_key = device.store.device_key()
    for iid in ids:
        meta = subs[iid]
        files = {
            a["name"]: _api(
                server_env, "sue", "GET", f"submissions/{iid}/attachments/{a['name']}"
            ).content
            for a in meta["attachments"]
        }
        opened = envelope.open_envelope(
            base64.b64decode(meta["payload_b64"]),
            base64.b64decode(keys.x25519_private_raw_b64),
            attachments=files,
            expect={"instance_id": iid, "form_id": meta["form_id"], "device_id": meta["device_id"]},
            trusted_device_keys={device_key.device_id: device_key.public_bytes()},
        )
        assert marker.encode() in opened.xml
        assert opened.xml == device.session.load(iid).xml
    # a second sync has nothing to do
    again = device.engine(server_env.url, server_env.tokens["ana"]).run()
    assert (again.sent, again.failed, again.received) == (0, 0, 0)


def test_review_decisions_come_back(server_env: ServerEnv, tmp_path: Path) -> None:
    device = make_device(tmp_path)
    back, ok = device.finalize("to fix"), device.finalize("fine")
    assert device.engine(server_env.url, server_env.tokens["ana"]).run().sent == 2
    _api(
        server_env,
        "sue",
        "POST",
        f"submissions/{back}/reviews",
        json={
            "decision": "returned",
            "comment": "age missing",
            "question_comments": {"/data/age": "ask again"},
        },
    )
    _api(server_env, "sue", "POST", f"submissions/{ok}/reviews", json={"decision": "approved"})
    report = device.engine(server_env.url, server_env.tokens["ana"]).run()
    assert report.ok and report.received == 2
    record = device.session.load(back)
    assert record.status == "returned"
    assert {(c.ref, c.text) for c in record.comments} == {
        ("", "age missing"),
        ("/data/age", "ask again"),
    }
    assert device.status(ok) == "approved"
    # pulled again from the start (cursor lost): nothing applied twice
    device.session.set_cursor(f"fieldapp:{server_env.url}", "")
    assert device.engine(server_env.url, server_env.tokens["ana"]).run().received == 0
    assert len(device.session.load(back).comments) == 2


def test_offline_keeps_everything(tmp_path: Path) -> None:
    device = make_device(tmp_path)
    ids = {device.finalize("x"), device.finalize("y")}
    naps: list[float] = []
    engine = device.engine(
        "http://127.0.0.1:9",  # discard port: nothing listens
        "fa1_token",
        settings=HttpSettings(connect_timeout=0.5),
        retry=RetryPolicy(attempts=3, base_delay=0.01),
        sleep=naps.append,
    )
    report = engine.run()
    assert report.offline and report.failed == 2 and report.sent == 0
    assert len(naps) == 2  # backed off between the three attempts
    assert device.outbox_ids() == ids


def test_server_restart_mid_sync(server_env: ServerEnv, tmp_path: Path) -> None:
    """The server goes down after the first batch; the engine backs off and finishes."""
    device = make_device(tmp_path)
    ids = [device.finalize(f"r{i}", photo=bytes([i]) * 2000) for i in range(6)]
    restarted = threading.Event()

    def on_progress(p: Progress) -> None:
        if p.state == "sent" and not restarted.is_set():
            restarted.set()
            server_env.server.stop()
            threading.Timer(0.5, server_env.server.start).start()

    engine = device.engine(
        server_env.url,
        server_env.tokens["ana"],
        push_budget=4000,  # about one interview per request
        retry=RetryPolicy(attempts=40, base_delay=0.2, max_delay=2.0),  # a slow restart
        settings=HttpSettings(connect_timeout=1, read_timeout=5),
        progress=on_progress,
    )
    report = engine.run()
    assert restarted.is_set()
    assert report.ok and report.sent == 6, report
    counts = stored_submissions(server_env.db)
    assert all(counts[i] == 1 for i in ids)
    assert device.outbox_ids() == set()


def test_supervisor_pulls_and_decrypts_team_submissions(
    server_env: ServerEnv, tmp_path: Path
) -> None:
    """Team submissions come down as ciphertext and are opened on the supervisor's laptop;
    one altered on the server is refused (N121), reported, and retried at the next sync."""
    enum = make_device(tmp_path / "ana")
    marker = f"MARKER-SUP-{uuid.uuid4().hex[:8]}"
    ids = [enum.finalize(f"{marker} {i}", photo=f"photo {i}".encode() * 30) for i in range(3)]
    assert enum.engine(server_env.url, server_env.tokens["ana"]).run().sent == 3
    phone = OpenRosaClient(server_env.url, BearerToken(server_env.tokens["bo"]))
    or_id = f"uuid:{uuid.uuid4()}"
    or_xml = (
        f"<data id='household' version='2024010101'><name>{marker} phone</name>"
        f"<meta><instanceID>{or_id}</instanceID></meta></data>"
    ).encode()
    phone.submit(or_xml, {"a.jpg": b"phone photo"}, instance_id=or_id)

    db = sqlite3.connect(db_path(server_env.db))
    original = db.execute(
        "SELECT payload FROM submissions WHERE instance_id = ?", (ids[2],)
    ).fetchone()[0]
    bad = bytearray(original)
    bad[10 + int.from_bytes(original[6:10], "big") + 5] ^= 0x04  # inside the body ciphertext
    db.execute("UPDATE submissions SET payload = ? WHERE instance_id = ?", (bytes(bad), ids[2]))
    db.commit()

    assert server_env.key_file is not None
    keys = open_project_key_file(server_env.key_file, KEY_PASSPHRASE)
    sup = make_device(tmp_path / "sue", "sue", "supervisor")

    def pull() -> SyncReport:
        target = FieldappTarget(
            BatchClient(server_env.url, BearerToken(server_env.tokens["sue"])), project_keys=keys
        )
        return SyncEngine(sup.store, target, retry=RetryPolicy(attempts=2, base_delay=0.05)).run(
            push=False
        )

    report = pull()
    for iid in (ids[0], ids[1], or_id):
        record = sup.session.load(iid)
        assert record.status == "received"
    assert sup.session.load(ids[0]).xml == enum.session.load(ids[0]).xml
    got = {a.name: a.data for a in sup.session.list_attachments(ids[1])}
    assert got == {"p.jpg": b"photo 1" * 30}
    assert sup.session.load(or_id).xml == or_xml
    assert not sup.store.has_submission(ids[2])
    assert any(ids[2] in e and "[N121]" in e for e in report.errors), report.errors
    assert not report.ok
    key = f"fieldapp:{server_env.url}"
    assert sup.store.retry_list(key) == [ids[2]]

    db.execute("UPDATE submissions SET payload = ? WHERE instance_id = ?", (original, ids[2]))
    db.commit()
    db.close()
    again = pull()
    assert again.ok, again.errors
    assert sup.session.load(ids[2]).status == "received"
    assert sup.store.retry_list(key) == []
    # each pull prepared the export rows of what it brought (fieldapp.core.export.prepared)
    assert all(sup.session.load(i).prepared for i in ids), sup.session.prepared_counts("household")
    # the device key was pinned on first sight: a forged signer for that device is refused
    device_key = enum.store.device_key()
    assert sup.store.pinned_device_key(device_key.device_id) == device_key.public_bytes()
