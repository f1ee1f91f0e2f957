"""A Document keeps shape-only path results until its owner reports a change of shape."""

from __future__ import annotations

from fieldapp.core.xpath import DefaultEnvironment, EvalContext, Node, compile_xpath
from fieldapp.core.xpath.nodes import Document


def test_document_keeps_shape_only_paths_until_told() -> None:
    doc = Document()
    root = doc.append(Node("data"))
    root.append(Node("v", "1"))
    ctx = EvalContext(node=root, env=DefaultEnvironment())
    count = compile_xpath("count(/data/v)")
    assert count.evaluate(ctx) == 1.0
    root.append(Node("v", "2"))
    doc.structure_changed()
    assert count.evaluate(ctx) == 2.0
    root.children[0].value = "5"  # values are read afresh: only the node-set is kept
    assert compile_xpath("sum(/data/v)").evaluate(ctx) == 7.0
    predicate = compile_xpath("count(/data/v[. > 4])")  # with a predicate: never kept
    assert predicate.evaluate(ctx) == 1.0
    root.append(Node("v", "9"))
    assert predicate.evaluate(ctx) == 2.0
