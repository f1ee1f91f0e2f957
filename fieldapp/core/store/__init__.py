"""Encrypted local store: profiles, key hierarchy, lifecycle of interviews. Qt-free.

Use ``Store(data_dir)`` to list / create / unlock profiles; an unlocked ``ProfileSession`` is the
repository API for forms, drafts, outbox, sent / returned / approved interviews, attachments,
audit events, settings, sync state, encrypted export / import, and the supervisor's review
queue (routing columns, flags, a sealed outbox of review decisions). No SQL exists outside this
package. See store.py (layout, unlock delay), keys.py (key hierarchy), records.py (sealing and
the rollback-detecting manifest), database.py (durability and damage handling).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from fieldapp.core.store.profiles import (
    ROLES,
    ProfileInfo,
    Role,
    list_profiles,
    resolve_data_dir,
)

if TYPE_CHECKING:
    from fieldapp.core.store.keys import CHEAP_TEST_KDF, PRODUCTION_KDF, KdfParams
    from fieldapp.core.store.lifecycle import TRANSITIONS, Status
    from fieldapp.core.store.models import (
        Attachment,
        AuditEvent,
        Comment,
        FlagUpdate,
        FormVersion,
        ImportReport,
        Page,
        PendingReview,
        ReceivedSubmission,
        RecordBatch,
        ReviewPage,
        ReviewQuery,
        ReviewSummary,
        Routing,
        Submission,
        SubmissionSummary,
        SyncItemState,
        Unreadable,
        form_key,
    )
    from fieldapp.core.store.session import ProfileSession
    from fieldapp.core.store.store import MIN_PASSPHRASE, Store, UnlockDelay

# The login screen needs only the profile list (``profiles``); the key hierarchy (cryptography,
# pydantic, ~100 ms) and the rest load on first use, so the first screen appears sooner.
_LAZY = {
    "CHEAP_TEST_KDF": "keys",
    "PRODUCTION_KDF": "keys",
    "KdfParams": "keys",
    "TRANSITIONS": "lifecycle",
    "Status": "lifecycle",
    "ProfileSession": "session",
    "MIN_PASSPHRASE": "store",
    "Store": "store",
    "UnlockDelay": "store",
    **{
        name: "models"
        for name in (
            "Attachment",
            "AuditEvent",
            "Comment",
            "FlagUpdate",
            "FormVersion",
            "ImportReport",
            "Page",
            "PendingReview",
            "ReceivedSubmission",
            "RecordBatch",
            "ReviewPage",
            "ReviewQuery",
            "ReviewSummary",
            "Routing",
            "Submission",
            "SubmissionSummary",
            "SyncItemState",
            "Unreadable",
            "form_key",
        )
    },
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


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
    "RecordBatch",
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
    "Unreadable",
    "form_key",
    "list_profiles",
    "resolve_data_dir",
]
