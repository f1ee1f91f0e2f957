"""Flag explanations follow the UI language: the UI's table rebuilds each of the core's six
explanations from its params, word for word in English, translated in Spanish and Arabic."""

from __future__ import annotations

from typing import Any

import pytest

from fieldapp.core.review.flags import FlagSettings, evaluate
from fieldapp.ui.flag_texts import EXPLAINERS, flag_explanation
from fieldapp.ui.translations import apply_language

FORM = "ipl12"
AGE = "/ipl12/profile/age"


def _facts(i: int, **extra: Any) -> dict[str, Any]:
    fact: dict[str, Any] = {
        "duration": 900.0 + i,
        "duration_source": "paradata",
        "answered": 40,
        "dont_know": 0,
        "numbers": {AGE: [30.0 + i % 7]},
        "dup_keys": [],
        "geo_total": 1,
        "geo_empty": 0,
        "changed_after_finalize": [],
        "deprecated_id": None,
    }
    fact.update(extra)
    return fact


def _team_flags() -> list[dict[str, Any]]:
    """Every kind of flag, produced by the core from a team's facts."""
    facts = {f"uuid:{i}": _facts(i) for i in range(14)}
    facts["uuid:fast"] = _facts(0, duration=100.0, duration_source="start/end times")
    facts["uuid:rel"] = _facts(0, duration=300.0)  # over 2 min, under 40% of the median
    facts["uuid:dk"] = _facts(0, dont_know=12)
    facts["uuid:old"] = _facts(0, numbers={AGE: [109.0]}, dup_keys=["k"])
    facts["uuid:twin"] = _facts(0, dup_keys=["k"], geo_empty=1)
    facts["uuid:fix"] = _facts(0, deprecated_id="uuid:1", changed_after_finalize=[AGE])
    found = evaluate(FORM, facts, FlagSettings())
    # a team too small for a median: the form's minimum applies
    small = evaluate(
        FORM, {"uuid:a": _facts(0, duration=100.0), "uuid:b": _facts(1)}, FlagSettings()
    )
    return [flag for _mask, flags in [*found.values(), *small.values()] for flag in flags]


def test_english_table_matches_the_core_word_for_word() -> None:
    flags = _team_flags()
    assert {f["code"] for f in flags} == set(EXPLAINERS)
    rules = {f["params"].get("rule") for f in flags if f["code"] == "short_interview"}
    assert rules == {"minimum", "median"}
    for flag in flags:
        expected = flag["text"]
        if flag["params"].get("replaces"):  # the UI points at the Changes tab, not the id
            expected = expected.replace(
                f"submission {flag['params']['replaces']}; compare the versions",
                "an earlier submission; see Changes",
            )
        assert flag_explanation(flag) == expected
    fixed = next(f for f in flags if f["params"].get("replaces"))
    assert "uuid:" not in flag_explanation(fixed)


@pytest.mark.parametrize(
    ("language", "words"),
    [("es", "La entrevista duró"), ("ar", "استغرقت المقابلة")],
)
def test_explanations_translated(qapp, language: str, words: str) -> None:  # type: ignore[no-untyped-def]
    flags = _team_flags()
    try:
        assert apply_language(qapp, language)
        shown = {f["code"]: flag_explanation(f) for f in flags}
        english = {f["code"]: f["text"] for f in flags}
        assert all(shown[code] != english[code] for code in shown)
        fast = next(f for f in flags if f["params"].get("source") == "start/end times")
        assert words in flag_explanation(fast) and "1.67" in flag_explanation(fast)
    finally:
        apply_language(qapp, "en")


def test_flags_stored_without_params_keep_the_core_text() -> None:
    old = {"code": "short_interview", "text": "The interview took 1 min.", "refs": []}
    assert flag_explanation(old) == "The interview took 1 min."
    odd = {"code": "outlier", "text": "Unusual.", "params": {"numbers": [{"q": 1}]}}
    assert flag_explanation(odd) == "Unusual."
