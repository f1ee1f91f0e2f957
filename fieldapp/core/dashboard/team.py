"""One pass over a team's submissions feeding every dashboard at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from fieldapp.core.dashboard.diaspora import DiasporaAggregator, DiasporaProfile
from fieldapp.core.dashboard.facts import SubmissionFacts
from fieldapp.core.dashboard.ipl import IplAggregator, IplDashboard
from fieldapp.core.dashboard.progress import Progress, ProgressAggregator


@dataclass
class TeamDashboard:
    progress: Progress = field(default_factory=Progress)
    ipl: IplDashboard = field(default_factory=IplDashboard)
    diaspora: DiasporaProfile = field(default_factory=DiasporaProfile)


def needs_answers(form_id: str) -> bool:
    """Whether a form's answers feed a dashboard (others only count towards progress)."""
    return IplAggregator().accepts(form_id) or DiasporaAggregator().accepts(form_id)


def build_dashboard(
    facts: Iterable[SubmissionFacts],
    progress: Callable[[int], None] | None = None,
    every: int = 500,
) -> TeamDashboard:
    """Aggregate ``facts`` (typically a generator decrypting one submission at a time)."""
    counts = ProgressAggregator()
    ipl = IplAggregator()
    diaspora = DiasporaAggregator()
    for done, item in enumerate(facts, start=1):
        counts.add(item)
        ipl.add(item)
        diaspora.add(item)
        if progress is not None and done % every == 0:
            progress(done)
    return TeamDashboard(progress=counts.result, ipl=ipl.result, diaspora=diaspora.result)
