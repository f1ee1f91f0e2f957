"""Helpers for the instrument tests: answers files for the IPL forms and `fieldapp form run`.

`run_form` calls the real CLI entry point in-process (same code path as the `fieldapp` command,
without paying Python start-up for each of the ~30 scoring patterns); `run_form_subprocess`
runs the installed command itself.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import defusedxml.ElementTree as SafeET

from fieldapp.cli.main import main as fieldapp_main
from fieldapp.core.scoring.ipl_items import DIMENSIONS, FormName, items_by_dimension

REPO = Path(__file__).resolve().parents[2]
FORMS = REPO / "forms"
FIELDAPP = Path(sys.executable).with_name("fieldapp")


def load_build_forms() -> ModuleType:
    """forms/build_forms.py as a module (forms/ is a folder of scripts, not a package)."""
    if "build_forms" in sys.modules:
        return sys.modules["build_forms"]
    spec = importlib.util.spec_from_file_location("build_forms", FORMS / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_forms"] = module
    spec.loader.exec_module(module)
    return module


def ipl_answers(
    form: FormName,
    codes: dict[str, str],
    *,
    consent: str = "yes",
    mode: str = "in_person",
    extra: tuple[str, ...] = (),
) -> dict[str, str]:
    """Answers JSON for an IPL form with randomize_items = 0 (item k shown at position k)."""
    answers = {f"/{form}/interview_mode": mode, f"/{form}/consent": consent}
    by_dim = items_by_dimension(form, extra)
    for dim, items in by_dim.items():
        for k, item in enumerate(items):
            if item.name in codes:
                answers[f"/{form}/{dim}/{item.name}_p{k + 1}"] = codes[item.name]
    unknown = set(codes) - {i.name for its in by_dim.values() for i in its}
    assert not unknown, f"not items of {form}: {unknown}"
    return answers


def run_form(form_path: Path, answers: dict[str, str], tmp_path: Path) -> tuple[int, bytes, str]:
    """`fieldapp form run` in-process; returns (exit code, instance XML, stderr)."""
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers), encoding="utf-8")
    out = tmp_path / "instance.xml"
    out.unlink(missing_ok=True)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        rc = fieldapp_main(
            ["form", "run", str(form_path), "--answers", str(answers_file), "--out", str(out)]
        )
    return rc, out.read_bytes() if out.exists() else b"", err.getvalue()


def run_form_subprocess(
    form_path: Path, answers: dict[str, str], tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers), encoding="utf-8")
    return subprocess.run(
        [str(FIELDAPP), "form", "run", str(form_path), "--answers", str(answers_file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def leaf_values(instance_xml: bytes | str) -> dict[str, str]:
    """Leaf local name -> text of an instance (the IPL forms' names are unique)."""
    root = SafeET.fromstring(instance_xml)
    values: dict[str, str] = {}
    for element in root.iter():
        if len(element) == 0:
            values.setdefault(element.tag.rsplit("}", 1)[-1], (element.text or "").strip())
    return values


def form_scores(instance_xml: bytes) -> dict[str, float | None]:
    """The form's own calculate fields: ipl_<dim> and ipl_index (None when empty)."""
    values = leaf_values(instance_xml)
    out: dict[str, float | None] = {}
    for name in [*(f"ipl_{d}" for d in DIMENSIONS), "ipl_index"]:
        text = values[name]
        out[name] = float(text) if text != "" else None
    return out
