"""Detail view data and the diff between versions, through the engine on real forms."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.core.review import decisions, queue
from fieldapp.core.review.detail import load_detail
from fieldapp.core.review.diff import diff_versions, diff_with_previous, previous_version
from fieldapp.core.review.flags import refresh_flags
from fieldapp.core.review.paradata import write_audit_csv
from fieldapp.core.review.queue import QueueFilter
from fieldapp.core.store import ProfileSession
from fieldapp.errors import FieldappError
from tests.instruments.ipl_fill import ipl_answers
from tests.review.kit import IPL12_CODES, T0, diaspora, interview, ipl12, receive

ECO2 = "/ipl12/economic/eco2_p2"


def test_detail_in_form_order_with_labels_timings_flags_and_comments(sup: ProfileSession) -> None:
    events = [
        {"event": "question", "node": "/ipl12/consent", "start": 0, "end": 2500},
        {"event": "question", "node": ECO2, "start": 3000, "end": 4000},
        {"event": "question", "node": ECO2, "start": 9000, "end": 9500},  # came back to it
    ]
    iid = receive(
        sup, ipl12(minutes=1), form_id="ipl12", attachments={"audit.csv": write_audit_csv(events)}
    )
    refresh_flags(sup)
    decisions.mark_has_issues(
        sup, iid, reviewer="sara", comment="Too fast", question_comments={ECO2: "Really?"}
    )
    detail = load_detail(sup, iid)
    refs = [i.ref for i in detail.items]
    assert refs.index("/ipl12/consent") < refs.index("/ipl12/economic") < refs.index(ECO2)
    consent = next(i for i in detail.items if i.ref == "/ipl12/consent")
    assert consent.kind == "question" and consent.value == "yes" and consent.display == "Yes"
    assert consent.control == "select1" and consent.seconds == 2.5
    eco2 = next(i for i in detail.items if i.ref == ECO2)
    assert eco2.seconds == 1.5 and eco2.value == IPL12_CODES["eco2"]
    assert eco2.display and eco2.display != eco2.value  # the income band's label
    assert [c.text for c in eco2.comments] == ["Really?"]
    assert [c.text for c in detail.comments] == ["Too fast"]
    group = next(i for i in detail.items if i.ref == "/ipl12/economic")
    assert group.kind == "group" and group.label == "Work and income"
    # rows of the item positions not used (no randomisation) are listed, marked not relevant
    assert any(not i.relevant for i in detail.questions)
    assert detail.total_seconds == 4.0
    assert [f["code"] for f in detail.flags] == ["short_interview"]
    assert detail.submission.status == "has_issues"
    spanish = load_detail(sup, iid, language="Spanish (es)")
    consent_es = next(i for i in spanish.items if i.ref == "/ipl12/consent")
    assert consent_es.display == "Sí" and consent_es.label != consent.label
    assert spanish.language == "Spanish (es)" and "English (en)" in spanish.languages


def test_detail_walks_repeats(sup: ProfileSession) -> None:
    iid = receive(sup, diaspora(), form_id="diaspora")
    detail = load_detail(sup, iid)
    names = [i for i in detail.items if i.ref.endswith("/assoc_name")]
    assert [i.ref for i in names] == [
        "/diaspora/social_capital/associations[1]/assoc_name",
        "/diaspora/social_capital/associations[2]/assoc_name",
    ]
    assert names[1].value == "Enfermeras Ecuatorianas en Europa"
    kinds = {i.kind for i in detail.items}
    assert {"repeat", "repeat_instance", "group", "question"} <= kinds
    multi = next(i for i in detail.items if i.ref == "/diaspora/profile/citizenships")
    assert multi.control == "select" and multi.value == "ECU ESP"
    assert multi.display.count(",") == 1 and "ECU" not in multi.display  # country names


def test_return_fix_resubmit_and_diff(sup: ProfileSession) -> None:
    first_xml = ipl12()
    first = receive(sup, first_xml, form_id="ipl12")
    decisions.return_to_enumerator(
        sup, first, reviewer="sara", question_comments={ECO2: "Check the income band"}
    )
    # the enumerator edits the sent interview: a new instanceID naming the old one
    changed = dict(IPL12_CODES, eco2="4")
    answers = ipl_answers("ipl12", changed)
    answers["/ipl12/interview_mode"] = "phone"
    fixed_xml = interview("ipl12", answers, edit_of=first_xml)
    fixed = receive(
        sup,
        fixed_xml,
        form_id="ipl12",
        deprecated_id=first,
        received_at=T0 + timedelta(days=1),
    )
    assert fixed != first
    assert sup.version_chain(fixed) == [first, fixed] == sup.version_chain(first)
    assert previous_version(sup, fixed) == first and previous_version(sup, first) is None
    diff = diff_with_previous(sup, fixed)
    assert diff is not None
    assert diff.refs == ("/ipl12/interview_mode", ECO2)  # form order
    mode, income = diff.changes
    assert (mode.kind, mode.old, mode.new) == ("changed", "in_person", "phone")
    assert mode.label == "Interview mode" and mode.new_display == "By phone"
    assert (income.old, income.new) == (IPL12_CODES["eco2"], "4")
    assert income.old_display != income.new_display
    assert diff_with_previous(sup, first) is None
    latest = queue.page(sup, QueueFilter(latest_only=True)).rows
    assert fixed in [r.instance_id for r in latest] and first not in [r.instance_id for r in latest]
    assert queue.page(sup).total == 2
    assert queue.page(sup, QueueFilter(latest_only=True)).total == 1
    assert queue.status_counts(sup, QueueFilter(latest_only=True)) == {
        "received": 1,
        "has_issues": 0,
        "returned": 0,
        "approved": 0,
    }
    assert queue.status_counts(sup)["returned"] == 1
    # answers that disappear (consent withdrawn: the items become non-relevant) are "removed"
    refused = interview("ipl12", {"/ipl12/interview_mode": "phone", "/ipl12/consent": "no"})
    refused_id = receive(sup, refused, form_id="ipl12")
    back = diff_versions(sup, fixed, refused_id)
    kinds = {c.ref: c.kind for c in back.changes}
    assert kinds[ECO2] == "removed" and kinds["/ipl12/consent"] == "changed"
    assert list(kinds).index("/ipl12/consent") < list(kinds).index(ECO2)
    assert diff_versions(sup, refused_id, fixed).changes[-1].kind == "added"
    decisions.approve(sup, fixed, reviewer="sara")
    assert [p.decision for p in sup.pending_reviews()] == ["returned", "approved"]


def test_diff_refuses_different_forms(sup: ProfileSession) -> None:
    a = receive(sup, ipl12(), form_id="ipl12")
    b = receive(sup, diaspora(), form_id="diaspora")
    with pytest.raises(FieldappError) as err:
        diff_versions(sup, a, b)
    assert err.value.code == "R110"


def test_without_the_form_version_raw_values_are_shown(sup: ProfileSession) -> None:
    from fieldapp.core.store import ReceivedSubmission

    def body(iid: str, age: str, dep: str = "") -> bytes:
        meta = f"<instanceID>{iid}</instanceID>" + (
            f"<deprecatedID>{dep}</deprecatedID>" if dep else ""
        )
        kids = "<kids><k>a</k><k>b</k></kids>"
        return f'<x id="old"><age>{age}</age>{kids}<meta>{meta}</meta></x>'.encode()

    sup.put_received(
        [
            ReceivedSubmission("uuid:v1", "old", "9", body("uuid:v1", "40"), enumerator="ana"),
            ReceivedSubmission(
                "uuid:v2", "old", "9", body("uuid:v2", "41", "uuid:v1"), deprecated_id="uuid:v1"
            ),
        ]
    )
    detail = load_detail(sup, "uuid:v1")
    assert detail.form_missing
    assert [(i.ref, i.value) for i in detail.items] == [
        ("/x/age", "40"),
        ("/x/kids/k[1]", "a"),
        ("/x/kids/k[2]", "b"),
    ]
    diff = diff_with_previous(sup, "uuid:v2")
    assert diff is not None and [(c.ref, c.old, c.new) for c in diff.changes] == [
        ("/x/age", "40", "41")
    ]
