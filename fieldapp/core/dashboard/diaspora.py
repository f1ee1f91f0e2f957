"""Diaspora mapping dashboards: where respondents live, their skills, how they already
contribute to the origin country and how willing they are to engage.

Field names are those of forms/diaspora.xlsx (see forms/README.md). Only interviews that
passed screening and consent (``proceed`` = 1) are counted; "prefer not to answer" (``pna``,
``-99``) and empty answers are counted apart, never as a category. The contact details in
``sensitive_contact`` are never read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from fieldapp.core.dashboard.facts import SubmissionFacts, instance_values
from fieldapp.errors import FieldappError

DIASPORA_FORMS = {"diaspora"}
# channel -> (question, what counts as contributing)
CONTRIBUTION_CHANNELS: dict[str, str] = {
    "remittances": "remit_sends",
    "investment": "invest_has",
    "trade": "trade_links",
    "philanthropy": "donates",
    "tourism": "visits_12m",
}
SKILL_FIELDS = ("education_level", "education_field", "work_sector")
NO_ANSWER = {"", "pna", "-99"}


@dataclass
class DiasporaProfile:
    respondents: int = 0  # consented and eligible
    screened_out: int = 0
    unreadable: int = 0
    residence: Counter[str] = field(default_factory=Counter)  # ISO 3166-1 alpha-3 codes
    skills: dict[str, Counter[str]] = field(
        default_factory=lambda: {name: Counter() for name in SKILL_FIELDS}
    )
    channels: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(CONTRIBUTION_CHANNELS, 0)
    )
    channels_answered: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(CONTRIBUTION_CHANNELS, 0)
    )
    willingness: Counter[str] = field(default_factory=Counter)  # willing_contribute codes
    contribution_modes: Counter[str] = field(default_factory=Counter)  # contrib_modes codes
    contribution_sectors: Counter[str] = field(default_factory=Counter)  # contrib_sectors codes


def _contributes(channel: str, value: str) -> bool | None:
    """True / False, or None when the respondent did not say."""
    if value in NO_ANSWER:
        return None
    if channel == "tourism":
        try:
            return int(value) > 0
        except ValueError:
            return None
    return value == "yes" if value in {"yes", "no"} else None


class DiasporaAggregator:
    def __init__(self) -> None:
        self.result = DiasporaProfile()

    def accepts(self, form_id: str) -> bool:
        return form_id in DIASPORA_FORMS

    def add(self, facts: SubmissionFacts) -> None:
        if facts.xml is None or not self.accepts(facts.form_id):
            return
        result = self.result
        try:
            values = instance_values(facts.xml)
        except FieldappError:
            result.unreadable += 1
            return
        if values.get("proceed") != "1":
            result.screened_out += 1
            return
        result.respondents += 1
        country = values.get("residence_country", "")
        if country not in NO_ANSWER:
            result.residence[country] += 1
        for name in SKILL_FIELDS:
            value = values.get(name, "")
            if value not in NO_ANSWER:
                result.skills[name][value] += 1
        for channel, question in CONTRIBUTION_CHANNELS.items():
            said = _contributes(channel, values.get(question, ""))
            if said is not None:
                result.channels_answered[channel] += 1
                result.channels[channel] += int(said)
        willing = values.get("willing_contribute", "")
        if willing not in NO_ANSWER:
            result.willingness[willing] += 1
        for question, counter in (
            ("contrib_modes", result.contribution_modes),
            ("contrib_sectors", result.contribution_sectors),
        ):
            for code in values.get(question, "").split():
                if code not in NO_ANSWER:
                    counter[code] += 1
