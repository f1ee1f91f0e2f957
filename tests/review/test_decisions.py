"""Decisions: lifecycle + sealed outbox in one transaction, idempotent, pushed then marked."""

from __future__ import annotations

import sqlite3

import pytest

from fieldapp.core.review import decisions
from fieldapp.core.review.decisions import Decision
from fieldapp.core.store import ProfileSession, Status, Store
from fieldapp.errors import FieldappError
from tests.review.kit import ipl12, receive
from tests.store.storekit import PASS


def test_return_with_comments_is_applied_and_queued(sup: ProfileSession, store: Store) -> None:
    iid = receive(sup, ipl12(), form_id="ipl12")
    result = decisions.return_to_enumerator(
        sup,
        iid,
        reviewer="sara",
        comment="Please check the income answer",
        question_comments={"/ipl12/economic/eco2_p2": "Monthly, not yearly?", "/ipl12/x": " "},
    )
    assert result.applied and result.outbox_id
    rec = sup.load(iid)
    assert rec.status == "returned"
    assert [(c.ref, c.text) for c in rec.comments] == [
        ("", "Please check the income answer"),
        ("/ipl12/economic/eco2_p2", "Monthly, not yearly?"),
    ]
    assert rec.history[-1]["from"] == "received" and rec.history[-1]["to"] == "returned"
    [pending] = sup.pending_reviews()
    assert pending.outbox_id == result.outbox_id and pending.instance_id == iid
    assert pending.decision == "returned" and pending.form_id == "ipl12"
    assert pending.comment == "Please check the income answer"
    assert pending.question_comments == {"/ipl12/economic/eco2_p2": "Monthly, not yearly?"}
    assert pending.reviewer == "sara"
    # the same click again changes nothing and queues nothing
    again = decisions.return_to_enumerator(
        sup,
        iid,
        reviewer="sara",
        comment="Please check the income answer",
        question_comments={"/ipl12/economic/eco2_p2": "Monthly, not yearly?"},
    )
    assert not again.applied and again.outbox_id is None
    assert len(sup.pending_reviews()) == 1 and len(sup.load(iid).comments) == 2
    # the outbox is sealed: the comment text is not on disk in plaintext
    sup.lock()
    raw = store.db_path("Sara").read_bytes()
    wal = store.db_path("Sara").with_name(store.db_path("Sara").name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"Monthly, not yearly" not in raw and b"income answer" not in raw
    s = store.unlock("Sara", PASS)
    s.verify_integrity(deep=True)
    assert s.mark_review_sent(pending.outbox_id) is True
    assert s.mark_review_sent(pending.outbox_id) is False  # idempotent
    assert s.pending_reviews() == []
    s.verify_integrity()
    s.lock()


def test_approve_is_final_and_has_issues_can_follow_up(sup: ProfileSession) -> None:
    a = receive(sup, ipl12(), form_id="ipl12")
    b = receive(sup, ipl12(), form_id="ipl12")
    assert decisions.approve(sup, a, reviewer="sara").applied
    assert not decisions.approve(sup, a, reviewer="sara").applied  # idempotent
    with pytest.raises(FieldappError) as err:
        decisions.return_to_enumerator(sup, a, reviewer="sara", comment="late thought")
    assert err.value.code == "R109"
    assert decisions.mark_has_issues(sup, b, reviewer="sara", comment="call back").applied
    assert decisions.mark_has_issues(sup, b, reviewer="sara", comment="called: no answer").applied
    assert decisions.approve(sup, b, reviewer="sara", comment="resolved").applied
    assert [p.decision for p in sup.pending_reviews()] == [
        "approved",
        "has_issues",
        "has_issues",
        "approved",
    ]
    assert sup.load(b).status == "approved"


def test_bad_decisions_are_refused_with_codes(sup: ProfileSession) -> None:
    iid = receive(sup, ipl12(), form_id="ipl12")
    cases = [
        (lambda: decisions.return_to_enumerator(sup, iid, reviewer="s"), "R107"),
        (lambda: decisions.decide(sup, iid, "rejected", reviewer="s"), "R102"),
        (lambda: decisions.approve(sup, iid, reviewer="s", comment="x" * 10_001), "R108"),
        (lambda: decisions.approve(sup, "uuid:none", reviewer="s"), "S108"),
    ]
    for call, code in cases:
        with pytest.raises(FieldappError) as err:
            call()
        assert err.value.code == code
    assert sup.pending_reviews() == [] and sup.load(iid).status == "received"


def test_enumerator_records_cannot_be_reviewed(store: Store) -> None:
    store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    s.finalize("uuid:own", b"<d/>", form_id="f", form_version="1")
    s.mark_sent("uuid:own", "h")
    with pytest.raises(FieldappError) as err:
        decisions.decide(s, "uuid:own", Decision.APPROVED, reviewer="x")
    assert err.value.code == "R103"
    with pytest.raises(FieldappError) as err:
        s.decide_review(
            "uuid:own",
            Status.APPROVED,
            [],
            decision="approved",
            comment="",
            question_comments={},
            reviewer="x",
        )
    assert err.value.code == "R103"
    s.lock()


def test_outbox_rollback_is_detected(sup: ProfileSession, store: Store) -> None:
    """Deleting a queued decision on disk (so it is never pushed) breaks the manifest."""
    iid = receive(sup, ipl12(), form_id="ipl12")
    decisions.approve(sup, iid, reviewer="sara")
    sup.lock()
    with sqlite3.connect(store.db_path("Sara")) as conn:
        conn.execute("DELETE FROM review_outbox")
    conn.close()
    with pytest.raises(FieldappError) as err:
        store.unlock("Sara", PASS)
    assert err.value.code == "S125"
