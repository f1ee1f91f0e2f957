"""The engine pointed at an OpenRosa server (ODK Central layout), here fieldapp-server's own
OpenRosa endpoints: forms and media come down into the profile, submissions go up, in the ODK
encrypted format when the form carries a public key, through faults too."""

from __future__ import annotations

import base64
import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sync import odk_encryption as odk
from sync.client.engine import OpenRosaTarget, RetryPolicy, SyncEngine
from sync.client.openrosa import OpenRosaClient
from sync.client.safe_http import HttpSettings
from sync.protocol import open_project_key_file
from sync.server.storage import Storage
from tests.sync_client.conftest import KEY_PASSPHRASE, ServerEnv, make_server
from tests.sync_client.device import FORM_ID, Device, make_device
from tests.sync_client.fault_proxy import Fault, FaultProxy, random_policy
from tests.sync_client.server_truth import files_containing, stored_submissions


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerEnv]:
    env = make_server(tmp_path_factory.mktemp("central"))
    yield env
    env.server.stop()


def _project_id(env: ServerEnv) -> int:
    storage = Storage.open(env.db)
    try:
        return storage.project_id("default")
    finally:
        storage.close()


def _engine(device: Device, base_url: str, env: ServerEnv, **kw: object) -> SyncEngine:
    client = OpenRosaClient.central(
        base_url,
        _project_id(env),
        app_user_token=env.tokens["ana"],
        settings=kw.pop("settings", None),  # type: ignore[arg-type]
    )
    return SyncEngine(
        device.store,
        OpenRosaTarget(client),
        retry=kw.pop("retry", RetryPolicy(attempts=3, base_delay=0.05)),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def test_forms_down_submissions_up_plain(central: ServerEnv, tmp_path: Path) -> None:
    device = make_device(tmp_path)
    first = _engine(device, central.url, central).run(push=False)
    assert first.ok and first.received == 1
    forms = device.session.list_forms(FORM_ID)
    listed = OpenRosaClient.central(
        central.url, _project_id(central), app_user_token=central.tokens["ana"]
    ).form_list()
    assert forms[0].version == listed[0].version and forms[0].media_names == ("villages.csv",)
    assert _engine(device, central.url, central).run(push=False).received == 0  # unchanged
    iid = device.finalize("plain answer", photo=b"jpeg" * 50)  # version 2024010101: not encrypted
    report = _engine(device, central.url, central).run()
    assert report.ok and report.sent == 1
    assert stored_submissions(central.db)[iid] == 1
    assert device.session.load(iid).status == "sent"


ENCRYPTED = "2024020101"


def _publish_encrypted(env: ServerEnv) -> None:
    """Idempotent: the same form, media and key publish as "already published"."""
    env.publish(ENCRYPTED, {"villages.csv": b"name,label\nv9,Nine\n"}, encrypt=True)


def test_encrypted_form_uses_the_odk_format(central: ServerEnv, tmp_path: Path) -> None:
    _publish_encrypted(central)
    device = make_device(tmp_path)
    assert _engine(device, central.url, central).run(push=False).received == 1
    xml = device.session.get_form_xml(FORM_ID, ENCRYPTED)
    assert odk.form_public_key(xml)
    assert device.store.form_media(FORM_ID, ENCRYPTED, "villages.csv") == b"name,label\nv9,Nine\n"
    marker = f"MARKER-ODK-{uuid.uuid4().hex[:8]}"
    iid = f"uuid:{uuid.uuid4()}"
    body = (
        f'<data id="{FORM_ID}" version="{ENCRYPTED}"><name>{marker}</name><photo>p.jpg</photo>'
        f"<meta><instanceID>{iid}</instanceID></meta></data>"
    ).encode()
    device.session.put_attachment(iid, "p.jpg", marker.encode() * 10, "image/jpeg")
    device.session.finalize(iid, body, form_id=FORM_ID, form_version=ENCRYPTED)
    report = _engine(device, central.url, central).run(pull=False)
    assert report.ok and report.sent == 1
    assert files_containing(central.db, marker.encode()) == []
    # a supervisor reads it back with the project's RSA key
    headers = {"Authorization": f"Bearer {central.tokens['sue']}"}
    meta = requests.get(
        f"{central.url}/api/v1/submissions/{iid}", headers=headers, timeout=10
    ).json()
    changes = requests.get(f"{central.url}/api/v1/changes?limit=1000", headers=headers, timeout=10)
    manifest = next(
        base64.b64decode(c["submission"]["payload_b64"])
        for c in changes.json()["changes"]
        if c["kind"] == "submission" and c["submission"]["instance_id"] == iid
    )
    files = {
        a["name"]: requests.get(
            f"{central.url}/api/v1/submissions/{iid}/attachments/{a['name']}",
            headers=headers,
            timeout=10,
        ).content
        for a in meta["attachments"]
    }
    assert central.key_file is not None
    keys = open_project_key_file(central.key_file, KEY_PASSPHRASE)
    opened = odk.decrypt_submission(manifest, files, base64.b64decode(keys.rsa_private_pkcs8_b64))
    assert opened.xml == body and opened.attachments == {"p.jpg": marker.encode() * 10}


def test_openrosa_push_through_faults(central: ServerEnv, tmp_path: Path) -> None:
    """Resends after lost replies must be 201 (same bytes), never 409 conflicts."""
    _publish_encrypted(central)
    device = make_device(tmp_path)
    assert _engine(device, central.url, central).run(push=False).ok
    assert odk.form_public_key(device.session.get_form_xml(FORM_ID, ENCRYPTED))
    ids = [device.finalize(f"f{i}", photo=bytes([i]) * 500, version=ENCRYPTED) for i in range(12)]
    weights = {
        Fault.RESET_AFTER_COMMIT: 0.2,
        Fault.ERROR_AFTER_COMMIT: 0.1,
        Fault.TRUNCATE: 0.1,
        Fault.RESET_UPLOAD: 0.1,
        Fault.DUPLICATE: 0.1,
    }
    with FaultProxy(central.server.port) as proxy:
        proxy.policy = random_policy(random.Random(7), weights, only_paths=("/submission",))
        for _ in range(30):
            report = _engine(
                device,
                proxy.url,
                central,
                settings=HttpSettings(connect_timeout=1, read_timeout=2),
                retry=RetryPolicy(attempts=2, base_delay=0.01),
            ).run(pull=False)
            assert not any(i.state == "conflict" for i in report.items), report.items
            if not device.outbox_ids():
                break
        assert proxy.counts[Fault.RESET_AFTER_COMMIT] > 0
    counts = stored_submissions(central.db)
    assert device.outbox_ids() == set()
    assert all(counts[i] == 1 for i in ids)
