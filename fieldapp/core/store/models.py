"""Public value types of the store API (what the UI, sync and review receive).

Summaries carry only what a list needs; the decrypted instance name is included because lists
show it, but it is decrypted for the rows of the requested page only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fieldapp.core.store.profiles import ROLES as ROLES
from fieldapp.core.store.profiles import ProfileInfo as ProfileInfo
from fieldapp.core.store.profiles import Role as Role


@dataclass(frozen=True)
class FormVersion:
    """A stored form version (forms are not respondent data, but are still sealed at rest)."""

    form_id: str
    version: str
    title: str
    added_at: str
    media_names: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return form_key(self.form_id, self.version)


def form_key(form_id: str, version: str) -> str:
    return f"{form_id}@{version}"


@dataclass(frozen=True)
class Comment:
    """A supervisor's comment; ``ref`` is a question path or "" for the whole interview."""

    author: str
    text: str
    at: str
    ref: str = ""


@dataclass(frozen=True)
class SubmissionSummary:
    """One row of a paged list (drafts, outbox, sent, returned, approved, received)."""

    instance_id: str
    form_id: str
    form_version: str
    status: str
    created_at: str
    updated_at: str
    name: str | None
    comment_count: int
    damaged: bool = False  # the sealed head failed its check: shown, never trusted (S124 on load)


@dataclass(frozen=True)
class Submission:
    """A whole record, decrypted: instance XML plus lifecycle details."""

    instance_id: str
    form_id: str
    form_version: str
    status: str
    created_at: str
    updated_at: str
    name: str | None
    xml: bytes
    position: dict[str, Any] = field(default_factory=dict)
    comments: tuple[Comment, ...] = ()
    receipt_hash: str | None = None
    sent_at: str | None = None
    history: tuple[dict[str, Any], ...] = ()
    routing: Routing | None = None  # received (supervisor) records only
    flags: int = 0  # review flag bitmask (see fieldapp.core.review.flags)
    # rows an export prepared from this XML (fieldapp.core.export.prepared), sealed with it
    prepared: dict[str, Any] | None = None


@dataclass(frozen=True)
class Unreadable:
    """A record of a bulk read that failed its check (S124): reported, the others still read."""

    instance_id: str
    code: str
    message: str


@dataclass(frozen=True)
class RecordBatch:
    """One page of whole records (``read_records`` / ``read_review_records``), in date order.

    ``after`` is where the next page starts (pass it back), None once the last page is read.
    """

    records: tuple[Submission | Unreadable, ...]
    after: tuple[str, int] | None


@dataclass(frozen=True)
class Routing:
    """Plaintext routing metadata of a received submission (also sealed in its head: checked).

    Who collected it and when it arrived: the review queue filters and sorts on these columns.
    Usernames and team names are not respondent data.
    """

    enumerator: str | None
    team: str | None
    received_at: str
    deprecated_id: str | None = None


@dataclass(frozen=True)
class ReceivedSubmission:
    """A submission pulled by a supervisor (or bulk-imported): stored as ``received``."""

    instance_id: str
    form_id: str
    form_version: str
    xml: bytes
    name: str | None = None
    created_at: str | None = None
    enumerator: str | None = None  # the server's ``owner``
    team: str | None = None
    received_at: str | None = None  # ISO 8601 (any offset); stored normalised to UTC; default now
    deprecated_id: str | None = None  # the version this one replaces (meta/deprecatedID)


@dataclass(frozen=True)
class Attachment:
    attachment_id: str
    instance_id: str
    name: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class AuditEvent:
    event_id: str
    instance_id: str
    at: str
    event: dict[str, Any]


@dataclass(frozen=True)
class SyncItemState:
    instance_id: str
    attempts: int
    last_attempt_at: str | None
    last_error_code: str | None


@dataclass(frozen=True)
class Page:
    """One page of a list; ``total`` counts every row matching the filter (index-only count)."""

    rows: tuple[SubmissionSummary, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReviewQuery:
    """Filters and sort of the supervisor's review queue (every field optional, AND-ed).

    Index-backed (first page read straight from an index, no sort step): sort ``received_at``
    with at most one of status / enumerator / form (enumerator+status and form+status too),
    a team, the date range, or ``flagged_only`` / ``flags_any``. Several values in one filter
    (e.g. two statuses) are correct but sort the matching rows.
    """

    statuses: tuple[str, ...] = ()
    enumerators: tuple[str, ...] = ()
    teams: tuple[str, ...] = ()
    form_ids: tuple[str, ...] = ()
    received_from: str | None = None  # inclusive, normalised UTC stamp or ISO 8601
    received_to: str | None = None  # exclusive
    flags_any: int = 0  # rows having at least one of these flag bits
    flagged_only: bool = False  # rows with any flag
    latest_only: bool = False  # hide versions a resubmission (deprecatedID) replaced
    sort: str = "received_at"  # received_at | created_at | updated_at | enumerator
    descending: bool = True
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True)
class ReviewSummary:
    """One row of the review queue: routing columns plus the decrypted instance name."""

    instance_id: str
    form_id: str
    form_version: str
    status: str
    enumerator: str | None
    team: str | None
    received_at: str
    created_at: str
    updated_at: str
    flags: int
    deprecated_id: str | None
    name: str | None
    comment_count: int
    damaged: bool = False


@dataclass(frozen=True)
class ReviewPage:
    rows: tuple[ReviewSummary, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class FlagUpdate:
    """New review flags of one submission: bitmask (plaintext, filterable) + sealed details."""

    instance_id: str
    mask: int
    details: dict[str, Any]  # sealed: flag explanations and the facts later flag runs compare


@dataclass(frozen=True)
class PendingReview:
    """A supervisor decision waiting to be pushed to the server (sealed outbox entry)."""

    outbox_id: str
    instance_id: str
    form_id: str
    decision: str  # sync.protocol.Decision value: approved | returned | has_issues
    comment: str
    question_comments: dict[str, str]
    reviewer: str
    created_at: str
