"""`fieldapp form check` / `form run` through real subprocesses: exit codes 0/1/2 and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.engine.formkit import xlsform_xml

REPO = Path(__file__).resolve().parents[2]
FIELDAPP = REPO / ".venv" / "bin" / "fieldapp"

FORM = """
| survey |
| | type | name | label | constraint | required | relevant |
| | integer | age | Age | . < 120 | yes | |
| | text | job | Job | | yes | ${age} >= 16 |
| | begin repeat | member | Member | | | |
| | text | name | Name | | yes | |
| | end repeat | | | | | |
| | start | start | | | | |
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = [str(FIELDAPP)] if FIELDAPP.exists() else [sys.executable, "-m", "fieldapp.cli.main"]
    return subprocess.run(
        [*exe, *args], capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


@pytest.fixture()
def form(tmp_path: Path) -> Path:
    path = tmp_path / "household.xml"
    path.write_text(xlsform_xml(FORM), encoding="utf-8")
    return path


def answers(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_check_ok_and_md(form: Path, tmp_path: Path) -> None:
    result = run("form", "check", str(form), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    md = tmp_path / "hh.md"
    md.write_text(FORM, encoding="utf-8")
    assert run("form", "check", str(md), cwd=tmp_path).returncode == 0


def test_check_problems(tmp_path: Path) -> None:
    bad = tmp_path / "cycle.xml"
    bad.write_text(
        xlsform_xml(
            """
| survey |
| | type | name | label | calculation |
| | calculate | a | | ${b} + 1 |
| | calculate | b | | ${a} + 1 |
"""
        ),
        encoding="utf-8",
    )
    result = run("form", "check", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert "/data/a, /data/b" in result.stderr and "E100" in result.stderr
    missing = run("form", "check", str(tmp_path / "nope.xml"), cwd=tmp_path)
    assert missing.returncode == 1 and "nope.xml" in missing.stderr


def test_run_complete(form: Path, tmp_path: Path) -> None:
    data = {
        "/data/age": "30",
        "/data/job": "baker",
        "/data/member[1]/name": "Ana",
        "/data/member[3]/name": "Bo",
        "/data/member[2]/name": "Cy",
    }
    out = tmp_path / "out.xml"
    result = run(
        "form",
        "run",
        str(form),
        "--answers",
        str(answers(tmp_path, data)),
        "--out",
        str(out),
        "--now",
        "2024-05-17T10:00:00",
        "--tz",
        "Africa/Dakar",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    xml = out.read_text()
    assert "<age>30</age>" in xml and "<job>baker</job>" in xml
    assert xml.index("Ana") < xml.index("Cy") < xml.index("Bo")
    assert "<start>2024-05-17T10:00:00.000+00:00</start>" in xml


def test_run_problems_and_rejections(form: Path, tmp_path: Path) -> None:
    data = {"/data/age": "150", "/data/job": "never asked", "/data/member/name": "Ana"}
    result = run("form", "run", str(form), "--answers", str(answers(tmp_path, data)), cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("/data/age: ")  # rejected by the constraint
    assert "/data/age: Sorry, this response is required!" in lines  # hence still empty
    assert not any(line.startswith("/data/job") for line in lines)  # not relevant: skipped
    assert "<job" not in result.stdout
    assert "<name>Ana</name>" in result.stdout


@pytest.mark.parametrize(
    "content", ["{not json", "[1, 2]", '{"relative/ref": "1"}', '{"/data/age": [1]}']
)
def test_run_unreadable_answers(form: Path, tmp_path: Path, content: str) -> None:
    path = tmp_path / "answers.json"
    path.write_text(content, encoding="utf-8")
    result = run("form", "run", str(form), "--answers", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert "C101" in result.stderr


def test_run_unreadable_form(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xml"
    bad.write_text("<h:html", encoding="utf-8")
    result = run("form", "run", str(bad), "--answers", str(answers(tmp_path, {})), cwd=tmp_path)
    assert result.returncode == 2
    assert "broken.xml" in result.stderr
