"""Build the PyInstaller bundle and smoke-test the frozen binary (issue 8).

Runs in CI on Linux: starts the frozen app offscreen to its first screen, and runs
`fieldapp form check` / `fieldapp form run` on a built-in form inside the frozen binary.
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
    # the server extra and the Java validator stay out of the desktop bundle
    assert not list(internal.rglob("fastapi"))
    assert not list(internal.rglob("*.jar"))


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
