"""Automatic flags over real forms filled through the engine and stored in a real store."""

from __future__ import annotations

import re
from datetime import timedelta

from fieldapp.core.review import flags as review_flags
from fieldapp.core.review.flags import Flag, FlagSettings, flag_details, refresh_flags
from fieldapp.core.review.paradata import write_audit_csv
from fieldapp.core.store import ProfileSession, Store
from tests.engine.formkit import xlsform_xml
from tests.review.kit import T0, diaspora, instance_id_of, interview, ipl12, receive

D = "/diaspora"


def _person(i: int, age: int = 0) -> dict[str, str]:
    """Distinct identifying answers per respondent, ages spread around 40."""
    return {
        f"{D}/profile/age": str(age or 30 + (i * 7) % 20),
        f"{D}/recontact/sensitive_contact/contact_name": f"Person {i}",
        f"{D}/recontact/sensitive_contact/contact_phone": f"+34 600 000 {100 + i}",
    }


def _codes(iid: str, sup: ProfileSession) -> set[str]:
    return {f["code"] for f in flag_details(sup, iid)}


def test_short_interview_from_start_end_times_and_from_paradata(sup: ProfileSession) -> None:
    quick = receive(sup, ipl12(minutes=1), form_id="ipl12")
    normal = receive(sup, ipl12(minutes=20), form_id="ipl12")
    events = [{"event": "form start", "node": "", "start": 0, "end": 0}]
    events += [
        {"event": "question", "node": f"/ipl12/q{i}", "start": i * 10_000, "end": i * 10_000 + 4000}
        for i in range(10)
    ]
    # the form's own start/end say 30 min, but the paradata shows 40 s of questions on screen
    fast_tapper = receive(
        sup,
        ipl12(minutes=30),
        form_id="ipl12",
        attachments={"audit.csv": write_audit_csv(events)},
    )
    report = refresh_flags(sup)
    assert report.read == 3 and report.submissions == 3
    assert sup.load(quick).flags == Flag.SHORT_INTERVIEW
    assert sup.load(normal).flags == 0
    assert sup.load(fast_tapper).flags & Flag.SHORT_INTERVIEW
    [detail] = flag_details(sup, quick)
    assert detail["code"] == "short_interview"
    assert "1 min (start/end times)" in detail["text"] and "2 min" in detail["text"]
    assert "paradata" in flag_details(sup, fast_tapper)[0]["text"]
    # nothing new: nothing read, nothing written
    assert refresh_flags(sup) == review_flags.FlagRunReport(1, 3, 0, 0)


def test_thresholds_come_from_settings_without_rereading(sup: ProfileSession) -> None:
    iid = receive(sup, ipl12(minutes=20), form_id="ipl12")
    refresh_flags(sup)
    assert sup.load(iid).flags == 0
    review_flags.save_settings(sup, FlagSettings(min_interview_seconds_by_form={"ipl12": 30 * 60}))
    assert review_flags.load_settings(sup).min_interview_seconds_by_form == {"ipl12": 1800}
    report = refresh_flags(sup)
    assert report.read == 0 and report.changed == 1
    assert sup.load(iid).flags == Flag.SHORT_INTERVIEW
    # settings that change what is read (codes, identifying fields) re-read the submissions
    review_flags.save_settings(
        sup,
        FlagSettings(
            min_interview_seconds_by_form={"ipl12": 30 * 60}, dont_know_choices=("2", "3")
        ),
    )
    report = refresh_flags(sup)
    assert report.read == 1
    assert sup.load(iid).flags == Flag.SHORT_INTERVIEW | Flag.MANY_DONT_KNOW


