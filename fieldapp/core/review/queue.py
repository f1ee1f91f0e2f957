"""The supervisor's review queue: paged, filtered, sorted; counts per status; saved filters.

Everything the queue filters or sorts on is plaintext routing metadata in indexed columns
(enumerator, team, form, status, received time, flag bits), so a page over 100k submissions
reads ~50 index entries and decrypts only those rows' small heads. Saved filters are named
``QueueFilter`` models kept in the profile settings (they name enumerators and forms, never
respondents).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from fieldapp.core.review.flags import Flag, flag_mask
from fieldapp.core.store import ProfileSession, ReviewPage, ReviewQuery, ReviewSummary
from fieldapp.core.store.session import stamp
from fieldapp.errors import FieldappError

ReviewStatus = Literal["received", "approved", "returned", "has_issues"]
REVIEW_STATUSES: tuple[ReviewStatus, ...] = ("received", "has_issues", "returned", "approved")
SortKey = Literal["received_at", "created_at", "updated_at", "enumerator"]
_FILTER_PREFIX = "review.filter."


class QueueFilter(BaseModel):
    """What the queue shows; empty tuples mean "any". Dates are received times [from, to)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    statuses: tuple[ReviewStatus, ...] = ()
    enumerators: tuple[str, ...] = ()
    teams: tuple[str, ...] = ()
    form_ids: tuple[str, ...] = ()
    received_from: datetime | None = None
    received_to: datetime | None = None
    flags: tuple[str, ...] = Field(default=(), description="flag codes: rows with any of them")
    flagged_only: bool = False
    latest_only: bool = False
    """Hide versions that a resubmission (deprecatedID) has replaced."""
    sort: SortKey = "received_at"
    descending: bool = True

    def query(self, *, offset: int = 0, limit: int = 50) -> ReviewQuery:
        """The store query for one page."""
        return ReviewQuery(
            statuses=self.statuses,
            enumerators=self.enumerators,
            teams=self.teams,
            form_ids=self.form_ids,
            received_from=stamp(self.received_from) if self.received_from else None,
            received_to=stamp(self.received_to) if self.received_to else None,
            flags_any=flag_mask(self.flags),
            flagged_only=self.flagged_only,
            latest_only=self.latest_only,
            sort=self.sort,
            descending=self.descending,
            offset=offset,
            limit=limit,
        )


def page(
    session: ProfileSession, flt: QueueFilter | None = None, *, offset: int = 0, limit: int = 50
) -> ReviewPage:
    """One page of the queue (``total`` counts every matching row)."""
    return session.list_review((flt or QueueFilter()).query(offset=offset, limit=limit))


def status_counts(session: ProfileSession, flt: QueueFilter | None = None) -> dict[str, int]:
    """Rows per review status under the filter's other criteria (the tabs' badges)."""
    found = session.review_counts((flt or QueueFilter()).query())
    return {s: found.get(s, 0) for s in REVIEW_STATUSES}


def flag_counts(session: ProfileSession, flt: QueueFilter | None = None) -> dict[str, int]:
    """Rows carrying each flag under the filter (one index-assisted count per flag)."""
    base = flt or QueueFilter()
    out: dict[str, int] = {}
    for flag in Flag:
        narrowed = base.model_copy(update={"flags": (flag.code,)})
        out[flag.code] = session.list_review(narrowed.query(limit=1)).total
    return out


def search_names(
    session: ProfileSession, text: str, flt: QueueFilter | None = None, *, limit: int = 50
) -> list[ReviewSummary]:
    """Rows whose instance name contains ``text`` (case-insensitive). Names are encrypted, so
    this decrypts heads page by page within the filter (a linear scan, stopped at ``limit``)."""
    needle = text.casefold()
    found: list[ReviewSummary] = []
    offset = 0
    while len(found) < limit:
        rows = page(session, flt, offset=offset, limit=500).rows
        if not rows:
            break
        found += [r for r in rows if r.name and needle in r.name.casefold()]
        offset += len(rows)
    return found[:limit]


# --- saved filters ---------------------------------------------------------------------------
class SavedFilter(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=80)
    filter: QueueFilter


def _key(name: str) -> str:
    return _FILTER_PREFIX + hashlib.blake2b(name.strip().encode(), digest_size=8).hexdigest()


def save_filter(session: ProfileSession, name: str, flt: QueueFilter) -> SavedFilter:
    """Store (or replace) a named filter in the profile settings."""
    try:
        saved = SavedFilter(name=name.strip(), filter=flt)
    except ValidationError as exc:
        raise FieldappError("R104", name=name[:80], detail=exc.errors()[0]["msg"]) from None
    encoded = saved.model_dump_json()
    if len(encoded) > 1900:
        raise FieldappError("R104", name=saved.name, detail="it lists too many values")
    session.set_setting(_key(saved.name), encoded)
    return saved


def saved_filters(session: ProfileSession) -> list[SavedFilter]:
    """Named filters sorted by name; an unreadable entry (edited by hand) is skipped."""
    out: list[SavedFilter] = []
    for key, value in session.settings().items():
        if key.startswith(_FILTER_PREFIX) and isinstance(value, str):
            try:
                out.append(SavedFilter.model_validate_json(value))
            except ValidationError:
                continue
    return sorted(out, key=lambda f: f.name.casefold())


def delete_filter(session: ProfileSession, name: str) -> bool:
    """Remove a named filter; False when there was none."""
    return session.delete_setting(_key(name))
