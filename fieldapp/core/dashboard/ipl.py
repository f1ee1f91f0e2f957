"""IPL Integration Index dashboards: mean dimension scores for the team, each enumerator and
each host country, and the distributions of the index and of each dimension.

Scores come from :func:`fieldapp.core.scoring.ipl.score_ipl` (never from the form's own
calculate fields, which an edited form could get wrong). Interviews without consent carry no
scores and are counted apart; a missing dimension score is left out of that dimension's mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import unescape

from fieldapp.core.dashboard.facts import SubmissionFacts
from fieldapp.core.scoring.ipl import score_ipl
from fieldapp.core.scoring.ipl_items import DIMENSIONS
from fieldapp.errors import FieldappError

IPL_FORMS = {"ipl12": "ipl12", "ipl24": "ipl24"}
HISTOGRAM_BINS = 10
COUNTRY_FIELD = "host_country_en"  # the deployment setting the IPL forms carry (forms/README.md)


_TAG = COUNTRY_FIELD.encode()
_COUNTRY = re.compile(rb"<" + _TAG + rb">([^<]*)</" + _TAG + rb">")


def _country(xml: bytes) -> str:
    """The host country setting. ``score_ipl`` has already parsed (and so vetted) the same
    bytes; a second full parse for one leaf doubled the cost of a dashboard."""
    found = _COUNTRY.search(xml)
    if found is None:
        return "?"
    return unescape(found.group(1).decode("utf-8", errors="replace")).strip() or "?"


def _bin(score: float) -> int:
    return min(HISTOGRAM_BINS - 1, max(0, int(score * HISTOGRAM_BINS)))


@dataclass
class IplGroup:
    """Running sums for one group of respondents (the team, an enumerator, a country)."""

    n: int = 0  # consented, scored interviews
    sums: dict[str, float] = field(default_factory=lambda: dict.fromkeys(DIMENSIONS, 0.0))
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DIMENSIONS, 0))
    index_sum: float = 0.0
    index_n: int = 0

    def add(self, dimensions: dict[str, float | None], index: float | None) -> None:
        self.n += 1
        for name, score in dimensions.items():
            if score is not None:
                self.sums[name] += score
                self.counts[name] += 1
        if index is not None:
            self.index_sum += index
            self.index_n += 1

    def means(self) -> dict[str, float | None]:
        """Mean score per dimension, None where no respondent had one."""
        return {
            name: (self.sums[name] / self.counts[name] if self.counts[name] else None)
            for name in DIMENSIONS
        }

    @property
    def index_mean(self) -> float | None:
        return self.index_sum / self.index_n if self.index_n else None


@dataclass
class IplDashboard:
    team: IplGroup = field(default_factory=IplGroup)
    by_enumerator: dict[str, IplGroup] = field(default_factory=dict)
    by_country: dict[str, IplGroup] = field(default_factory=dict)
    index_histogram: list[int] = field(default_factory=lambda: [0] * HISTOGRAM_BINS)
    dimension_histograms: dict[str, list[int]] = field(
        default_factory=lambda: {name: [0] * HISTOGRAM_BINS for name in DIMENSIONS}
    )
    not_consented: int = 0
    unreadable: int = 0
    problems: list[str] = field(default_factory=list)  # first few messages, for the screen


class IplAggregator:
    """Scores each IPL submission once and keeps only sums and histogram counts."""

    MAX_PROBLEMS = 5

    def __init__(self) -> None:
        self.result = IplDashboard()

    def accepts(self, form_id: str) -> bool:
        return form_id in IPL_FORMS or form_id.startswith("ipl12_")

    def add(self, facts: SubmissionFacts) -> None:
        if facts.xml is None or not self.accepts(facts.form_id):
            return
        result = self.result
        try:
            scores = score_ipl(facts.xml, "ipl24" if facts.form_id == "ipl24" else "ipl12")
            country = _country(facts.xml)
        except FieldappError as exc:
            result.unreadable += 1
            if len(result.problems) < self.MAX_PROBLEMS:
                result.problems.append(f"{facts.instance_id}: {exc.render()}")
            return
        if not scores.consented:
            result.not_consented += 1
            return
        dims = {name: dim.score for name, dim in scores.dimensions.items()}
        result.team.add(dims, scores.index)
        result.by_enumerator.setdefault(facts.enumerator or "?", IplGroup()).add(dims, scores.index)
        result.by_country.setdefault(country, IplGroup()).add(dims, scores.index)
        if scores.index is not None:
            result.index_histogram[_bin(scores.index)] += 1
        for name, score in dims.items():
            if score is not None:
                result.dimension_histograms[name][_bin(score)] += 1
