"""Conformance: itemsets with choice_filter cascades, itext languages, outputs, guidance."""

# ruff: noqa: E501 - XLSForm tables are long lines

from __future__ import annotations

import pytest

from fieldapp.errors import FieldappError
from tests.engine.formkit import session

CASCADE = """
| survey |
| | type | name | label::English (en) | label::Français (fr) | choice_filter | hint::English (en) | guidance_hint::English (en) |
| | select_one country | country | Country | Pays | | Pick one | Ask politely |
| | select_one city | city | City in ${country} | Ville | country=${country} | | |
| | select_multiple city | cities | Cities | Villes | country=${country} | | |
| choices |
| | list_name | name | label::English (en) | label::Français (fr) | country |
| | country | fr | France | France | |
| | country | sn | Senegal | Sénégal | |
| | city | paris | Paris | Paris | fr |
| | city | lyon | Lyon | Lyon | fr |
| | city | dakar | Dakar | Dakar | sn |
"""


@pytest.mark.parametrize(
    ("country", "cities"),
    [("fr", ["paris", "lyon"]), ("sn", ["dakar"]), ("", [])],
)
def test_choice_filter(country: str, cities: list[str]) -> None:
    s = session(CASCADE)
    s.answer("/data/country", country)
    assert [c.value for c in s.question("/data/city").choices] == cities


def test_cascade_rejects_choice_outside_filter() -> None:
    s = session(CASCADE)
    s.answer("/data/country", "sn")
    assert not s.answer("/data/city", "paris").ok
    assert s.answer("/data/city", "dakar").ok
    assert not s.answer("/data/cities", "dakar lyon").ok
    assert s.answer("/data/cities", "dakar").ok


def test_languages_labels_outputs_hints() -> None:
    s = session(CASCADE)
    assert set(s.languages) == {"English (en)", "Français (fr)"}
    s.set_language("English (en)")
    s.answer("/data/country", "sn")
    q = s.question("/data/country")
    assert q.label == "Country"
    assert q.hint == "Pick one"
    assert q.guidance == "Ask politely"
    assert [c.label for c in q.choices] == ["France", "Senegal"]
    assert s.question("/data/city").label == "City in sn"
    s.set_language("Français (fr)")
    assert s.question("/data/country").label == "Pays"
    assert [c.label for c in s.question("/data/country").choices] == ["France", "Sénégal"]
    with pytest.raises(FieldappError):
        s.set_language("Klingon")


CHOICE_NAME = """
| survey |
| | type | name | label | calculation |
| | select_one yn | q | Q | |
| | calculate | name | | jr:choice-name(${q}, '${q}') |
| | note | show | You said ${name} | |
| choices |
| | list_name | name | label |
| | yn | y | Yes |
| | yn | n | No |
"""


def test_choice_name() -> None:
    s = session(CHOICE_NAME)
    s.answer("/data/q", "n")
    assert s.value("/data/name") == "No"
    assert s.question("/data/show").label == "You said No"


CONSTRAINT_ITEXT = """
| survey |
| | type | name | label::en | constraint | constraint_message::en | constraint_message::fr |
| | integer | x | X | . < 10 | Too big | Trop grand |
| choices |
| | list_name | name | label |
"""


def test_constraint_message_follows_language() -> None:
    s = session(CONSTRAINT_ITEXT)
    s.set_language("en")
    assert s.answer("/data/x", "12").message == "Too big"
    s.set_language("fr")
    assert s.answer("/data/x", "12").message == "Trop grand"
