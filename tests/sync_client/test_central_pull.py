"""A supervisor pulls team submissions from ODK Central (the stand-in over real loopback HTTP):
plain and encrypted forms, incremental and idempotent pulls, edits, auth failures, 5xx and cut
connections with retries, decisions pushed back as review states and comments, and the CLI."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from fieldapp.cli.main import main
from fieldapp.core.review import decisions
from fieldapp.core.store import CHEAP_TEST_KDF, ReceivedSubmission, Store
from fieldapp.errors import FieldappError
from sync import odk_encryption as odk
from sync.client.central import CentralClient
from sync.client.engine import CentralReviewTarget, RetryPolicy, SyncEngine
from sync.client.safe_http import HttpSettings
from sync.protocol import ProjectPrivateKeys
from tests.sync_client.central_standin import CentralStandIn
from tests.sync_client.device import PASSPHRASE, Device, make_device

EMAIL = "sue@example.org"
FORMS = 2
"""Form definitions the stand-in holds (each counts as received at the first pull)."""
PASSWORD = "central pass 9"
PLAIN_FORM = (
    b'<h:html xmlns:h="http://www.w3.org/1999/xhtml" xmlns="http://www.w3.org/2002/xforms">'
    b'<h:head><h:title>Visit</h:title><model><instance><data id="visit" version="3"><name/>'
    b"<meta><instanceID/></meta></data></instance></model></h:head><h:body/></h:html>"
)


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _public_b64(key: rsa.RSAPrivateKey) -> str:
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(der).decode()


def _project_keys(key: rsa.RSAPrivateKey) -> ProjectPrivateKeys:
    der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return ProjectPrivateKeys(
        project="default",
        key_id="k1",
        x25519_private_raw_b64=base64.b64encode(bytes(32)).decode(),
        rsa_private_pkcs8_b64=base64.b64encode(der).decode(),
    )


def _secret_form(key: rsa.RSAPrivateKey) -> bytes:
    return PLAIN_FORM.replace(b'id="visit" version="3"', b'id="secret" version="1"').replace(
        b"</instance>",
        b'</instance><submission base64RsaPublicKey="' + _public_b64(key).encode() + b'"/>',
    )


def _xml(form: str, text: str, iid: str, *, version: str = "3", old: str | None = None) -> bytes:
    dep = f"<deprecatedID>{old}</deprecatedID>" if old else ""
    return (
        f'<data id="{form}" version="{version}"><name>{text}</name>'
        f"<meta><instanceID>{iid}</instanceID>{dep}</meta></data>"
    ).encode()


def _iid() -> str:
    return f"uuid:{uuid.uuid4()}"


@pytest.fixture
def central(rsa_key: rsa.RSAPrivateKey) -> Iterator[CentralStandIn]:
    with CentralStandIn() as standin:
        standin.add_user(EMAIL, PASSWORD, "Sue Supervisor")
        standin.add_user("ana@example.org", "x", "Ana Enumerator")
        standin.add_user("eve@example.org", "eve pass", "Eve", member=False)
        standin.add_form("visit", "3", PLAIN_FORM, media={"villages.csv": b"name\nv1\n"})
        standin.add_form("secret", "1", _secret_form(rsa_key), encrypted=True)
        yield standin


@pytest.fixture
def sue(tmp_path: Path) -> Iterator[Device]:
    device = make_device(tmp_path / "sue", "sue", "supervisor")
    yield device
    device.session.lock()


def _engine(
    device: Device,
    central: CentralStandIn,
    keys: ProjectPrivateKeys | None,
    *,
    password: str = PASSWORD,
    email: str = EMAIL,
    page_size: int = 2,
    attempts: int = 3,
) -> SyncEngine:
    client = CentralClient.from_project_url(
        central.project_url,
        email=email,
        password=password,
        settings=HttpSettings(read_timeout=5),
    )
    return SyncEngine(
        device.store,
        CentralReviewTarget(client, project_keys=keys, page_size=page_size),
        retry=RetryPolicy(attempts=attempts, base_delay=0.01, max_delay=0.05),
    )


def _fetched_xml(central: CentralStandIn) -> list[str]:
    return [p for m, p in central.log if m == "GET" and "/submissions/" in p and p.endswith(".xml")]


def test_plain_and_encrypted_pulled_with_routing(
    central: CentralStandIn, sue: Device, rsa_key: rsa.RSAPrivateKey
) -> None:
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    plain = [_iid() for _ in range(5)]
    for n, iid in enumerate(plain):
        files = {"photo.jpg": b"jpeg%d" % n} if n == 0 else None
        central.submit(
            "visit",
            _xml("visit", f"Plain {n}", iid),
            files,
            by="ana@example.org",
            at=when + timedelta(minutes=n),
        )
    secret = _iid()
    sealed = odk.encrypt_submission(
        _xml("secret", "Hidden answer", secret, version="1"),
        form_id="secret",
        form_version="1",
        instance_id=secret,
        base64_rsa_public_key=_public_b64(rsa_key),
        attachments={"audio.m4a": b"voice"},
    )
    central.submit("secret", sealed.manifest, sealed.files, by="ana@example.org", at=when)

    report = _engine(sue, central, _project_keys(rsa_key)).run()
    assert report.ok, report.errors
    assert report.received == 2 + 6  # two form definitions, six submissions
    first = sue.session.load(plain[0])
    assert first.status == "received" and b"Plain 0" in first.xml
    assert first.routing is not None
    assert first.routing.enumerator == "Ana Enumerator"
    assert first.routing.received_at.startswith("2026-11-20T09:30:00")
    assert {a.name: a.data for a in sue.session.list_attachments(plain[0])} == {
        "photo.jpg": b"jpeg0"
    }
    opened = sue.session.load(secret)
    assert b"Hidden answer" in opened.xml and opened.form_id == "secret"
    assert {a.name: a.data for a in sue.session.list_attachments(secret)} == {"audio.m4a": b"voice"}
    assert sue.session.get_form_xml("visit", "3") == PLAIN_FORM
    assert sue.session.get_form_media("visit", "3", "villages.csv") == b"name\nv1\n"
    # plaintext answers never land on disk unsealed
    for path in (sue.data_dir).rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert b"Hidden answer" not in raw and b"Plain 0" not in raw


def test_incremental_and_idempotent(central: CentralStandIn, sue: Device) -> None:
    old = datetime.now(UTC) - timedelta(hours=1)
    ids = [_iid() for _ in range(3)]
    for n, iid in enumerate(ids):
        central.submit(
            "visit",
            _xml("visit", f"v{n}", iid),
            by="ana@example.org",
            at=old + timedelta(minutes=10 * n),
        )
    assert _engine(sue, central, None).run().received == FORMS + 3
    central.log.clear()
    central.rows_listed = 0
    again = _engine(sue, central, None).run()
    assert again.ok and again.received == 0
    # the cursor moved on: only the newest row (inside the safety margin) is listed again,
    # and it is recognised as held without fetching anything
    assert _fetched_xml(central) == [] and central.rows_listed == 1
    new = _iid()
    central.submit("visit", _xml("visit", "new one", new), by="ana@example.org")
    central.log.clear()
    third = _engine(sue, central, None).run()
    assert third.received == 1
    assert [p.rsplit("/", 1)[-1] for p in _fetched_xml(central)] == [f"{new}.xml"]
    assert sue.session.load(new).status == "received"


def test_edit_pulled_as_new_version_and_decision_goes_to_first_id(
    central: CentralStandIn, sue: Device
) -> None:
    first = _iid()
    long_ago = datetime.now(UTC) - timedelta(hours=2)  # listed again only for its update time
    central.submit("visit", _xml("visit", "before", first), by="ana@example.org", at=long_ago)
    assert _engine(sue, central, None).run().received == FORMS + 1
    second = _iid()
    central.submit("visit", _xml("visit", "after", second, old=first), by="ana@example.org")
    report = _engine(sue, central, None).run()
    assert report.received == 1, report.errors
    record = sue.session.load(second)
    assert b"after" in record.xml and record.routing is not None
    assert record.routing.deprecated_id == first
    assert sue.session.version_chain(second) == [first, second]
    decisions.return_to_enumerator(
        sue.session,
        second,
        reviewer="sue",
        comment="Check the name",
        question_comments={"/data/name": "spelling?"},
    )
    pushed = _engine(sue, central, None).run()
    assert pushed.decisions_sent == 1, pushed.errors
    sub = central.forms["visit"].submissions[first]
    assert sub.review_state == "hasIssues"
    assert [c["body"] for c in sub.comments] == [
        "[returned to the enumerator]\nCheck the name\n/data/name: spelling?"
    ]
    assert sue.session.pending_reviews() == []


def test_decisions_pushed_once(central: CentralStandIn, sue: Device) -> None:
    a, b = _iid(), _iid()
    for iid in (a, b):
        central.submit("visit", _xml("visit", iid, iid), by="ana@example.org")
    _engine(sue, central, None).run()
    decisions.approve(sue.session, a, reviewer="sue", comment="Good")
    decisions.mark_has_issues(sue.session, b, reviewer="sue", comment="GPS missing")
    # a's comment is stored but the reply is lost; b's review state is cut before Central
    # handles it; both retried, nothing doubled
    central.fail_match = [("POST", f"{a}/comments", -1), ("PATCH", b, 0)]
    report = _engine(sue, central, None).run()
    assert central.fail_match == []
    assert report.decisions_sent == 2 and report.ok, report.errors
    subs = central.forms["visit"].submissions
    assert subs[a].review_state == "approved" and subs[b].review_state == "hasIssues"
    assert [c["body"] for c in subs[a].comments] == ["Good"]
    assert [c["body"] for c in subs[b].comments] == ["GPS missing"]
    assert _engine(sue, central, None).run().decisions_sent == 0


def test_auth_failures_are_clear(central: CentralStandIn, sue: Device) -> None:
    central.submit("visit", _xml("visit", "x", _iid()), by="ana@example.org")
    wrong = _engine(sue, central, None, password="nope").run()
    assert not wrong.ok and not wrong.offline
    assert "N330" in wrong.errors[0] and EMAIL in wrong.errors[0]
    outsider = _engine(sue, central, None, email="eve@example.org", password="eve pass").run()
    assert not outsider.ok and "N104" in outsider.errors[0]
    assert sue.session.list_submissions(limit=10).total == 0


def test_server_errors_and_cut_connections_retry_and_resume(
    central: CentralStandIn, sue: Device
) -> None:
    ids = [_iid() for _ in range(5)]
    base = datetime.now(UTC) - timedelta(hours=2)
    for n, iid in enumerate(ids):
        central.submit(
            "visit",
            _xml("visit", f"r{n}", iid),
            by="ana@example.org",
            at=base + timedelta(minutes=10 * n),
        )
    # login, user, forms, form xml, attachments, csv, form xml, attachments, OData, sub xml...
    n = central.requests
    central.fail_on = {n + 1: 503, n + 3: 0, n + 10: 502, n + 11: 0, n + 14: 500}
    report = _engine(sue, central, None).run()
    assert report.ok and report.received == FORMS + 5, report.errors
    assert central.fail_on == {}  # every fault was hit, and retried
    more = [_iid() for _ in range(4)]
    for n, iid in enumerate(more):
        central.submit(
            "visit",
            _xml("visit", f"m{n}", iid),
            by="ana@example.org",
            at=datetime.now(UTC) + timedelta(seconds=n),
        )
    # next pass lists r4 (inside the margin), m0 | m1, m2 | m3 in pages of two; the server
    # goes down for good after the second page: the sync stops offline, what it got is kept
    # login, user, forms, page 1, m0 xml + files, page 2, m1 and m2 xml + files; then down
    central.down_after = central.requests + 11
    broken = _engine(sue, central, None, attempts=2).run()
    assert broken.offline and not broken.ok and broken.received == 3
    central.down_after = None
    central.rows_listed = 0
    resumed = _engine(sue, central, None).run()
    assert resumed.ok and resumed.received == 1, resumed.errors
    assert central.rows_listed == 1  # resumed after the applied pages, not from the start
    held = {r.instance_id for r in sue.session.list_submissions(limit=100).rows}
    assert set(ids) | set(more) <= held


def test_files_still_uploading_are_fetched_later(central: CentralStandIn, sue: Device) -> None:
    iid = _iid()
    sub = central.submit(
        "visit", _xml("visit", "with photo", iid), {}, by="ana@example.org", expected=1
    )
    report = _engine(sue, central, None).run()
    assert "N333" in " ".join(report.errors)
    assert not sue.store.has_submission(iid)
    sub.current.files["photo.jpg"] = b"now here"
    sub.current.expected = 1
    later = _engine(sue, central, None).run()
    assert later.ok, later.errors
    assert {a.name for a in sue.session.list_attachments(iid)} == {"photo.jpg"}
    routing = sue.session.load(iid).routing
    assert routing is not None and routing.enumerator == "Ana Enumerator"
    assert _engine(sue, central, None).run().received == 0  # retried once, then done


def test_encrypted_without_key_is_kept_for_later(
    central: CentralStandIn, sue: Device, rsa_key: rsa.RSAPrivateKey
) -> None:
    iid = _iid()
    sealed = odk.encrypt_submission(
        _xml("secret", "sealed", iid, version="1"),
        form_id="secret",
        form_version="1",
        instance_id=iid,
        base64_rsa_public_key=_public_b64(rsa_key),
    )
    central.submit("secret", sealed.manifest, sealed.files, by="ana@example.org")
    report = _engine(sue, central, None).run()
    assert "N306" in " ".join(report.errors) and not sue.store.has_submission(iid)
    assert _engine(sue, central, _project_keys(rsa_key)).run().ok
    assert b"sealed" in sue.session.load(iid).xml


def test_cli_sync_kind_central(
    central: CentralStandIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDAPP_PASSPHRASE", PASSPHRASE)
    iid = _iid()
    central.submit("visit", _xml("visit", "from cli", iid), by="ana@example.org")
    data = tmp_path / "cli"
    Store(data, kdf=CHEAP_TEST_KDF).create_profile("sue", "supervisor", PASSPHRASE)
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD, encoding="utf-8")
    args = [
        "sync",
        "--server",
        central.project_url,
        "--user",
        EMAIL,
        "--password-file",
        str(pw),
        "--form",
        "visit",
        "--data-dir",
        str(data),
        "--profile",
        "sue",
    ]
    assert main(args) == 0
    assert "received 2" in capsys.readouterr().out
    session = Store(data).unlock("sue", PASSPHRASE)
    try:
        assert session.load(iid).status == "received"
    finally:
        session.lock()
    pw.write_text("wrong", encoding="utf-8")
    assert main(args) == 1
    assert "N330" in capsys.readouterr().err


def test_expired_session_logs_in_again_and_token_auth(central: CentralStandIn, sue: Device) -> None:
    central.submit("visit", _xml("visit", "one", _iid()), by="ana@example.org")
    client = CentralClient.from_project_url(central.project_url, email=EMAIL, password=PASSWORD)
    assert [f.xmlFormId for f in client.forms()] == ["visit", "secret"]
    central.tokens.clear()  # the session expired on the server
    assert len(client.submissions("visit", None).rows) == 1
    assert client.logins == 2
    token = next(iter(central.tokens))
    by_token = CentralClient.from_project_url(central.project_url, token=token)
    assert by_token.current_user()["displayName"] == "Sue Supervisor"
    central.tokens.clear()
    with pytest.raises(FieldappError) as err:
        by_token.current_user()
    assert err.value.code == "N103"  # a bare token cannot log in again: say so
    with pytest.raises(FieldappError) as none:
        CentralClient.from_project_url(central.project_url)
    assert none.value.code == "N335"
    with pytest.raises(FieldappError) as bad:
        CentralClient.from_project_url("https://central.example.org/v1/key/abc", token="t")
    assert bad.value.code == "N331"
    plain_http = CentralClient("http://central.example.org", 1, email=EMAIL, password=PASSWORD)
    with pytest.raises(FieldappError) as clear:
        plain_http.login()  # refused before anything is sent
    assert clear.value.code == "N109"


def test_decision_on_submission_not_on_central_waits(central: CentralStandIn, sue: Device) -> None:
    iid = _iid()
    sue.session.put_received(
        [ReceivedSubmission(iid, "visit", "3", _xml("visit", "by usb", iid), enumerator="ana")]
    )
    decisions.approve(sue.session, iid, reviewer="sue")
    report = _engine(sue, central, None).run()
    assert report.decisions_waiting == 1 and report.decisions_sent == 0
    assert len(sue.session.pending_reviews()) == 1  # kept for a later sync


def test_app_sync_reads_central_for_a_supervisor(
    central: CentralStandIn, sue: Device, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's Sync button (ProfileBridge.run_sync) with a Central project address and a
    session token in Settings pulls and pushes through Central's API."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    from fieldapp.ui.settings_dialog import ServerSettings
    from fieldapp.ui.store_bridge import ProfileBridge

    iid = _iid()
    central.submit("visit", _xml("visit", "via the app", iid), by="ana@example.org")
    login = CentralClient.from_project_url(central.project_url, email=EMAIL, password=PASSWORD)
    login.login()
    token = next(iter(central.tokens))
    bridge = ProfileBridge(sue.session, sue.data_dir)
    bridge.save_server_settings(ServerSettings(central.project_url, token))
    text = bridge.run_sync(lambda percent, step: None)
    assert f"{FORMS + 1} received" in text, text
    assert sue.session.load(iid).status == "received"
    decisions.approve(sue.session, iid, reviewer="sue")
    bridge.run_sync(lambda percent, step: None)
    assert central.forms["visit"].submissions[iid].review_state == "approved"
