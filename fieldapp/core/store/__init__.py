"""Encrypted local store: profiles, key hierarchy, lifecycle of interviews. Qt-free.

Use ``Store(data_dir)`` to list / create / unlock profiles; an unlocked ``ProfileSession`` is the
repository API for forms, drafts, outbox, sent / returned / approved interviews, attachments,
audit events, settings, sync state and encrypted export / import. No SQL exists outside this
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
    FormVersion,
    ImportReport,
    Page,
    ProfileInfo,
    ReceivedSubmission,
    Role,
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
    "FormVersion",
    "ImportReport",
    "KdfParams",
    "Page",
    "ProfileInfo",
    "ProfileSession",
    "ReceivedSubmission",
    "Role",
    "Status",
    "Store",
    "Submission",
    "SubmissionSummary",
    "SyncItemState",
    "UnlockDelay",
    "form_key",
    "resolve_data_dir",
]
