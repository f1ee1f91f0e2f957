"""ODK label formatting: the markdown subset renders, everything else is escaped, answers shown
through <output> are data, and the question widgets show it with plain accessible names."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QLabel

from fieldapp.core.engine.api import Question
from fieldapp.core.engine.markup import (
    MAX_NESTING,
    escape_output,
    is_safe_link,
    to_plain_text,
    to_rich_text,
)
from fieldapp.ui.question_widgets import create_question_widget
from tests.engine.formkit import session

# -- the renderer (Qt-free) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("*em* _em_", "<i>em</i> <i>em</i>"),
        ("**strong** __strong__", "<b>strong</b> <b>strong</b>"),
        ("***both***", "<b><i>both</i></b>"),
        ("**a *b* c**", "<b>a <i>b</i> c</b>"),
        ("snake_case_name, 2 * 3 * 4", "snake_case_name, 2 * 3 * 4"),
        ("\\*not\\* \\# \\_x\\_", "*not* # _x_"),
        ("line one\nline two", "line one<br/>line two"),
        ("a<br/>b<BR>c<br />d", "a<br/>b<br/>c<br/>d"),
        ("&amp; &lt;b&gt; &#65;&#x42; &nosuch;", "&amp; &lt;b&gt; AB &amp;nosuch;"),
        ("[ODK](https://getodk.org)", '<a href="https://getodk.org">ODK</a>'),
        ("# Title", '<span style="font-size:x-large; font-weight:600">Title</span>'),
        ("###### Small", '<span style="font-weight:600">Small</span>'),
        ("####### seven", "####### seven"),
        (
            '<span style="color:#f58A1F; font-family:cursive">orange</span>',
            '<span style="color:#f58A1F; font-family:cursive">orange</span>',
        ),
        (
            "<span style='color:red'>a\nb</span>",
            '<span style="color:red">a</span><br/><span style="color:red">b</span>',
        ),
        ("**unclosed *too", "**unclosed *too"),
    ],
)
def test_subset_renders(source: str, html: str) -> None:
    assert to_rich_text(source) == html


@pytest.mark.parametrize(
    "hostile",
    [
        "<img src=http://evil.example/x.png>",
        '<img src="http://evil.example/x.png"/>',
        "<script>alert(1)</script>",
        "<a href=javascript:alert(1)>x</a>",
        "[click](javascript:alert(1))",
        "[file](file:///etc/passwd)",
        "[rel](/relative)",
        "<table><tr><td>x</td></tr></table>",
        '<span style="font-size:400px; background-image:url(http://evil.example/)">big</span>',
        '<span style="color:red;font-size:99pt">big</span>',
        '<span style="color:url(http://e)">x</span>',
        "<h1>huge</h1>",
        '<font size="7">huge</font>',
        '<p style="font-size:90px">x</p>',
        "&lt;img src=http://evil.example/x.png&gt;",
    ],
)
def test_everything_else_is_escaped(qapp, hostile: str) -> None:  # type: ignore[no-untyped-def]
    html = to_rich_text(hostile)
    tags = " ".join(re.findall(r"<[^>]*>", html)).lower()  # only real tags, not escaped text
    for bad in (
        "<img",
        "<script",
        "<a",
        "<table",
        "<h1",
        "<font",
        "<p",
        "url(",
        "size:4",
        "size:9",
        "size:99",
        "background",
    ):
        assert bad not in tags, (hostile, html)
    doc = QTextDocument()
    doc.setHtml(html)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat()
            assert fmt.fontPointSize() <= 30 or fmt.fontPointSize() == 0
            assert not fmt.isAnchor()
            it += 1
        block = block.next()
    assert doc.toPlainText().strip()  # the text is still shown, as text


def test_deep_nesting_and_long_input_stay_cheap() -> None:
    nested = "**a " * 10_000 + "x" + " b**" * 10_000
    spans = '<span style="color:red">' * 10_000 + "x"
    start = time.perf_counter()
    html = to_rich_text(nested)
    span_html = to_rich_text(spans)
    to_rich_text("*" * 100_000 + "_" * 100_000)
    elapsed = time.perf_counter() - start
    assert html.count("<b>") == MAX_NESTING and html.count("</b>") == MAX_NESTING
    assert span_html.count("<span") == MAX_NESTING == span_html.count("</span>")
    assert elapsed < 2.0  # linear: ~60 ms here; a quadratic pass would take minutes


def test_links_only_http() -> None:
    assert is_safe_link("https://getodk.org/x?y=1") and is_safe_link("http://a.b")
    for url in ("javascript:alert(1)", "file:///etc/passwd", "//host/x", "mailto:a@b", "data:,x"):
        assert not is_safe_link(url)
    assert to_rich_text("[mail](mailto:a@b.org)") == "mail"


def test_plain_text_for_accessible_names() -> None:
    source = '# **Household** <span style="color:red">roster</span>\n[help](https://e.org) &amp; co'
    assert to_plain_text(source) == "Household roster help & co"


def test_output_values_are_data() -> None:
    answer = "**Ann** [x](https://evil.example) <img src=x> # h &amp; _u_ \\"
    shown = to_rich_text("Hello " + escape_output(answer))
    assert shown == "Hello " + (
        "**Ann** [x](https://evil.example) &lt;img src=x&gt; # h &amp;amp; _u_ \\"
    )
    assert to_plain_text("Hi " + escape_output("a\nb")) == "Hi a b"


# -- the engine: markup beside the plain label, outputs escaped ---------------------------------

FORM = """
| survey |      |      |                                                          |            |
|        | type | name | label                                                    | hint       |
|        | text | name | Name                                                     |            |
|        | note | hi   | # Hello ${name}, **welcome** to [ODK](https://e.org) | _tip:_ ${name} |
|        | text | city | Plain city label ${name}                                 |            |
"""


def test_engine_gives_markup_with_escaped_outputs() -> None:
    s = session(FORM)
    s.answer("/data/name", "**Eve** [x](https://evil.example)")
    hello = s.question("/data/hi")
    assert hello.label.startswith("# Hello **Eve**")  # the plain text is unchanged
    html = to_rich_text(hello.label_markup)
    assert "<b>welcome</b>" in html and '<a href="https://e.org">ODK</a>' in html
    assert "**Eve** [x](https://evil.example)" in html  # the answer: literal, not a link
    assert 'evil.example"' not in html
    assert to_rich_text(hello.hint_markup).startswith("<i>tip:</i> **Eve**")
    city = s.question("/data/city")
    assert city.label_markup == ""  # no formatting in the form's text: shown as plain text


# -- the widgets ---------------------------------------------------------------------------------


def _widget(qtbot, question: Question):  # type: ignore[no-untyped-def]
    widget = create_question_widget(question)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_widget_renders_markup_and_plain_accessible_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    markup = "**Age** of <span style='color:red'>head</span> <img src=http://evil.example/x>"
    q = Question(
        "/d/age",
        "input",
        "int",
        "**Age** of head",
        hint="_in years_",
        required=True,
        label_markup=markup,
        hint_markup="_in years_",
    )
    widget = _widget(qtbot, q)
    label = widget.findChild(QLabel, "questionLabel")
    assert label.textFormat() == Qt.TextFormat.RichText
    assert "<b>Age</b>" in label.text() and "<img" not in label.text()
    assert label.text().endswith("&#42;")  # the required mark
    editor = widget.editors()[0]
    assert editor.accessibleName() == "Age of head <img src=http://evil.example/x>"
    assert editor.accessibleDescription() == "in years"
    hint = widget.findChild(QLabel, "hint")
    assert hint.textFormat() == Qt.TextFormat.RichText and hint.text() == "<i>in years</i>"


def test_plain_labels_stay_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = _widget(qtbot, Question("/d/a", "note", "string", "<b>x</b> & <a href='y'>z</a>"))
    label = widget.findChild(QLabel, "questionLabel")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>x</b> & <a href='y'>z</a>"


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_links_open_only_http_after_a_click(qtbot) -> None:  # type: ignore[no-untyped-def]
    opened = _Opened()
    for scheme in ("http", "https", "javascript", "file"):
        QDesktopServices.setUrlHandler(scheme, opened, "open")
    try:
        q = Question(
            "/d/n", "note", "string", "see", label_markup="see [the guide](https://e.org/g)"
        )
        widget = _widget(qtbot, q)
        label = widget.findChild(QLabel, "questionLabel")
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
        assert not label.openExternalLinks()
        assert opened.urls == []  # nothing opens by itself
        label.linkActivated.emit("https://e.org/g")  # what a click on the link emits
        label.linkActivated.emit("javascript:alert(1)")
        label.linkActivated.emit("file:///etc/passwd")
        assert opened.urls == ["https://e.org/g"]
    finally:
        for scheme in ("http", "https", "javascript", "file"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_review_meta_parts_are_bidi_isolated() -> None:
    from fieldapp.ui.review_detail import _isolate

    assert _isolate("IPL Integration Index") == "\u2066IPL Integration Index\u2069"
    assert _isolate("بانتظار المراجعة") == "\u2067بانتظار المراجعة\u2069"
    assert _isolate("2026-05-17 13:59") == "\u20662026-05-17 13:59\u2069"  # digits: left to right
