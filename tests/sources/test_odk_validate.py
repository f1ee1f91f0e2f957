"""The ODK Validate helper (tests/odk_validate.py) gives a real second opinion."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.core.engine.sources import read_form
from tests.odk_validate import odk_validate, validator_available

pytestmark = [
    pytest.mark.timeout(180),
    pytest.mark.skipif(not validator_available(), reason="java or ODK_Validate.jar not found"),
]


def test_valid_corpus_form_passes(corpus_dir: Path) -> None:
    ok, output = odk_validate(corpus_dir / "javarosa/resources/simple-form.xml")
    assert ok, output


def test_invalid_corpus_form_fails_with_javarosas_reason(corpus_dir: Path) -> None:
    ok, output = odk_validate(corpus_dir / "javarosa/resources/bad-range-form.xml")
    assert not ok
    assert "-2.0.1" in output


def test_xform_converted_by_read_form_passes_as_bytes(tmp_path: Path) -> None:
    md = (
        "| survey |\n"
        "| | type | name | label | relevant |\n"
        "| | integer | age | Age | |\n"
        "| | select_one yn | adult | Adult? | ${age} >= 18 |\n"
        "| choices |\n"
        "| | list_name | name | label |\n"
        "| | yn | yes | Yes |\n"
        "| | yn | no | No |\n"
    )
    path = tmp_path / "mini.md"
    path.write_text(md)
    ok, output = odk_validate(read_form(path).xml)
    assert ok, output
    xml = read_form(path).xml
    broken = xml.replace(b" &gt;= 18", b" &gt;= (")
    assert broken != xml
    ok, _ = odk_validate(broken)
    assert not ok
