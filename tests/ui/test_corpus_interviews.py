"""Third-party corpus forms through the real app: cascades, jr:count repeats, constraint
messages from the form, itext language switching. Forms are imported the way a user does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QRadioButton

from fieldapp.ui.app import MainWindow
from tests.ui.conftest import PASSPHRASE
from tests.ui.driving import Interviewer, ensure_active, start_form, unlock, wait_until

FIXTURES = "odk-web-forms/fixtures"


def _window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    unlock(window, PASSPHRASE)
    return window


def _import(window: MainWindow, path: Path) -> str:
    assert window.home is not None
    before = window.home.forms_model.rowCount()
    window.import_form_file(path, path.parent)
    wait_until(lambda: window.home is not None and window.home.forms_model.rowCount() > before)
    index = window.home.forms_table.currentIndex()
    return str(index.data(Qt.ItemDataRole.UserRole))


def _type(widget_edit: QLineEdit, text: str) -> None:
    widget_edit.setFocus()
    QTest.keyClicks(widget_edit, text)
    QTest.keyClick(widget_edit, Qt.Key.Key_Return)


def test_cascading_select_follows_the_filter(qtbot, data_dir: Path, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    key = _import(window, corpus_dir / FIXTURES / "select/2-dynamic-selects-itemsets.xml")
    screen = start_form(window, key)
    prefix = screen.widgets["/data/g1/state-prefix"].findChild(QLineEdit)
    _type(prefix, "C")  # Enter: commit and move to the state question
    wait_until(lambda: "/data/g1/state" in screen.widgets)
    state = screen.widgets["/data/g1/state"]
    wait_until(lambda: len(state.question.choices) > 0)
    labels = [c.label for c in state.question.choices]
    assert labels and all(label.startswith("C") for label in labels), labels
    qtbot.wait(20)  # let the page be laid out, as it is before a person can click
    radios = [r for r in state.findChildren(QRadioButton) if r.isVisible()]
    assert len(radios) == len(labels)
    QTest.mouseClick(radios[0], Qt.MouseButton.LeftButton)
    assert screen.session.value("/data/g1/state") == state.question.choices[0].value
    # back to the filter: a new prefix filters the choices again
    QTest.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    prefix = screen.widgets["/data/g1/state-prefix"].findChild(QLineEdit)
    prefix.selectAll()
    _type(prefix, "N")
    wait_until(lambda: "/data/g1/state" in screen.widgets)
    choices = screen.widgets["/data/g1/state"].question.choices
    assert choices and all(c.label.startswith("N") for c in choices)


def test_jr_count_repeat_and_position(qtbot, data_dir: Path, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    key = _import(window, corpus_dir / FIXTURES / "repeats/13-repeat-count.xml")
    screen = start_form(window, key)
    reps = screen.widgets["/root/reps"].findChild(QLineEdit)
    reps.selectAll()
    QTest.keyClicks(reps, "2")
    interviewer = Interviewer(screen, keyboard=False, answers={"/a": "x"})
    interviewer.run_to_end()
    visited = set(interviewer.seen)
    assert {"/root/rep[1]/a", "/root/rep[2]/a"} <= visited
    assert not any(ref.startswith("/root/rep[3]") for ref in visited)
    assert screen.session.repeat_count("/root/rep") == 2


def test_constraint_message_inline_and_blocks_next(qtbot, data_dir: Path, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    key = _import(window, corpus_dir / FIXTURES / "validation/1-validation.xml")
    screen = start_form(window, key)
    # Next on an empty required question: stays, says why
    QTest.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.page is not None and screen.page.questions[0].ref == "/data/first_name"
    assert screen.widgets["/data/first_name"]._error.isVisible()
    interviewer = Interviewer(
        screen,
        keyboard=False,
        answers={"/favourite_color": "red", "/citizen": "pk ca", "/age": "5"},
    )
    for _ in range(20):
        if "/data/age" in screen.widgets:
            break
        interviewer.answer_page()
        interviewer.next_page()
    age = screen.widgets["/data/age"]
    edit = age.findChild(QLineEdit)
    edit.setFocus()
    QTest.keyClicks(edit, "5")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    age.flush()
    assert age._error.text() == "Age has to be between 18 and 100"
    page = screen.page
    QTest.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.page is page  # still here
    edit.selectAll()
    QTest.keyClicks(edit, "30")
    age.flush()
    assert not age._error.isVisible()
    QTest.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.page is not page


def test_switch_form_language_mid_interview(qtbot, data_dir: Path, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir)
    key = _import(window, corpus_dir / FIXTURES / "itext/01-itext-basic.xml")
    screen = start_form(window, key)
    edit = screen.widgets["/root/q1"].findChild(QLineEdit)
    QTest.keyClicks(edit, "hola")
    english = screen.widgets["/root/q1"]._label.text()
    combo: QComboBox = screen.language
    assert combo.isVisible()
    ensure_active(screen)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert screen.session.language == "Español"
    spanish = screen.widgets["/root/q1"]._label.text()
    assert spanish != english
    assert screen.session.value("/root/q1") == "hola"  # typed text survived the switch
