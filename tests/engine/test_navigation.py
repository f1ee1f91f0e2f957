"""Navigation: next / back / jump, field-list pages, relevance skipping, the end page, index."""

from __future__ import annotations

from tests.engine.formkit import session

NAV = """
| survey |
| | type | name | label | relevant | appearance |
| | text | a | A | | |
| | text | b | B | ${a} != 'skip' | |
| | begin group | fl | Page | | field-list |
| | text | c | C | | |
| | text | d | D | ${a} != 'nod' | |
| | end group | | | | |
| | begin group | g | Plain group | | |
| | text | e | E | | |
| | end group | | | | |
"""


def walk(s) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    out = []
    page = s.first()
    while page.kind != "end":
        out.append(tuple(q.ref for q in page.questions))
        page = s.next()
    return out


def test_walk_and_skip() -> None:
    s = session(NAV)
    assert walk(s) == [("/data/a",), ("/data/b",), ("/data/fl/c", "/data/fl/d"), ("/data/g/e",)]
    s.answer("/data/a", "skip")
    assert walk(s) == [("/data/a",), ("/data/fl/c", "/data/fl/d"), ("/data/g/e",)]
    s.answer("/data/a", "nod")
    assert walk(s)[2] == ("/data/fl/c",)


def test_back_and_jump_and_indices() -> None:
    s = session(NAV)
    p = s.first()
    assert (p.index, p.total) == (0, 4)
    s.next()
    p = s.next()
    assert p.questions[0].ref == "/data/fl/c" and p.index == 2
    assert p.group_labels == ("Page",)
    p = s.next()
    assert p.group_labels == ("Plain group",)
    assert s.next().kind == "end"
    assert s.back().questions[0].ref == "/data/g/e"
    assert s.back().questions[0].ref == "/data/fl/c"
    p = s.jump("/data/fl/d")
    assert p.questions[0].ref == "/data/fl/c" and p.index == 2
    assert s.back().questions[0].ref == "/data/b"
    assert s.back().questions[0].ref == "/data/a"
    assert s.back().questions[0].ref == "/data/a"  # stays on the first screen


def test_index_and_progress() -> None:
    s = session(NAV)
    s.answer("/data/a", "skip")
    entries = {e.ref: e for e in s.index()}
    assert entries["/data/b"].relevant is False
    assert entries["/data/fl"].kind == "group"
    assert entries["/data/fl/c"].depth == 1
    assert s.progress() == (1, 4)
