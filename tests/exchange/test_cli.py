"""`fieldapp project ...`, `fieldapp transfer ...` and `fieldapp hub ...` errors and key handling,
run in-process (same parser and handlers as the installed command)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.cli.main import main
from tests.exchange.conftest import KEY_PASS, Keys, make_keys
from tests.sync_client.device import PASSPHRASE, make_device


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDAPP_KEY_PASSPHRASE", KEY_PASS)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_project_keys_from_supervisor_to_enumerator(
    keys: Keys, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_device(tmp_path / "sue", "sue", "supervisor").session.lock()
    make_device(tmp_path / "ana", "ana").session.lock()
    sue = ["--data-dir", str(tmp_path / "sue"), "--profile", "sue"]
    ana = ["--data-dir", str(tmp_path / "ana"), "--profile", "ana"]
    pub = tmp_path / "project.pub.json"
    code, _out, err = _run(capsys, "project", "export-key", "--out", str(pub), *sue)
    assert code == 2 and "N305" in err  # nothing imported yet
    code, out, err = _run(capsys, "project", "import-key", str(keys.file), "--private", *sue)
    assert code == 0 and "public and private keys" in out, err
    code, out, err = _run(capsys, "project", "export-key", "--out", str(pub), *sue)
    assert code == 0, err
    assert "ciphertext" not in pub.read_text() and "private" not in pub.read_text()
    code, _out, err = _run(capsys, "project", "import-key", str(pub), "--private", *ana)
    assert code == 2 and "N312" in err  # a public key file holds no private keys
    code, out, err = _run(capsys, "project", "import-key", str(pub), *ana)
    assert code == 0 and "public key" in out, err
    # the enumerator can now write a transfer file offline
    code, out, err = _run(capsys, "transfer", "export", "--out", str(tmp_path / "a.f"), *ana)
    assert code == 0 and "0 submission(s)" in out, err
    # a different project's key is refused unless replaced on purpose
    other = make_keys(tmp_path / "other", "other")
    code, _out, err = _run(capsys, "project", "import-key", str(other.file), *ana)
    assert code == 2 and "N313" in err
    code, _out, err = _run(capsys, "project", "import-key", str(other.file), "--replace", *ana)
    assert code == 0, err
    # a wrong key file passphrase
    bad = tmp_path / "bad-pass"
    bad.write_text("not the passphrase", encoding="utf-8")
    code, _out, err = _run(
        capsys,
        "project",
        "import-key",
        str(keys.file),
        "--private",
        "--key-passphrase-file",
        str(bad),
        "--replace",
        *sue,
    )
    assert code == 2 and "N312" in err


def test_errors_without_set_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_device(tmp_path / "sue", "sue", "supervisor").session.lock()
    sue = ["--data-dir", str(tmp_path / "sue"), "--profile", "sue"]
    code, _out, err = _run(capsys, "hub", "user", "add", "ana", *sue)
    assert code == 2 and "N320" in err
    code, _out, err = _run(capsys, "hub", "init", *sue)
    assert code == 2 and "N305" in err  # the hub needs the project key first
    code, _out, err = _run(
        capsys, "transfer", "export", "--decisions", "--out", str(tmp_path / "r"), *sue
    )
    assert code == 2 and "N306" in err
    junk = tmp_path / "junk.fatransfer"
    junk.write_bytes(b"PK\x03\x04 not a transfer file")
    code, _out, err = _run(capsys, "transfer", "import", str(junk), *sue)
    assert code == 2 and "N300" in err
    assert not (tmp_path / "sue" / "hub").exists()
