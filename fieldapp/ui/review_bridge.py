"""The supervisor's bridge to the store and the review core: what the review screens may call.

Like ``store_bridge``, screens never see SQL or keys: they get pages of the review queue,
counts, pick lists, the dashboard aggregates and (through ``fieldapp.core.review``) details,
decisions and diffs. Everything here may run on a worker thread except where noted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from fieldapp.core.dashboard import SubmissionFacts, TeamDashboard, build_dashboard, needs_answers
from fieldapp.core.engine import FormDefinition, FormSession
from fieldapp.core.export.prepared import prepare_rows
from fieldapp.core.review import decisions, queue
from fieldapp.core.review.detail import ReviewDetail, load_detail
from fieldapp.core.review.diff import AnswerChange, diff_versions
from fieldapp.core.review.flags import Flag, flags_of, refresh_flags
from fieldapp.core.review.queue import QueueFilter, SavedFilter
from fieldapp.core.store import ProfileSession, ReviewPage, ReviewQuery
from fieldapp.errors import FieldappError

DASHBOARD_PAGE = 1000


def _day(stamp: str) -> date | None:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.date()


def flag_titles() -> dict[Flag, str]:
    """The review core's flag titles in the UI language (same English source text)."""
    return {
        Flag.SHORT_INTERVIEW: QCoreApplication.translate("ReviewBridge", "Interview too short"),
        Flag.MANY_DONT_KNOW: QCoreApplication.translate(
            "ReviewBridge", "Many don't know / refused"
        ),
        Flag.OUTLIER: QCoreApplication.translate("ReviewBridge", "Unusual number"),
        Flag.DUPLICATE: QCoreApplication.translate("ReviewBridge", "Possible duplicate respondent"),
        Flag.MISSING_LOCATION: QCoreApplication.translate("ReviewBridge", "Location missing"),
        Flag.CHANGED_AFTER_FINALIZE: QCoreApplication.translate(
            "ReviewBridge", "Answers changed after finalizing"
        ),
    }


class ReviewBridge:
    """Thin, Qt-light wrapper over the unlocked supervisor profile.

    ``definition`` loads a stored form once per app run (the profile bridge's cache), and
    ``language`` is the UI language code, used to label choices in the form's own words.
    """

    def __init__(
        self,
        profile: ProfileSession,
        definition: Callable[[str, str], FormDefinition] | None = None,
        language: str = "en",
    ) -> None:
        self.profile = profile
        self._definition = definition
        self.language = language
        self._titles: dict[str, str] = {}
        self._labels: dict[tuple[str, str], dict[str, str]] = {}
        self._lock = threading.Lock()

    # -- queue -------------------------------------------------------------------------------
    def page(self, query: ReviewQuery) -> ReviewPage:
        return self.profile.list_review(query)

    def counts(self, query: ReviewQuery | None = None) -> dict[str, int]:
        return self.profile.review_counts(query)

    def values(self, column: str) -> list[str]:
        return self.profile.review_values(column)

    def flag_choices(self) -> list[tuple[str, str]]:
        return [(flag.code, title) for flag, title in flag_titles().items()]

    def flag_names(self, mask: int) -> list[str]:
        titles = flag_titles()
        return [titles.get(flag, flag.code) for flag in flags_of(mask)]

    def form_title(self, form_id: str) -> str:
        if not self._titles:
            for form in self.profile.list_forms():
                self._titles.setdefault(form.form_id, form.title or form.form_id)
        return self._titles.get(form_id, form_id)

    def saved_filters(self) -> list[SavedFilter]:
        return queue.saved_filters(self.profile)

    def save_filter(self, name: str, flt: QueueFilter) -> None:
        queue.save_filter(self.profile, name, flt)

    def delete_filter(self, name: str) -> None:
        queue.delete_filter(self.profile, name)

    # -- one submission --------------------------------------------------------------------
    def _form_language(self, form_id: str, version: str) -> str | None:
        """The form's language matching the UI language (``Spanish (es)`` for ``es``)."""
        if self._definition is None:
            return None
        for name in self._definition(form_id, version).languages:
            if name.endswith(f"({self.language})"):
                return name
        return None

    def detail(self, instance_id: str) -> tuple[ReviewDetail, str, list[tuple[str, str]]]:
        """The detail view's data (worker thread): detail, enumerator, versions with captions."""
        record = self.profile.load(instance_id)
        language = self._form_language(record.form_id, record.form_version)
        found = load_detail(self.profile, instance_id, language=language)
        enumerator = (record.routing.enumerator or "") if record.routing else ""
        chain = self.profile.version_chain(instance_id)
        caption = QCoreApplication.translate("ReviewBridge", "Version {n} of {total}")
        versions = [
            (other, caption.replace("{n}", str(i + 1)).replace("{total}", str(len(chain))))
            for i, other in enumerate(chain)
        ]
        return found, enumerator, versions

    def diff(self, old_id: str, new_id: str) -> list[AnswerChange]:
        record = self.profile.load(new_id)
        language = self._form_language(record.form_id, record.form_version)
        return list(diff_versions(self.profile, old_id, new_id, language=language).changes)

    def decide(
        self,
        instance_id: str,
        decision: str,
        comment: str,
        question_comments: dict[str, str],
        reviewer: str,
    ) -> str:
        """Apply and queue a decision; returns the instance id (for the queue to reselect)."""
        decisions.decide(
            self.profile,
            instance_id,
            decision,
            reviewer=reviewer,
            comment=comment,
            question_comments=question_comments,
        )
        return instance_id

    def refresh_flags(self) -> int:
        """Flag what arrived since the last run (after a sync or a transfer import)."""
        return refresh_flags(self.profile).changed

    def prepare_exports(self) -> int:
        """Prepare the export rows of received submissions that have none (a profile from
        before prepared rows, or anything a pull missed); stops when the profile locks."""
        profile = self.profile
        return prepare_rows(profile, cancelled=lambda: profile.locked).prepared

    # -- labels ------------------------------------------------------------------------------
    def choice_label(self, form_id: str, question: str, code: str) -> str:
        """The form's label of a choice in the UI language (the code when none is found)."""
        key = (form_id, question)
        with self._lock:
            labels = self._labels.get(key)
        if labels is None:
            labels = self._load_labels(form_id, question)
            with self._lock:
                self._labels[key] = labels
        return labels.get(code, code)

    def _load_labels(self, form_id: str, question: str) -> dict[str, str]:
        if self._definition is None:
            return {}
        versions = [f.version for f in self.profile.list_forms(form_id)]
        if not versions:
            return {}
        try:
            definition = self._definition(form_id, versions[-1])
            session = FormSession.start(definition)
        except FieldappError:
            return {}
        for name in definition.languages:
            if name.endswith(f"({self.language})"):
                session.set_language(name)
        refs = [ref for ref, _node in definition.iter_primary() if ref.endswith("/" + question)]
        if not refs:
            return {}
        try:
            choices = session.question(refs[0]).choices
        except FieldappError:
            return {}
        return {choice.value: choice.label for choice in choices}

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
