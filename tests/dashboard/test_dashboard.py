"""Dashboard aggregation over real instances of the built-in forms, with numbers worked out by
hand from the IPL scoring rule (forms/README.md) and the diaspora answers given."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.core.dashboard import (
    HISTOGRAM_BINS,
    SubmissionFacts,
    build_dashboard,
    instance_values,
)
from fieldapp.core.scoring.ipl_items import DIMENSIONS
from fieldapp.errors import FieldappError

from .filled import BEST12, WORST12, diaspora, ipl12


def facts(
    n: int, form: str, enumerator: str, day: date, status: str, xml: bytes | None
) -> SubmissionFacts:
    return SubmissionFacts(f"uuid:{form}-{n}", form, enumerator, day, status, xml)


def test_progress_per_enumerator_day_and_form() -> None:
    d1, d3 = date(2026, 5, 1), date(2026, 5, 3)
    items = [
        facts(1, "ipl12", "ana", d1, "received", None),
        facts(2, "ipl12", "ana", d1, "approved", None),
        facts(3, "diaspora", "ben", d3, "returned", None),
        facts(4, "diaspora", "", None, "received", None),
    ]
    progress = build_dashboard(items).progress
    assert progress.total == 4
    assert dict(progress.by_enumerator["ana"]) == {"received": 1, "approved": 1}
    assert dict(progress.by_enumerator["ben"]) == {"returned": 1}
    assert dict(progress.by_enumerator["?"]) == {"received": 1}  # unknown sender kept visible
    assert dict(progress.by_form["diaspora"]) == {"returned": 1, "received": 1}
    # days are zero-filled so a day without work shows as a gap, not as nothing
    assert progress.days() == [(d1, 2), (date(2026, 5, 2), 0), (d3, 1)]
    assert progress.statuses["received"] == 2


def test_ipl_radar_groups_and_distributions() -> None:
    day = date(2026, 5, 1)
    mixed = {**{k: "3" for k in BEST12}, "psy1": "5", "psy2": "5", "eco1": "2"}  # index 37/72
    dims_missing = {**BEST12, "lin1": "99", "lin2": "98"}  # linguistic None, no index
    items = [
        facts(1, "ipl12", "ana", day, "received", ipl12(BEST12)),
        facts(2, "ipl12", "ana", day, "received", ipl12(WORST12)),
        facts(3, "ipl12", "ben", day, "received", ipl12(mixed)),
        facts(4, "ipl12", "ben", day, "received", ipl12(dims_missing)),
        facts(5, "ipl12", "ben", day, "received", ipl12(BEST12, consent="no")),
        facts(6, "diaspora", "ben", day, "received", None),  # not IPL: ignored here
    ]
    ipl = build_dashboard(items).ipl
    assert ipl.team.n == 4
    assert ipl.not_consented == 1
    means = ipl.team.means()
    # psychological: 1, 0, .5, 1 -> 2.5 / 4
    assert means["psychological"] == pytest.approx(2.5 / 4)
    # economic: 1, 0, 7/12, 1
    assert means["economic"] == pytest.approx((2 + 7 / 12) / 4)
    # linguistic: 1, 0, .5 (the fourth has none: left out, not counted as 0)
    assert means["linguistic"] == pytest.approx(1.5 / 3)
    assert ipl.team.index_mean == pytest.approx((1 + 0 + 37 / 72) / 3)
    ana = ipl.by_enumerator["ana"].means()
    assert all(ana[name] == pytest.approx(0.5) for name in DIMENSIONS)
    assert ipl.by_enumerator["ben"].n == 2
    # the built-in form's host country setting is Peru
    assert set(ipl.by_country) == {"Peru"}
    assert ipl.by_country["Peru"].n == 4
    # index distribution: 1.0 in the top bin, 0.0 in the first, 37/72 in bin 5
    expected = [0] * HISTOGRAM_BINS
    expected[0] += 1
    expected[HISTOGRAM_BINS - 1] += 1
    expected[5] += 1
    assert ipl.index_histogram == expected
    assert sum(ipl.dimension_histograms["linguistic"]) == 3


def test_ipl_unreadable_submission_is_counted_not_fatal() -> None:
    day = date(2026, 5, 1)
    items = [
        facts(1, "ipl12", "ana", day, "received", b"<ipl12 id='ipl12'><consent>yes"),
        facts(2, "ipl12", "ana", day, "received", ipl12(BEST12)),
    ]
    ipl = build_dashboard(items).ipl
    assert ipl.unreadable == 1
    assert ipl.team.n == 1
    assert "I102" in ipl.problems[0]


def test_diaspora_profile() -> None:
    day = date(2026, 5, 1)
    items = [
        facts(1, "diaspora", "ana", day, "received", diaspora()),
        facts(
            2,
            "diaspora",
            "ana",
            day,
            "received",
            diaspora(
                country="USA",
                field_="ict",
                sector="ict",
                remit="no",
                invest="yes",
                trade="yes",
                donates="pna",
                visits="0",
                willing="maybe",
                modes="investment",
            ),
        ),
        facts(3, "diaspora", "ben", day, "received", diaspora(visits="-99", willing="pna")),
        facts(4, "diaspora", "ben", day, "received", diaspora(consent="no")),
    ]
    profile = build_dashboard(items).diaspora
    assert profile.respondents == 3
    assert profile.screened_out == 1
    assert dict(profile.residence) == {"ESP": 2, "USA": 1}
    assert dict(profile.skills["education_field"]) == {"health": 2, "ict": 1}
    assert dict(profile.skills["work_sector"]) == {"health": 2, "ict": 1}
    assert profile.channels == {
        "remittances": 2,
        "investment": 1,
        "trade": 1,
        "philanthropy": 2,
        "tourism": 1,  # 1 visit, 0 visits, -99 (not said)
    }
    assert profile.channels_answered["philanthropy"] == 2  # "prefer not to answer" is not "no"
    assert profile.channels_answered["tourism"] == 2
    assert dict(profile.willingness) == {"yes": 1, "maybe": 1}
    # the third respondent preferred not to say whether they would contribute, so the form
    # never asked how (the modes given are not relevant and not in the instance)
    assert dict(profile.contribution_modes) == {"skills": 1, "mentoring": 1, "investment": 1}


def test_instance_values_refuses_entities() -> None:
    bomb = b'<!DOCTYPE x [<!ENTITY a "aaaa">]><diaspora>&a;</diaspora>'
    with pytest.raises(FieldappError) as info:
        instance_values(bomb)
    assert info.value.code == "U300"


def test_progress_callback_reports_while_aggregating() -> None:
    seen: list[int] = []
    items = (facts(n, "ipl12", "ana", date(2026, 5, 1), "received", None) for n in range(1, 1001))
    build_dashboard(items, progress=seen.append, every=400)
    assert seen == [400, 800]
