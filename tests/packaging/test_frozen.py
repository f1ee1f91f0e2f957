"""Build the PyInstaller bundle and smoke-test the frozen binary (issue 8).

Runs in CI on Linux: starts the frozen app offscreen to its first screen, runs
`fieldapp form check` / `fieldapp form run` on a built-in form inside the frozen binary, puts an
interview in the outbox and exports it to SPSS, and serves the field hub.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.packaging.frozen_build import REPO, build_bundle, time_to_ready

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen_exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_bundle(tmp_path_factory.mktemp("frozen"))


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", FIELDAPP_DATA_DIR=str(tmp / "data"), HOME=str(tmp))
    return env


def test_bundle_contains_forms_and_resources(frozen_exe: Path) -> None:
    internal = frozen_exe.parent / "_internal"
    assert (internal / "forms" / "ipl12.xlsx").exists()
    assert (internal / "resources").is_dir()
    # the PostgreSQL driver, the Java validator and the test-only readers (pandas, numpy,
    # pyreadstat) stay out of the desktop bundle; the field hub (FastAPI on SQLite) is in
    assert not (internal / "psycopg").exists() and not list(internal.glob("psycopg_binary*"))
    assert not list(internal.rglob("*.jar"))
    for name in ("pandas", "numpy", "pyreadstat"):
        assert not (internal / name).exists(), name
    assert (internal / "fastapi").exists()


def test_frozen_version(frozen_exe: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [str(frozen_exe), "--version"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
    )
    assert out.returncode == 0 and out.stdout.startswith("fieldapp ")


def test_frozen_form_check_and_run(frozen_exe: Path, tmp_path: Path) -> None:
    form = REPO / "forms" / "ipl12.xlsx"
    check = subprocess.run(
        [str(frozen_exe), "form", "check", str(form)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({}), encoding="utf-8")
    out_file = tmp_path / "instance.xml"
    run = subprocess.run(
        [
            str(frozen_exe),
            "form",
            "run",
            str(form),
            "--answers",
            str(answers),
            "--out",
            str(out_file),
        ],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )
    # empty answers leave required questions empty: exit 1 with REF: message lines, XML written
    assert run.returncode in (0, 1), run.stderr
    assert out_file.read_bytes().lstrip().startswith(b"<")


def test_frozen_app_starts_offscreen(frozen_exe: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    env["FIELDAPP_EXIT_WHEN_READY"] = "1"
    out = subprocess.run([str(frozen_exe)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "READY" in out.stdout
    # the start-up benchmark's timer works on the frozen binary too
    assert 0 < time_to_ready([str(frozen_exe)], env) < 60


def _ipl12_answers() -> dict[str, str]:
    answers = {"/ipl12/consent": "yes", "/ipl12/interview_mode": "in_person"}
    for dim, prefix in (
        ("psychological", "psy"),
        ("economic", "eco"),
        ("political", "pol"),
        ("social", "soc"),
        ("linguistic", "lin"),
        ("navigational", "nav"),
    ):
        answers[f"/ipl12/{dim}/{prefix}1_p1"] = "2"
        answers[f"/ipl12/{dim}/{prefix}2_p2"] = "3"
    return answers


def _frozen(exe: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    out = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=180)
    assert out.returncode == 0, f"{args}: {out.stdout}{out.stderr}"
    return out


def test_frozen_submit_and_spss_export(frozen_exe: Path, tmp_path: Path) -> None:
    """An interview put in the outbox and exported to SPSS by the frozen binary alone (the
    store, the engine and our .sav writer); read back here with pyreadstat."""
    import pyreadstat

    env = _env(tmp_path)
    env["FIELDAPP_PASSPHRASE"] = "correct horse battery staple"
    _frozen(frozen_exe, env, "profile", "create", "ana", "--role", "enumerator")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(_ipl12_answers()), encoding="utf-8")
    form = REPO / "forms" / "ipl12.xlsx"
    _frozen(frozen_exe, env, "--profile", "ana", "submit", str(form), "--answers", str(answers))
    out = tmp_path / "ipl12.sav"
    _frozen(
        frozen_exe, env, "--profile", "ana", "export", "ipl12", "--format", "sav", "--out", str(out)
    )
    # CSV with two helper processes (spawned from the frozen executable) is byte-identical
    csv_outputs = []
    for workers in ("0", "2"):
        target = tmp_path / f"w{workers}" / "ipl12.csv"
        target.parent.mkdir()
        _frozen(
            frozen_exe, env, "--profile", "ana", "export", "ipl12", "--format", "csv",
            "--out", str(target), "--workers", workers,
        )  # fmt: skip
        csv_outputs.append(target.read_bytes())
    assert csv_outputs[0] == csv_outputs[1] and b"uuid:" in csv_outputs[0]
    frame, meta = pyreadstat.read_sav(str(out))
    assert len(frame) == 1
    assert "consent" in meta.column_names_to_labels
    assert meta.variable_value_labels  # choices became value labels
    assert frame["fieldapp_scores_ipl_index"].iloc[0] > 0  # the IPL score, numeric


def test_frozen_field_hub_serves(frozen_exe: Path, tmp_path: Path) -> None:
    """A supervisor's packaged app runs the field hub (the sync server on SQLite)."""
    import socket
    import time
    import urllib.request

    from tests.sync_client.conftest import run_server_cli

    env = _env(tmp_path)
    env["FIELDAPP_PASSPHRASE"] = "correct horse battery staple"
    env["FIELDAPP_KEY_PASSPHRASE"] = "a key passphrase for the test"
    db = f"sqlite:///{tmp_path / 'hq.db'}"
    run_server_cli("init", "--db", db)
    keys = tmp_path / "project-keys.json"
    passfile = tmp_path / "keypass.txt"
    passfile.write_text(env["FIELDAPP_KEY_PASSPHRASE"], encoding="utf-8")
    run_server_cli(
        "project", "keygen", "--db", db, "--out", str(keys), "--passphrase-file", str(passfile)
    )
    _frozen(frozen_exe, env, "profile", "create", "sup", "--role", "supervisor")
    _frozen(frozen_exe, env, "--profile", "sup", "project", "import-key", str(keys))
    token = _frozen(frozen_exe, env, "--profile", "sup", "hub", "init").stdout.strip()
    assert token
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    hub = subprocess.Popen(
        [
            str(frozen_exe),
            "--profile",
            "sup",
            "hub",
            "run",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 90
        status = None
        while time.monotonic() < deadline and hub.poll() is None:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/openapi.json", timeout=5
                ) as r:
                    status = r.status
                    break
            except OSError:
                time.sleep(0.3)
        assert status == 200, hub.stderr.read().decode() if hub.poll() is not None else "no answer"
    finally:
        hub.terminate()
        hub.wait(timeout=30)
