"""`fieldapp sync` options run in-process (same parser and handlers, no interpreter start):
a supervisor with the project key file, and an OpenRosa server with a Digest account."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.cli.main import main
from fieldapp.core.store import CHEAP_TEST_KDF, Store
from sync.server.storage import Storage
from tests.sync_client.conftest import KEY_PASSPHRASE, PASSWORD, ServerEnv
from tests.sync_client.device import PASSPHRASE, make_device
from tests.sync_client.server_truth import stored_submissions


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_PASSPHRASE", PASSPHRASE)
    for name in ("FIELDAPP_SYNC_TOKEN", "FIELDAPP_SYNC_PASSWORD", "FIELDAPP_KEY_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


def test_supervisor_sync_with_project_keys(
    server_env: ServerEnv, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enum = make_device(tmp_path / "ana")
    iid = enum.finalize("for the supervisor")
    assert enum.engine(server_env.url, server_env.tokens["ana"]).run().sent == 1
    data = tmp_path / "sue"
    Store(data, kdf=CHEAP_TEST_KDF).create_profile("sue", "supervisor", PASSPHRASE)
    keypass = tmp_path / "keypass"
    keypass.write_text(KEY_PASSPHRASE, encoding="utf-8")
    assert server_env.key_file is not None
    args = ["sync", "--server", server_env.url, "--token", server_env.tokens["sue"]]
    args += ["--project-keys", str(server_env.key_file), "--key-passphrase-file", str(keypass)]
    args += ["--data-dir", str(data), "--profile", "sue"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "sent 0," in out and "failed 0" in out
    session = Store(data).unlock("sue", PASSPHRASE)
    assert session.load(iid).status == "received"
    assert session.load(iid).xml == enum.session.load(iid).xml
    session.lock()
    keypass.write_text("wrong passphrase", encoding="utf-8")
    assert main(args) == 2
    assert "C101" in capsys.readouterr().err


def test_openrosa_server_with_a_digest_account(
    server_env: ServerEnv, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    storage = Storage.open(server_env.db)
    project = storage.project_id("default")
    storage.close()
    device = make_device(tmp_path / "bo", "bo")
    data = str(tmp_path / "bo")
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD, encoding="utf-8")
    central = f"{server_env.url}/v1/projects/{project}"
    base = ["sync", "--server", central, "--user", "bo", "--password-file", str(pw)]
    base += ["--data-dir", data, "--profile", "bo"]
    device.session.lock()
    assert main(base) == 0
    assert "received 1," in capsys.readouterr().out  # the form and its media came down
    device = make_device_session(tmp_path / "bo", "bo")
    iid = device.finalize("via openrosa")
    device.session.lock()
    assert main(base) == 0
    assert "sent 1, received 0, failed 0" in capsys.readouterr().out
    assert stored_submissions(server_env.db)[iid] == 1
    pw.write_text("not the password", encoding="utf-8")
    assert main(base) == 1
    captured = capsys.readouterr()
    assert "failed 0" in captured.out and "N103" in captured.err  # nothing waiting, but refused


def make_device_session(data_dir: Path, name: str):  # type: ignore[no-untyped-def]
    from tests.sync_client.device import Device

    return Device(data_dir, Store(data_dir).unlock(name, PASSPHRASE))


def test_central_project_url_with_an_app_user_token(
    server_env: ServerEnv, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """URL + token, as a Central app user: the token goes into the /v1/key/ URL."""
    storage = Storage.open(server_env.db)
    project = storage.project_id("default")
    storage.close()
    device = make_device(tmp_path / "ana", "ana")
    iid = device.finalize("central app user")
    device.session.lock()
    central = f"{server_env.url}/v1/projects/{project}"
    args = ["sync", "--server", central, "--token", server_env.tokens["ana"]]
    assert main([*args, "--data-dir", str(tmp_path / "ana")]) == 0
    assert "sent 1, received 1, failed 0" in capsys.readouterr().out
    assert stored_submissions(server_env.db)[iid] == 1
