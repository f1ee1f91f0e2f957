"""One submission under review: answers read-only in form order with time spent per question,
flags, comments, the supervisor's decision, and the changes between versions of the interview.

The pane shows a ``ReviewDetail`` (fieldapp.core.review.detail) prepared off the UI thread.
Per-question comments are typed next to their question (Comment column, or "Comment on this
question…"); they are sent with the decision, so returning an interview tells the enumerator
exactly what to fix.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.engine.markup import to_plain_text
from fieldapp.core.review.detail import DetailItem, ReviewDetail
from fieldapp.core.review.diff import AnswerChange
from fieldapp.ui.flag_texts import flag_explanation
from fieldapp.ui.review_model import short_stamp, status_names

REF_ROLE = Qt.ItemDataRole.UserRole


class _WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text (QTreeView's own size hint is one line)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        text = str(index.data() or "")
        width = self._view.header().sectionSize(index.column()) - 10
        if index.column() == 0:
            width -= self._view.indentation()
        if not text or width <= 20:
            return base
        box = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(base.width(), max(base.height(), box.height() + 6))


def _seconds(value: float | None) -> str:
    """A duration in the UI language's units (Arabic screens read "34 ث", not "s 34")."""
    if value is None:
        return ""
    if value < 60:
        return QCoreApplication.translate("ReviewDetailPane", "{n} s").replace(
            "{n}", f"{value:.0f}"
        )
    text = QCoreApplication.translate("ReviewDetailPane", "{n} min {count} s")
    return text.replace("{n}", str(int(value // 60))).replace("{count}", f"{int(value % 60):02d}")


class ReviewDetailPane(QWidget):
    """Read-only answers + decision buttons for the submission chosen in the queue."""

    decided = Signal(str, str, str, dict)  # instance id, decision, comment, {ref: comment}
    version_chosen = Signal(str, str)  # older instance id, newer instance id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDetail")
        self.detail: ReviewDetail | None = None
        self.instance_id = ""
        self.question_comments: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("subheading")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.meta = QLabel()
        self.meta.setObjectName("hint")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        layout.addWidget(self.meta)
        self.flags = QLabel()
        self.flags.setObjectName("flagList")
        self.flags.setStyleSheet("color: #b00020;")
        self.flags.setTextFormat(Qt.TextFormat.PlainText)
        self.flags.setWordWrap(True)
        layout.addWidget(self.flags)
        self.history = QLabel()
        self.history.setObjectName("notice")
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        layout.addWidget(self.history)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.answers = QTreeWidget()
        self.answers.setObjectName("reviewAnswers")
        self.answers.setAccessibleName(self.tr("Answers"))
        self.answers.setColumnCount(4)
        self.answers.setHeaderLabels(
            [self.tr("Question"), self.tr("Answer"), self.tr("Time"), self.tr("Your comment")]
        )
        self.answers.setRootIsDecorated(False)
        self.answers.setIndentation(14)
        self.answers.setWordWrap(True)
        self.answers.setUniformRowHeights(False)
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.answers.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.answers.setColumnWidth(1, 130)
        self.answers.setColumnWidth(3, 130)
        self.answers.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.answers.setItemDelegate(_WrapDelegate(self.answers))
        self.answers.itemActivated.connect(lambda item, _col: self.comment_on(item))
        # wrapped rows need their heights recomputed when a column changes width
        header.sectionResized.connect(lambda *_args: self.answers.doItemsLayout())
        self.tabs.addTab(self.answers, self.tr("Answers"))

        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        changes_layout.setContentsMargins(0, 4, 0, 0)
        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Compare with version"))
        self.versions.currentIndexChanged.connect(self._version_changed)
        changes_layout.addWidget(self.versions)
        self.diff = QTreeWidget()
        self.diff.setObjectName("reviewDiff")
        self.diff.setColumnCount(4)
        self.diff.setHeaderLabels(
            [self.tr("Question"), self.tr("Change"), self.tr("Before"), self.tr("After")]
        )
        self.diff.setRootIsDecorated(False)
        self.diff.setWordWrap(True)
        self.diff.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diff.setItemDelegate(_WrapDelegate(self.diff))
        self.diff.header().sectionResized.connect(lambda *_args: self.diff.doItemsLayout())
        changes_layout.addWidget(self.diff, 1)
        self.tabs.addTab(changes, self.tr("Changes"))
        layout.addWidget(self.tabs, 1)

        self.comment_button = QPushButton(self.tr("Comment on this question…"))
        self.comment_button.clicked.connect(lambda: self.comment_on(self.answers.currentItem()))
        layout.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setPlaceholderText(self.tr("Comment for the enumerator (required to return)"))
        self.comment.setAccessibleName(self.tr("Comment for the enumerator"))
        self.comment.setMaximumHeight(56)
        self.comment.setTabChangesFocus(True)
        layout.addWidget(self.comment)
        buttons = QHBoxLayout()
        self.issues_button = QPushButton(self.tr("Has issues"))
        self.issues_button.setToolTip(self.tr("Keep it here, marked as having issues"))
        self.return_button = QPushButton(self.tr("Return to enumerator"))
        self.return_button.setToolTip(
            self.tr("Send it back with your comments; the enumerator fixes and resubmits it")
        )
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("primary")
        self.approve_button.setToolTip(self.tr("Accept the interview as it is"))
        self.comment_button.setToolTip(
            self.tr("Or double-click the question, or press Enter on it")
        )
        self.issues_button.clicked.connect(lambda: self._decide("has_issues"))
        self.return_button.clicked.connect(lambda: self._decide("returned"))
        self.approve_button.clicked.connect(lambda: self._decide("approved"))
        buttons.addWidget(self.issues_button)
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.approve_button)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        self.show_nothing()

    # -- keyboard ----------------------------------------------------------------------------
    def install_shortcuts(
        self, scope: QWidget, previous: Callable[[], object], following: Callable[[], object]
    ) -> list[QShortcut]:
        """Decisions and queue moves from the keyboard anywhere in ``scope`` (the review page,
        queue and detail): Ctrl+Enter approve, Ctrl+R return, Ctrl+I has issues, Ctrl+Down /
        Ctrl+Up next / previous interview. The buttons' tooltips name their keys."""
        made: list[QShortcut] = []

        def bind(keys: str, action: Callable[[], object]) -> QShortcut:
            shortcut = QShortcut(QKeySequence(keys), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
            made.append(shortcut)
            return shortcut

        def press(button: QPushButton) -> Callable[[], None]:
            def pressed() -> None:
                if button.isEnabled():
                    button.click()

            return pressed

        for button, keys in (
            (self.approve_button, ("Ctrl+Return", "Ctrl+Enter")),
            (self.return_button, ("Ctrl+R",)),
            (self.issues_button, ("Ctrl+I",)),
        ):
            for key in keys:
                bind(key, press(button))
            shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            tip = button.toolTip() or button.text()
            button.setToolTip(f"{tip} ({shown})")
            button.setAccessibleDescription(self.tr("Shortcut: {value}").replace("{value}", shown))
        bind("Ctrl+Down", following)
        bind("Ctrl+Up", previous)
        return made

    # -- states ------------------------------------------------------------------------------
    def _enable(self, on: bool) -> None:
        for widget in (
            self.issues_button,
            self.return_button,
            self.approve_button,
            self.comment,
            self.comment_button,
        ):
            widget.setEnabled(on)

    def show_nothing(self) -> None:
        self.detail = None
        self.instance_id = ""
        self.title.setText(self.tr("Choose a submission in the queue."))
        for label in (self.meta, self.flags, self.history):
            label.clear()
            label.setVisible(False)
        self.answers.clear()
        self.diff.clear()
        self.versions.clear()
        self._enable(False)

    def show_loading(self, instance_id: str) -> None:
        self.instance_id = instance_id
        self._enable(False)
        self.message.setText(self.tr("Opening…"))

    def show_error(self, message: str) -> None:
        self._enable(False)
        self.message.setText(message)

    def show_detail(
        self, detail: ReviewDetail, enumerator: str, versions: Sequence[tuple[str, str]]
    ) -> None:
        """``versions``: (instance id, caption) of every version of this interview, oldest first."""
        self.detail = detail
        sub = detail.submission
        self.instance_id = sub.instance_id
        self.question_comments = {}
        self.message.clear()
        self.comment.clear()
        self.title.setText(sub.name or detail.title)
        status = status_names().get(sub.status, sub.status)
        parts = [
            detail.title,
            self.tr("Enumerator {name}").replace("{name}", _isolate(enumerator or "?")),
            status,
        ]
        if sub.routing is not None:
            parts.append(short_stamp(sub.routing.received_at))
        if detail.total_seconds is not None:
            parts.append(
                self.tr("Interview time {value}").replace("{value}", _seconds(detail.total_seconds))
            )
        # each part isolated: a Latin form title or name inside an Arabic line (or the reverse)
        # keeps its own direction and the parts keep their order in the line's direction
        # the line itself runs in the UI's direction (a mark sets it: isolates don't count)
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
        self.meta.setText(mark + " · ".join(_isolate(part) for part in parts))
        self.meta.setVisible(True)
        flag_lines = [f"⚑ {flag_explanation(flag)}" for flag in detail.flags]
        self.flags.setText("\n".join(flag_lines))
        self.flags.setVisible(bool(flag_lines))
        history = [f"{c.author}: {c.text}" + (f" ({c.ref})" if c.ref else "") for c in sub.comments]
        self.history.setText("\n".join(history))
        self.history.setVisible(bool(history))
        self._fill_answers(detail.items)
        self.versions.blockSignals(True)
        self.versions.clear()
        for other, caption in versions:
            if other != sub.instance_id:
                self.versions.addItem(caption, other)
        self.versions.blockSignals(False)
        self.tabs.setTabEnabled(1, self.versions.count() > 0)
        self.diff.clear()
        if self.versions.count():
            self.versions.setCurrentIndex(self.versions.count() - 1)
            self._version_changed()
        final = sub.status == "approved"
        self._enable(not final)
        if final:
            self.message.setText(self.tr("Approved: no further decision is possible."))

    def _fill_answers(self, items: Sequence[DetailItem]) -> None:
        self.answers.clear()
        bold = QFont(self.answers.font())
        bold.setBold(True)
        for item in items:
            if not item.relevant or (item.control in {"note", "trigger"} and not item.value):
                continue  # notes carry no answer; what matters is what was answered
            if item.kind != "question":
                row = QTreeWidgetItem([to_plain_text(item.label), "", "", ""])
                row.setFont(0, bold)
                row.setFirstColumnSpanned(True)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.answers.addTopLevelItem(row)
                continue
            existing = "\n".join(f"{c.author}: {c.text}" for c in item.comments)
            row = QTreeWidgetItem(
                [to_plain_text(item.label), item.display, _seconds(item.seconds), existing]
            )
            row.setData(0, REF_ROLE, item.ref)
            row.setToolTip(0, item.ref)
            row.setToolTip(1, item.display)
            if item.flags:
                for column in range(4):
                    row.setBackground(column, QBrush(QColor("#fff1f1")))
                row.setToolTip(0, f"{item.ref}\n⚑ " + ", ".join(item.flags))
            if not item.display:
                row.setForeground(1, QBrush(QColor("#8a96a3")))
                row.setText(1, self.tr("(no answer)"))
            self.answers.addTopLevelItem(row)

    # -- comments and decisions --------------------------------------------------------------
    def item_for(self, ref: str) -> QTreeWidgetItem | None:
        for index in range(self.answers.topLevelItemCount()):
            item = self.answers.topLevelItem(index)
            if item is not None and item.data(0, REF_ROLE) == ref:
                return item
        return None

    def set_question_comment(self, ref: str, text: str) -> None:
        """Stage a comment on one question (sent with the decision) and show it beside it."""
        item = self.item_for(ref)
        if item is None:
            return
        text = text.strip()
        if text:
            self.question_comments[ref] = text
        else:
            self.question_comments.pop(ref, None)
        item.setText(3, text)
        item.setForeground(3, QBrush(QColor("#9a5b00")))

    def comment_on(self, item: QTreeWidgetItem | None) -> None:
        if item is None or not item.data(0, REF_ROLE) or not self.comment.isEnabled():
            return
        ref = str(item.data(0, REF_ROLE))
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Comment on this question"),
            item.text(0).strip(),
            self.question_comments.get(ref, ""),
        )
        if ok:
            self.set_question_comment(ref, text)

    def _decide(self, decision: str) -> None:
        if not self.instance_id:
            return
        comment = self.comment.toPlainText().strip()
        if decision == "returned" and not comment and not self.question_comments:
            self.message.setText(
                self.tr("Write what the enumerator should fix before returning the interview.")
            )
            self.comment.setFocus()
            return
        self._enable(False)
        self.message.setText(self.tr("Saving the decision…"))
        self.decided.emit(self.instance_id, decision, comment, dict(self.question_comments))

    # -- versions ----------------------------------------------------------------------------
    def _version_changed(self) -> None:
        other = self.versions.currentData()
        if other and self.instance_id:
            self.version_chosen.emit(str(other), self.instance_id)

    def show_diff(self, rows: Sequence[AnswerChange]) -> None:
        self.diff.clear()
        names = {
            "changed": self.tr("Changed"),
            "added": self.tr("Added"),
            "removed": self.tr("Removed"),
        }
        for row in rows:
            item = QTreeWidgetItem(
                [
                    to_plain_text(row.label),
                    names.get(row.kind, row.kind),
                    row.old_display,
                    row.new_display,
                ]
            )
            self.diff.addTopLevelItem(item)
        if not rows:
            empty = QTreeWidgetItem([self.tr("No answer changed."), "", "", ""])
            empty.setFirstColumnSpanned(True)
            self.diff.addTopLevelItem(empty)


def _isolate(text: str) -> str:
    """A bidi isolate around one part: its direction can't leak out. Left-to-right (LRI) or
    right-to-left (RLI) from the part's first strong letter; LRI for digits only (dates)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return f"\u2067{text}\u2069"
        if kind == "L":
            break
    return f"\u2066{text}\u2069"
