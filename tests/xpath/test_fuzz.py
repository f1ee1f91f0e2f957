"""Robustness: any text compiles or raises FieldappError; any compiled expression evaluates
or raises FieldappError - never another exception, never a hang."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.core.xpath import compile_xpath
from fieldapp.errors import FieldappError
from tests.xpath.conftest import World

TOKENS = [
    "/",
    "//",
    ".",
    "..",
    "@",
    "*",
    "(",
    ")",
    "[",
    "]",
    ",",
    "|",
    "+",
    "-",
    "=",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    " and ",
    " or ",
    " div ",
    " mod ",
    "'a'",
    '"2020-01-01"',
    "1",
    "2.5",
    "0",
    "data",
    "rep",
    "v",
    "nums",
    "n",
    "grp",
    "@a",
    "name",
    "child::",
    "ancestor::",
    "following-sibling::",
    "node()",
    "text()",
    "count(",
    "sum(",
    "concat(",
    "substr(",
    "round(",
    "date(",
    "format-date(",
    "if(",
    "selected(",
    "regex(",
    "instance('cities')",
    "current()",
    "position()",
    "last()",
    "randomize(",
    "indexed-repeat(",
    "max(",
    "pow(",
    "string-length(",
    "translate(",
    "coalesce(",
    "number(",
    "boolean(",
    "not(",
    "true()",
    "jr:choice-name(",
    "distance(",
    "area(",
    "decimal-time(",
    "int(",
    "$x",
    "'",
    "#",
]

WORLD = World()


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14))
def test_token_soup_never_crashes(tokens: list[str]) -> None:
    text = "".join(tokens)
    try:
        expr = compile_xpath(text)
    except FieldappError as err:
        assert err.code in {"X100", "X101", "X102", "X103"}
        return
    try:
        WORLD.value(expr.source)
    except FieldappError as err:
        assert err.code.startswith("X")
    expr.dependencies("/data/age")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(max_size=40))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        expr = compile_xpath(text)
    except FieldappError:
        return
    with contextlib.suppress(FieldappError):
        WORLD.value(expr.source)