def test_many_dont_knows_and_refusals(sup: ProfileSession) -> None:
    dk = receive(
        sup,
        ipl12({"psy1": "98", "psy2": "99", "eco1": "98", "pol1": "99", "soc2": "98"}),
        form_id="ipl12",
    )
    one = receive(sup, ipl12({"psy1": "98"}), form_id="ipl12")
    pna = receive(
        sup,
        diaspora(
            {
                **_person(1),
                f"{D}/social_capital/advocacy": "pna",
                f"{D}/communication/channel_trusted": "pna",
                f"{D}/engagement/barriers": "pna",
                f"{D}/cultural_capital/identity": "pna",
                f"{D}/social_capital/family_contact": "pna",
                f"{D}/social_capital/vote_origin": "pna",
                f"{D}/social_capital/vote_residence": "pna",
                f"{D}/cultural_capital/attachment_origin": "pna",
                f"{D}/cultural_capital/transmit_language": "pna",
                f"{D}/recontact/sensitive_contact/contact_email": "-99",
            }
        ),
        form_id="diaspora",
    )
    refresh_flags(sup)
    assert sup.load(dk).flags == Flag.MANY_DONT_KNOW
    assert "5 of" in flag_details(sup, dk)[0]["text"]
    assert sup.load(one).flags == 0
    assert sup.load(pna).flags & Flag.MANY_DONT_KNOW


def test_numeric_outliers_against_the_team(sup: ProfileSession) -> None:
    ids = [
        receive(
            sup,
            diaspora(_person(i)),
            form_id="diaspora",
            received_at=T0 + timedelta(minutes=i),
        )
        for i in range(14)
    ]
    odd = receive(sup, diaspora(_person(99, age=109)), form_id="diaspora")
    refresh_flags(sup)
    assert sup.load(odd).flags == Flag.OUTLIER
    [detail] = flag_details(sup, odd)
    assert "age = 109" in detail["text"] and detail["refs"] == [f"{D}/profile/age"]
    assert all(sup.load(i).flags == 0 for i in ids)


def test_duplicates_by_keyed_hash_but_not_across_versions(
    sup: ProfileSession, store: Store
) -> None:
    first_xml = diaspora(_person(1))
    first = receive(sup, first_xml, form_id="diaspora")
    other = receive(sup, diaspora(_person(2)), form_id="diaspora")
    # the same phone written differently, another name: a likely duplicate respondent
    same_phone = receive(
        sup,
        diaspora(
            {
                **_person(3),
                f"{D}/recontact/sensitive_contact/contact_phone": "+34600000101",
            }
        ),
        form_id="diaspora",
    )
    # a corrected resubmission of the first interview is the same respondent, not a duplicate
    fixed = interview(
        "diaspora", {f"{D}/profile/household_size": "5"}, edit_of=first_xml, minutes=5
    )
    fixed_id = receive(sup, fixed, form_id="diaspora", deprecated_id=first)
    refresh_flags(sup)
    assert sup.load(same_phone).flags & Flag.DUPLICATE
    assert sup.load(first).flags & Flag.DUPLICATE
    assert not sup.load(other).flags & Flag.DUPLICATE
    dup = next(f for f in flag_details(sup, same_phone) if f["code"] == "duplicate")
    assert set(dup["others"]) == {first, fixed_id}
    assert sup.load(fixed_id).flags & Flag.CHANGED_AFTER_FINALIZE
    facts = sup.review_details(same_phone)
    assert facts is not None
    keys = facts["facts"]["dup_keys"]
    assert keys and all(re.fullmatch("[0-9a-f]{32}", k) and "600000101" not in k for k in keys)
    sup.lock()
    db = store.db_path("Sara")
    raw = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    assert b"Person 3" not in raw and b"600000101" not in raw and b"age = " not in raw


def test_missing_location_on_a_form_with_a_geopoint(sup: ProfileSession) -> None:
    xml = xlsform_xml(
        """
        | survey |          |       |          |
        |        | type     | name  | label    |
        |        | text     | hh    | Household |
        |        | geopoint | where | Location |
        | settings |        |       |          |
        |          | form_id | version |       |
        |          | geo     | 3       |       |
        """
    )
    sup.add_form("geo", "3", "geo", xml.encode())
    from fieldapp.core.store import ReceivedSubmission

    def sub(iid: str, where: str) -> ReceivedSubmission:
        body = (
            f'<data id="geo" version="3"><hh>h</hh><where>{where}</where>'
            f"<meta><instanceID>{iid}</instanceID></meta></data>"
        )
        return ReceivedSubmission(iid, "geo", "3", body.encode(), enumerator="ana")

    sup.put_received([sub("uuid:g1", ""), sub("uuid:g2", "-0.18 -78.47 2800 5")])
    refresh_flags(sup, "geo")
    assert sup.load("uuid:g1").flags == Flag.MISSING_LOCATION
    assert sup.load("uuid:g2").flags == 0


