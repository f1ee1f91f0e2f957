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
    RecordBatch,
    ReviewPage,
    ReviewQuery,
    ReviewSummary,
    Role,
    Routing,
    Submission,
    SubmissionSummary,
    SyncItemState,
    Unreadable,
    form_key,
)
from fieldapp.core.store.profiles import list_profiles, resolve_data_dir

if TYPE_CHECKING:
    from fieldapp.core.store.keys import CHEAP_TEST_KDF, PRODUCTION_KDF, KdfParams
    from fieldapp.core.store.session import ProfileSession
    from fieldapp.core.store.store import MIN_PASSPHRASE, Store, UnlockDelay

# The key hierarchy pulls in cryptography and pydantic (~100 ms): loaded on first use, so the
# login screen can list profiles (``list_profiles``) before they are needed.
_LAZY = {
    "CHEAP_TEST_KDF": "keys",
    "PRODUCTION_KDF": "keys",
    "KdfParams": "keys",
    "ProfileSession": "session",
    "MIN_PASSPHRASE": "store",
    "Store": "store",
    "UnlockDelay": "store",
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
