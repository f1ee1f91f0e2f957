"""Encrypted local store: profiles, key hierarchy, lifecycle of interviews. Qt-free.

Use ``Store(data_dir)`` to list / create / unlock profiles; an unlocked ``ProfileSession`` is the
repository API for forms, drafts, outbox, sent / returned / approved interviews, attachments,
audit events, settings, sync state, encrypted export / import, and the supervisor's review
queue (routing columns, flags, a sealed outbox of review decisions). No SQL exists outside this
package. See store.py (layout, unlock delay), keys.py (key hierarchy), records.py (sealing and
the rollback-detecting manifest), database.py (durability and damage handling).
"""

from fieldapp.core.store.keys import CHEAP_TEST_KDF, PRODUCTION_KDF, KdfParams
from fieldapp.core.store.lifecycle import TRANSITIONS, Status
from fieldapp.core.store.models import (
    ROLES,
    Attachment,
    AuditEvent,
    Comment,
    FlagUpdate,
    FormVersion,
    ImportReport,
    Page,
    PendingReview,
    ProfileInfo,
    ReceivedSubmission,
    ReviewPage,
    ReviewQuery,
    ReviewSummary,
    Role,
    Routing,
    Submission,
    SubmissionSummary,
    SyncItemState,
    form_key,
)
from fieldapp.core.store.session import ProfileSession
from fieldapp.core.store.store import MIN_PASSPHRASE, Store, UnlockDelay, resolve_data_dir

__all__ = [
    "CHEAP_TEST_KDF",
    "MIN_PASSPHRASE",
    "PRODUCTION_KDF",
    "ROLES",
    "TRANSITIONS",
    "Attachment",
    "AuditEvent",
    "Comment",
    "FlagUpdate",
    "FormVersion",
    "ImportReport",
    "KdfParams",
    "Page",
    "PendingReview",
    "ProfileInfo",
    "ProfileSession",
    "ReceivedSubmission",
    "ReviewPage",
    "ReviewQuery",
    "ReviewSummary",
    "Role",
    "Routing",
    "Status",
    "Store",
    "Submission",
    "SubmissionSummary",
    "SyncItemState",
    "UnlockDelay",
    "form_key",
    "resolve_data_dir",
]
