"""The supervisor's bridge to the store and the review core: what the review screens may call.

Like ``store_bridge``, screens never see SQL or keys: they get pages of the review queue,
counts, pick lists, the dashboard aggregates and (through ``fieldapp.core.review``) details,
decisions and diffs. Everything here may run on a worker thread except where noted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from fieldapp.core.dashboard import SubmissionFacts, TeamDashboard, build_dashboard, needs_answers
from fieldapp.core.store import ProfileSession, ReviewPage, ReviewQuery

DASHBOARD_PAGE = 1000


def _day(stamp: str) -> date | None:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.date()


class ReviewBridge:
    """Thin, Qt-light wrapper over the unlocked supervisor profile."""

    def __init__(self, profile: ProfileSession) -> None:
        self.profile = profile

    # -- queue -------------------------------------------------------------------------------
    def page(self, query: ReviewQuery) -> ReviewPage:
        return self.profile.list_review(query)

    def counts(self, query: ReviewQuery | None = None) -> dict[str, int]:
        return self.profile.review_counts(query)

    def values(self, column: str) -> list[str]:
        return self.profile.review_values(column)

    # -- dashboards --------------------------------------------------------------------------
    def _facts(self) -> Iterator[SubmissionFacts]:
        """Every received submission, oldest first; answers decrypted only for the forms that
        feed a chart, one at a time, and dropped as soon as they are aggregated."""
        offset = 0
        while True:
            page = self.profile.list_review(
                ReviewQuery(offset=offset, limit=DASHBOARD_PAGE, descending=False)
            )
            for row in page.rows:
                xml = None
                if needs_answers(row.form_id) and not row.damaged:
                    xml = self.profile.load(row.instance_id).xml
                yield SubmissionFacts(
                    instance_id=row.instance_id,
                    form_id=row.form_id,
                    enumerator=row.enumerator or "",
                    day=_day(row.received_at),
                    status=row.status,
                    xml=xml,
                )
            offset += len(page.rows)
            if not page.rows or offset >= page.total:
                return

    def dashboard(self, progress: Callable[[int, str], None]) -> TeamDashboard:
        """Aggregate every received submission (worker thread; reports every 500)."""
        total = sum(self.counts().values())
        text = QCoreApplication.translate("ReviewBridge", "Reading submissions {n}/{total}")

        def report(done: int) -> None:
            progress(
                int(100 * done / total) if total else -1,
                text.replace("{n}", str(done)).replace("{total}", str(total)),
            )

        return build_dashboard(self._facts(), report)
