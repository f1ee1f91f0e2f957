"""Supervisor decisions: approve, return to the enumerator with comments, mark as having issues.

A decision changes the received record through the store's lifecycle (comments are added to
its sealed head) and, in the same transaction, enters a sealed outbox that the sync code pushes
to the server as ``ReviewIn`` (``session.pending_reviews()`` / ``session.mark_review_sent()``),
so a decision is never applied locally yet lost for the enumerator. Repeating the same decision
with the same comments is a no-op (double clicks, retried jobs).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from fieldapp.core.store import Comment, ProfileSession, Status
from fieldapp.errors import FieldappError

MAX_COMMENT_CHARS = 10_000  # the server's limit (sync.protocol.MAX_COMMENT_CHARS)
MAX_QUESTION_COMMENTS = 500


class Decision(StrEnum):
    """Same values as ``sync.protocol.Decision`` (minus ``rejected``, a server-only state)."""

    APPROVED = "approved"
    RETURNED = "returned"
    HAS_ISSUES = "has_issues"


_TARGET = {
    Decision.APPROVED: Status.APPROVED,
    Decision.RETURNED: Status.RETURNED,
    Decision.HAS_ISSUES: Status.HAS_ISSUES,
}


@dataclass(frozen=True)
class DecisionResult:
    instance_id: str
    decision: Decision
    applied: bool  # False: the same decision was already recorded (nothing changed)
    outbox_id: str | None  # the entry sync will push; None when nothing was applied


def decide(
    session: ProfileSession,
    instance_id: str,
    decision: Decision | str,
    *,
    reviewer: str,
    comment: str = "",
    question_comments: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> DecisionResult:
    """Apply a decision to a received interview and queue it for the server.

    ``question_comments`` maps question refs (``/data/member[2]/age``) to a comment. Returning
    needs at least one comment, so the enumerator knows what to fix (R107).
    """
    try:
        chosen = Decision(decision)
    except ValueError:
        raise FieldappError("R102", decision=str(decision)) from None
    per_question = {str(k): str(v).strip() for k, v in (question_comments or {}).items()}
    per_question = {k: v for k, v in per_question.items() if v}
    comment = comment.strip()
    if len(comment) > MAX_COMMENT_CHARS or any(
        len(v) > MAX_COMMENT_CHARS or len(k) > 512 for k, v in per_question.items()
    ):
        raise FieldappError("R108", limit=MAX_COMMENT_CHARS)
    if len(per_question) > MAX_QUESTION_COMMENTS:
        raise FieldappError("R108", limit=MAX_COMMENT_CHARS)
    if chosen is Decision.RETURNED and not comment and not per_question:
        raise FieldappError("R107", instance_id=instance_id)
    record = session.load(instance_id)
    if record.routing is None:
        raise FieldappError("R103", instance_id=instance_id)
    target = _TARGET[chosen]
    at = (now or datetime.now(UTC)).isoformat()
    comments = []
    if comment:
        comments.append(Comment(reviewer, comment, at, ""))
    comments += [Comment(reviewer, text, at, ref) for ref, text in sorted(per_question.items())]
    if record.status == target.value and _already(record.comments, comments, reviewer):
        return DecisionResult(instance_id, chosen, False, None)
    if record.status == Status.APPROVED.value:
        raise FieldappError("R109", instance_id=instance_id, decision=chosen.value)
    outbox_id = session.decide_review(
        instance_id,
        target,
        comments,
        decision=chosen.value,
        comment=comment,
        question_comments=per_question,
        reviewer=reviewer,
    )
    return DecisionResult(instance_id, chosen, True, outbox_id)


def _already(existing: tuple[Comment, ...], new: list[Comment], reviewer: str) -> bool:
    """The record already ends with the same comments by the same reviewer (times aside)."""
    if not new:
        return True
    tail = existing[-len(new) :] if len(existing) >= len(new) else ()
    return [(c.author, c.text, c.ref) for c in tail] == [(reviewer, c.text, c.ref) for c in new]


def approve(
    session: ProfileSession, instance_id: str, *, reviewer: str, comment: str = ""
) -> DecisionResult:
    return decide(session, instance_id, Decision.APPROVED, reviewer=reviewer, comment=comment)


def return_to_enumerator(
    session: ProfileSession,
    instance_id: str,
    *,
    reviewer: str,
    comment: str = "",
    question_comments: Mapping[str, str] | None = None,
) -> DecisionResult:
    return decide(
        session,
        instance_id,
        Decision.RETURNED,
        reviewer=reviewer,
        comment=comment,
        question_comments=question_comments,
    )


def mark_has_issues(
    session: ProfileSession,
    instance_id: str,
    *,
    reviewer: str,
    comment: str = "",
    question_comments: Mapping[str, str] | None = None,
) -> DecisionResult:
    return decide(
        session,
        instance_id,
        Decision.HAS_ISSUES,
        reviewer=reviewer,
        comment=comment,
        question_comments=question_comments,
    )
