"""Score a finalized IPL-12 / IPL-24 instance independently of the form's own calculations.

The interview summary and the supervisor dashboards call :func:`score_ipl`; tests check that it
agrees with the calculate fields the form computes. Scores come from the option table in
:mod:`fieldapp.core.scoring.ipl_items`, never from display order.

Rule (IPL, Harder et al. 2018): dimension score = mean of its scored items; index = mean of the
six dimension scores, reported only when all six have one. Don't know / refused / not applicable
are kept as codes and left out of the mean (knowledge items: don't know scores 0). Incomplete
scores are flagged, never filled in.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from fieldapp.core.scoring.ipl_items import (
    CHOICE_LISTS,
    DIMENSIONS,
    DONT_KNOW,
    ITEMS,
    NOT_APPLICABLE,
    REFUSED,
    FormName,
    items_by_dimension,
)
from fieldapp.errors import FieldappError

MAX_INSTANCE_BYTES = 5_000_000

AnswerStatus = Literal["scored", "dont_know", "refused", "not_applicable", "unanswered"]
_MISSING_STATUS: dict[str, AnswerStatus] = {
    DONT_KNOW: "dont_know",
    REFUSED: "refused",
    NOT_APPLICABLE: "not_applicable",
}


@dataclass(frozen=True)
class ItemScore:
    name: str
    code: str | None
    score: float | None
    status: AnswerStatus


@dataclass(frozen=True)
class DimensionScore:
    """One dimension: ``score`` is None when no item of the dimension was scored."""

    name: str
    score: float | None
    n_items: int
    n_scored: int
    n_dont_know: int
    n_refused: int
    n_not_applicable: int
    n_unanswered: int
    items: tuple[ItemScore, ...]

    @property
    def complete(self) -> bool:
        return self.n_scored == self.n_items


@dataclass(frozen=True)
class IplScores:
    """Six dimension scores, the index and the flags that say how complete they are."""

    form: FormName
    dimensions: dict[str, DimensionScore]
    index: float | None
    consented: bool

    @property
    def dimensions_scored(self) -> int:
        return sum(1 for d in self.dimensions.values() if d.score is not None)

    @property
    def index_complete(self) -> bool:
        """Every item of every dimension has a score (the index then has no gaps at all)."""
        return all(d.complete for d in self.dimensions.values())

    def as_flat_dict(self) -> dict[str, float | int | None]:
        """Same names as the form's calculate fields (ipl_<dim>, ipl_<dim>_n, ipl_index...)."""
        out: dict[str, float | int | None] = {}
        for name, dim in self.dimensions.items():
            out[f"ipl_{name}"] = dim.score
            out[f"ipl_{name}_n"] = dim.n_scored
            out[f"ipl_{name}_complete"] = int(dim.complete)
        out["ipl_dimensions_scored"] = self.dimensions_scored
        out["ipl_index"] = self.index
        out["ipl_index_complete"] = int(self.index_complete)
        return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(instance_xml: bytes | str) -> Element:
    data = instance_xml.encode("utf-8") if isinstance(instance_xml, str) else instance_xml
    if len(data) > MAX_INSTANCE_BYTES:
        raise FieldappError(
            "I102", detail=f"the instance is larger than {MAX_INSTANCE_BYTES} bytes"
        )
    try:
        root: Element = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise FieldappError(
            "I102", detail=f"forbidden XML construct ({type(exc).__name__})"
        ) from exc
    except SafeET.ParseError as exc:
        raise FieldappError("I102", detail=str(exc)) from exc
    return root


def _detect_form(root: Element, form: FormName | None) -> FormName:
    found = _local(root.tag)
    form_id = root.get("id", "")
    detected: FormName | None = None
    for candidate in ("ipl12", "ipl24"):
        if found == candidate or form_id == candidate:
            detected = "ipl12" if candidate == "ipl12" else "ipl24"
    if form is None:
        if detected is None:
            raise FieldappError("I100", root=found, form_id=form_id or "(none)")
        return detected
    if detected is not None and detected != form:
        raise FieldappError("I103", expected=form, found=detected)
    return form


def _values(root: Element) -> dict[str, str]:
    """Leaf local name -> text. Names are unique within the IPL forms."""
    values: dict[str, str] = {}
    for element in root.iter():
        if len(element) == 0:
            values.setdefault(_local(element.tag), (element.text or "").strip())
    return values


def _answer_code(values: dict[str, str], item_name: str) -> str | None:
    """The stable calculate (``psy1``) or, if it was not kept, whichever position was asked."""
    code = values.get(item_name, "")
    if code:
        return code
    for position in range(1, 5):
        code = values.get(f"{item_name}_p{position}", "")
        if code:
            return code
    return None


def _extended_dimensions(values: dict[str, str]) -> tuple[str, ...]:
    """Dimensions of an IPL-12 whose IPL-24 items the form also asks (their nodes exist)."""
    extra = [i for i in ITEMS if not i.in_ipl12]
    found = {
        item.dimension
        for item in extra
        if item.name in values or any(f"{item.name}_p{p}" in values for p in range(1, 5))
    }
    return tuple(dim for dim in DIMENSIONS if dim in found)


def score_ipl(instance_xml: bytes | str, form: FormName | None = None) -> IplScores:
    """Score a finalized IPL instance; ``form`` defaults to the instance's root name / id.

    An IPL-12 extended with the IPL-24 items of some dimensions (forms/build_forms.py
    --ipl12-plus) is scored with those items: they are found by their node names.
    """
    root = _parse(instance_xml)
    chosen = _detect_form(root, form)
    values = _values(root)
    extended = _extended_dimensions(values) if chosen == "ipl12" else ()
    by_dimension = items_by_dimension(chosen, extended)
    dimensions: dict[str, DimensionScore] = {}
    for dim in DIMENSIONS:
        item_scores: list[ItemScore] = []
        for item in by_dimension[dim]:
            code = _answer_code(values, item.name)
            choice_list = CHOICE_LISTS[item.list_name]
            if code is None:
                item_scores.append(ItemScore(item.name, None, None, "unanswered"))
                continue
            try:
                fraction: Fraction | None = choice_list.score_of(code)
            except KeyError:
                raise FieldappError(
                    "I101",
                    location=item.name,
                    answer=code,
                    item=item.name,
                    codes=", ".join(choice_list.codes()),
                ) from None
            status: AnswerStatus = "scored"
            if fraction is None:
                status = _MISSING_STATUS.get(code, "not_applicable")
            score = None if fraction is None else float(fraction)
            item_scores.append(ItemScore(item.name, code, score, status))
        scored = [s.score for s in item_scores if s.score is not None]
        dimensions[dim] = DimensionScore(
            name=dim,
            score=sum(scored) / len(scored) if scored else None,
            n_items=len(item_scores),
            n_scored=len(scored),
            n_dont_know=sum(1 for s in item_scores if s.code == DONT_KNOW),
            n_refused=sum(1 for s in item_scores if s.status == "refused"),
            n_not_applicable=sum(1 for s in item_scores if s.status == "not_applicable"),
            n_unanswered=sum(1 for s in item_scores if s.status == "unanswered"),
            items=tuple(item_scores),
        )
    dim_scores = [d.score for d in dimensions.values() if d.score is not None]
    index = sum(dim_scores) / len(DIMENSIONS) if len(dim_scores) == len(DIMENSIONS) else None
    return IplScores(
        form=chosen,
        dimensions=dimensions,
        index=index,
        consented=values.get("consent", "") == "yes",
    )
