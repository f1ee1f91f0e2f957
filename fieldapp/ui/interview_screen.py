"""The interview screen: one page of the engine's walk at a time, keyboard first, autosaved.

Only the current page's widgets exist (a 5,000-question form costs one page). Every answer goes
to the engine's session; the snapshot it returns updates the widgets whose question changed.
Drafts are saved through the host 300 ms after the last change (debounced), on every page
change (right after the new page is painted, before the next input is handled), on Ctrl+S, on
close and when the profile locks, together with the position so a reopened draft resumes on the
same page. A long field-list page is built in small batches between frames.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.engine.api import Page, Problem, Question, QuestionState
from fieldapp.core.engine.markup import to_plain_text
from fieldapp.errors import FieldappError
from fieldapp.ui.interview_host import InterviewHost, SessionLike
from fieldapp.ui.jump_index import JumpIndexDialog
from fieldapp.ui.paradata import AuditTrail
from fieldapp.ui.question_widgets import (
    MediaResolver,
    QuestionWidget,
    UploadWidget,
    create_question_widget,
)
from fieldapp.ui.summary_page import ScoreSummary, SummaryPage

AUTOSAVE_DELAY_MS = 300
FIRST_BATCH = 10  # questions built before a page is shown; the rest follow in idle batches
NEXT_BATCH = 10  # ~15 ms per idle turn: typing stays responsive while a page streams in
_RTL_LANGUAGE = re.compile(
    r"(^|\W)(ar|fa|he|ur|ps|yi|ckb|dv)(\W|$)|arab|farsi|persian|hebrew|urdu|pashto", re.I
)


def is_rtl_language(name: str | None) -> bool:
    """Form languages are names like 'Arabic (ar)' or bare codes like 'ar'."""
    return bool(name) and bool(_RTL_LANGUAGE.search(name or ""))


class InterviewScreen(QWidget):
    """Render and drive one FormSession."""

    closed = Signal()
    finalized = Signal(str)  # instance id
    saved = Signal()
    page_shown = Signal()  # a new page has been painted (benchmarks time page changes with it)

    def __init__(
        self,
        session: SessionLike,
        host: InterviewHost,
        *,
        title: str,
        media: MediaResolver | None = None,
        scorer: Callable[[bytes], ScoreSummary | None] | None = None,
        resume_position: dict[str, Any] | None = None,
        notice: str = "",
        question_comments: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interview")
        # a returned interview: the supervisor's comment on a question is shown inside it
        self.question_comments = dict(question_comments or {})
        self.session = session
        self.host = host
        self._media = media
        self._scorer = scorer
        self.audit = AuditTrail()
        self.widgets: dict[str, QuestionWidget] = {}
        self._pending: list[Question] = []  # questions of a long page not built yet
        self._page_layout: QVBoxLayout | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_more)
        self.page: Page | None = None
        self._local_errors: dict[str, str] = {}
        self._dirty = False  # something to save (answers or only the position)
        self._answers_dirty = False  # answers not yet saved: flushed on every page change
        self._closing = False

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        header = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setObjectName("formTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.title_label, 1)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Form language"))
        self.language.setToolTip(self.tr("Language of the questions (Ctrl+L)"))
        for lang in session.languages:
            self.language.addItem(_language_display(lang), lang)
        if session.language is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(session.language)))
        self.language.setVisible(len(session.languages) > 1)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header.addWidget(self.language)
        outer.addLayout(header)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(16)
        outer.addWidget(self.progress)
        self.notice = QLabel(notice)
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Supervisor's comments"))
        self.notice.setVisible(bool(notice))
        outer.addWidget(self.notice)
        self.breadcrumb = QLabel()
        self.breadcrumb.setObjectName("breadcrumb")
        self.breadcrumb.setTextFormat(Qt.TextFormat.PlainText)
        self.breadcrumb.setWordWrap(True)
        outer.addWidget(self.breadcrumb)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll_area, 1)
        self.page_widget: QWidget = QWidget()
        self.scroll_area.setWidget(self.page_widget)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.status)

        footer = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.index_button = QPushButton(self.tr("Index"))
        self.index_button.setToolTip(self.tr("Go to a question (Ctrl+J)"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the draft now (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Save and close"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setToolTip(self.tr("Next page (Enter, Page Down)"))
        for button in (self.back_button, self.index_button, self.save_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            footer.addWidget(button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        outer.addLayout(footer)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.index_button.clicked.connect(self.open_index)
        self.save_button.clicked.connect(self.save_now)
        self.close_button.clicked.connect(self.close_interview)

        self._shortcut(QKeySequence.StandardKey.Save, self.save_now)
        self._shortcut("Ctrl+J", self.open_index)
        self._shortcut("Ctrl+L", self._focus_language)
        self._shortcut("PgDown", self.go_next)
        self._shortcut("Alt+Right", self.go_next)
        self._shortcut("PgUp", self.go_back)
        self._shortcut("Alt+Left", self.go_back)
        self._shortcut("Ctrl+W", self.close_interview)

        self._apply_form_direction()
        self._start(resume_position)

    def _shortcut(
        self, keys: str | QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- start / resume ----------------------------------------------------------------------
    def _start(self, position: dict[str, Any] | None) -> None:
        if position is None:
            self.audit.event("form start")
            self._show(self.session.first())
            self.save_now()
            return
        self.audit.event("form resume")
        self._show(self._resume_page(position))
        self._autosave.stop()
        self._dirty = False

    def _resume_page(self, position: dict[str, Any]) -> Page:
        """Back to where the draft was saved: the question's page, else the walk position."""
        ref = position.get("ref")
        kind = position.get("kind")
        if ref and kind == "questions":
            try:
                return self.session.jump(str(ref))
            except FieldappError:
                pass
        target = int(position.get("index", 0) or 0)
        page = self.session.first()
        guard = 0
        while page.kind != "end" and page.index < target and guard < 100_000:
            page = self.session.next()
            guard += 1
        return page

    def position(self) -> dict[str, Any]:
        page = self.page
        if page is None:
            return {}
        ref = page.questions[0].ref if page.questions else page.repeat_instance_ref
        if page.kind == "repeat_prompt" and page.repeat is not None:
            ref = page.repeat.repeat_ref
        return {"kind": page.kind, "index": page.index, "ref": ref}

    # -- rendering ---------------------------------------------------------------------------
    def _apply_form_direction(self) -> None:
        rtl = is_rtl_language(self.session.language)
        self.scroll_area.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else self.layoutDirection()
        )
        self.breadcrumb.setLayoutDirection(self.scroll_area.layoutDirection())
        # the leading edge of the form's direction (AlignLeft is mirrored in right-to-left;
        # AlignRight there would mean the left edge)
        self.breadcrumb.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _show(self, page: Page, focus_ref: str | None = None) -> None:
        self.audit.leave_all()
        self.page = page
        self.widgets = {}
        self._pending = []
        self._build_timer.stop()
        container = QWidget()
        container.setObjectName("page")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        self._page_layout = layout
        if page.kind == "questions":
            layout.addStretch(1)  # questions are inserted above it as they are built
            if page.repeat_instance_ref:
                self._add_remove_repeat(page.repeat_instance_ref, layout)
            self._pending = list(page.questions)
            wanted = FIRST_BATCH
            if focus_ref is not None:
                refs = [q.ref for q in page.questions]
                wanted = max(wanted, refs.index(focus_ref) + 1 if focus_ref in refs else 0)
            self._build_batch(wanted)
        elif page.kind == "repeat_prompt" and page.repeat is not None:
            self._build_repeat_prompt(page, layout)
            layout.addStretch(1)
        else:
            self._build_end(layout)
            layout.addStretch(1)
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(container)
        if old is not None:
            old.deleteLater()
        self.page_widget = container
        # group labels are shown without their formatting (# headings, **bold**) in the trail
        self.breadcrumb.setText(
            " › ".join(to_plain_text(label) for label in page.group_labels if label)
        )
        self.breadcrumb.setVisible(bool(page.group_labels))
        self._update_progress(page)
        self.back_button.setEnabled(page.index > 0)
        self.next_button.setVisible(page.kind != "end")
        self.audit.enter([q.ref for q in page.questions])
        if page.kind == "end":
            self.audit.event("end screen")
        self._dirty = True  # the saved position follows the page
        self._autosave.start()
        self._focus_initial(focus_ref)

    def _update_progress(self, page: Page) -> None:
        total = max(page.total, 1)
        self.progress.setMaximum(total)
        self.progress.setValue(min(page.index + (1 if page.kind == "end" else 0), total))
        self.progress.setFormat(
            self.tr("Page {n} of {total}")
            .replace("{n}", str(min(page.index + 1, total)))
            .replace("{total}", str(total))
        )

    def _build_batch(self, count: int) -> None:
        """Build the next ``count`` questions of the page (a long field-list streams in)."""
        layout = self._page_layout
        if layout is None:
            return
        batch, self._pending = self._pending[:count], self._pending[count:]
        for question in batch:
            widget = create_question_widget(self._with_local_error(question), self._media)
            widget.committed.connect(self.answer)
            widget.advance.connect(lambda w=widget: self._advance_from(w))
            if isinstance(widget, UploadWidget):
                widget.choose_file.connect(self._choose_file)
            self.widgets[question.ref] = widget
            comment = self.question_comments.get(question.ref)
            if comment:
                note = QLabel(comment)
                note.setObjectName("notice")
                note.setTextFormat(Qt.TextFormat.PlainText)
                note.setWordWrap(True)
                note.setAccessibleName(self.tr("Supervisor's comment"))
                box = widget.layout()
                if isinstance(box, QVBoxLayout):
                    box.insertWidget(1, note)
            layout.insertWidget(len(self.widgets) - 1, widget)
        if self._pending:
            self._build_timer.start()

    def _build_more(self) -> None:
        self._build_batch(NEXT_BATCH)

    def streaming(self) -> bool:
        """True while a long page is still being built in idle batches."""
        return bool(self._pending)

    def build_all(self) -> None:
        """Finish a page that is still streaming in (before checks, jumps or key navigation)."""
        self._build_timer.stop()
        if self._pending:
            self._build_batch(len(self._pending))

    def _with_local_error(self, question: Question) -> Question:
        local = self._local_errors.get(question.ref)
        if local and not question.error:
            from dataclasses import replace

            return replace(question, error=local)
        return question

    def _add_remove_repeat(self, instance_ref: str, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        remove = QPushButton(self.tr("Remove this entry"))
        remove.setObjectName("removeRepeat")
        remove.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        remove.setAccessibleName(self.tr("Remove this repeated entry"))
        remove.clicked.connect(lambda: self.remove_repeat(instance_ref))
        row.addStretch(1)
        row.addWidget(remove)
        layout.addLayout(row)

    def _build_repeat_prompt(self, page: Page, layout: QVBoxLayout) -> None:
        assert page.repeat is not None
        prompt = page.repeat
        name = to_plain_text(prompt.label) or prompt.repeat_ref.rsplit("/", 1)[-1]
        text = self.tr("You have {count} “{name}”. Add another?")
        label = QLabel(text.replace("{count}", str(prompt.count)).replace("{name}", name))
        label.setObjectName("questionLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add “{name}”").replace("{name}", name))
        self.add_button.setObjectName("addRepeat")
        self.add_button.setEnabled(prompt.can_add)
        self.add_button.clicked.connect(lambda: self.add_repeat(prompt.repeat_ref))
        self.skip_button = QPushButton(self.tr("No, go on"))
        self.skip_button.setObjectName("skipRepeat")
        self.skip_button.clicked.connect(self.go_next)
        for button in (self.add_button, self.skip_button):
            button.setAutoDefault(True)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        hint = QLabel(self.tr("A: add another    N or Enter on “No, go on”: continue"))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        host = label.parentWidget() or self
        QShortcut(QKeySequence("A"), host).activated.connect(self.add_button.click)
        QShortcut(QKeySequence("N"), host).activated.connect(self.skip_button.click)

    def _build_end(self, layout: QVBoxLayout) -> None:
        problems = self.session.validate()
        scores = None
        if self._scorer is not None:
            try:
                scores = self._scorer(self.session.to_xml(draft=True))
            except FieldappError as exc:
                self.status.setText(exc.render())
        self.summary = SummaryPage(problems, scores, self.session.instance_name or "")
        self.summary.jump_requested.connect(self.jump_to)
        self.summary.finalize_requested.connect(self.finalize)
        self.summary.save_requested.connect(self.close_interview)
        layout.addWidget(self.summary)

    def _focus_initial(self, focus_ref: str | None) -> None:
        if focus_ref and focus_ref in self.widgets:
            self.widgets[focus_ref].focus_editor()
            self.scroll_area.ensureWidgetVisible(self.widgets[focus_ref])
            return
        page = self.page
        if page is None:
            return
        if page.kind == "questions":
            for widget in self.widgets.values():
                if widget.editors() and widget.isEnabled() and widget.question.kind != "note":
                    widget.focus_editor()
                    return
            self.next_button.setFocus()
        elif page.kind == "repeat_prompt":
            target = self.add_button if self.add_button.isEnabled() else self.skip_button
            target.setFocus()
        else:
            self.summary.focus_primary()

    # -- answering ---------------------------------------------------------------------------
    def answer(self, ref: str, value: str) -> None:
        widget = self.widgets.get(ref)
        old = widget.question.value if widget is not None else ""
        try:
            result = self.session.answer(ref, value)
        except FieldappError as exc:
            self._local_errors[ref] = exc.message
            if widget is not None:
                widget.show_error(exc.message)
            return
        if not result.ok:
            message = result.message or self.tr("This answer is not accepted.")
            self._local_errors[ref] = message
            self.audit.event("constraint error", ref)
            if widget is not None:
                widget.show_error(message)
            return
        self._local_errors.pop(ref, None)
        self.audit.change(ref, old, value)
        self._dirty = self._answers_dirty = True
        self._autosave.start()
        self._refresh_page(ref)

    def _refresh_page(self, answered_ref: str) -> None:
        """Update the widgets whose snapshot changed; rebuild only when the page's shape did."""
        page = self.session.page()
        if page.kind != "questions" or self.page is None:
            self._show(page)
            return
        new_refs = [q.ref for q in page.questions]
        if new_refs != [q.ref for q in self.page.questions]:
            focused = self._focused_ref() or answered_ref
            self._show(page, focus_ref=focused)
            return
        self.page = page
        built = len(self.widgets)
        for question in page.questions[:built]:
            widget = self.widgets[question.ref]
            if question != widget.question:
                widget.update_question(self._with_local_error(question))
        self._pending = list(page.questions[built:])
        self._update_progress(page)

    def _focused_ref(self) -> str | None:
        focus = self.focusWidget()
        for ref, widget in self.widgets.items():
            if focus is not None and widget.isAncestorOf(focus):
                return ref
        return None

    def _advance_from(self, widget: QuestionWidget) -> None:
        """Enter: the next question on this page, or the next page after the last one."""
        self.build_all()
        refs = list(self.widgets)
        try:
            position = refs.index(widget.ref)
        except ValueError:
            return
        for ref in refs[position + 1 :]:
            candidate = self.widgets[ref]
            if candidate.question.kind != "note" and candidate.editors():
                candidate.focus_editor()
                self.scroll_area.ensureWidgetVisible(candidate)
                return
        self.go_next()

    def _choose_file(self, ref: str) -> None:
        widget = self.widgets.get(ref)
        media = widget.question.params.get("mediatype", "") if widget is not None else ""
        pattern = (
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)")
            if media.startswith("image")
            else ""
        )
        path, _selected = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", pattern)
        if path:
            self.attach_file(ref, Path(path))

    def attach_file(self, ref: str, path: Path) -> None:
        """Store the file encrypted through the host and answer with its stored name."""
        try:
            name = self.host.store_attachment(ref, path)
        except (FieldappError, OSError) as exc:
            message = exc.render() if isinstance(exc, FieldappError) else str(exc)
            self._report(message)
            return
        self.answer(ref, name)

    # -- navigation --------------------------------------------------------------------------
    def _flush_widgets(self) -> None:
        for widget in list(self.widgets.values()):
            widget.flush()

    def _page_problems(self) -> list[Problem]:
        """Required-but-empty and invalid answers on this page, from the fresh page snapshot.

        The snapshot's states are cheap; the engine's full check (with the form's own
        required/constraint messages) runs only for the questions that have a problem.
        """
        page = self.session.page()
        if page.kind != "questions":
            return []
        problems: list[Problem] = []
        bad = (QuestionState.REQUIRED_EMPTY, QuestionState.INVALID)
        for question in page.questions:
            local = self._local_errors.get(question.ref)
            if local:
                problems.append(Problem(question.ref, question.label, "constraint", local))
            elif question.state in bad:
                found = [p for p in self.session.validate(question.ref) if p.ref == question.ref]
                problems.extend(found)
                if not found:
                    kind: Literal["required", "constraint"] = (
                        "required"
                        if question.state is QuestionState.REQUIRED_EMPTY
                        else "constraint"
                    )
                    message = question.error or (
                        self.tr("This question is required.")
                        if kind == "required"
                        else self.tr("This answer is not accepted.")
                    )
                    problems.append(Problem(question.ref, question.label, kind, message))
        return problems

    def _move(self, page: Page, focus_ref: str | None = None) -> None:
        """Show and paint the new page first, then write the draft: answers are on disk before
        the next input is handled, yet the save never delays the page."""
        self._show(page, focus_ref=focus_ref)
        self.repaint()
        self.page_shown.emit()
        if self._answers_dirty:
            self.save_now()

    def go_next(self) -> None:
        if self.page is None or self.page.kind == "end":
            return
        self._flush_widgets()
        problems = self._page_problems()
        if problems:
            self.build_all()
            for problem in problems:
                widget = self.widgets.get(problem.ref)
                if widget is not None:
                    widget.show_error(problem.message)
            first = self.widgets.get(problems[0].ref)
            if first is not None:
                first.focus_editor()
                self.scroll_area.ensureWidgetVisible(first)
            self.audit.event("constraint error", problems[0].ref)
            return
        self._move(self.session.next())

    def go_back(self) -> None:
        if self.page is None or self.page.index == 0:
            return
        self._flush_widgets()
        self._move(self.session.back())

    def jump_to(self, ref: str) -> None:
        self._flush_widgets()
        self.save_now()
        self.audit.event("jump", ref)
        try:
            page = self.session.jump(ref)
        except FieldappError as exc:
            self._report(exc.render())
            return
        self._show(page, focus_ref=ref)

    def open_index(self) -> None:
        self._flush_widgets()
        dialog = JumpIndexDialog(
            self.session.index(), self._focused_ref() or self.position().get("ref"), self
        )
        if dialog.exec() and dialog.chosen_ref:
            self.jump_to(dialog.chosen_ref)

    def add_repeat(self, repeat_ref: str) -> None:
        try:
            new_ref = self.session.add_repeat(repeat_ref)
        except FieldappError as exc:
            self._report(exc.render())
            return
        self.audit.event("add repeat", new_ref)
        self._dirty = self._answers_dirty = True
        self.save_now()
        self._show(self.session.page())

    def remove_repeat(self, instance_ref: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove entry"),
            self.tr("Remove this entry and all its answers? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.remove_repeat(instance_ref)
        except FieldappError as exc:
            self._report(exc.render())
            return
        self.audit.event("delete repeat", instance_ref)
        self._dirty = self._answers_dirty = True
        self.save_now()
        self._show(self.session.page())

    def _language_changed(self, index: int) -> None:
        lang = self.language.itemData(index)
        if not lang or lang == self.session.language:
            return
        self._flush_widgets()
        self.session.set_language(str(lang))
        self.audit.event("language change", "", **{"new-value": str(lang)})
        self._apply_form_direction()
        focus = self._focused_ref()
        self._show(self.session.page(), focus_ref=focus)
        self._dirty = self._answers_dirty = True
        self._autosave.start()

    def _focus_language(self) -> None:
        if self.language.isVisible():
            self.language.setFocus()
            self.language.showPopup()

    # -- saving ------------------------------------------------------------------------------
    def save_now(self) -> None:
        """Write the draft (and pending paradata) through the host; cheap when nothing changed.

        Never after the interview was finalized or closed: a late autosave would turn a
        finalized interview back into a draft.
        """
        self._autosave.stop()
        if self._closing:
            return
        events = self.audit.take()
        try:
            if self._dirty:
                self.host.save_draft(self.session.to_xml(draft=True), self.position())
                self._dirty = self._answers_dirty = False
            if events:
                self.host.record_audit(events)
        except FieldappError as exc:
            self._report(exc.render())
            return
        self.status.setText(self.tr("Draft saved"))
        self.saved.emit()

    def mark_position_changed(self) -> None:
        self._dirty = True

    def finalize(self) -> None:
        self._flush_widgets()
        try:
            xml = self.session.finalize()
        except FieldappError as exc:
            self._report(exc.render())
            self._show(self.session.page())
            return
        self.audit.event("form finalize")
        self.audit.leave_all()
        self._autosave.stop()
        self._build_timer.stop()
        try:
            self.host.record_audit(self.audit.take())
            self.host.finalize(xml)
        except FieldappError as exc:
            self._report(exc.render())
            return
        self._closing = True
        self.finalized.emit(self.session.instance_id)

    def close_interview(self) -> None:
        if self._closing:
            return
        self._flush_widgets()
        self.audit.leave_all()
        self.audit.event("form exit")
        self._dirty = True  # the position may have moved without an answer
        self.save_now()
        self._closing = True
        self.closed.emit()

    def shutdown(self) -> None:
        """The window is closing or the profile locks: nothing typed may be lost."""
        if not self._closing:
            self._flush_widgets()
            self.audit.leave_all()
            self._dirty = True
            self.save_now()
            self._closing = True

    def _report(self, message: str) -> None:
        self.status.setText(message)
        self.status.setProperty("error", True)


def _language_display(name: str) -> str:
    return name
