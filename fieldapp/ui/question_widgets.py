"""One widget per engine ``Question`` snapshot: every ODK control, keyboard first.

Widgets never hold the truth: they render a snapshot, and report what the enumerator entered
through ``committed(ref, value)`` (XForms text format). The interview screen hands the value to
the engine and pushes the new snapshot back with ``update_question``. Typing never calls the
engine per keystroke: text editors commit after a short pause or when focus leaves, so a field
with a thousand dependents stays responsive while typing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.engine.api import Choice, Question, QuestionState
from fieldapp.core.engine.markup import is_safe_link, to_plain_text, to_rich_text

COMMIT_DELAY_MS = 300
MediaResolver = Callable[[str], Path | None]


def _plain_label(text: str, *, object_name: str = "", wrap: bool = True) -> QLabel:
    """Text that is never markup (answers, errors, file names, choice captions): plain text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def _form_label(object_name: str) -> QLabel:
    """A label for form text (label, hint, guidance): see ``_set_form_text``."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName(object_name)
    return label


def _set_form_text(label: QLabel, plain: str, markup: str, suffix: str = "") -> None:
    """Form text in ODK's markdown subset as safe rich text; plain text when it has none.

    The markup (already with output values escaped by the engine) becomes a fixed HTML subset:
    everything else is escaped, so a form can't inject images, tables or remote resources.
    """
    if markup:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(to_rich_text(markup) + (suffix.replace("*", "&#42;") if suffix else ""))
        has_link = "<a href=" in label.text()
        if has_link and not label.property("linksWired"):  # wired once, only when needed
            label.setProperty("linksWired", True)
            label.setOpenExternalLinks(False)  # links go through _open_link: http(s) only
            label.linkActivated.connect(_open_link)
            label.linkHovered.connect(label.setToolTip)  # where a link leads, before a click
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            if has_link
            else Qt.TextInteractionFlag.NoTextInteraction
        )
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(plain + suffix)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)


def _open_link(url: str) -> None:
    """A click on a link in a form's text: only absolute http(s) addresses ever open."""
    if is_safe_link(url):
        QDesktopServices.openUrl(QUrl(url))


def plain_label_text(text: str, markup: str) -> str:
    """What a screen reader hears: the text without its formatting."""
    return to_plain_text(markup) if markup else text


def _columns_for(appearance: tuple[str, ...], count: int) -> int:
    """How many columns a select's choices use, from ODK's columns / horizontal appearances."""
    for item in appearance:
        match = re.fullmatch(r"columns-(\d+)", item)
        if match:
            return max(1, int(match.group(1)))
        if item in {"columns", "columns-pack", "horizontal", "horizontal-compact"}:
            return min(count, 4) if count else 1
    if "likert" in appearance or "label" in appearance or "list-nolabel" in appearance:
        return max(1, count)
    return 1


