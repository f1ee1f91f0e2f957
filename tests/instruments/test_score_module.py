"""score_ipl on hand-written instances: form detection, fallbacks and I-coded errors."""

from __future__ import annotations

import pytest

from fieldapp.core.scoring import score_ipl
from fieldapp.errors import FieldappError


def _instance(root: str, answers: dict[str, str], form_id: str | None = None) -> str:
    body = "".join(f"<{k}>{v}</{k}>" for k, v in answers.items())
    return f'<{root} id="{form_id or root}"><consent>yes</consent><g>{body}</g></{root}>'


BEST = {"psy1": "5", "psy2": "1", "eco1": "1", "eco2": "4", "pol1": "1", "pol2": "5",
        "soc1": "5", "soc2": "5", "lin1": "1", "lin2": "1", "nav1": "1", "nav2": "1"}  # fmt: skip


def test_minimal_instance_scores_without_the_forms_calculations() -> None:
    # eco1 6 (0) + eco2 2 (1/3) -> 1/6; index (5 + 1/6) / 6 = 31/36 = 0.86111...
    result = score_ipl(_instance("ipl12", {**BEST, "eco1": "6", "eco2": "2"}))
    assert result.form == "ipl12"
    assert result.dimensions["economic"].score == pytest.approx(1 / 6)
    assert result.index == pytest.approx(31 / 36)
    assert result.index_complete and result.consented


def test_position_questions_are_used_when_stable_names_are_missing() -> None:
    # a submission exported without calculates: psy1 asked at position 2, psy2 at position 1
    answers = {k: v for k, v in BEST.items() if not k.startswith("psy")}
    answers.update({"psy1_p2": "4", "psy2_p1": "2"})  # .75 and .75
    result = score_ipl(_instance("ipl12", answers).encode())
    assert result.dimensions["psychological"].score == pytest.approx(0.75)


def test_form_detected_by_id_when_root_was_renamed() -> None:
    result = score_ipl(_instance("data", BEST, form_id="ipl12"))
    assert result.form == "ipl12"
    # ipl24 scoring of an IPL-12 answer set: extra items unanswered, dimensions incomplete
    renamed = score_ipl(_instance("data", BEST, form_id="x"), form="ipl24")
    assert renamed.index == pytest.approx(1.0)
    assert not renamed.index_complete
    assert renamed.dimensions["social"].n_unanswered == 2


@pytest.mark.parametrize(
    ("xml", "form", "code"),
    [
        ("<household id='hh'><a>1</a></household>", None, "I100"),
        (_instance("ipl12", {**BEST, "pol2": "7"}), None, "I101"),
        ("<ipl12><unclosed></ipl12>", None, "I102"),
        (
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            "<ipl12>&e;</ipl12>",
            None,
            "I102",
        ),
        (_instance("ipl24", BEST), "ipl12", "I103"),
    ],
    ids=["not-ipl", "unknown-code", "malformed", "external-entity", "wrong-form"],
)
def test_errors_have_catalogue_codes(xml: str, form: str | None, code: str) -> None:
    with pytest.raises(FieldappError) as info:
        score_ipl(xml, form=form)  # type: ignore[arg-type]
    assert info.value.code == code
    assert "{" not in info.value.message  # every template parameter was filled


def test_unknown_code_message_names_item_and_valid_codes() -> None:
    with pytest.raises(FieldappError) as info:
        score_ipl(_instance("ipl12", {**BEST, "pol2": "7"}))
    assert "pol2" in info.value.message and "'7'" in info.value.message
    assert "98" in info.value.message
