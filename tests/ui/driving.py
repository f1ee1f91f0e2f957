"""Drive the real app's widgets like an enumerator: key presses and mouse clicks only.

Used by the interview tests and by the kill -9 subprocess script. Nothing here calls a private
slot: answers are typed into the editors, choices picked with digit keys or clicks, pages
changed with Enter / Page Down or the Next button.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from fieldapp.core.engine.api import Question
from fieldapp.ui.app import MainWindow
from fieldapp.ui.interview_screen import InterviewScreen
from fieldapp.ui.question_widgets import (
    CheckListSelectWidget,
    ComboSelectWidget,
    QuestionWidget,
    SelectWidget,
    TextInputWidget,
    TriggerWidget,
)

SKIP_VALUES = {"97", "98", "99", "no", "pna", "0", "dont_know", "none", "other"}
Chooser = Callable[[Question], str | None]


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Process events until ``condition`` holds (workers report through queued signals)."""
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + timeout
    while not condition():
        app.processEvents()
        time.sleep(0.005)
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the UI")


def ensure_active(widget: QWidget) -> None:
    """Keyboard shortcuts need the window to be the active one, as it is for a real user."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is window, timeout=5)


def unlock(window: MainWindow, passphrase: str) -> None:
    """Type the passphrase on the unlock screen and press Enter; wait for the home screen."""
    screen = window.stack.currentWidget()
    edit = screen.findChild(QLineEdit)
    assert edit is not None
    edit.setFocus()
    QTest.keyClicks(edit, passphrase)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    wait_until(lambda: window.home is not None or window.interview is not None)


def start_form(window: MainWindow, form_key: str, *, keyboard: bool = False) -> InterviewScreen:
    home = window.home
    assert home is not None
    assert home.select_form(form_key), form_key
    if keyboard:
        home.forms_table.setFocus()
        QTest.keyClick(home.forms_table, Qt.Key.Key_Return)
    else:
        QTest.mouseClick(home.start_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.interview is not None)
    assert window.interview is not None
    return window.interview


def default_choice(question: Question) -> str | None:
    """A plausible substantive answer: the first choice that isn't don't-know/refused/no."""
    values = [c.value for c in question.choices]
    for value in values:
        if value not in SKIP_VALUES:
            return value
    return values[0] if values else None


def default_text(question: Question) -> str | None:
    return {
        "int": "30",
        "decimal": "2.5",
        "date": "1990-05-01",
        "time": "09:30",
        "dateTime": "2024-02-29 07:30",
        "geopoint": "12.5 -3.25",
        "barcode": "ABC123",
    }.get(question.datatype, "Ana")


class Interviewer:
    """Answers whatever is on the current page through the widgets."""

    def __init__(
        self,
        screen: InterviewScreen,
        *,
        keyboard: bool,
        answers: Mapping[str, str] | None = None,
        chooser: Chooser = default_choice,
    ) -> None:
        self.screen = screen
        self.keyboard = keyboard
        self.answers = dict(answers or {})
        self.chooser = chooser
        self.seen: list[str] = []

    def _wanted(self, question: Question) -> str | None:
        for suffix, value in self.answers.items():
            if question.ref.endswith(suffix):
                return value
        if question.kind in {"select1", "select"}:
            return self.chooser(question)
        if question.kind == "trigger":
            return "OK"
        if question.kind == "input":
            return default_text(question)
        return None

    def answer_page(self) -> None:
        screen = self.screen
        wait_until(lambda: not screen.streaming())
        QApplication.processEvents()  # lay the page out so clicks land on real geometry
        ensure_active(screen)
        for ref, widget in list(screen.widgets.items()):
            if screen.widgets.get(ref) is not widget or not widget.isVisible():
                continue  # the page was rebuilt by an earlier answer
            question = widget.question
            self.seen.append(ref)
            if question.readonly or question.kind in {"note", "upload", "range", "rank"}:
                continue
            if question.value:
                continue
            value = self._wanted(question)
            if value is None or value == "":
                continue
            self.answer(widget, value)

    def answer(self, widget: QuestionWidget, value: str) -> None:
        if isinstance(widget, SelectWidget):
            self._pick(widget, value.split())
        elif isinstance(widget, ComboSelectWidget):
            combo = widget.findChild(QComboBox)
            assert combo is not None
            label = next(c.label for c in widget.question.choices if c.value == value)
            line = combo.lineEdit()
            if line is not None:
                line.setFocus()
                line.selectAll()
                QTest.keyClicks(line, label)
                QTest.keyClick(line, Qt.Key.Key_Tab)
            else:
                combo.setFocus()
                QTest.keyClicks(combo, label[:3])
        elif isinstance(widget, CheckListSelectWidget):
            box = widget.findChild(QListWidget)
            assert box is not None
            box.setFocus()
            for row in range(box.count()):
                if str(box.item(row).data(Qt.ItemDataRole.UserRole)) in value.split():
                    box.setCurrentRow(row)
                    QTest.keyClick(box.viewport(), Qt.Key.Key_Space)
                    if box.item(row).checkState() != Qt.CheckState.Checked:
                        rect = box.visualItemRect(box.item(row))
                        QTest.mouseClick(
                            box.viewport(),
                            Qt.MouseButton.LeftButton,
                            pos=rect.topLeft() + rect.center() - rect.topLeft(),
                        )
        elif isinstance(widget, TriggerWidget):
            box = widget.findChild(QAbstractButton)
            assert box is not None
            if self.keyboard:
                box.setFocus()
                QTest.keyClick(box, Qt.Key.Key_Space)
            else:
                QTest.mouseClick(box, Qt.MouseButton.LeftButton)
        elif isinstance(widget, TextInputWidget):
            edit = widget.findChild(QLineEdit) or widget.findChild(QPlainTextEdit)
            assert edit is not None
            edit.setFocus()
            QTest.keyClicks(edit, value)
            if isinstance(edit, QLineEdit):
                QTest.keyClick(edit, Qt.Key.Key_Tab)
            widget.flush()  # what leaving the field does (focus may stay inside offscreen)

    def _pick(self, widget: SelectWidget, values: list[str]) -> None:
        buttons = [b for b in widget.findChildren(QAbstractButton) if b.property("choiceValue")]
        for value in values:
            index = next(
                i for i, b in enumerate(buttons) if str(b.property("choiceValue")) == value
            )
            button = buttons[index]
            if self.keyboard and index < 9:
                (buttons[0]).setFocus()
                QTest.keyClick(buttons[0], Qt.Key(Qt.Key.Key_1 + index))
            else:
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def next_page(self) -> None:
        screen = self.screen
        before = screen.page
        if self.keyboard:
            ensure_active(screen)
            target = QApplication.focusWidget() or screen
            QTest.keyClick(target, Qt.Key.Key_PageDown)
        else:
            QTest.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
        assert screen.page is not before, self.problems_text()

    def problems_text(self) -> str:
        return "; ".join(
            f"{w.ref}: {w._error.text()}" for w in self.screen.widgets.values() if w._error.text()
        )

    def run_to_end(
        self, *, max_pages: int = 500, on_repeat: Callable[[], bool] | None = None
    ) -> None:
        """Answer every page and move on until the end screen."""
        for _ in range(max_pages):
            page = self.screen.page
            assert page is not None
            if page.kind == "end":
                return
            if page.kind == "repeat_prompt":
                if on_repeat is not None and on_repeat():
                    continue
                button = self.screen.skip_button
                if self.keyboard:
                    button.setFocus()
                    QTest.keyClick(button, Qt.Key.Key_N)
                else:
                    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                continue
            self.answer_page()
            self.next_page()
        raise AssertionError("the form did not end")


def click_message_box(button: QMessageBox.StandardButton) -> None:
    """Answer the next QMessageBox (a confirmation) by clicking one of its real buttons."""
    from PySide6.QtCore import QTimer

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                target = widget.button(button)
                QTest.mouseClick(target, Qt.MouseButton.LeftButton)
                return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)


def accept_dialog(
    kind: type[QDialog] = QDialog, then: Callable[[QDialog], None] | None = None
) -> None:
    """Accept the next modal dialog of ``kind`` (e.g. the recovery key) from the event loop."""
    from PySide6.QtCore import QTimer

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                if then is not None:
                    then(widget)
                else:
                    widget.accept()
                return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)


def visible_text(widget: QWidget) -> str:
    """All label texts under a widget (to assert what the enumerator sees)."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def corpus_form(corpus: Path, relative: str) -> Path:
    return corpus / relative
