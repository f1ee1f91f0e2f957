"""Fieldwork progress: submissions per enumerator, per day and per form, split by status."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from fieldapp.core.dashboard.facts import SubmissionFacts


@dataclass
class Progress:
    """Counts by review status for each enumerator and form, and a daily total."""

    by_enumerator: dict[str, Counter[str]] = field(default_factory=dict)
    by_form: dict[str, Counter[str]] = field(default_factory=dict)
    by_day: dict[date, int] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)
    total: int = 0

    def days(self) -> list[tuple[date, int]]:
        """Every day from the first to the last submission, zero-filled (gaps show as gaps)."""
        if not self.by_day:
            return []
        first, last = min(self.by_day), max(self.by_day)
        out = []
        for ordinal in range(first.toordinal(), last.toordinal() + 1):
            day = date.fromordinal(ordinal)
            out.append((day, self.by_day.get(day, 0)))
        return out


class ProgressAggregator:
    """Feed facts with :meth:`add`; read :attr:`result` at any time."""

    def __init__(self) -> None:
        self.result = Progress()

    def add(self, facts: SubmissionFacts) -> None:
        result = self.result
        enumerator = facts.enumerator or "?"
        result.by_enumerator.setdefault(enumerator, Counter())[facts.status] += 1
        result.by_form.setdefault(facts.form_id, Counter())[facts.status] += 1
        if facts.day is not None:
            result.by_day[facts.day] = result.by_day.get(facts.day, 0) + 1
        result.statuses[facts.status] += 1
        result.total += 1
