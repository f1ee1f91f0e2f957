"""Each network fault, one at a time, between the batch client and the real server.

After the fault, simply sending the same (repeatably sealed) items again must end with every
item on the server exactly once and receipts whose hash matches ours: the property the engine's
"mark sent only on a matching receipt" rule relies on.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from fieldapp.errors import FieldappError
from sync import envelope
from sync.client.batch import BatchClient
from sync.client.safe_http import BearerToken, HttpSettings, is_transient
from sync.protocol import SubmissionIn, b64decode_strict
from tests.sync_client.conftest import ServerEnv
from tests.sync_client.fault_proxy import Fault, FaultProxy, Request
from tests.sync_client.server_truth import stored_hashes, stored_submissions

FAST = HttpSettings(connect_timeout=2, read_timeout=1.5, total_timeout=10)
"""For the hang faults: the client gives up before the proxy's 2.5 s hang ends."""
PATIENT = HttpSettings(connect_timeout=5, read_timeout=30, total_timeout=60)
"""Everything else: a loaded test machine must not turn a good reply into a timeout."""


@pytest.fixture
def proxy(server_env: ServerEnv) -> Iterator[FaultProxy]:
    with FaultProxy(server_env.server.port, hang_seconds=2.5, replay_delay=1.0) as p:
        yield p


def _items(env: ServerEnv, device: envelope.DeviceKey, n: int) -> list[SubmissionIn]:
    keys = BatchClient(env.url, BearerToken(env.tokens["ana"])).project_keys()
    assert keys.x25519_public_b64 and keys.key_id
    out = []
    for i in range(n):
        iid = f"uuid:{uuid.uuid4()}"
        xml = f"<data id='household'><name>n{i}</name><meta><instanceID>{iid}</instanceID>"
        xml += "</meta></data>"
        sealed = envelope.seal(
            xml.encode(),
            instance_id=iid,
            form_id="household",
            form_version="2024010101",
            device=device,
            project_public_key=b64decode_strict(keys.x25519_public_b64),
            key_id=keys.key_id,
            attachments={"p.jpg": bytes([i]) * 300},
        )
        out.append(
            SubmissionIn.build(
                instance_id=iid,
                form_id="household",
                form_version="2024010101",
                payload=sealed.payload,
                device_id=device.device_id,
                attachments=sealed.attachments,
            )
        )
    return out


def _once(fault: Fault):  # type: ignore[no-untyped-def]
    """Apply ``fault`` to the first push request only."""
    fired = []

    def policy(request: Request) -> Fault:
        if request.path.endswith("/push") and not fired:
            fired.append(1)
            return fault
        return Fault.PASS

    return policy


@pytest.mark.parametrize("fault", [f for f in Fault if f is not Fault.PASS], ids=lambda f: f.value)
def test_fault_then_retry_gives_exactly_one_copy(
    server_env: ServerEnv, proxy: FaultProxy, fault: Fault
) -> None:
    device = envelope.DeviceKey.generate("dev-faults")
    items = _items(server_env, device, 5)
    hang = fault in (Fault.TIMEOUT, Fault.TIMEOUT_AFTER_COMMIT)
    client = BatchClient(
        proxy.url, BearerToken(server_env.tokens["ana"]), FAST if hang else PATIENT
    )
    proxy.policy = _once(fault)
    try:
        receipts = client.push(items)
        first_ok = True
    except FieldappError as exc:
        assert is_transient(exc), exc.render()  # every injected fault is worth a retry
        first_ok = False
    if fault in (Fault.SLOW, Fault.DUPLICATE):
        assert first_ok  # slow or duplicated delivery still gives a good answer
    elif fault is not Fault.LATE_REPLAY:
        assert not first_ok
    if fault is not Fault.LATE_REPLAY:
        proxy.wait_idle()  # else the stale copy reaches the server after the retry: out of order
    receipts = BatchClient(proxy.url, BearerToken(server_env.tokens["ana"]), PATIENT).push(items)
    proxy.wait_idle()
    for item, receipt in zip(items, receipts, strict=True):
        assert receipt.ok and receipt.content_hash == item.content_hash
    committed_before = fault in {
        Fault.RESET_AFTER_COMMIT,
        Fault.ERROR_AFTER_COMMIT,
        Fault.TIMEOUT_AFTER_COMMIT,
        Fault.TRUNCATE,
        Fault.DUPLICATE,
        Fault.SLOW,
    }
    statuses = {r.status.value for r in receipts}
    if fault is Fault.LATE_REPLAY:  # usually the retry lands first; either order is fine
        assert statuses <= {"created", "duplicate"}
    else:
        assert statuses == ({"duplicate"} if committed_before else {"created"})
    counts = stored_submissions(server_env.db)
    hashes = stored_hashes(server_env.db)
    for item in items:
        assert counts[item.instance_id] == 1
        assert hashes[item.instance_id] == item.content_hash


def test_resealing_the_same_submission_is_a_duplicate_not_a_conflict(
    server_env: ServerEnv,
) -> None:
    device = envelope.DeviceKey.generate("dev-reseal")
    client = BatchClient(server_env.url, BearerToken(server_env.tokens["ana"]), FAST)
    keys = client.project_keys()
    assert keys.x25519_public_b64 and keys.key_id
    iid = f"uuid:{uuid.uuid4()}"

    def build(repeatable: bool) -> SubmissionIn:
        sealed = envelope.seal(
            b"<data id='household'><name>x</name></data>",
            instance_id=iid,
            form_id="household",
            form_version="1",
            device=device,
            project_public_key=b64decode_strict(keys.x25519_public_b64 or ""),
            key_id=keys.key_id or "",
            repeatable=repeatable,
        )
        return SubmissionIn.build(
            instance_id=iid,
            form_id="household",
            form_version="1",
            payload=sealed.payload,
            device_id=device.device_id,
        )

    assert client.push([build(True)])[0].status.value == "created"
    assert client.push([build(True)])[0].status.value == "duplicate"
    # a random re-seal of the same interview would have been refused as a conflict
    assert client.push([build(False)])[0].status.value == "conflict"
