"""IPL scoring worked out by hand, checked through the scoring module AND the form's calculations.

Each pattern lists answer codes (randomize_items = 0), the six expected dimension scores
(psychological, economic, political, social, linguistic, navigational), the index and the
number of scored items per dimension; the arithmetic is in the comments. The same instance,
produced by `fieldapp form run`, is scored by fieldapp.core.scoring.score_ipl and compared
with the form's own calculate fields (ipl_<dim>, ipl_<dim>_n, ipl_index, ...).

Option scores used below (see fieldapp/core/scoring/ipl_items.py):
  psy1 connected 1..5 -> 0, .25, .5, .75, 1      psy2 outsider 1..5 (Never..Always) -> 1..0
  psy3 agree 1..5 -> 0..1                          psy4 stay 1..5 -> 0..1
  eco1 work 1 -> 1, 2-5 -> .5, 6 (looking) -> 0    eco2 income 1..5 -> 0, 1/3, 2/3, 1, 1
  eco3 satisfaction 1..5 -> 0..1, 97 n/a           eco4 expense 1..4 -> 0, 1/3, 2/3, 1
  pol1 understand 1..5 (Very well..Not at all) -> 1..0   pol2 discuss 1..5 (Never..daily) -> 0..1
  pol3 knowledge 2 -> 1, 1/3/4 -> 0, 98 -> 0       pol4 actions 1..4 -> 0, 1/3, 2/3, 1
  soc1 contacts 1..5 -> 0..1   soc2/soc4 frequency 1..5 -> 0..1   soc3 member 1..3 -> 0, .5, 1
  lin1-4 ability 1..5 (Very well..Not at all) -> 1..0    nav1-3 ease 1..5 (Very easy..) -> 1..0
  nav4 ability 1..5 -> 1..0     98 = don't know, 99 = refused: no score (except pol3)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.core.scoring import score_ipl
from fieldapp.core.scoring.ipl_items import DIMENSIONS, FormName, items_for

from .ipl_fill import FORMS, form_scores, ipl_answers, leaf_values, load_build_forms, run_form

Scores = tuple[float | None, float | None, float | None, float | None, float | None, float | None]
Counts = tuple[int, int, int, int, int, int]

# fmt: off
BEST12 = {"psy1": "5", "psy2": "1", "eco1": "1", "eco2": "4", "pol1": "1", "pol2": "5",
          "soc1": "5", "soc2": "5", "lin1": "1", "lin2": "1", "nav1": "1", "nav2": "1"}
WORST12 = {"psy1": "1", "psy2": "5", "eco1": "6", "eco2": "1", "pol1": "5",
           "pol2": "1", "soc1": "1", "soc2": "1", "lin1": "5", "lin2": "5", "nav1": "5",
           "nav2": "5"}
BEST24 = {**BEST12, "psy3": "5", "psy4": "5", "eco3": "5", "eco4": "4", "pol3": "2", "pol4": "4",
          "soc3": "3", "soc4": "5", "lin3": "1", "lin4": "1", "nav3": "1", "nav4": "1"}
WORST24 = {**WORST12, "psy3": "1", "psy4": "1", "eco3": "1", "eco4": "1", "pol3": "1",
           "pol4": "1", "soc3": "1", "soc4": "1", "lin3": "5", "lin4": "5", "nav3": "5",
           "nav4": "5"}
ALL_THREE_24 = {name: "3" for name in BEST24}

# (id, codes, consent, expected dimension scores, expected index, scored items per dimension)
IPL12: list[tuple[str, dict[str, str], str, Scores, float | None, Counts]] = [
    # every item at its most integrated option: each dimension (1 + 1) / 2 = 1; index 6 / 6 = 1
    ("all-best", BEST12, "yes", (1, 1, 1, 1, 1, 1), 1.0, (2, 2, 2, 2, 2, 2)),
    # every item at its least integrated option: all 0, index 0 (0 is a score, not missing)
    ("all-worst", WORST12, "yes", (0, 0, 0, 0, 0, 0), 0.0, (2, 2, 2, 2, 2, 2)),
    # reverse-coded psy2: psy1 5 (1) + psy2 5 "Always an outsider" (0) -> .5;
    # eco1 2 studying (.5) + eco2 3 (2/3) -> 7/12; every other item option 3 -> .5;
    # index (.5 + 7/12 + .5 + .5 + .5 + .5) / 6 = (37/12) / 6 = 37/72 = 0.513888...
    ("reverse-always-outsider",
     {**{k: "3" for k in BEST12}, "psy1": "5", "psy2": "5", "eco1": "2"}, "yes",
     (0.5, 7 / 12, 0.5, 0.5, 0.5, 0.5), 37 / 72, (2, 2, 2, 2, 2, 2)),
    # reverse-coded psy2 the other way: psy1 1 (0) + psy2 1 "Never" (1) -> .5; rest best (1)
    # index (.5 + 5) / 6 = 11/12 = 0.916666...
    ("reverse-never-outsider", {**BEST12, "psy1": "1", "psy2": "1"}, "yes",
     (0.5, 1, 1, 1, 1, 1), 11 / 12, (2, 2, 2, 2, 2, 2)),
    # don't know is not 0: pol1 98, pol2 4 (.75) -> political .75 (not .375), n = 1;
    # index (5 + .75) / 6 = 23/24 = 0.958333...
    ("dont-know", {**BEST12, "pol1": "98", "pol2": "4"}, "yes",
     (1, 1, 0.75, 1, 1, 1), 23 / 24, (2, 2, 1, 2, 2, 2)),
    # refused is not 0: soc1 99, soc2 2 (.25) -> social .25; rest worst (0);
    # index .25 / 6 = 1/24 = 0.041666...
    ("refused", {**WORST12, "soc1": "99", "soc2": "2"}, "yes",
     (0, 0, 0, 0.25, 0, 0), 1 / 24, (2, 2, 2, 1, 2, 2)),
    # a whole dimension missing (lin1 refused, lin2 don't know): linguistic has no score and
    # the index is not reported although five dimensions are perfect
    ("dimension-missing", {**BEST12, "lin1": "99", "lin2": "98"}, "yes",
     (1, 1, 1, 1, None, 1), None, (2, 2, 2, 2, 0, 2)),
    # a dimension never answered (interview stopped before navigational): same rule
    ("dimension-unanswered", {k: v for k, v in BEST12.items() if not k.startswith("nav")}, "yes",
     (1, 1, 1, 1, 1, None), None, (2, 2, 2, 2, 2, 0)),
    # mixed: psy 3 (.5) + 2 (.75) -> .625; eco 6 (0) + 5 (1) -> .5; pol 2 (.75) + 98 -> .75;
    # soc 2 (.25) + 4 (.75) -> .5; lin 4 (.25) + 2 (.75) -> .5; nav 2 (.75) + 4 (.25) -> .5;
    # index (.625 + .5 + .75 + .5 + .5 + .5) / 6 = 3.375 / 6 = 0.5625
    ("mixed",
     {"psy1": "3", "psy2": "2", "eco1": "6", "eco2": "5", "pol1": "2", "pol2": "98",
      "soc1": "2", "soc2": "4", "lin1": "4", "lin2": "2", "nav1": "2", "nav2": "4"}, "yes",
     (0.625, 0.5, 0.75, 0.5, 0.5, 0.5), 0.5625, (2, 2, 1, 2, 2, 2)),
    # income at or above the median scores highest: eco1 3 retired (.5) + eco2 5 (1) -> .75;
    # index (5 + .75) / 6 = 23/24
    ("retired-high-income", {**BEST12, "eco1": "3", "eco2": "5"}, "yes",
     (1, 0.75, 1, 1, 1, 1), 23 / 24, (2, 2, 2, 2, 2, 2)),
    # below half the median: eco1 1 (1) + eco2 2 (1/3) -> 2/3; index (5 + 2/3) / 6 = 17/18
    ("low-income", {**BEST12, "eco2": "2"}, "yes",
     (1, 2 / 3, 1, 1, 1, 1), 17 / 18, (2, 2, 2, 2, 2, 2)),
    # all don't know: no dimension has a score, no index
    ("all-dont-know", {k: "98" for k in BEST12}, "yes",
     (None,) * 6, None, (0, 0, 0, 0, 0, 0)),
    # no consent: the interview ends, answers given anyway are ignored, nothing is scored
    ("no-consent", BEST12, "no", (None,) * 6, None, (0, 0, 0, 0, 0, 0)),
]

IPL24: list[tuple[str, dict[str, str], str, Scores, float | None, Counts]] = [
    # all best: every dimension (1+1+1+1)/4 = 1, index 1
    ("all-best", BEST24, "yes", (1, 1, 1, 1, 1, 1), 1.0, (4, 4, 4, 4, 4, 4)),
    # all worst (pol3 answered wrong: 1 = the president alone -> 0): everything 0
    ("all-worst", WORST24, "yes", (0, 0, 0, 0, 0, 0), 0.0, (4, 4, 4, 4, 4, 4)),
    # knowledge item: don't know scores 0 and counts: pol (1 + 1 + 0 + 1) / 4 = .75, n = 4;
    # index (5 + .75) / 6 = 23/24
    ("knowledge-dont-know", {**BEST24, "pol3": "98"}, "yes",
     (1, 1, 0.75, 1, 1, 1), 23 / 24, (4, 4, 4, 4, 4, 4)),
    # knowledge item refused: not scored, pol (1 + 1 + 1) / 3 = 1, n = 3; index 1 (incomplete)
    ("knowledge-refused", {**BEST24, "pol3": "99"}, "yes",
     (1, 1, 1, 1, 1, 1), 1.0, (4, 4, 3, 4, 4, 4)),
    # satisfaction "does not apply" (97) is left out: eco (1 + 1 + 1/3) / 3 = 7/9 = 0.777...;
    # index (5 + 7/9) / 6 = (52/9) / 6 = 26/27 = 0.962962...
    ("not-applicable", {**BEST24, "eco3": "97", "eco4": "2"}, "yes",
     (1, 7 / 9, 1, 1, 1, 1), 26 / 27, (4, 3, 4, 4, 4, 4)),
    # reverse-coded psy2 = 5 (0), psy1 5 (1), psy3 1 (0), psy4 5 (1): psy 2 / 4 = .5;
    # index (.5 + 5) / 6 = 11/12
    ("reverse-coded", {**BEST24, "psy2": "5", "psy3": "1"}, "yes",
     (0.5, 1, 1, 1, 1, 1), 11 / 12, (4, 4, 4, 4, 4, 4)),
    # a whole dimension refused: social has no score, index not reported
    ("dimension-missing", {**BEST24, "soc1": "99", "soc2": "99", "soc3": "99", "soc4": "99"},
     "yes", (1, 1, 1, None, 1, 1), None, (4, 4, 4, 0, 4, 4)),
    # mixed: psy 4 (.75) 3 (.5) 4 (.75) 2 (.25) -> 2.25/4 = .5625;
    # eco 1 (1) 3 (2/3) 98 3 (2/3) -> (7/3)/3 = 7/9; pol 2 (.75) 2 (.25) 2 (1) 2 (1/3) -> 7/12;
    # soc 2 (.25) 3 (.5) 2 (.5) 1 (0) -> 1.25/4 = .3125; lin 3 x4 -> .5;
    # nav 2 (.75) 4 (.25) 99 1 (1) -> 2/3;
    # index (.5625 + 7/9 + 7/12 + .3125 + .5 + 2/3) / 6 = (245/72) / 6 = 245/432 = 0.567129...
    ("mixed",
     {"psy1": "4", "psy2": "3", "psy3": "4", "psy4": "2", "eco1": "1", "eco2": "3", "eco3": "98",
      "eco4": "3", "pol1": "2", "pol2": "2", "pol3": "2", "pol4": "2", "soc1": "2", "soc2": "3",
      "soc3": "2", "soc4": "1", "lin1": "3", "lin2": "3", "lin3": "3", "lin4": "3", "nav1": "2",
      "nav2": "4", "nav3": "99", "nav4": "1"}, "yes",
     (0.5625, 7 / 9, 7 / 12, 0.3125, 0.5, 2 / 3), 245 / 432, (4, 3, 4, 4, 4, 3)),
    # option 3 everywhere: psy .5; eco (.5 + 2/3 + .5 + 2/3) / 4 = 7/12;
    # pol (.5 + .5 + 0 [courts: wrong] + 2/3) / 4 = 5/12; soc (.5 + .5 + 1 + .5) / 4 = .625;
    # lin .5; nav .5; index (.5 + 7/12 + 5/12 + .625 + .5 + .5) / 6 = 3.125 / 6 = 25/48
    ("all-option-3", ALL_THREE_24, "yes",
     (0.5, 7 / 12, 5 / 12, 0.625, 0.5, 0.5), 25 / 48, (4, 4, 4, 4, 4, 4)),
    # don't know everywhere: only the knowledge item scores (0); one dimension, no index
    ("all-dont-know", {k: "98" for k in BEST24}, "yes",
     (None, None, 0, None, None, None), None, (0, 0, 1, 0, 0, 0)),
    # no consent: nothing scored
    ("no-consent", BEST24, "no", (None,) * 6, None, (0, 0, 0, 0, 0, 0)),
]

# fmt: on


def _close(actual: float | None, expected: float | None) -> bool:
    if expected is None or actual is None:
        return actual is expected
    return abs(actual - expected) < 1e-9


def _check(
    form: FormName,
    codes: dict[str, str],
    consent: str,
    dims: Scores,
    index: float | None,
    counts: Counts,
    tmp_path: Path,
) -> None:
    answers = ipl_answers(form, codes, consent=consent)
    rc, xml, stderr = run_form(FORMS / f"{form}.xlsx", answers, tmp_path)
    unanswered = [i for i in items_for(form) if i.name not in codes] if consent == "yes" else []
    if unanswered:
        # An interview stopped early: the instance is still written, the required items are
        # reported, and scoring treats them as missing.
        assert rc == 1, stderr
        for item in unanswered:
            assert f"/{item.dimension}/{item.name}_p" in stderr, item.name
    else:
        assert rc == 0, stderr
    # 1. the form's own calculations
    calc = form_scores(xml)
    values = leaf_values(xml)
    for dim, expected, n in zip(DIMENSIONS, dims, counts, strict=True):
        assert _close(calc[f"ipl_{dim}"], expected), (dim, calc[f"ipl_{dim}"], expected)
        assert values[f"ipl_{dim}_n"] == str(n), dim
    assert _close(calc["ipl_index"], index), (calc["ipl_index"], index)
    scored = sum(1 for d in dims if d is not None)
    assert values["ipl_dimensions_scored"] == str(scored)
    n_items = 2 if form == "ipl12" else 4
    complete = all(n == n_items for n in counts)
    assert values["ipl_index_complete"] == ("1" if complete else "0")
    # 2. the scoring module on the same instance
    result = score_ipl(xml)
    assert result.form == form
    for dim, expected, n in zip(DIMENSIONS, dims, counts, strict=True):
        got = result.dimensions[dim]
        assert _close(got.score, expected), (dim, got.score, expected)
        assert got.n_scored == n
        assert got.complete is (n == n_items)
    assert _close(result.index, index)
    assert result.index_complete is complete
    assert result.dimensions_scored == scored
    assert result.consented is (consent == "yes")
    # 3. module and form agree on every flat field, names included
    flat = result.as_flat_dict()
    for name, value in flat.items():
        text = values[name]
        if value is None:
            assert text == "", name
        else:
            assert abs(float(text) - value) < 1e-9, name


@pytest.mark.parametrize(
    ("name", "codes", "consent", "dims", "index", "counts"), IPL12, ids=[p[0] for p in IPL12]
)
def test_ipl12_patterns(
    name: str,
    codes: dict[str, str],
    consent: str,
    dims: Scores,
    index: float | None,
    counts: Counts,
    tmp_path: Path,
) -> None:
    _check("ipl12", codes, consent, dims, index, counts, tmp_path)


@pytest.mark.parametrize(
    ("name", "codes", "consent", "dims", "index", "counts"), IPL24, ids=[p[0] for p in IPL24]
)
def test_ipl24_patterns(
    name: str,
    codes: dict[str, str],
    consent: str,
    dims: Scores,
    index: float | None,
    counts: Counts,
    tmp_path: Path,
) -> None:
    _check("ipl24", codes, consent, dims, index, counts, tmp_path)


def test_dont_know_and_refused_are_kept_as_codes(tmp_path: Path) -> None:
    """Missing-data codes stay in the instance and in the item breakdown, never as 0."""
    rc, xml, stderr = run_form(
        FORMS / "ipl12.xlsx",
        ipl_answers("ipl12", {**BEST12, "pol1": "98", "soc2": "99"}),
        tmp_path,
    )
    assert rc == 0, stderr
    values = leaf_values(xml)
    assert (values["pol1"], values["pol1_score"]) == ("98", "")
    assert (values["soc2"], values["soc2_score"]) == ("99", "")
    result = score_ipl(xml)
    pol1 = next(i for i in result.dimensions["political"].items if i.name == "pol1")
    soc2 = next(i for i in result.dimensions["social"].items if i.name == "soc2")
    assert (pol1.code, pol1.score, pol1.status) == ("98", None, "dont_know")
    assert (soc2.code, soc2.score, soc2.status) == ("99", None, "refused")
    assert result.dimensions["political"].n_dont_know == 1
    assert result.dimensions["social"].n_refused == 1


def test_ipl12_with_the_ipl24_items_of_one_dimension(tmp_path: Path) -> None:
    """A team extends only the economic dimension (build_forms.py --ipl12-plus economic)."""
    assert load_build_forms().main(["--ipl12-plus", "economic", "--out", str(tmp_path)]) == 0
    form = tmp_path / "ipl12_economic.xlsx"
    # eco1 1 (1) + eco2 2 (1/3) + eco3 97 (not applicable: no score) + eco4 3 (2/3)
    # -> (1 + 1/3 + 2/3) / 3 = 2/3, n = 3 of 4; index (5 + 2/3) / 6 = 17/18 = 0.9444...
    codes = {**BEST12, "eco2": "2", "eco3": "97", "eco4": "3"}
    answers = ipl_answers("ipl12", codes, extra=("economic",))
    rc, xml, stderr = run_form(form, answers, tmp_path)
    assert rc == 0, stderr
    values = leaf_values(xml)
    result = score_ipl(xml)
    for source in (float(values["ipl_economic"]), result.dimensions["economic"].score):
        assert _close(source, 2 / 3)
    for source in (float(values["ipl_index"]), result.index):
        assert _close(source, 17 / 18)
    assert values["ipl_economic_n"] == "3" and result.dimensions["economic"].n_items == 4
    assert values["ipl_index_complete"] == "0" and not result.index_complete
    # the other dimensions keep two items each
    assert result.dimensions["social"].n_items == 2
