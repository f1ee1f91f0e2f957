"""`fieldapp profile ...` through the real parser (in-process), plus one real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp.cli.main import main
from fieldapp.core.store import PRODUCTION_KDF, Store
from tests.store.storekit import PASS, make_store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for var in (
        "FIELDAPP_PASSPHRASE",
        "FIELDAPP_NEW_PASSPHRASE",
        "FIELDAPP_RECOVERY_KEY",
        "FIELDAPP_EXPORT_PASSPHRASE",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    data = tmp_path / "data"
    monkeypatch.setenv("FIELDAPP_DATA_DIR", str(data))
    return data


def test_create_prints_recovery_key_with_production_kdf(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FIELDAPP_PASSPHRASE", PASS)
    assert main(["profile", "create", "Ana", "--role", "enumerator"]) == 0
    out = capsys.readouterr().out
    key = out.strip().splitlines()[-1]
    assert len(key) == 39 and key.count("-") == 7
    import sqlite3

    with sqlite3.connect(Store(env).db_path("Ana")) as conn:
        kdf = conn.execute("SELECT kdf FROM keyslots WHERE kind='passphrase'").fetchone()[0]
    assert f'"memory_kib":{PRODUCTION_KDF.memory_kib}' in kdf
    assert main(["profile", "list"]) == 0
    assert "Ana\tenumerator" in capsys.readouterr().out


def test_passwd_recover_export_import(
    env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store(env)
    key = store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    s.save_draft("f", "1", "x", b"<d>kept</d>")
    s.lock()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASS + "\n")
    monkeypatch.setenv("FIELDAPP_NEW_PASSPHRASE", "second passphrase")
    assert main(["profile", "passwd", "Ana", "--passphrase-file", str(pass_file)]) == 0
    assert main(["profile", "passwd", "Ana", "--passphrase-file", str(pass_file)]) == 2
    assert "[S100]" in capsys.readouterr().err
    monkeypatch.setenv("FIELDAPP_RECOVERY_KEY", key)
    monkeypatch.setenv("FIELDAPP_PASSPHRASE", "third passphrase")
    assert main(["profile", "recover", "--profile", "Ana"]) == 0
    monkeypatch.setenv("FIELDAPP_EXPORT_PASSPHRASE", "export secret")
    out_file = tmp_path / "ana.fae"
    assert main(["profile", "export", str(out_file)]) == 0  # the only profile: no --profile
    assert "Exported 1 records" in capsys.readouterr().out
    make_store(env).create_profile("Sup", "supervisor", "third passphrase")
    assert main(["profile", "import", str(out_file), "--profile", "Sup"]) == 0
    assert "1 added" in capsys.readouterr().out
    assert main(["profile", "import", str(out_file), "--profile", "Sup"]) == 0
    assert "0 added, 0 updated, 1 unchanged" in capsys.readouterr().out
    assert main(["profile", "export", str(out_file)]) == 2  # two profiles now: which one?
    assert "--profile" in capsys.readouterr().err
    assert main(["profile", "passwd", "Ana", "--passphrase-file", str(tmp_path / "none")]) == 2
    assert "[S111]" in capsys.readouterr().err


def test_no_terminal_and_no_passphrase_is_a_clear_error_not_a_hang(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldapp",
            "profile",
            "create",
            "Ana",
            "--role",
            "enumerator",
            "--data-dir",
            str(tmp_path),
        ],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "[S110]" in result.stderr and "FIELDAPP_PASSPHRASE" in result.stderr
