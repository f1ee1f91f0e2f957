"""Where exported rows come from: the profile's decrypted submissions, one page at a time.

Pages of summaries come from the store's index-backed list (``list_submissions``), then each
record is decrypted alone (``load``), so memory holds one page of ids, never the whole set.
Records that fail (tampered, unknown version) are reported, not fatal: the rest is exported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from fieldapp.core.store import ProfileSession, Status, Submission
from fieldapp.errors import FieldappError

PAGE = 500

SUPERVISOR_STATUSES: tuple[str, ...] = (
    Status.RECEIVED.value,
    Status.APPROVED.value,
    Status.RETURNED.value,
    Status.HAS_ISSUES.value,
)
ENUMERATOR_STATUSES: tuple[str, ...] = (
    Status.FINALIZED.value,
    Status.SENT.value,
    Status.RETURNED.value,
    Status.APPROVED.value,
)


@dataclass(frozen=True)
class ExportFilter:
    """Which submissions: one form, optionally some versions, statuses and a date range.

    Dates apply to the submission date (the record's ``created_at``): ``date_from`` inclusive,
    ``date_to`` exclusive. Empty ``statuses``: a supervisor's received ones (received, approved,
    returned, has_issues); an enumerator's own finalized or later ones (drafts only on request).
    ``enumerators`` (supervisor) keeps submissions collected by those server users.
    """

    form_id: str
    versions: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: datetime | None = None
    date_to: datetime | None = None
    enumerators: tuple[str, ...] = ()

    def effective_statuses(self, role: str) -> tuple[str, ...]:
        if self.statuses:
            return self.statuses
        return SUPERVISOR_STATUSES if role == "supervisor" else ENUMERATOR_STATUSES

    def check(self) -> None:
        for status in self.statuses:
            if status not in {s.value for s in Status}:
                allowed = ", ".join(s.value for s in Status)
                raise FieldappError("R160", detail=f"unknown status {status!r}; use {allowed}")
        if self.date_from and self.date_to and self.date_from >= self.date_to:
            raise FieldappError("R160", detail="the start of the date range must be before its end")


@dataclass(frozen=True)
class Skipped:
    instance_id: str
    code: str
    message: str


def enumerator_of(sub: Submission) -> str:
    routing = getattr(sub, "routing", None)
    return str(getattr(routing, "enumerator", None) or "")


def count(session: ProfileSession, flt: ExportFilter) -> int:
    return session.list_submissions(
        status=flt.effective_statuses(session.role),
        form_id=flt.form_id,
        date_from=flt.date_from,
        date_to=flt.date_to,
        sort="created_at",
        limit=1,
    ).total


def iter_submissions(
    session: ProfileSession, flt: ExportFilter, page_size: int = PAGE
) -> Iterator[Submission | Skipped | None]:
    """Each matching record decrypted, oldest submission first; a ``Skipped`` for a record that
    cannot be read; ``None`` for one the version / enumerator filter leaves out (progress)."""
    statuses = flt.effective_statuses(session.role)
    versions = set(flt.versions)
    enumerators = set(flt.enumerators)
    offset = 0
    while True:
        page = session.list_submissions(
            status=statuses,
            form_id=flt.form_id,
            date_from=flt.date_from,
            date_to=flt.date_to,
            sort="created_at",
            descending=False,
            offset=offset,
            limit=page_size,
        )
        if not page.rows:
            return
        offset += len(page.rows)
        for row in page.rows:
            if versions and row.form_version not in versions:
                yield None
                continue
            try:
                sub = session.load(row.instance_id)
            except FieldappError as exc:
                if exc.code == "S107":  # locked meanwhile: nothing more can be read
                    raise
                yield Skipped(row.instance_id, exc.code, exc.render())
                continue
            if enumerators and enumerator_of(sub) not in enumerators:
                yield None
                continue
            yield sub