def test_changes_after_the_finalize_event(sup: ProfileSession) -> None:
    events = [
        {"event": "form start", "node": "", "start": 0, "end": 0},
        {"event": "change", "node": "/ipl12/consent", "start": 5, "end": 5},
        {"event": "form finalize", "node": "", "start": 10, "end": 10},
        {"event": "change", "node": "/ipl12/economic/eco2_p2", "start": 20, "end": 20},
    ]
    iid = receive(sup, ipl12(), form_id="ipl12", attachments={"audit.csv": write_audit_csv(events)})
    refresh_flags(sup)
    assert sup.load(iid).flags & Flag.CHANGED_AFTER_FINALIZE
    found = next(f for f in flag_details(sup, iid) if f["code"] == "changed_after_finalize")
    assert found["refs"] == ["/ipl12/economic/eco2_p2"]


def test_a_submission_whose_form_is_missing_still_gets_generic_flags(sup: ProfileSession) -> None:
    from fieldapp.core.store import ReceivedSubmission

    body = (
        b'<x id="unknown"><start>2026-11-02T09:00:00Z</start><end>2026-11-02T09:00:40Z</end>'
        b"<q>98</q><r>99</r><s>98</s><meta><timeStart>2026-11-02T09:00:00Z</timeStart>"
        b"<timeEnd>2026-11-02T09:00:30Z</timeEnd><instanceID>uuid:u</instanceID></meta></x>"
    )
    sup.put_received([ReceivedSubmission("uuid:u", "unknown", "1", body, enumerator="ben")])
    refresh_flags(sup)
    assert sup.load("uuid:u").flags == Flag.SHORT_INTERVIEW | Flag.MANY_DONT_KNOW
    assert instance_id_of(body) == "uuid:u"


def test_a_shared_placeholder_stays_linear() -> None:
    """Thousands of interviews sharing one identifying key (e.g. a placeholder name) are each
    flagged, naming a bounded number of others, without quadratic work."""
    import time

    facts = {f"uuid:{i}": {"dup_keys": ["k"], "duration": None} for i in range(3000)}
    start = time.perf_counter()
    result = review_flags.evaluate("f", facts, FlagSettings())
    assert time.perf_counter() - start < 2.0
    mask, found = result["uuid:7"]
    assert mask == Flag.DUPLICATE and len(found[0]["others"]) == 20
    assert "20 or more other" in found[0]["text"]


def test_runs_skip_unchanged_forms_and_reread_when_the_form_arrives(store: Store) -> None:
    from tests.review.kit import add_form
    from tests.store.storekit import PASS

    store.create_profile("Lea", "supervisor", PASS)
    s = store.unlock("Lea", PASS)
    iid = receive(s, ipl12(minutes=1), form_id="ipl12")  # the form itself is not held yet
    first = refresh_flags(s)
    assert first.read == 1
    facts = s.review_details(iid)
    assert facts is not None and facts["facts"]["typed"] is False
    assert s.load(iid).flags == Flag.SHORT_INTERVIEW  # from the instance's start/end times
    assert refresh_flags(s) == review_flags.FlagRunReport(1, 1, 0, 0)  # nothing happened
    add_form(s, "ipl12")
    assert refresh_flags(s).read == 1  # read again, now with question types
    facts = s.review_details(iid)
    assert facts is not None and facts["facts"]["typed"] is True
    assert facts["facts"]["answered"] > 10
    from fieldapp.core.review import decisions

    decisions.approve(s, iid, reviewer="lea")
    again = refresh_flags(s)  # a rewritten record: re-evaluated, not re-read
    assert again.read == 0 and s.load(iid).flags == Flag.SHORT_INTERVIEW
    s.lock()
