"""The built-in forms: fresh from their sources, valid for pyxform, JavaRosa and our engine,
in five languages, with the conventions forms/README.md promises (scores on every IPL option,
"prefer not to answer" everywhere in the diaspora form, contact details in sensitive_contact)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pyxform.xls2xform import convert

from fieldapp.core.scoring.ipl_items import (
    CHOICE_LISTS,
    DIMENSIONS,
    DONT_KNOW,
    ITEMS,
    LANGUAGE_COLUMNS,
    NOT_APPLICABLE,
    REFUSED,
    items_for,
)
from tests.odk_validate import odk_validate, validator_available

from .ipl_fill import FIELDAPP, FORMS, load_build_forms

FORM_FILES = ["ipl12.xlsx", "ipl24.xlsx", "diaspora.xlsx"]
LANG_HEADERS = [f"label::{column}" for column in LANGUAGE_COLUMNS.values()]


build_forms = load_build_forms()


def _sheet(filename: str, sheet: str) -> list[dict[str, str]]:
    rows = build_forms.read_workbook(FORMS / filename)[sheet]
    header = rows[0]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]


def test_committed_workbooks_equal_a_fresh_build(tmp_path: Path) -> None:
    assert build_forms.main(["--check"]) == 0, "run .venv/bin/python forms/build_forms.py"
    # and a fresh build really writes what --check compares against
    assert build_forms.main(["--out", str(tmp_path)]) == 0
    for name in FORM_FILES:
        assert build_forms.read_workbook(tmp_path / name) == build_forms.read_workbook(FORMS / name)


@pytest.mark.timeout(180)
@pytest.mark.skipif(not validator_available(), reason="java or ODK_Validate.jar not found")
@pytest.mark.parametrize("filename", FORM_FILES)
def test_pyxform_converts_and_odk_validate_passes(filename: str, tmp_path: Path) -> None:
    result = convert(xlsform=str(FORMS / filename))
    assert result.warnings == []
    xform = tmp_path / filename.replace(".xlsx", ".xml")
    xform.write_text(result.xform, encoding="utf-8")
    ok, output = odk_validate(xform)  # one java call per form, nothing cached
    assert ok, output


@pytest.mark.parametrize("filename", FORM_FILES)
def test_fieldapp_form_check_passes(filename: str) -> None:
    proc = subprocess.run(
        [str(FIELDAPP), "form", "check", str(FORMS / filename)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "OK" in proc.stdout
    assert proc.stderr == ""


@pytest.mark.parametrize("filename", FORM_FILES)
def test_every_label_is_in_five_languages(filename: str) -> None:
    settings = _sheet(filename, "settings")[0]
    assert settings["default_language"] == "English (en)"
    for sheet in ("survey", "choices"):
        for r in _sheet(filename, sheet):
            for prefix in ("label", "hint", "constraint_message"):
                english = r.get(f"{prefix}::English (en)", "")
                if not english:
                    continue
                for column in LANGUAGE_COLUMNS.values():
                    assert r.get(f"{prefix}::{column}", "").strip(), (sheet, r["name"], column)


def test_arabic_labels_are_arabic_script() -> None:
    for filename in FORM_FILES:
        for r in _sheet(filename, "survey"):
            arabic = r.get("label::Arabic (ar)", "")
            if arabic:
                assert any("\u0600" <= ch <= "\u06ff" for ch in arabic), r["name"]


# --- IPL ---------------------------------------------------------------------------------------


def test_ipl_item_table_follows_the_scoring_rule() -> None:
    assert len(items_for("ipl12")) == 12 and len(items_for("ipl24")) == 24
    for dim in DIMENSIONS:
        assert [i.in_ipl12 for i in ITEMS if i.dimension == dim] == [True, True, False, False]
    for item in ITEMS:
        options = CHOICE_LISTS[item.list_name].options
        scores = [o.score for o in options if o.score is not None]
        assert min(scores) == 0 and max(scores) == 1, item.name
        for option in options:
            if option.code in (DONT_KNOW, REFUSED, NOT_APPLICABLE):
                expected = 0 if (item.knowledge and option.code == DONT_KNOW) else None
                assert option.score == expected, (item.name, option.code)
            else:
                assert option.score is not None and 0 <= option.score <= 1
    # reverse-coded: the first option shown ("Never" an outsider) is the most integrated
    psy2 = next(i for i in ITEMS if i.name == "psy2")
    assert psy2.reverse_coded
    assert CHOICE_LISTS[psy2.list_name].options[0].score == 1


@pytest.mark.parametrize("form", ["ipl12", "ipl24"])
def test_ipl_workbook_scores_and_stable_names(form: str) -> None:
    choices = _sheet(f"{form}.xlsx", "choices")
    for item in items_for(form):  # type: ignore[arg-type]
        for option in CHOICE_LISTS[item.list_name].options:
            row = next(
                r for r in choices if r["list_name"] == item.list_name and r["name"] == option.code
            )
            if option.score is None:
                assert row["score"] == ""
            else:
                assert float(row["score"]) == pytest.approx(float(option.score), abs=1e-15)
    names = {r["name"] for r in _sheet(f"{form}.xlsx", "survey")}
    for dim in DIMENSIONS:
        assert {f"ipl_{dim}", f"ipl_{dim}_n", f"ipl_{dim}_complete"} <= names
    assert {"ipl_index", "ipl_index_complete", "ipl_dimensions_scored", "consent"} <= names
    assert {i.name for i in items_for(form)} <= names  # type: ignore[arg-type]


# --- diaspora ----------------------------------------------------------------------------------


def test_diaspora_has_prefer_not_to_answer_everywhere() -> None:
    survey = _sheet("diaspora.xlsx", "survey")
    choices = _sheet("diaspora.xlsx", "choices")
    lists: dict[str, list[str]] = {}
    for r in choices:
        lists.setdefault(r["list_name"], []).append(r["name"])
    operational = {"mode", "interview_language", "recruitment", "yes_no"}  # asked of the team
    checked = 0
    for r in survey:
        qtype = r["type"]
        if qtype.startswith(("select_one ", "select_multiple ")):
            list_name = qtype.split()[1]
            if r["name"] in {"adult", "consent"} or list_name in operational:
                continue
            assert "pna" in lists[list_name], r["name"]
            if qtype.startswith("select_multiple"):
                assert "selected(., 'pna')" in r["constraint"], r["name"]
            checked += 1
        elif qtype in ("integer", "text") and r["name"] != "referral_code_in":
            assert "-99" in r["hint::English (en)"], r["name"]
            checked += 1
    assert checked > 60


def test_diaspora_modules_and_sensitive_group() -> None:
    survey = _sheet("diaspora.xlsx", "survey")
    groups = [r["name"] for r in survey if r["type"] == "begin_group"]
    assert groups == [
        "interview",
        "screening",
        "profile",
        "migration",
        "human_capital",
        "economic_capital",
        "social_capital",
        "cultural_capital",
        "engagement",
        "communication",
        "recontact",
        "sensitive_contact",
    ]
    repeats = [r["name"] for r in survey if r["type"] == "begin_repeat"]
    assert repeats == ["associations"]
    # contact details only inside sensitive_contact
    stack: list[str] = []
    inside: dict[str, list[str]] = {}
    for r in survey:
        if r["type"] in ("begin_group", "begin_repeat"):
            stack.append(r["name"])
        elif r["type"] in ("end_group", "end_repeat"):
            stack.pop()
        elif r["name"].startswith("contact_"):
            inside.setdefault(stack[-1], []).append(r["name"])
    assert inside == {
        "sensitive_contact": ["contact_name", "contact_phone", "contact_email", "contact_preferred"]
    }


def test_diaspora_iso_lists_and_currency_next_to_amounts() -> None:
    choices = _sheet("diaspora.xlsx", "choices")
    countries = [r["name"] for r in choices if r["list_name"] == "country"]
    currencies = [r["name"] for r in choices if r["list_name"] == "currency"]
    assert len(countries) == 249 + 1 and "pna" in countries
    assert {"ECU", "PER", "VEN", "HTI", "SEN", "SWZ", "ESP", "USA"} <= set(countries)
    assert len(currencies) == 181 + 1 and {"USD", "EUR", "PEN", "XOF", "SZL"} <= set(currencies)
    survey = _sheet("diaspora.xlsx", "survey")
    names = [r["name"] for r in survey]
    for amount, currency in [
        ("remit_amount", "remit_currency"),
        ("invest_amount", "invest_currency"),
        ("visit_spending", "visit_currency"),
    ]:
        assert names.index(currency) == names.index(amount) - 1
        label = survey[names.index(amount)]["label::English (en)"]
        assert "${" + currency + "}" in label


@pytest.mark.parametrize("filename", FORM_FILES)
def test_no_source_token_is_left_unresolved(filename: str) -> None:
    """{country}, {origin}... in the sources must all become ${setting} references."""
    import re

    for sheet, rows in build_forms.read_workbook(FORMS / filename).items():
        for cells in rows:
            for cell in cells:
                assert not re.findall(r"(?<!\$)\{[a-z_]+\}", cell), (sheet, cell[:80])