class QuestionWidget(QFrame):
    """Label, image, hint, guidance and inline error around one editor."""

    committed = Signal(str, str)  # ref, value in XForms text format
    advance = Signal()  # Enter pressed: move to the next question or page

    def __init__(self, question: Question, media: MediaResolver | None = None) -> None:
        super().__init__()
        self.setObjectName("question")
        self.question = question
        self.ref = question.ref
        self._media = media
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(4)
        self._label = _form_label("questionLabel")
        self._set_label(question)
        self._label.setProperty("required", question.required)
        if "list-nolabel" in question.appearance:
            self._label.hide()
        self._layout.addWidget(self._label)
        if question.image and media is not None:
            self._add_image(question.image)
        self._hint: QLabel | None = None
        if question.hint:
            self._hint = _form_label("hint")
            _set_form_text(self._hint, question.hint, question.hint_markup)
            self._layout.addWidget(self._hint)
        if question.guidance:
            guidance = _form_label("guidance")
            _set_form_text(guidance, question.guidance, question.guidance_markup)
            self._layout.addWidget(guidance)
        self.build_editor()
        self._error = _plain_label("", object_name="error")
        self._error.setAccessibleName(self.tr("Error"))
        self._error.hide()
        self._layout.addWidget(self._error)
        self._show_error(question.error)
        self._apply_accessible_names()

    # -- pieces every control shares ---------------------------------------------------------
    def _set_label(self, question: Question) -> None:
        suffix = " *" if question.required and question.label else ""
        _set_form_text(self._label, question.label, question.label_markup, suffix)

    def accessible_label(self) -> str:
        """The question's label as plain text (formatting removed), or its ref."""
        q = self.question
        return plain_label_text(q.label, q.label_markup) or self.ref

    def accessible_hint(self) -> str:
        return plain_label_text(self.question.hint, self.question.hint_markup)

    def _add_image(self, name: str) -> None:
        assert self._media is not None
        path = self._media(name)
        if path is None:
            return
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            return
        image = QLabel()
        image.setObjectName("labelImage")
        image.setPixmap(
            pixmap.scaled(
                320,
                240,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        image.setAccessibleName(self.tr("Image: {name}").replace("{name}", name))
        self._layout.addWidget(image)

    def _show_error(self, message: str | None) -> None:
        if (message or "") == self._error.text():
            return
        self._error.setText(message or "")
        self._error.setVisible(bool(message))
        if bool(self.property("invalid")) != bool(message):
            self.setProperty("invalid", bool(message))
            self.style().unpolish(self)
            self.style().polish(self)

    def show_error(self, message: str | None) -> None:
        """An answer was rejected: say why, next to the question, in the form's language."""
        self._show_error(message)

    def _apply_accessible_names(self) -> None:
        name = self.accessible_label()
        for editor in self.editors():
            editor.setAccessibleName(name)
            editor.setAccessibleDescription(self.accessible_hint())

    def update_question(self, question: Question) -> None:
        """A new snapshot (value, label, choices, error) from the engine."""
        old = self.question
        self.question = question
        changed = (question.label, question.label_markup, question.hint, question.hint_markup) != (
            old.label,
            old.label_markup,
            old.hint,
            old.hint_markup,
        )
        if question.label_markup != old.label_markup or (
            question.label != old.label or question.required != old.required
        ):
            self._set_label(question)
        if self._hint is not None and (
            question.hint != old.hint or question.hint_markup != old.hint_markup
        ):
            _set_form_text(self._hint, question.hint, question.hint_markup)
        if changed:
            self._apply_accessible_names()
        self.refresh_editor(old)
        self._show_error(question.error)

    # -- editor hooks ------------------------------------------------------------------------
    def build_editor(self) -> None:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    def refresh_editor(self, old: Question) -> None:
        """Show the snapshot's value unless the user is in the middle of editing it."""

    def editors(self) -> list[QWidget]:
        return []

    def focus_editor(self) -> None:
        editors = self.editors()
        if editors:
            editors[0].setFocus(Qt.FocusReason.TabFocusReason)

    def flush(self) -> None:
        """Commit whatever is typed but not yet committed (page change, save, close)."""

    def _enter(self) -> None:
        """Enter: commit, then the page moves to the next question."""
        self.flush()
        self.advance.emit()

    def _commit(self, value: str) -> None:
        if value != self.question.value:
            self.committed.emit(self.ref, value)


class NoteWidget(QuestionWidget):
    """A note or read-only question: the label, plus the value when there is one."""

    def build_editor(self) -> None:
        self._value = _plain_label(self.question.value, object_name="readonlyValue")
        self._value.setVisible(bool(self.question.value) and self.question.kind != "note")
        self._value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._layout.addWidget(self._value)
        self._label.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def refresh_editor(self, old: Question) -> None:
        self._value.setText(self.question.value)
        self._value.setVisible(bool(self.question.value) and self.question.kind != "note")


class _EnterFilter(QObject):
    """Enter in a one-line editor commits and asks the page to move on."""

    def __init__(self, owner: QuestionWidget) -> None:
        super().__init__(owner)
        self._owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._owner.flush()
            self._owner.advance.emit()
            return True
        return False


_INPUT_FORMATS = {
    "int": (r"[-+]?\d{0,18}", "", "123"),
    "decimal": (r"[-+]?\d{0,18}([.,]\d{0,12})?", "", "12.5"),
    "date": (r"[0-9-]{0,10}", "YYYY-MM-DD", ""),
    "time": (r"[0-9:]{0,8}", "HH:MM", ""),
    "dateTime": (r"[0-9T:\- ]{0,19}", "YYYY-MM-DD HH:MM", ""),
}


class TextInputWidget(QuestionWidget):
    """Text, numbers, dates, times, geopoints and barcodes typed (or pasted) into a line edit."""

    def build_editor(self) -> None:
        q = self.question
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._multiline = q.datatype == "string" and "multiline" in q.appearance
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if self._multiline:
            self._edit: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self._edit.setTabChangesFocus(True)
            self._edit.setFixedHeight(90)
            self._edit.setPlainText(q.value)
            self._edit.textChanged.connect(self._timer.start)
        else:
            line = QLineEdit()
            line.setText(self._display(q.value))
            line.textEdited.connect(lambda _text: self._timer.start())
            line.editingFinished.connect(self.flush)
            line.returnPressed.connect(self._enter)
            self._configure_line(line)
            self._edit = line
        self._edit.setReadOnly(q.readonly)
        # numbers, dates and times get a narrow box: it and its calendar button sit together on
        # the leading edge (left, or right in a right-to-left form), the rest of the row empty
        narrow = not self._multiline and q.datatype in _INPUT_FORMATS
        row.addWidget(self._edit, 0 if narrow else 1)
        if q.datatype == "date" and not q.readonly:
            pick = QToolButton()
            pick.setText("…")
            pick.setToolTip(self.tr("Pick a date from a calendar"))
            pick.setAccessibleName(self.tr("Pick a date"))
            pick.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            pick.clicked.connect(self._pick_date)
            row.addWidget(pick)
        if narrow:
            row.addStretch(1)
        self._layout.addLayout(row)

    def _configure_line(self, line: QLineEdit) -> None:
        q = self.question
        datatype = q.datatype
        if datatype in _INPUT_FORMATS:
            pattern, placeholder, _example = _INPUT_FORMATS[datatype]
            if datatype == "date" and "year" in q.appearance:
                pattern, placeholder = r"\d{0,4}", "YYYY"
            elif datatype == "date" and "month-year" in q.appearance:
                pattern, placeholder = r"[0-9-]{0,7}", "YYYY-MM"
            line.setValidator(QRegularExpressionValidator(pattern, line))
            line.setPlaceholderText(placeholder)
            # wide enough for the whole format hint ("YYYY-MM-DD HH:MM") or a long number, with
            # room for the style sheet's larger font and padding (applied after this)
            sample = (placeholder or "-1234567890.123") + "  "
            advance = line.fontMetrics().horizontalAdvance(sample)
            line.setMinimumWidth(min(260, int(advance * 1.3) + 32))
            line.setMaximumWidth(260)
        elif datatype in {"geopoint", "geotrace", "geoshape"}:
            line.setPlaceholderText(self.tr("latitude longitude [altitude accuracy]"))
            line.setToolTip(
                self.tr("Type or paste coordinates, e.g. 12.34 -56.78 or 12.34, -56.78")
            )
        elif "masked" in q.appearance:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        elif datatype == "barcode":
            line.setPlaceholderText(self.tr("Type or scan the code"))
        elif "numbers" in q.appearance:
            line.setValidator(QRegularExpressionValidator(r"[0-9+\-.,() ]*", line))

    def _display(self, value: str) -> str:
        """XForms value -> what the enumerator sees (dates keep ISO; times drop seconds/zone)."""
        datatype = self.question.datatype
        if not value:
            return ""
        if datatype == "time":
            return value[:5]
        if datatype == "dateTime":
            return value[:16].replace("T", " ")
        if datatype == "date" and "year" in self.question.appearance:
            return value[:4]
        if datatype == "date" and "month-year" in self.question.appearance:
            return value[:7]
        return value

    def _normalized(self, text: str) -> str:
        """What the enumerator typed -> XForms text format, forgiving of common variants."""
        text = text.strip() if not self._multiline else text
        datatype = self.question.datatype
        if not text:
            return ""
        if datatype == "decimal":
            return text.replace(",", ".")
        if datatype == "time" and re.fullmatch(r"\d{1,2}:\d{2}", text):
            hours, minutes = text.split(":")
            return f"{int(hours):02d}:{minutes}:00"
        if datatype == "dateTime" and re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}", text):
            day, clock = re.split(r"[ T]", text)
            hours, minutes = clock.split(":")
            return f"{day}T{int(hours):02d}:{minutes}:00"
        if datatype == "date" and "year" in self.question.appearance and len(text) == 4:
            return f"{text}-01-01"
        if datatype == "date" and "month-year" in self.question.appearance and len(text) == 7:
            return f"{text}-01"
        if datatype in {"geopoint", "geotrace", "geoshape"}:
            return _normalize_geo(text, datatype)
        return text

    def text(self) -> str:
        if isinstance(self._edit, QPlainTextEdit):
            return self._edit.toPlainText()
        return self._edit.text()

    def flush(self) -> None:
        self._timer.stop()
        if self.question.readonly:
            return
        value = self._normalized(self.text())
        if value != self.question.value:
            self.committed.emit(self.ref, value)

    def refresh_editor(self, old: Question) -> None:
        if self._edit.hasFocus() or self._timer.isActive():
            return
        shown = self._display(self.question.value)
        if self._normalized(self.text()) == self.question.value:
            return
        if isinstance(self._edit, QPlainTextEdit):
            self._edit.setPlainText(shown)
        else:
            self._edit.setText(shown)

    def editors(self) -> list[QWidget]:
        return [self._edit]

    def _pick_date(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Pick a date"))
        layout = QVBoxLayout(dialog)
        calendar = QCalendarWidget()
        current = QDate.fromString(self.text()[:10], "yyyy-MM-dd")
        if current.isValid():
            calendar.setSelectedDate(current)
        calendar.activated.connect(dialog.accept)
        calendar.clicked.connect(dialog.accept)
        layout.addWidget(calendar)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            picked = calendar.selectedDate().toString("yyyy-MM-dd")
            assert isinstance(self._edit, QLineEdit)
            self._edit.setText(picked)
            self.flush()


def _normalize_geo(text: str, datatype: str) -> str:
    """Accept 'lat lon', 'lat, lon' or '(lat, lon)' pasted from a map; ';' joins points."""
    points = [p for p in re.split(r";", text) if p.strip()] if datatype != "geopoint" else [text]
    cleaned: list[str] = []
    for point in points:
        numbers = re.findall(r"[-+]?\d+(?:\.\d+)?", point)
        if len(numbers) < 2:
            return text  # let the engine reject it with its own message
        cleaned.append(" ".join(numbers[:4]))
    return ";".join(cleaned)


def _choice_key(owner: SelectWidget, event: QKeyEvent) -> bool:
    """Digits pick the n-th choice, letters the next choice starting with that letter."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    key = event.key()
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        owner.flush()
        owner.advance.emit()
        return True
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        owner.clear_selection()
        return True
    text = event.text()
    if text.isdigit() and text != "0":
        return owner.pick_index(int(text) - 1)
    if text.isalpha():
        return owner.pick_letter(text)
    return False


class _ChoiceRadio(QRadioButton):
    """A radio button that understands the choice keys (only key presses reach Python)."""

    def __init__(self, text: str, owner: SelectWidget) -> None:
        super().__init__(text)
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _choice_key(self._owner, event):
            super().keyPressEvent(event)


class _ChoiceCheck(QCheckBox):
    def __init__(self, text: str, owner: SelectWidget) -> None:
        super().__init__(text)
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _choice_key(self._owner, event):
            super().keyPressEvent(event)


class SelectWidget(QuestionWidget):
    """select1 / select as radio buttons or check boxes in rows, columns or a likert scale."""

    def build_editor(self) -> None:
        q = self.question
        self._multiple = q.kind == "select"
        self._buttons: list[QAbstractButton] = []
        self._choices: tuple[Choice, ...] = q.choices
        self._box = QWidget()
        self._box.setObjectName("choices")
        self._grid = QGridLayout(self._box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._group.buttonToggled.connect(self._toggled)
        self._syncing = False
        self._layout.addWidget(self._box)
        self._build_buttons()
        if not self._multiple and not q.readonly and "label" not in q.appearance:
            self._clear = QPushButton(self.tr("Clear"))
            self._clear.setObjectName("clearChoice")
            self._clear.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self._clear.setAccessibleName(self.tr("Clear the answer"))
            self._clear.clicked.connect(self.clear_selection)
            self._clear.setVisible(bool(q.value))
            self._layout.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_buttons(self) -> None:
        for old in self._buttons:
            self._group.removeButton(old)
        self._buttons = []
        for child in self._box.findChildren(QWidget):
            child.hide()
            child.deleteLater()
        while self._grid.count():
            self._grid.takeAt(0)
        q = self.question
        selected = set(q.value.split()) if self._multiple else {q.value}
        appearance = q.appearance
        columns = _columns_for(appearance, len(self._choices))
        likert = "likert" in appearance
        header_only = "label" in appearance
        no_label = "list-nolabel" in appearance
        for index, choice in enumerate(self._choices):
            row, column = divmod(index, columns)
            if header_only:
                header = _plain_label(choice.label, object_name="choiceHeader")
                header.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self._grid.addWidget(header, 0, index)
                continue
            number = f"{index + 1}. " if index < 9 and not likert and not no_label else ""
            text = "" if no_label else number + choice.label
            button: QAbstractButton = (
                _ChoiceCheck(text, self) if self._multiple else _ChoiceRadio(text, self)
            )
            button.setAutoExclusive(False)
            # as wide as its text: a click in the empty space to its right must not pick it
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.setChecked(choice.value in selected)
            button.setEnabled(not q.readonly)
            button.setAccessibleName(choice.label or choice.value)
            button.setProperty("choiceValue", choice.value)
            if choice.image and self._media is not None:
                path = self._media(choice.image)
                if path is not None:
                    pixmap = QPixmap(str(path))
                    if not pixmap.isNull():
                        button.setIcon(pixmap)
                        button.setIconSize(
                            pixmap.size().scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio)
                        )
            self._group.addButton(button, index)
            self._buttons.append(button)
            if likert:
                cell = QVBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
                caption = _plain_label(choice.label, object_name="likertCaption")
                caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                cell.addWidget(caption)
                self._grid.addLayout(cell, 0, index)
            elif no_label:
                self._grid.addWidget(button, 0, index, Qt.AlignmentFlag.AlignHCenter)
            else:  # leading edge (AlignLeft is mirrored in right-to-left layouts)
                self._grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignLeft)
        if columns > 1:
            for column in range(columns):
                self._grid.setColumnStretch(column, 1)
        self._apply_accessible_names_to_buttons()

    def _apply_accessible_names_to_buttons(self) -> None:
        self._box.setAccessibleName(self.accessible_label())

    def editors(self) -> list[QWidget]:
        return [self._box]

    def _apply_accessible_names(self) -> None:
        self._box.setAccessibleName(self.accessible_label())
        self._box.setAccessibleDescription(self.accessible_hint())

    def focus_editor(self) -> None:
        if not self._buttons:
            return
        checked = [b for b in self._buttons if b.isChecked()]
        (checked or self._buttons)[0].setFocus(Qt.FocusReason.TabFocusReason)

    def selected_values(self) -> list[str]:
        return [str(b.property("choiceValue")) for b in self._buttons if b.isChecked()]

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if self._syncing:
            return
        if not self._multiple and checked:
            self._syncing = True
            for other in self._buttons:
                if other is not button:
                    other.setChecked(False)
            self._syncing = False
        if not self._multiple and not checked and not self.selected_values():
            # a radio can't be unticked by clicking it again; keep it ticked
            self._syncing = True
            button.setChecked(True)
            self._syncing = False
            return
        self._commit_selection()

    def _commit_selection(self) -> None:
        values = self.selected_values()
        value = " ".join(values) if self._multiple else (values[0] if values else "")
        if hasattr(self, "_clear"):
            self._clear.setVisible(bool(value))
        self._commit(value)

    def pick_index(self, index: int) -> bool:
        if self.question.readonly or not 0 <= index < len(self._buttons):
            return False
        button = self._buttons[index]
        if self._multiple:
            button.setChecked(not button.isChecked())
        else:
            button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def pick_letter(self, letter: str) -> bool:
        letter = letter.casefold()
        count = len(self._choices)
        if not count:
            return False
        focused = next((i for i, b in enumerate(self._buttons) if b.hasFocus()), -1)
        for step in range(1, count + 1):
            index = (focused + step) % count
            if self._choices[index].label.casefold().startswith(letter):
                if self._multiple:
                    self._buttons[index].setFocus(Qt.FocusReason.ShortcutFocusReason)
                    return True
                return self.pick_index(index)
        return False

    def clear_selection(self) -> None:
        if self.question.readonly:
            return
        self._syncing = True
        for button in self._buttons:
            button.setChecked(False)
        self._syncing = False
        self._commit_selection()

    def refresh_editor(self, old: Question) -> None:
        q = self.question
        if q.choices != self._choices:
            had_focus = any(b.hasFocus() for b in self._buttons)
            self._choices = q.choices
            self._build_buttons()
            if had_focus:
                self.focus_editor()
        else:
            selected = set(q.value.split()) if self._multiple else {q.value}
            self._syncing = True
            for button in self._buttons:
                button.setChecked(str(button.property("choiceValue")) in selected)
            self._syncing = False
        if hasattr(self, "_clear"):
            self._clear.setVisible(bool(q.value))


class ComboSelectWidget(QuestionWidget):
    """select1 with appearance minimal (drop-down) or autocomplete / search (type to filter)."""

    def build_editor(self) -> None:
        q = self.question
        self._combo = QComboBox()
        self._searchable = "autocomplete" in q.appearance or any(
            a.startswith("search") for a in q.appearance
        )
        self._combo.setEditable(self._searchable)
        self._combo.setEnabled(not q.readonly)
        self._combo.setMinimumWidth(260)
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill()
        if self._searchable:
            completer = QCompleter(self._combo.model(), self._combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self._combo.setCompleter(completer)
            self._combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line = self._combo.lineEdit()
            assert line is not None
            line.setPlaceholderText(self.tr("Type to search"))
            line.editingFinished.connect(self._from_text)
            completer.activated.connect(lambda _text: self._from_text())
            line.returnPressed.connect(self._enter)
        else:
            self._combo.installEventFilter(_EnterFilter(self))
        self._combo.activated.connect(self._activated)
        self._layout.addWidget(self._combo, 0, Qt.AlignmentFlag.AlignLeft)

    def _fill(self) -> None:
        q = self.question
        self._choices = q.choices
        self._combo.blockSignals(True)
        self._combo.clear()
        self._combo.addItem("", "")
        for choice in q.choices:
            self._combo.addItem(choice.label, choice.value)
        index = self._combo.findData(q.value)
        self._combo.setCurrentIndex(max(index, 0))
        self._combo.blockSignals(False)

    def _activated(self, index: int) -> None:
        self._commit(str(self._combo.itemData(index) or ""))

    def _from_text(self) -> None:
        text = self._combo.currentText().strip()
        if not text:
            self._commit("")
            return
        for index in range(1, self._combo.count()):
            if self._combo.itemText(index).casefold() == text.casefold():
                self._combo.setCurrentIndex(index)
                self._commit(str(self._combo.itemData(index)))
                return
        self.show_error(self.tr("Pick one of the suggested answers."))

    def flush(self) -> None:
        if self._searchable:
            self._from_text()

    def refresh_editor(self, old: Question) -> None:
        if (
            self.question.choices != self._choices
            or self._combo.currentData() != self.question.value
        ):
            self._fill()

    def editors(self) -> list[QWidget]:
        return [self._combo]


class CheckListSelectWidget(QuestionWidget):
    """select (multiple) with appearance minimal or autocomplete: a filterable checkable list."""

    def build_editor(self) -> None:
        q = self.question
        self._filter: QLineEdit | None = None
        if "minimal" not in q.appearance:
            self._filter = QLineEdit()
            self._filter.setPlaceholderText(self.tr("Type to filter the choices"))
            self._filter.setAccessibleName(self.tr("Filter choices"))
            self._filter.textChanged.connect(self._apply_filter)
            self._layout.addWidget(self._filter)
        self._list = QListWidget()
        self._list.setMaximumHeight(200)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.itemChanged.connect(self._changed)
        self._list.installEventFilter(_EnterFilter(self))
        self._layout.addWidget(self._list)
        self._fill()

    def _fill(self) -> None:
        q = self.question
        self._choices = q.choices
        selected = set(q.value.split())
        self._list.blockSignals(True)
        self._list.clear()
        for choice in q.choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.value)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if q.readonly:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if choice.value in selected else Qt.CheckState.Unchecked
            )
            self._list.addItem(item)
        self._list.blockSignals(False)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self._list.count()):
            item = self._list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _changed(self, _item: QListWidgetItem) -> None:
        values = [
            str(self._list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self._list.count())
            if self._list.item(r).checkState() == Qt.CheckState.Checked
        ]
        self._commit(" ".join(values))

    def refresh_editor(self, old: Question) -> None:
        if self.question.choices != self._choices or old.value != self.question.value:
            self._fill()

    def editors(self) -> list[QWidget]:
        return [w for w in (self._filter, self._list) if w is not None]


class RangeWidget(QuestionWidget):
    """range: a slider with ticks plus the chosen number; unset until the enumerator moves it."""

    def build_editor(self) -> None:
        q = self.question
        self._start = float(q.params.get("start", "0") or 0)
        self._end = float(q.params.get("end", "10") or 10)
        self._step = float(q.params.get("step", "1") or 1) or 1.0
        steps = max(1, round(abs(self._end - self._start) / abs(self._step)))
        self._slider = QSlider(
            Qt.Orientation.Vertical if "vertical" in q.appearance else Qt.Orientation.Horizontal
        )
        self._slider.setRange(0, steps)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.setTickInterval(1 if steps <= 20 else max(1, steps // 10))
        self._slider.setPageStep(1)
        self._slider.setEnabled(not q.readonly)
        self._slider.setMinimumWidth(240)
        self._value = _plain_label("", object_name="rangeValue")
        row = QHBoxLayout()
        row.addWidget(_plain_label(self._format(self._start), wrap=False))
        row.addWidget(self._slider, 1)
        row.addWidget(_plain_label(self._format(self._end), wrap=False))
        row.addSpacing(12)
        row.addWidget(self._value)
        self._layout.addLayout(row)
        self._set_from_value(q.value)
        self._slider.valueChanged.connect(self._moved)
        self._slider.installEventFilter(_EnterFilter(self))

    def _format(self, number: float) -> str:
        return (
            str(int(number))
            if float(number).is_integer() and float(self._step).is_integer()
            else f"{number:g}"
        )

    def _number_at(self, position: int) -> float:
        direction = 1 if self._end >= self._start else -1
        return self._start + direction * position * abs(self._step)

    def _set_from_value(self, value: str) -> None:
        self._slider.blockSignals(True)
        if value:
            try:
                position = round(abs(float(value) - self._start) / abs(self._step))
            except ValueError:
                position = 0
            self._slider.setValue(position)
            self._value.setText(value)
        else:
            self._slider.setValue(0)
            self._value.setText(self.tr("not set"))
        self._slider.blockSignals(False)

    def _moved(self, position: int) -> None:
        text = self._format(self._number_at(position))
        self._value.setText(text)
        self._commit(text)

    def refresh_editor(self, old: Question) -> None:
        if not self._slider.isSliderDown():
            self._set_from_value(self.question.value)

    def editors(self) -> list[QWidget]:
        return [self._slider]


class RankWidget(QuestionWidget):
    """odk:rank: reorder with Ctrl+Up / Ctrl+Down or drag; the order is the answer."""

    def build_editor(self) -> None:
        self._list = QListWidget()
        self._list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._list.setMaximumHeight(220)
        self._list.model().rowsMoved.connect(lambda *_args: self._commit_order())
        self._list.installEventFilter(self)
        self._layout.addWidget(self._list)
        buttons = QHBoxLayout()
        self._up = QPushButton(self.tr("Move up"))
        self._down = QPushButton(self.tr("Move down"))
        self._accept = QPushButton(self.tr("Use this order"))
        for button in (self._up, self._down, self._accept):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._up.clicked.connect(lambda: self._move(-1))
        self._down.clicked.connect(lambda: self._move(1))
        self._accept.clicked.connect(self._commit_order)
        self._layout.addLayout(buttons)
        self._fill()

    def _fill(self) -> None:
        q = self.question
        self._choices = q.choices
        by_value = {c.value: c for c in q.choices}
        ordered = [by_value[v] for v in q.value.split() if v in by_value]
        ordered += [c for c in q.choices if c not in ordered]
        self._list.clear()
        for position, choice in enumerate(ordered, start=1):
            item = QListWidgetItem(f"{position}. {choice.label}")
            item.setData(Qt.ItemDataRole.UserRole, choice.value)
            self._list.addItem(item)
        self._accept.setVisible(not q.value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.key() == Qt.Key.Key_Up:
                    self._move(-1)
                    return True
                if event.key() == Qt.Key.Key_Down:
                    self._move(1)
                    return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.flush()
                self.advance.emit()
                return True
        return super().eventFilter(watched, event)

    def _move(self, delta: int) -> None:
        row = self._list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self._list.count():
            return
        item = self._list.takeItem(row)
        self._list.insertItem(target, item)
        self._list.setCurrentRow(target)
        self._commit_order()

    def order(self) -> list[str]:
        return [
            str(self._list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self._list.count())
        ]

    def _commit_order(self) -> None:
        by_value = {c.value: c.label for c in self._choices}
        for row, value in enumerate(self.order(), start=1):
            self._list.item(row - 1).setText(f"{row}. {by_value.get(value, value)}")
        self._accept.hide()
        self._commit(" ".join(self.order()))

    def flush(self) -> None:
        if not self.question.value and self._list.count():
            self._commit_order()

    def refresh_editor(self, old: Question) -> None:
        if self.question.choices != self._choices or " ".join(self.order()) != self.question.value:
            row = self._list.currentRow()
            self._fill()
            self._list.setCurrentRow(row)

    def editors(self) -> list[QWidget]:
        return [self._list]


class TriggerWidget(QuestionWidget):
    """Acknowledge (trigger): a tick box that stores OK."""

    def build_editor(self) -> None:
        self._box = QCheckBox(self.tr("OK"))
        self._box.setChecked(self.question.value == "OK")
        self._box.setEnabled(not self.question.readonly)
        self._box.toggled.connect(lambda checked: self._commit("OK" if checked else ""))
        self._box.installEventFilter(_EnterFilter(self))
        self._layout.addWidget(self._box)

    def refresh_editor(self, old: Question) -> None:
        self._box.blockSignals(True)
        self._box.setChecked(self.question.value == "OK")
        self._box.blockSignals(False)

    def editors(self) -> list[QWidget]:
        return [self._box]


class UploadWidget(QuestionWidget):
    """image / audio / video / file: chosen from disk; the screen stores it encrypted."""

    choose_file = Signal(str)  # ref: the screen opens the dialog and stores the file

    def build_editor(self) -> None:
        q = self.question
        row = QHBoxLayout()
        self._name = _plain_label(q.value or self.tr("No file chosen"), object_name="fileName")
        self._button = QPushButton(self._choose_text())
        self._button.setEnabled(not q.readonly)
        self._button.clicked.connect(lambda: self.choose_file.emit(self.ref))
        self._remove = QPushButton(self.tr("Remove"))
        self._remove.setVisible(bool(q.value) and not q.readonly)
        self._remove.clicked.connect(lambda: self._commit(""))
        row.addWidget(self._button)
        row.addWidget(self._remove)
        row.addWidget(self._name, 1)
        self._layout.addLayout(row)

    def _choose_text(self) -> str:
        media = self.question.params.get("mediatype", "")
        if media.startswith("image"):
            return self.tr("Choose an image…")
        if media.startswith("audio"):
            return self.tr("Choose a recording…")
        if media.startswith("video"):
            return self.tr("Choose a video…")
        return self.tr("Choose a file…")

    def refresh_editor(self, old: Question) -> None:
        self._name.setText(self.question.value or self.tr("No file chosen"))
        self._remove.setVisible(bool(self.question.value) and not self.question.readonly)

    def editors(self) -> list[QWidget]:
        return [self._button]


def create_question_widget(
    question: Question, media: MediaResolver | None = None
) -> QuestionWidget:
    """The widget class for a snapshot, from its control kind, datatype and appearance."""
    kind = question.kind
    appearance = question.appearance
    if kind == "note":
        return NoteWidget(question, media)
    if kind == "input" and question.readonly:
        return NoteWidget(question, media)
    if kind == "select1":
        if (
            "minimal" in appearance
            or "autocomplete" in appearance
            or any(a.startswith("search") for a in appearance)
        ):
            return ComboSelectWidget(question, media)
        return SelectWidget(question, media)
    if kind == "select":
        if (
            "minimal" in appearance
            or "autocomplete" in appearance
            or any(a.startswith("search") for a in appearance)
        ):
            return CheckListSelectWidget(question, media)
        return SelectWidget(question, media)
    if kind == "range":
        return RangeWidget(question, media)
    if kind == "rank":
        return RankWidget(question, media)
    if kind == "trigger":
        return TriggerWidget(question, media)
    if kind == "upload":
        return UploadWidget(question, media)
    return TextInputWidget(question, media)


STATE_MARKS = {
    QuestionState.ANSWERED: "✓",
    QuestionState.REQUIRED_EMPTY: "!",
    QuestionState.INVALID: "✗",
    QuestionState.EMPTY: "",
}
