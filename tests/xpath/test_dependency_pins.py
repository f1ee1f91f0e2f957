"""Pins: which concrete ancestor of the context every node an expression reads lies under."""

from __future__ import annotations

import pytest

from fieldapp.core.xpath import compile_xpath

CASES = [
    # (expression, context, path, pin)
    ("../v", "/data/rep/share", "/data/rep/v", "/data/rep"),
    ("/data/rep/v", "/data/rep/share", "/data/rep/v", ""),
    ("sum(/data/rep/v)", "/data/rep/share", "/data/rep/v", ""),
    ("count(../../rep)", "/data/rep/c", "/data/rep", "/data"),
    ("sum(../../inner/w)", "/data/rep/inner/f", "/data/rep/inner/w", "/data/rep"),
    ("position(..)", "/data/rep/pos", "/data/rep", "/data/rep"),
    ("current()/../v", "/data/rep/x", "/data/rep/v", "/data/rep"),
    ("../following-sibling::v", "/data/rep/g/x", "/data/rep/v", "/data/rep"),
    ("ancestor::rep/v", "/data/rep/g/x", "/data/rep/v", "/data/rep"),
    ("./y", "/data/rep/x", "/data/rep/x/y", "/data/rep/x"),
]


@pytest.mark.parametrize(("text", "context", "path", "pin"), CASES)
def test_pins(text: str, context: str, path: str, pin: str) -> None:
    deps = compile_xpath(text).dependencies(context)
    assert path in deps.paths
    assert dict(deps.pins)[path] == pin


def test_the_least_pinned_read_wins() -> None:
    deps = compile_xpath("../v div sum(/data/rep/v)").dependencies("/data/rep/share")
    assert dict(deps.pins)["/data/rep/v"] == ""


def test_wildcards_are_pinned_too() -> None:
    deps = compile_xpath("count(../descendant::w)").dependencies("/data/rep/x")
    assert dict(deps.pins)["/data/rep"] == "/data/rep"
    deps = compile_xpath("count(//w)").dependencies("/data/rep/x")
    assert dict(deps.pins)["/"] == ""
