"""The choice-filter index gives exactly the scan's results, and is really used."""

from __future__ import annotations

import pytest

from fieldapp.core.xpath import (
    DefaultEnvironment,
    EvalContext,
    Node,
    compile_xpath,
    is_immutable,
    mark_immutable,
)

ROWS = 600


def _instance() -> Node:
    doc = Node("")
    root = doc.append(Node("root"))
    for i in range(ROWS):
        item = root.append(Node("item"))
        item.append(Node("name", f"n{i}"))
        item.append(Node("district", f"d{i % 7}"))
        item.append(Node("num", str(i % 5)))
        item.append(Node("label", f"Label {i}"))
        if i % 50 == 0:  # a row listed under two districts
            item.append(Node("district", "d99"))
    root.append(Node("other", "x"))  # a non-item sibling row
    return doc


def _main() -> Node:
    doc = Node("")
    data = doc.append(Node("data"))
    data.append(Node("district", "d3"))
    data.append(Node("num", "2"))
    data.append(Node("empty", ""))
    multi = data.append(Node("multi"))
    multi.append(Node("d", "d1"))
    multi.append(Node("d", "d99"))
    return doc


EXPRESSIONS = [
    "instance('v')/root/item[district = /data/district]",
    "instance('v')/root/item[/data/district = district]",
    "instance('v')/root/item[district = 'd99']",
    "instance('v')/root/item[district = /data/multi/d]",
    "instance('v')/root/item[district = /data/empty]",
    "instance('v')/root/item[district = /data/missing]",
    "instance('v')/root/item[district = current()/../district]",
    "instance('v')/root/item[district = /data/district and num = /data/num]",
    "instance('v')/root/item[num = /data/num and district = 'd3']",
    "instance('v')/root/item[district = /data/district][3]",
    "instance('v')/root/item[district = /data/district][last()]",
    "instance('v')/root/item[num = 2]",  # a number: compared numerically, scanned
    "instance('v')/root/item[num = /data/num]",
    "instance('v')/root/item[district = concat('d', '4')]",
    "instance('v')/root/item[position() = 3]",
    "instance('v')/root/item[district = /data/district]/label",
    "count(instance('v')/root/item[district = /data/district])",
    "instance('v')/root/*[district = 'd2']",
    "instance('v')/root/item[name = 'n599']/label",
    "instance('v')/root/item[name = 'nope']",
]


def _run(expr: str, immutable: bool) -> tuple[object, int]:
    inst = _instance()
    if immutable:
        mark_immutable(inst)
    main = _main()
    env = DefaultEnvironment(instances={"v": inst})
    ctx = EvalContext(main.children[0].children[0], env=env)
    compiled = compile_xpath(expr)
    value = compiled.evaluate(ctx)
    if isinstance(value, list):
        value = [n.path() for n in value]
    return value, ctx.budget.left


@pytest.mark.parametrize("expr", EXPRESSIONS)
def test_index_matches_scan(expr: str) -> None:
    indexed, _ = _run(expr, True)
    scanned, _ = _run(expr, False)
    assert indexed == scanned


def test_index_is_used_for_equality_predicates() -> None:
    expr = "instance('v')/root/item[district = /data/district]"
    _, left_indexed = _run(expr, True)
    _, left_scanned = _run(expr, False)
    spent_indexed = 5_000_000 - left_indexed
    spent_scanned = 5_000_000 - left_scanned
    assert spent_indexed < ROWS * 1.5 < spent_scanned


def test_index_survives_repeated_queries_with_different_values() -> None:
    inst = _instance()
    mark_immutable(inst)
    assert is_immutable(inst.children[0].children[5])
    main = _main()
    district = main.children[0].children[0]
    env = DefaultEnvironment(instances={"v": inst})
    expr = compile_xpath("count(instance('v')/root/item[district = /data/district])")
    counts = []
    for d in ("d0", "d1", "d99", "zz"):
        district.value = d
        counts.append(expr.evaluate(EvalContext(district, env=env)))
    assert counts == [86.0, 86.0, 12.0, 0.0]


def test_pulldata_uses_the_index_and_finds_first_match() -> None:
    inst = _instance()
    mark_immutable(inst)
    env = DefaultEnvironment(instances={"v": inst})
    ctx = EvalContext(_main().children[0], env=env)
    assert compile_xpath("pulldata('v', 'label', 'district', 'd3')").evaluate(ctx) == "Label 3"
    assert compile_xpath("pulldata('v', 'label', 'name', 'n42')").evaluate(ctx) == "Label 42"
    assert compile_xpath("pulldata('v', 'label', 'name', 'zz')").evaluate(ctx) == ""


def test_mutable_instances_are_never_indexed() -> None:
    inst = _instance()
    env = DefaultEnvironment(instances={"v": inst})
    ctx = EvalContext(_main().children[0], env=env)
    expr = compile_xpath("count(instance('v')/root/item[name = 'n1'])")
    assert expr.evaluate(ctx) == 1.0
    inst.children[0].children[2].children[0].value = "n1"  # edit: a scan sees it at once
    assert expr.evaluate(ctx) == 2.0


def test_instance_given_as_a_parentless_root_element() -> None:
    """An environment may hand out the instance's root element instead of a document node."""
    inst = _instance()
    root = inst.children[0]
    inst.children.clear()
    root.parent = None
    mark_immutable(root)
    env = DefaultEnvironment(instances={"v": root})
    ctx = EvalContext(_main().children[0].children[0], env=env)
    expr = compile_xpath("instance('v')/root/item[district = /data/district]/name")
    names = [n.value for n in expr.evaluate_nodes(ctx)]
    assert names[:3] == ["n3", "n10", "n17"]
    assert len(names) == 86
    assert 5_000_000 - ctx.budget.left < ROWS  # answered from the index
