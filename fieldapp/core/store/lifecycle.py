"""The lifecycle of an interview record, as an explicit state machine.

Enumerator side: draft -> finalized (outbox) -> sent (server receipt) -> returned (supervisor
comments) -> draft again to fix it, or sent -> approved. A finalized interview not yet sent may be
reopened as a draft. Supervisor side: received (pulled from the server or a transfer file) ->
approved / returned / has_issues. Every status change goes through ``check_transition`` so a bug
can't, for example, mark a draft as sent and drop it from the outbox.
"""

from __future__ import annotations

from enum import StrEnum

from fieldapp.errors import FieldappError


class Status(StrEnum):
    DRAFT = "draft"
    FINALIZED = "finalized"
    SENT = "sent"
    RETURNED = "returned"
    APPROVED = "approved"
    RECEIVED = "received"
    HAS_ISSUES = "has_issues"


TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.DRAFT, Status.FINALIZED}),
    Status.FINALIZED: frozenset({Status.SENT, Status.DRAFT}),
    Status.SENT: frozenset({Status.RETURNED, Status.APPROVED}),
    Status.RETURNED: frozenset({Status.DRAFT, Status.RETURNED, Status.APPROVED}),
    Status.APPROVED: frozenset(),
    Status.RECEIVED: frozenset({Status.APPROVED, Status.RETURNED, Status.HAS_ISSUES}),
    Status.HAS_ISSUES: frozenset({Status.APPROVED, Status.RETURNED, Status.HAS_ISSUES}),
}

#: Records that may be deleted by the user: only unsent work of their own.
DELETABLE: frozenset[Status] = frozenset({Status.DRAFT})


def check_transition(instance_id: str, current: Status, target: Status, action: str) -> None:
    """Raise S109 unless ``current -> target`` is an allowed step."""
    allowed = TRANSITIONS[current]
    if target not in allowed:
        raise FieldappError(
            "S109",
            instance_id=instance_id,
            state=current.value,
            action=action,
            allowed=", ".join(sorted(s.value for s in allowed)) or "nothing (final state)",
        )
