"""Conformance: bind types, relevant, required, constraint, calculate, readonly (table-driven)."""

# ruff: noqa: E501 - XLSForm tables are long lines

from __future__ import annotations

import pytest

from fieldapp.core.engine import QuestionState
from tests.engine.formkit import session

TYPES_FORM = """
| survey |
| | type | name | label |
| | integer | i | I |
| | decimal | d | D |
| | date | dt | DT |
| | time | t | T |
| | dateTime | dtt | DTT |
| | geopoint | g | G |
| | text | s | S |
| | select_one yn | one | One |
| | select_multiple yn | many | Many |
| | range | r | R |
| choices |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
"""


@pytest.mark.parametrize(
    ("ref", "value", "ok"),
    [
        ("/data/i", "12", True),
        ("/data/i", "-3", True),
        ("/data/i", "12.5", False),
        ("/data/i", "abc", False),
        ("/data/d", "12.5", True),
        ("/data/d", "1e3", True),
        ("/data/d", "x1", False),
        ("/data/dt", "2024-02-29", True),
        ("/data/dt", "2023-02-29", False),
        ("/data/dt", "12/03/2024", False),
        ("/data/t", "10:30", True),
        ("/data/t", "10:30:15.000+02:00", True),
        ("/data/t", "25:00", False),
        ("/data/dtt", "2024-05-17T10:30:00.000+02:00", True),
        ("/data/dtt", "2024-05-17", False),
        ("/data/g", "12.5 -3.2 100 5", True),
        ("/data/g", "12.5 -3.2", True),
        ("/data/g", "95 10", False),
        ("/data/g", "10 200", False),
        ("/data/g", "north", False),
        ("/data/s", "anything <b>at</b> all", True),
        ("/data/one", "yes", True),
        ("/data/one", "maybe", False),
        ("/data/many", "yes no", True),
        ("/data/many", "yes maybe", False),
        ("/data/r", "5", True),
        ("/data/r", "11", False),
        ("/data/r", "", True),
    ],
)
def test_type_checks(ref: str, value: str, ok: bool) -> None:
    s = session(TYPES_FORM)
    result = s.answer(ref, value)
    assert result.ok is ok, result.message
    if ok:
        assert s.value(ref) == value.strip()
    else:
        assert s.value(ref) == ""
        assert result.message


BINDS_FORM = """
| survey |
| | type | name | label | relevant | required | constraint | constraint_message | calculation | read_only | required_message |
| | integer | age | Age | | yes | . >= 0 and . < 130 | Age must be 0-129 | | | Age please |
| | text | job | Job | ${age} >= 16 | | | | | | |
| | begin group | adult | Adult | ${age} >= 18 | | | | | | |
| | text | vote | Vote | | ${age} > 20 | | | | | |
| | end group | | | | | | | | | |
| | calculate | dbl | | | | | | ${age} * 2 | | |
| | integer | ro | RO | | | | | | yes | |
| | note | n | Twice: ${dbl} | | | | | | | |
"""


@pytest.mark.parametrize(
    ("age", "job", "adult", "vote_required", "dbl"),
    [
        ("10", False, False, False, "20"),
        ("16", True, False, False, "32"),
        ("19", True, True, False, "38"),
        ("40", True, True, True, "80"),
        ("", False, False, False, "NaN"),  # string(NaN), as XPath 1.0 says
    ],
)
def test_relevance_required_calculate(
    age: str, job: bool, adult: bool, vote_required: bool, dbl: str
) -> None:
    s = session(BINDS_FORM)
    assert s.answer("/data/age", age).ok
    assert s.is_relevant("/data/job") is job
    assert s.is_relevant("/data/adult") is adult
    assert s.is_relevant("/data/adult/vote") is adult  # inherited from the group
    assert s.question("/data/adult/vote").required is vote_required
    assert s.value("/data/dbl") == dbl


def test_constraint_message_and_value_not_stored() -> None:
    s = session(BINDS_FORM)
    assert s.answer("/data/age", "30").ok
    bad = s.answer("/data/age", "200")
    assert not bad.ok and bad.message == "Age must be 0-129"
    assert s.value("/data/age") == "30"
    assert s.value("/data/dbl") == "60"  # dependents restored too


def test_required_message_and_states() -> None:
    s = session(BINDS_FORM)
    problems = s.validate()
    assert [(p.ref, p.kind, p.message) for p in problems] == [
        ("/data/age", "required", "Age please")
    ]
    assert s.question("/data/age").state is QuestionState.REQUIRED_EMPTY
    s.answer("/data/age", "5")
    assert s.question("/data/age").state is QuestionState.ANSWERED
    assert s.validate() == []


def test_readonly_and_note() -> None:
    s = session(BINDS_FORM)
    result = s.answer("/data/ro", "3")
    assert not result.ok and "read-only" in (result.message or "")
    s.answer("/data/age", "21")
    note = s.question("/data/n")
    assert note.kind == "note"
    assert note.label == "Twice: 42"


def test_answer_reports_changed_refs() -> None:
    s = session(BINDS_FORM)
    result = s.answer("/data/age", "19")
    assert {"/data/age", "/data/dbl", "/data/job", "/data/adult"} <= set(result.changed)
    seen = []
    s.subscribe(seen.append)
    s.answer("/data/age", "20")
    assert seen and seen[0].ref == "/data/age"


def test_finalize_prunes_non_relevant_and_reports_problems() -> None:
    s = session(BINDS_FORM)
    with pytest.raises(Exception) as info:
        s.finalize()
    assert getattr(info.value, "code", "") == "E108"
    assert info.value.problems[0].ref == "/data/age"  # type: ignore[attr-defined]
    s.answer("/data/age", "10")
    s.answer("/data/job", "ignored")  # not relevant at 10: stored but pruned
    xml = s.finalize().decode()
    assert "<age>10</age>" in xml
    assert "<job" not in xml and "<adult" not in xml
    assert "<dbl>20</dbl>" in xml
    assert s.to_xml(draft=True).decode().count("<job>ignored</job>") == 1


def test_unknown_ref() -> None:
    s = session(BINDS_FORM)
    with pytest.raises(Exception) as info:
        s.answer("/data/nope", "1")
    assert getattr(info.value, "code", "") == "E101"
