"""Real instances of the built-in forms filled through the engine (no hand-written XML).

Used by the dashboard tests and the supervisor UI tests. The forms are converted once per
test session (pyxform takes seconds); each instance then takes a few milliseconds.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fieldapp.core.engine.definition import FormDefinition
from fieldapp.core.engine.loading import load_form
from fieldapp.core.engine.session import FormSession
from fieldapp.core.scoring.ipl_items import FormName, items_by_dimension

FORMS = Path(__file__).resolve().parents[2] / "forms"

# fmt: off
BEST12 = {"psy1": "5", "psy2": "1", "eco1": "1", "eco2": "4", "pol1": "1", "pol2": "5",
          "soc1": "5", "soc2": "5", "lin1": "1", "lin2": "1", "nav1": "1", "nav2": "1"}
WORST12 = {"psy1": "1", "psy2": "5", "eco1": "6", "eco2": "1", "pol1": "5", "pol2": "1",
           "soc1": "1", "soc2": "1", "lin1": "5", "lin2": "5", "nav1": "5", "nav2": "5"}
# fmt: on


@cache
def definition(name: str) -> FormDefinition:
    return load_form(FORMS / f"{name}.xlsx")


def fill(name: str, answers: dict[str, str], *, username: str = "ana") -> bytes:
    """A finalized instance of a built-in form with ``answers`` (ref -> value) given in order."""
    session = FormSession.start(definition(name), properties={"username": username})
    for ref, value in answers.items():
        result = session.answer(ref, value)
        assert result.ok, (ref, value, result)
    return session.finalize()


def ipl12(codes: dict[str, str], *, consent: str = "yes", username: str = "ana") -> bytes:
    answers = {"/ipl12/interview_mode": "in_person", "/ipl12/consent": consent}
    if consent == "yes":
        for dim, items in items_by_dimension(_form("ipl12")).items():
            for k, item in enumerate(items):
                if item.name in codes:
                    answers[f"/ipl12/{dim}/{item.name}_p{k + 1}"] = codes[item.name]
    return fill("ipl12", answers, username=username)


def _form(name: str) -> FormName:
    return "ipl12" if name == "ipl12" else "ipl24"


D = "/diaspora"


def diaspora(
    *,
    country: str = "ESP",
    field_: str = "health",
    sector: str = "health",
    remit: str = "yes",
    invest: str = "no",
    trade: str = "no",
    donates: str = "yes",
    visits: str = "1",
    willing: str = "yes",
    modes: str = "skills mentoring",
    consent: str = "yes",
) -> bytes:
    """A diaspora interview with the answers the dashboards read (contact group included)."""
    answers = {
        f"{D}/interview/interview_mode": "phone",
        f"{D}/interview/interview_language": "es",
        f"{D}/interview/recruitment_channel": "association",
        f"{D}/screening/adult": "yes",
        f"{D}/screening/elig_born": "yes",
        f"{D}/screening/consent": consent,
    }
    if consent == "yes":
        answers |= {
            f"{D}/profile/residence_country": country,
            f"{D}/human_capital/education_level": "bachelor",
            f"{D}/human_capital/education_field": field_,
            f"{D}/human_capital/work_status": "employee",
            f"{D}/human_capital/work_sector": sector,
            f"{D}/economic_capital/remit_sends": remit,
            f"{D}/economic_capital/invest_has": invest,
            f"{D}/economic_capital/trade_links": trade,
            f"{D}/economic_capital/donates": donates,
            f"{D}/economic_capital/visits_12m": visits,
            f"{D}/engagement/willing_contribute": willing,
            f"{D}/engagement/contrib_modes": modes,
            f"{D}/recontact/recontact_consent": "yes",
            f"{D}/recontact/sensitive_contact/contact_phone": "+34 600 123 456",
        }
    return fill("diaspora", answers)
