"""End to end through the real commands: profile create -> submit -> sync -> ciphertext only.

Every step is a real subprocess (`fieldapp ...`) against a real `fieldapp-server run`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from fieldapp.core.store import CHEAP_TEST_KDF, Store
from tests.sync_client.conftest import FORM_MD, ServerEnv
from tests.sync_client.server_truth import files_containing, stored_submissions

REPO = Path(__file__).resolve().parents[2]


def fieldapp(
    *args: str, env: dict[str, str], check: bool = True
) -> subprocess.CompletedProcess[str]:
    run = subprocess.run(
        [sys.executable, "-m", "fieldapp", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check and run.returncode != 0:
        raise AssertionError(
            f"fieldapp {' '.join(args)} -> {run.returncode}\n{run.stdout}\n{run.stderr}"
        )
    return run


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    env["FIELDAPP_PASSPHRASE"] = "cli passphrase 12345"
    env["FIELDAPP_DATA_DIR"] = str(tmp_path / "data")
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    return env


def test_profile_submit_sync_server_holds_ciphertext_only(
    server_env: ServerEnv, cli_env: dict[str, str], tmp_path: Path
) -> None:
    marker = f"MARKER-CLI-{uuid.uuid4().hex[:10]}"
    form = tmp_path / "household.md"
    form.write_text(FORM_MD.format(version="2024010101"), encoding="utf-8")
    media = tmp_path / "media"
    media.mkdir()
    (media / "villages.csv").write_text("name,label\nv1,One\nv2,Two\n", encoding="utf-8")
    photo = tmp_path / "p.jpg"
    photo.write_bytes(f"jpeg {marker}".encode() * 30)
    data_dir = tmp_path / "data"

    created = fieldapp("profile", "create", "ana", "--role", "enumerator", env=cli_env)
    assert created.stdout.strip()  # the recovery key is printed

    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {"/data/name": marker, "/data/age": "41", "/data/village": "v2", "/data/photo": "p.jpg"}
        ),
        encoding="utf-8",
    )
    ids = []
    for _ in range(2):
        out = fieldapp(
            "submit",
            str(form),
            "--answers",
            str(answers),
            "--media",
            str(media),
            "--attach",
            str(photo),
            "--data-dir",
            str(data_dir),
            "--profile",
            "ana",
            env=cli_env,
        )
        ids.append(out.stdout.strip().splitlines()[-1])
    assert all(i.startswith("uuid:") for i in ids) and len(set(ids)) == 2

    # offline first: nothing lost, exit 1
    offline = fieldapp(
        "sync",
        "--server",
        "http://127.0.0.1:9",
        "--token",
        "fa1_x",
        "--retries",
        "1",
        "--data-dir",
        str(data_dir),
        env=cli_env,
        check=False,
    )
    assert offline.returncode == 1
    assert "sent 0, received 0, failed 2" in offline.stdout

    synced = fieldapp(
        "sync",
        "--server",
        server_env.url,
        "--token",
        server_env.tokens["ana"],
        "--data-dir",
        str(data_dir),
        "--profile",
        "ana",
        env=cli_env,
    )
    assert "sent 2, received" in synced.stdout and "failed 0" in synced.stdout
    counts = stored_submissions(server_env.db)
    assert all(counts[i] == 1 for i in ids)
    # the server holds ciphertext only
    assert files_containing(server_env.db, marker.encode()) == []
    # and so does everything the app wrote on the laptop (data dir and temp dir)
    for folder in (data_dir, Path(cli_env["TMPDIR"])):
        for path in folder.rglob("*"):
            if path.is_file():
                assert marker.encode() not in path.read_bytes(), path

    # the token was remembered (sealed in the profile): a second sync needs no --token
    again = fieldapp("sync", "--server", server_env.url, "--data-dir", str(data_dir), env=cli_env)
    assert "sent 0, received 0, failed 0" in again.stdout


def test_submit_with_problems_keeps_a_draft(
    server_env: ServerEnv, cli_env: dict[str, str], tmp_path: Path
) -> None:
    form = tmp_path / "household.md"
    form.write_text(FORM_MD.format(version="2024010101"), encoding="utf-8")
    (tmp_path / "villages.csv").write_text("name,label\nv1,One\n", encoding="utf-8")
    # a profile with cheap key derivation (the first test creates one through the command)
    Store(cli_env["FIELDAPP_DATA_DIR"], kdf=CHEAP_TEST_KDF).create_profile(
        "bo", "enumerator", cli_env["FIELDAPP_PASSPHRASE"]
    )
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"/data/age": "not a number"}), encoding="utf-8")
    run = fieldapp("submit", str(form), "--answers", str(answers), env=cli_env, check=False)
    assert run.returncode == 1
    assert "/data/age" in run.stderr and "kept as a draft" in run.stderr
    # the draft is not in the outbox: sync sends nothing
    synced = fieldapp(
        "sync", "--server", server_env.url, "--token", server_env.tokens["bo"], env=cli_env
    )
    assert "sent 0," in synced.stdout
    bad = fieldapp(
        "submit", str(tmp_path / "missing.xml"), "--answers", str(answers), env=cli_env, check=False
    )
    assert bad.returncode == 2 and "C100" in bad.stderr
