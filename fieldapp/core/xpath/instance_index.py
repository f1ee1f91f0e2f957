"""Indexes over immutable secondary instances for ``item[key = expr]`` predicates.

Choice filters (``instance('villages')/root/item[district = /data/district]``) re-run on
every answer; over 50,000 rows a scan costs tens of milliseconds. When the engine declares a
secondary instance immutable (``mark_immutable(root)``), the first evaluation of such a
predicate builds a dict from key text to rows (in document order) and later evaluations are
one lookup. The index is only used when the result is provably the same as a scan: the
predicate is ``child = expr`` (either side, optionally one operand of ``and``), ``expr`` does
not depend on the row or its position, it evaluates to text or a node-set (numbers compare
numerically, so they scan), and no key node is typed as a date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary, WeakSet

from fieldapp.core.xpath.context import EvalContext
from fieldapp.core.xpath.conversions import DATE_TYPES, node_string, to_boolean
from fieldapp.core.xpath.dates import DateValue
from fieldapp.core.xpath.nodes import Node

if TYPE_CHECKING:
    from fieldapp.core.xpath.tree import Expr, NodeTest, Predicate

_IMMUTABLE: WeakSet[Node] = WeakSet()
# parent -> (row test name, key test name) -> key text -> [(position, row)]
_INDEXES: WeakKeyDictionary[Node, dict[tuple[str, str], dict[str, list[tuple[int, Node]]] | None]]
_INDEXES = WeakKeyDictionary()


def mark_immutable(root: Node) -> None:
    """Declare that the tree under ``root`` will never change (secondary instances)."""
    _IMMUTABLE.add(root)
    _INDEXES.pop(root, None)


def is_immutable(node: Node) -> bool:
    top = node
    while top.parent is not None:
        top = top.parent
    return top in _IMMUTABLE


class IndexPlan:
    """Which side of the comparison is the key and which is the looked-up value."""

    __slots__ = ("key_test", "value_expr", "whole_is_key")

    def __init__(self, key_test: NodeTest, value_expr: Expr, whole_is_key: bool) -> None:
        self.key_test = key_test
        self.value_expr = value_expr
        self.whole_is_key = whole_is_key


def _key_side(expr: Expr) -> NodeTest | None:
    from fieldapp.core.xpath.tree import PathExpr

    if not isinstance(expr, PathExpr) or expr.absolute or expr.start is not None:
        return None
    if len(expr.steps) == 1:
        step = expr.steps[0]
        if step.axis == "child" and step.test.kind == "name" and not step.predicates:
            return step.test
    return None


def _compare_plan(expr: Expr) -> tuple[NodeTest, Expr] | None:
    from fieldapp.core.xpath.tree import Compare

    if not isinstance(expr, Compare) or expr.op != "=":
        return None
    for key, other in ((expr.left, expr.right), (expr.right, expr.left)):
        test = _key_side(key)
        if test is not None and not other.uses_context() and not other.uses_position():
            return test, other
    return None


def index_plan(expr: Expr) -> IndexPlan | None:
    """An index plan for a predicate expression, or None when it must scan."""
    from fieldapp.core.xpath.tree import And

    found = _compare_plan(expr)
    if found is not None:
        return IndexPlan(found[0], found[1], True)
    if isinstance(expr, And):
        for operand in expr.operands:
            found = _compare_plan(operand)
            if found is not None:
                return IndexPlan(found[0], found[1], False)
    return None


def _build(
    parent: Node, row_test: NodeTest, key_test: NodeTest
) -> dict[str, list[tuple[int, Node]]] | None:
    index: dict[str, list[tuple[int, Node]]] = {}
    for pos, row in enumerate(parent.children):
        if not row_test.matches(row):
            continue
        seen: set[str] = set()
        for key_node in row.children:
            if key_node.name != key_test.name and not key_test.matches(key_node):
                continue
            if key_node.datatype in DATE_TYPES:
                return None
            text = node_string(key_node)
            if text not in seen:
                seen.add(text)
                index.setdefault(text, []).append((pos, row))
    return index


def indexed_filter(
    pred: Predicate, cands: list[Node], ctx: EvalContext, source: tuple[Node, NodeTest]
) -> list[Node] | None:
    """The rows the predicate keeps, via the index; None when the index does not apply."""
    return indexed_rows(pred, ctx, source[0], source[1])


def indexed_rows(
    pred: Predicate, ctx: EvalContext, parent: Node, row_test: NodeTest
) -> list[Node] | None:
    """The children of ``parent`` passing ``row_test`` and the predicate, via the index of an
    immutable instance; None when the index does not apply (then the caller scans)."""
    plan = pred.index_key
    if plan is None or not is_immutable(parent):
        return None
    per_parent = _INDEXES.get(parent)
    if per_parent is None:
        per_parent = {}
        _INDEXES[parent] = per_parent
    key = (row_test.name + "|" + row_test.kind, plan.key_test.name)
    if key in per_parent:
        index = per_parent[key]
    else:
        index = _build(parent, row_test, plan.key_test)
        per_parent[key] = index
    if index is None:
        return None
    sub = ctx.derive(parent, 1, 1)
    value = plan.value_expr.evaluate(sub)
    if isinstance(value, DateValue | bool | float):
        return None
    if isinstance(value, list) and any(n.datatype in DATE_TYPES for n in value):
        return None
    if isinstance(value, str):
        rows = [row for _, row in index.get(value, ())]
    else:
        hits: dict[int, Node] = {}
        for node in value:
            for pos, row in index.get(node_string(node), ()):
                hits[pos] = row
        rows = [hits[p] for p in sorted(hits)]
    if plan.whole_is_key:
        return rows
    out = []
    expr = pred.expr
    for row in rows:
        sub.node = row
        if to_boolean(expr.evaluate(sub)):
            out.append(row)
    return out


def lookup_rows(parent: Node, row_name: str, key_name: str, value: str) -> list[Node]:
    """Children of ``parent`` named ``row_name`` whose child ``key_name`` has text ``value``
    (pulldata); indexed when ``parent`` is in an immutable instance, else a scan."""
    from fieldapp.core.xpath.tree import NodeTest

    row_test = NodeTest("name", row_name)
    key_test = NodeTest("name", key_name)
    if is_immutable(parent):
        per_parent = _INDEXES.get(parent)
        if per_parent is None:
            per_parent = {}
            _INDEXES[parent] = per_parent
        key = (row_test.name + "|" + row_test.kind, key_test.name)
        if key not in per_parent:
            per_parent[key] = _build(parent, row_test, key_test)
        index = per_parent[key]
        if index is not None:
            return [row for _, row in index.get(value, ())]
    out = []
    for row in parent.children:
        if row_test.matches(row) and any(
            key_test.matches(k) and node_string(k) == value for k in row.children
        ):
            out.append(row)
    return out
