"""The benchmark form generator makes what it says: 25% selects, 25% calculates, 50% relevant."""

from __future__ import annotations

from pathlib import Path

from fieldapp.core.engine.sources import read_form
from tests.benchmarks.synthetic_forms import synthetic_markdown, write_form

XF = "{http://www.w3.org/2002/xforms}"


def test_mix_of_question_kinds(tmp_path: Path) -> None:
    n = 200
    source = read_form(write_form(n, tmp_path / "syn.md"))
    binds = list(source.root.iter(f"{XF}bind"))
    questions = [b for b in binds if "/meta/" not in (b.get("nodeset") or "")]
    assert len(questions) == n
    selects = list(source.root.iter(f"{XF}select1"))
    calculates = [b for b in questions if b.get("calculate")]
    relevant = [b for b in questions if b.get("relevant")]
    assert len(selects) == n // 4
    assert len(calculates) == n // 4
    assert len(relevant) == n // 2
    assert len(list(source.root.iter(f"{XF}group"))) == n // 50


def test_deterministic_and_same_form_as_md_or_xlsx(tmp_path: Path) -> None:
    assert synthetic_markdown(120) == synthetic_markdown(120)
    md = read_form(write_form(120, tmp_path / "same.md"))
    xlsx = read_form(write_form(120, tmp_path / "same.xlsx"))
    assert md.xml == xlsx.xml
