"""Each control widget, driven with real key presses and clicks, reports the right XForms value."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QSlider,
    QToolButton,
)

from fieldapp.core.engine.api import Choice, Question
from fieldapp.ui.question_widgets import (
    CheckListSelectWidget,
    ComboSelectWidget,
    NoteWidget,
    RangeWidget,
    RankWidget,
    SelectWidget,
    TextInputWidget,
    TriggerWidget,
    UploadWidget,
    create_question_widget,
)

CHOICES = (Choice("yes", "Yes"), Choice("no", "No"), Choice("dk", "Don't know"))


def _shown(qtbot, question: Question):  # type: ignore[no-untyped-def]
    widget = create_question_widget(question)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    got: list[tuple[str, str]] = []

    def accept(ref: str, value: str) -> None:
        # what the interview screen does after the engine accepted the answer
        got.append((ref, value))
        widget.update_question(replace(widget.question, value=value))

    widget.committed.connect(accept)
    return widget, got


@pytest.mark.parametrize(
    ("question", "cls"),
    [
        (Question("/d/a", "input", "string", "A"), TextInputWidget),
        (Question("/d/a", "note", "string", "A"), NoteWidget),
        (Question("/d/a", "input", "int", "A", readonly=True), NoteWidget),
        (Question("/d/a", "select1", "string", "A", choices=CHOICES), SelectWidget),
        (
            Question("/d/a", "select1", "string", "A", choices=CHOICES, appearance=("minimal",)),
            ComboSelectWidget,
        ),
        (
            Question(
                "/d/a", "select1", "string", "A", choices=CHOICES, appearance=("autocomplete",)
            ),
            ComboSelectWidget,
        ),
        (
            Question("/d/a", "select", "string", "A", choices=CHOICES, appearance=("minimal",)),
            CheckListSelectWidget,
        ),
        (Question("/d/a", "range", "int", "A"), RangeWidget),
        (Question("/d/a", "rank", "string", "A", choices=CHOICES), RankWidget),
        (Question("/d/a", "trigger", "string", "A"), TriggerWidget),
        (Question("/d/a", "upload", "binary", "A", params={"mediatype": "image/*"}), UploadWidget),
    ],
)
def test_widget_class_per_control(qtbot, question: Question, cls: type) -> None:  # type: ignore[no-untyped-def]
    widget, _got = _shown(qtbot, question)
    assert type(widget) is cls


def test_text_commits_after_pause_not_per_keystroke(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, got = _shown(qtbot, Question("/d/name", "input", "string", "Name"))
    edit = widget.findChild(QLineEdit)
    qtbot.keyClicks(edit, "Ana Maria")
    assert got == []  # nothing reached the engine while typing
    qtbot.waitUntil(lambda: got == [("/d/name", "Ana Maria")], timeout=2000)


def test_enter_commits_and_advances(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, got = _shown(qtbot, Question("/d/age", "input", "int", "Age"))
    advanced: list[bool] = []
    widget.advance.connect(lambda: advanced.append(True))
    edit = widget.findChild(QLineEdit)
    qtbot.keyClicks(edit, "4x2")  # the validator refuses the letter
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert got == [("/d/age", "42")]
    assert advanced == [True]


@pytest.mark.parametrize(
    ("datatype", "appearance", "typed", "value"),
    [
        ("decimal", (), "3,5", "3.5"),
        ("time", (), "9:05", "09:05:00"),
        ("dateTime", (), "2024-02-29 7:30", "2024-02-29T07:30:00"),
        ("date", ("year",), "1990", "1990-01-01"),
        ("date", ("month-year",), "2021-06", "2021-06-01"),
        ("geopoint", (), "(12.5, -3.25)", "12.5 -3.25"),
        ("date", (), "2020-01-31", "2020-01-31"),
    ],
)
def test_typed_values_are_normalised(qtbot, datatype, appearance, typed, value) -> None:  # type: ignore[no-untyped-def]
    widget, got = _shown(qtbot, Question("/d/x", "input", datatype, "X", appearance=appearance))
    edit = widget.findChild(QLineEdit)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert got == [("/d/x", value)]


def test_digits_and_letters_pick_choices(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, got = _shown(qtbot, Question("/d/q", "select1", "string", "Q", choices=CHOICES))
    radios = widget.findChildren(QRadioButton)
    radios[0].setFocus()
    qtbot.keyClick(radios[0], Qt.Key.Key_2)
    assert got[-1] == ("/d/q", "no")
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_D)
    assert got[-1] == ("/d/q", "dk")
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Delete)
    assert got[-1] == ("/d/q", "")


def test_select_multiple_toggles_with_digits_and_clicks(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, got = _shown(qtbot, Question("/d/m", "select", "string", "M", choices=CHOICES))
    boxes = widget.findChildren(type(widget._buttons[0]))
    qtbot.mouseClick(boxes[2], Qt.MouseButton.LeftButton)
    assert got[-1] == ("/d/m", "dk")
    qtbot.keyClick(boxes[2], Qt.Key.Key_1)
    assert got[-1] == ("/d/m", "yes dk")
    qtbot.keyClick(boxes[0], Qt.Key.Key_1)
    assert got[-1] == ("/d/m", "dk")


def test_choices_follow_a_new_snapshot(qtbot) -> None:  # type: ignore[no-untyped-def]
    question = Question("/d/city", "select1", "string", "City", choices=CHOICES[:1])
    widget, _got = _shown(qtbot, question)
    assert len(widget.findChildren(QRadioButton)) == 1
    widget.update_question(replace(question, choices=CHOICES))
    qtbot.waitUntil(
        lambda: len([r for r in widget.findChildren(QRadioButton) if r.isVisible()]) == 3
    )


def test_minimal_and_autocomplete(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, got = _shown(
        qtbot,
        Question("/d/c", "select1", "string", "C", choices=CHOICES, appearance=("autocomplete",)),
    )
    combo = widget.findChild(QComboBox)
    combo.lineEdit().setFocus()
    qtbot.keyClicks(combo.lineEdit(), "Don't know")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert ("/d/c", "dk") in got


def test_multi_minimal_filter_and_check(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, got = _shown(
        qtbot,
        Question("/d/c", "select", "string", "C", choices=CHOICES, appearance=("autocomplete",)),
    )
    lst = widget.findChild(QListWidget)
    widget.findChild(QLineEdit).setText("kno")
    assert [lst.item(i).isHidden() for i in range(3)] == [True, True, False]
    lst.item(2).setCheckState(Qt.CheckState.Checked)
    assert got[-1] == ("/d/c", "dk")


def test_range_rank_trigger(qtbot) -> None:  # type: ignore[no-untyped-def]
    rng, got = _shown(
        qtbot,
        Question("/d/r", "range", "decimal", "R", params={"start": "0", "end": "2", "step": "0.5"}),
    )
    slider = rng.findChild(QSlider)
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert got[-1] == ("/d/r", "0.5")

    rank, got_rank = _shown(qtbot, Question("/d/k", "rank", "string", "K", choices=CHOICES))
    lst = rank.findChild(QListWidget)
    lst.setFocus()
    lst.setCurrentRow(2)
    qtbot.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert got_rank[-1] == ("/d/k", "yes dk no")

    trig, got_trig = _shown(qtbot, Question("/d/t", "trigger", "string", "T"))
    qtbot.mouseClick(trig._box, Qt.MouseButton.LeftButton)
    assert got_trig[-1] == ("/d/t", "OK")


def test_error_shown_and_accessible_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, _got = _shown(
        qtbot, Question("/d/a", "input", "int", "Age", hint="In years", required=True)
    )
    widget.show_error("Must be under 120")
    assert widget._error.isVisible() and widget._error.text() == "Must be under 120"
    edit = widget.findChild(QLineEdit)
    assert edit.accessibleName() == "Age"
    assert edit.accessibleDescription() == "In years"


def test_labels_render_the_odk_subset_and_escape_everything_else(qtbot) -> None:  # type: ignore[no-untyped-def]
    hostile = (
        "**bold** <img src=http://evil.example/x.png> <script>alert(1)</script> "
        "<a href=javascript:alert(1)>js</a> [js](javascript:alert(1)) " + "**" * 10_000
    )
    widget, _got = _shown(
        qtbot,
        Question("/d/a", "note", "string", hostile, label_markup="# " + hostile),
    )
    text = widget._label.text()
    assert widget._label.textFormat() == Qt.TextFormat.RichText
    assert "<b>bold</b>" in text and "font-size:x-large" in text  # the subset renders
    for bad in ("<img", "<script", "<a href", "javascript:alert(1)>"):
        assert bad not in text
    assert "&lt;img src=http://evil.example/x.png&gt;" in text  # shown as text, never loaded
    # a label without formatting characters stays plain text: nothing in it is ever markup
    plain, _got = _shown(qtbot, Question("/d/b", "note", "string", "<b>x</b>"))
    assert plain._label.textFormat() == Qt.TextFormat.PlainText


def test_narrow_inputs_sit_on_the_leading_edge(qtbot) -> None:  # type: ignore[no-untyped-def]
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        widget = create_question_widget(Question("/d/d", "input", "date", "When"))
        qtbot.addWidget(widget)
        widget.setLayoutDirection(direction)
        widget.resize(900, 120)
        widget.show()
        qtbot.waitExposed(widget)
        edit = widget.findChild(QLineEdit)
        button = widget.findChild(QToolButton)
        gap = abs(button.geometry().center().x() - edit.geometry().center().x())
        assert gap < edit.width()  # the calendar button sits right beside the box
        if direction == Qt.LayoutDirection.LeftToRight:
            assert edit.geometry().left() < 40
        else:
            assert edit.geometry().right() > widget.width() - 40
