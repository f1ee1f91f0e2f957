"""The public API the engine codes against: compile, evaluate*, dependencies, conversions."""

from __future__ import annotations

import pytest

from fieldapp.core.xpath import (
    DependencySet,
    EvalContext,
    Expression,
    Node,
    compile_xpath,
    format_number,
    to_boolean,
    to_number,
    to_string,
)
from fieldapp.errors import FieldappError


def _doc() -> Node:
    doc = Node("")
    data = doc.append(Node("data"))
    data.append(Node("age", "20"))
    for i in range(3):
        rep = data.append(Node("rep"))
        rep.append(Node("x", str(i + 1)))
    return doc


def test_compile_is_cached_and_immutable() -> None:
    a = compile_xpath("/data/age + 1")
    assert isinstance(a, Expression)
    assert compile_xpath("/data/age + 1") is a
    assert a.source == "/data/age + 1"


def test_evaluate_variants() -> None:
    doc = _doc()
    ctx = EvalContext(doc.children[0].children[0])
    assert compile_xpath(". + 1").evaluate(ctx) == 21.0
    assert compile_xpath("sum(../rep/x)").evaluate_string(ctx) == "6"
    assert compile_xpath("../rep[2]/x").evaluate_number(ctx) == 2.0
    assert compile_xpath("count(../rep) = 3").evaluate_boolean(ctx) is True
    assert [n.value for n in compile_xpath("../rep/x").evaluate_nodes(ctx)] == ["1", "2", "3"]
    with pytest.raises(FieldappError) as err:
        compile_xpath("1 + 1").evaluate_nodes(ctx)
    assert err.value.code == "X105"


def test_dependencies_shape() -> None:
    deps = compile_xpath("../rep/x + today()").dependencies("/data/age")
    assert isinstance(deps, DependencySet)
    assert deps.paths == frozenset({"/data/rep/x"})
    assert deps.uses_now and not deps.uses_random


def test_conversions_exported() -> None:
    assert format_number(3.0) == "3"
    assert to_string(True) == "true"
    assert to_number(" 12 ") == 12.0
    assert to_boolean("") is False
