"""The compiled form of an expression: a tree of small node objects with ``evaluate``.

The parser builds these once per expression text; ``evaluate`` walks them with an
``EvalContext``. Hot paths are kept short: child steps with a plain name test and no
predicate are a list comprehension, numeric predicates index directly, and ``[name = expr]``
predicates over immutable secondary instances use a cached index (``instance_index``).
Chains of the same operator (``a + b + c``, ``x or y or z``) are one n-ary node, so long
sums in real forms do not make deep trees.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence
from typing import Any
from weakref import WeakKeyDictionary

from fieldapp.core.xpath.context import EvalContext
from fieldapp.core.xpath.conversions import (
    DATE_TYPES,
    Value,
    node_number,
    node_string,
    string_to_number,
    to_boolean,
    to_number,
)
from fieldapp.core.xpath.dates import DateValue
from fieldapp.core.xpath.nodes import Document, Node
from fieldapp.errors import FieldappError

#: Prefixes matched by local name (ODK forms mix ``orx:meta`` and ``meta``).
WELL_KNOWN_PREFIXES = frozenset({"orx", "jr", "odk", "h", "xf", "xforms", "ev", "xsd", "entities"})


def out_of_budget(ctx: EvalContext) -> FieldappError:
    """X103 for an evaluation that visited too many nodes (``Expression`` adds the text)."""
    from fieldapp.core.xpath import context

    return FieldappError("X103", expr="", limit=f"{context.MAX_STEPS:,}", what="node visits")


class Expr:
    """Base of compiled expression nodes."""

    __slots__ = ()

    def evaluate(self, ctx: EvalContext) -> Value:
        raise NotImplementedError

    def children(self) -> Sequence[Expr]:
        return ()

    def uses_position(self) -> bool:
        """True when the value depends on the context position or size (position()/last())."""
        return any(c.uses_position() for c in self.children())

    def uses_context(self) -> bool:
        """True when the value depends on the context node (relative paths, string() ...)."""
        return any(c.uses_context() for c in self.children())


class Literal(Expr):
    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def evaluate(self, ctx: EvalContext) -> Value:
        return self.value


class NumberLit(Expr):
    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value

    def evaluate(self, ctx: EvalContext) -> Value:
        return self.value


class Negate(Expr):
    __slots__ = ("operand",)

    def __init__(self, operand: Expr) -> None:
        self.operand = operand

    def evaluate(self, ctx: EvalContext) -> Value:
        return -to_number(self.operand.evaluate(ctx), ctx.env.tzinfo())

    def children(self) -> Sequence[Expr]:
        return (self.operand,)


class Or(Expr):
    __slots__ = ("operands",)

    def __init__(self, operands: list[Expr]) -> None:
        self.operands = operands

    def evaluate(self, ctx: EvalContext) -> Value:
        return any(to_boolean(op.evaluate(ctx)) for op in self.operands)

    def children(self) -> Sequence[Expr]:
        return self.operands


class And(Expr):
    __slots__ = ("operands",)

    def __init__(self, operands: list[Expr]) -> None:
        self.operands = operands

    def evaluate(self, ctx: EvalContext) -> Value:
        return all(to_boolean(op.evaluate(ctx)) for op in self.operands)

    def children(self) -> Sequence[Expr]:
        return self.operands


def _div(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or a != a:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def _mod(a: float, b: float) -> float:
    try:
        return math.fmod(a, b)
    except ValueError:
        return math.nan


def _mul(a: float, b: float) -> float:
    return a * b


def _add(a: float, b: float) -> float:
    return a + b


def _sub(a: float, b: float) -> float:
    return a - b


ARITH: dict[str, Callable[[float, float], float]] = {
    "+": _add,
    "-": _sub,
    "*": _mul,
    "div": _div,
    "mod": _mod,
}


class Arith(Expr):
    """``first op1 e1 op2 e2 ...`` for one precedence level, left to right."""

    __slots__ = ("first", "rest")

    def __init__(
        self, first: Expr, rest: list[tuple[Callable[[float, float], float], Expr]]
    ) -> None:
        self.first = first
        self.rest = rest

    def evaluate(self, ctx: EvalContext) -> Value:
        tz = ctx.env.tzinfo()
        acc = to_number(self.first.evaluate(ctx), tz)
        for fn, expr in self.rest:
            acc = fn(acc, to_number(expr.evaluate(ctx), tz))
        return acc

    def children(self) -> Sequence[Expr]:
        return [self.first, *(e for _, e in self.rest)]


_REL: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _strings_equal(a: str, b: str, dated: bool, tz: Any) -> bool:
    if a == b:
        return True
    if dated:
        x = string_to_number(a, tz)
        y = string_to_number(b, tz)
        return x == y
    return False


def compare(op: str, a: Value, b: Value, tz: Any) -> bool:
    """XPath 1.0 section 3.4 comparison, with dates compared as day numbers.

    ``=``/``!=`` between text where one side is a date (a date result, or a node typed date,
    dateTime or time) compares the day numbers when both sides read as dates.
    """
    fn = _REL[op]
    eq_op = op in ("=", "!=")
    a_set = isinstance(a, list)
    b_set = isinstance(b, list)
    if a_set and b_set:
        assert isinstance(a, list) and isinstance(b, list)
        if eq_op:
            dated = any(n.datatype in DATE_TYPES for n in a) or any(
                n.datatype in DATE_TYPES for n in b
            )
            if op == "=" and not dated:
                right = {node_string(n) for n in b}
                return any(node_string(n) in right for n in a)
            right_list = [node_string(n) for n in b]
            for n in a:
                s = node_string(n)
                for t in right_list:
                    eq = _strings_equal(s, t, dated, tz)
                    if eq == (op == "="):
                        return True
            return False
        right_nums = [node_number(n, tz) for n in b]
        return any(fn(node_number(n, tz), y) for n in a for y in right_nums)
    if a_set or b_set:
        nodes, other, swapped = (a, b, False) if a_set else (b, a, True)
        assert isinstance(nodes, list)
        if isinstance(other, bool):
            left: Any = to_boolean(nodes)
            return fn(other, left) if swapped else fn(left, other)
        if isinstance(other, float):
            if swapped:
                return any(fn(other, node_number(n, tz)) for n in nodes)
            return any(fn(node_number(n, tz), other) for n in nodes)
        assert isinstance(other, str)
        if eq_op:
            dated = isinstance(other, DateValue) or any(n.datatype in DATE_TYPES for n in nodes)
            want = op == "="
            return any(_strings_equal(node_string(n), other, dated, tz) == want for n in nodes)
        y = string_to_number(other, tz)
        if swapped:
            return any(fn(y, node_number(n, tz)) for n in nodes)
        return any(fn(node_number(n, tz), y) for n in nodes)
    if eq_op:
        if isinstance(a, bool) or isinstance(b, bool):
            return bool(fn(to_boolean(a), to_boolean(b)))
        if isinstance(a, float) or isinstance(b, float):
            return bool(fn(to_number(a, tz), to_number(b, tz)))
        assert isinstance(a, str) and isinstance(b, str)
        dated = isinstance(a, DateValue) or isinstance(b, DateValue)
        return _strings_equal(a, b, dated, tz) == (op == "=")
    return bool(fn(to_number(a, tz), to_number(b, tz)))


class Compare(Expr):
    __slots__ = ("left", "op", "right")

    def __init__(self, op: str, left: Expr, right: Expr) -> None:
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, ctx: EvalContext) -> Value:
        left = self.left.evaluate(ctx)
        right = self.right.evaluate(ctx)
        if type(right) is float:
            if type(left) is float:
                return bool(_REL[self.op](left, right))
            if type(left) is list and len(left) == 1:
                node = left[0]
                if not node.children and node.datatype not in DATE_TYPES:
                    number = string_to_number(node.value, ctx.env.tzinfo())
                    return bool(_REL[self.op](number, right))
        return compare(self.op, left, right, ctx.env.tzinfo())

    def children(self) -> Sequence[Expr]:
        return (self.left, self.right)


# --- node-sets -----------------------------------------------------------------------------

_VIRTUAL_DOCS: WeakKeyDictionary[Node, Node] = WeakKeyDictionary()


def document_of(node: Node) -> Node:
    """The document node above ``node``; a parentless element gets a virtual document whose
    only child is that element (the element's own ``parent`` stays None)."""
    top = node
    while top.parent is not None:
        top = top.parent
    if top.name == "" and not top.is_attribute:
        return top
    doc = _VIRTUAL_DOCS.get(top)
    if doc is None:
        doc = Node("")
        doc.children.append(top)
        _VIRTUAL_DOCS[top] = doc
    return doc


def _parent_of(node: Node) -> Node | None:
    parent = node.parent
    if parent is None and node.name != "":
        doc = _VIRTUAL_DOCS.get(node)
        return doc
    return parent


def doc_order_key(node: Node, cache: dict[int, dict[int, int]]) -> tuple[int, ...]:
    """Sort key for document order: child indices from the root (attributes first)."""
    parts: list[int] = []
    cur: Node | None = node
    while cur is not None:
        parent = cur.parent
        if parent is None:
            break
        if cur.is_attribute:
            parts.append(list(parent.attrs).index(cur.name))
            parts.append(-1)
        else:
            positions = cache.get(id(parent))
            if positions is None:
                positions = {id(c): i for i, c in enumerate(parent.children)}
                cache[id(parent)] = positions
            parts.append(positions.get(id(cur), 0))
        cur = parent
    parts.reverse()
    return tuple(parts)


def sort_document_order(nodes: list[Node]) -> list[Node]:
    """Deduplicate and sort into document order."""
    if len(nodes) < 2:
        return nodes
    seen: set[int] = set()
    unique: list[Node] = []
    for n in nodes:
        if id(n) not in seen:
            seen.add(id(n))
            unique.append(n)
    cache: dict[int, dict[int, int]] = {}
    unique.sort(key=lambda n: doc_order_key(n, cache))
    return unique


class NodeTest:
    """A node test: name (with lenient prefixes), ``*``, ``prefix:*``, node() or text()."""

    __slots__ = ("kind", "lenient", "local", "name", "prefix")

    def __init__(self, kind: str, name: str = "", namespaces: dict[str, str] | None = None) -> None:
        self.kind = kind  # "name" | "any" | "prefix" | "node" | "text" | "none"
        self.name = name
        prefix, _, local = name.rpartition(":")
        self.prefix = prefix
        self.local = local
        if kind == "name" and prefix:
            # a prefix the form maps to its own namespace must match as written
            self.lenient = prefix in WELL_KNOWN_PREFIXES or prefix not in (namespaces or {})
        else:
            self.lenient = True

    def matches_name(self, name: str) -> bool:
        """Whether an element called ``name`` passes this test (static analysis)."""
        return self.matches(Node(name))

    def matches(self, node: Node) -> bool:
        kind = self.kind
        if kind == "name":
            name = node.name
            if name == self.name:
                return True
            if not self.lenient:
                return False
            if self.prefix:
                return node.local_name == self.local
            p, sep, local = name.partition(":")
            return bool(sep) and local == self.local and p in WELL_KNOWN_PREFIXES
        if kind == "any":
            return True
        if kind == "node":
            return True
        if kind == "prefix":
            return node.name.partition(":")[0] == self.prefix and ":" in node.name
        if kind == "text":
            return not node.children and node.value != "" and not node.is_attribute
        return False


def _following(node: Node) -> list[Node]:
    out: list[Node] = []
    cur: Node | None = node
    while cur is not None and cur.parent is not None:
        if not cur.is_attribute:
            siblings = cur.parent.children
            idx = next(i for i, c in enumerate(siblings) if c is cur)
            for sib in siblings[idx + 1 :]:
                out.append(sib)
                out.extend(sib.iter_descendants())
        cur = cur.parent
    return sort_document_order(out)


def _preceding(node: Node) -> list[Node]:
    ancestors = set()
    cur = node.parent
    while cur is not None:
        ancestors.add(id(cur))
        cur = cur.parent
    root = node.root()
    out = []
    for n in root.iter_descendants():
        if n is node:
            break
        if id(n) not in ancestors:
            out.append(n)
    out.reverse()
    return out


def axis_nodes(axis: str, node: Node) -> list[Node]:
    """Candidate nodes along ``axis`` in axis order (reverse axes: nearest first)."""
    if axis == "child":
        return node.children
    if axis == "self":
        return [node]
    if axis == "parent":
        parent = _parent_of(node)
        return [parent] if parent is not None else []
    if axis == "attribute":
        return node.attribute_nodes() if (node.attrs and not node.is_attribute) else []
    if axis == "descendant":
        return list(node.iter_descendants())
    if axis == "descendant-or-self":
        return [node, *node.iter_descendants()]
    if axis in ("ancestor", "ancestor-or-self"):
        out = [node] if axis == "ancestor-or-self" else []
        cur = _parent_of(node)
        while cur is not None:
            out.append(cur)
            cur = _parent_of(cur)
        return out
    if axis in ("following-sibling", "preceding-sibling"):
        parent = node.parent
        if parent is None or node.is_attribute:
            return []
        siblings = parent.children
        idx = next(i for i, c in enumerate(siblings) if c is node)
        if axis == "following-sibling":
            return siblings[idx + 1 :]
        return siblings[:idx][::-1]
    if axis == "following":
        return _following(node)
    if axis == "preceding":
        return _preceding(node)
    return []  # namespace axis: no namespace nodes in this model


REVERSE_AXES = frozenset(
    {"parent", "ancestor", "ancestor-or-self", "preceding-sibling", "preceding"}
)
AXES = frozenset(
    {
        "child",
        "self",
        "parent",
        "attribute",
        "descendant",
        "descendant-or-self",
        "ancestor",
        "ancestor-or-self",
        "following-sibling",
        "preceding-sibling",
        "following",
        "preceding",
        "namespace",
    }
)


class Predicate:
    """One ``[expr]``; knows whether it is a plain position and whether it can use an index."""

    __slots__ = ("expr", "hoist", "index_key", "position", "positional")

    def __init__(self, expr: Expr) -> None:
        self.expr = expr
        self.position: int | None = None
        if isinstance(expr, NumberLit):
            v = expr.value
            self.position = int(v) if v == int(v) and v >= 1 else 0
        self.positional = expr.uses_position() or not _never_number(expr)
        from fieldapp.core.xpath.instance_index import index_plan

        self.index_key = None if self.positional else index_plan(expr)
        self.hoist = None if self.positional else _hoist_plan(expr)

    def filter(
        self, cands: list[Node], ctx: EvalContext, source: tuple[Node, NodeTest] | None = None
    ) -> list[Node]:
        """Keep the candidates the predicate accepts. ``source`` = (parent, test) says that
        ``cands`` are exactly the children of parent passing test (enables the index)."""
        pos = self.position
        if pos is not None:
            return [cands[pos - 1]] if 0 < pos <= len(cands) else []
        if self.index_key is not None and source is not None and len(cands) > 16:
            from fieldapp.core.xpath.instance_index import indexed_filter

            hit = indexed_filter(self, cands, ctx, source)
            if hit is not None:
                return hit
        size = len(cands)
        budget = ctx.budget
        budget.left -= size
        if budget.left < 0:
            raise out_of_budget(ctx)
        sub = ctx.derive(ctx.node, 1, size)
        if self.hoist is not None:
            return self.hoist.filter(cands, sub)
        expr = self.expr
        out: list[Node] = []
        if self.positional:
            for i, c in enumerate(cands, 1):
                sub.node = c
                sub.position = i
                v = expr.evaluate(sub)
                if isinstance(v, float):
                    if v == i:
                        out.append(c)
                elif to_boolean(v):
                    out.append(c)
        else:
            for c in cands:
                sub.node = c
                v = expr.evaluate(sub)
                if v is True or (v is not False and to_boolean(v)):
                    out.append(c)
        return out


class Hoisted:
    """``[row-side op fixed-side]`` where the fixed side does not depend on the row: the fixed
    side is evaluated once per filter, not once per row; ``[key = 'text']`` over a plain child
    compares strings directly."""

    __slots__ = ("fixed", "fixed_left", "key", "op", "varying")

    def __init__(self, op: str, varying: Expr, fixed: Expr, fixed_left: bool) -> None:
        self.op = op
        self.varying = varying
        self.fixed = fixed
        self.fixed_left = fixed_left
        self.key: NodeTest | None = None
        simple = varying.simple_names if isinstance(varying, PathExpr) else None
        if op == "=" and simple and len(simple) == 1 and isinstance(varying, PathExpr):
            self.key = None if varying.absolute else varying.steps[0].test

    def filter(self, cands: list[Node], sub: EvalContext) -> list[Node]:
        sub.node = cands[0]
        fixed = self.fixed.evaluate(sub)
        tz = sub.env.tzinfo()
        key = self.key
        out: list[Node] = []
        wanted: set[str] | None = None
        if key is not None:
            if isinstance(fixed, str) and not isinstance(fixed, DateValue):
                wanted = {fixed}
            elif isinstance(fixed, list) and not any(n.datatype in DATE_TYPES for n in fixed):
                wanted = {node_string(n) for n in fixed}
        if key is not None and wanted is not None:
            name = key.name
            for row in cands:
                for k in row.children:
                    if k.name == name or (":" in k.name and key.matches(k)):
                        if k.datatype in DATE_TYPES:
                            hit = compare("=", [k], fixed, tz)
                        else:
                            hit = (k.value if not k.children else k.string_value()) in wanted
                        if hit:
                            out.append(row)
                            break
            return out
        op = self.op
        varying = self.varying
        for row in cands:
            sub.node = row
            v = varying.evaluate(sub)
            if compare(op, fixed, v, tz) if self.fixed_left else compare(op, v, fixed, tz):
                out.append(row)
        return out


def _hoist_plan(expr: Expr) -> Hoisted | None:
    if not isinstance(expr, Compare):
        return None
    left_free = not expr.left.uses_context() and not expr.left.uses_position()
    right_free = not expr.right.uses_context() and not expr.right.uses_position()
    if right_free and not left_free:
        return Hoisted(expr.op, expr.left, expr.right, False)
    if left_free and not right_free:
        return Hoisted(expr.op, expr.right, expr.left, True)
    return None


def _never_number(expr: Expr) -> bool:
    """True when ``expr`` statically never yields a number (so ``[expr]`` is a filter)."""
    if isinstance(expr, Or | And | Compare):
        return True
    if isinstance(expr, FunctionCall):
        return expr.returns in ("boolean", "string", "nodeset")
    return isinstance(expr, PathExpr | Literal | Union)


class Step:
    __slots__ = ("axis", "predicates", "reverse", "simple_name", "test")

    def __init__(self, axis: str, test: NodeTest, predicates: list[Predicate]) -> None:
        self.axis = axis
        self.test = test
        self.predicates = predicates
        self.reverse = axis in REVERSE_AXES
        self.simple_name = (
            test.name if axis == "child" and test.kind == "name" and ":" not in test.name else None
        )

    def apply(self, nodes: list[Node], ctx: EvalContext) -> list[Node]:
        out: list[Node] = []
        budget = ctx.budget
        name = self.simple_name
        test = self.test
        axis = self.axis
        preds = self.predicates
        for node in nodes:
            if axis == "child":
                children = node.children
                if preds and preds[0].index_key is not None and len(children) > 16:
                    from fieldapp.core.xpath.instance_index import indexed_rows

                    rows = indexed_rows(preds[0], ctx, node, test)
                    if rows is not None:
                        for pred in preds[1:]:
                            if not rows:
                                break
                            rows = pred.filter(rows, ctx)
                        out.extend(rows)
                        continue
                budget.left -= len(children)
                if name is not None:
                    cands = node.children_named(name)
                    if not cands and children and any(":" in c.name for c in children):
                        cands = [c for c in children if test.matches(c)]
                elif test.kind == "any":
                    cands = [c for c in children if not c.is_attribute]
                elif test.kind == "text" or (test.kind == "node" and not children):
                    # no text nodes in this model: a leaf element stands for its text
                    cands = [node] if not children and node.value != "" else []
                else:
                    cands = [c for c in children if test.matches(c)]
            else:
                raw = axis_nodes(axis, node)
                budget.left -= len(raw)
                if test.kind == "node":
                    cands = list(raw)
                elif test.kind == "any" and axis != "attribute":
                    cands = [c for c in raw if not c.is_attribute and c.name != ""]
                else:
                    cands = [c for c in raw if test.matches(c)]
            if budget.left < 0:
                raise out_of_budget(ctx)
            if preds and cands:
                source = (node, test) if axis == "child" else None
                cands = preds[0].filter(cands, ctx, source)
                for pred in preds[1:]:
                    if not cands:
                        break
                    cands = pred.filter(cands, ctx)
            if self.reverse and len(cands) > 1:
                cands.reverse()
            out.extend(cands)
        return out


class PathExpr(Expr):
    """A location path, optionally starting from a filter expression (``instance('x')/root``)."""

    __slots__ = ("absolute", "needs_sort", "simple_names", "start", "steps")

    def __init__(self, absolute: bool, start: Expr | None, steps: list[Step]) -> None:
        self.absolute = absolute
        self.start = start
        self.steps = steps
        # child::name/child::name... without predicates: the common case, done without steps
        self.simple_names: list[str] | None = None
        if start is None and steps and all(s.simple_name and not s.predicates for s in steps):
            self.simple_names = [s.simple_name for s in steps if s.simple_name]
        # After a step that can return nested or unordered nodes, later results need sorting.
        self.needs_sort: list[bool] = []
        flat = True
        for step in steps:
            if step.axis in ("child", "attribute", "self"):
                self.needs_sort.append(not flat)
            else:
                self.needs_sort.append(True)
                flat = False

    def evaluate(self, ctx: EvalContext) -> Value:
        if self.start is not None:
            value = self.start.evaluate(ctx)
            if not isinstance(value, list):
                raise FieldappError(
                    "X105",
                    detail="a path can only continue from a node-set, not from a "
                    f"{type(value).__name__} value",
                )
            nodes = value
        else:
            base = (
                document_of(ctx.current if ctx.current is not None else ctx.node)
                if self.absolute
                else ctx.node
            )
            names = self.simple_names
            if names is not None:
                if type(base) is Document:  # a shape-only path: reuse it until the shape changes
                    return self._resolved(base, names, ctx)
                fast = self._simple(base, names, ctx)
                if fast is not None:
                    return fast
            nodes = [base]
        return self._steps(nodes, ctx)

    def _resolved(self, doc: Document, names: list[str], ctx: EvalContext) -> list[Node]:
        found = doc.resolved.get(self)
        if found is None:
            found = self._simple(doc, names, ctx)
            if found is None:
                found = self._steps([doc], ctx)
            doc.resolved[self] = found
        budget = ctx.budget
        budget.left -= len(found)
        if budget.left < 0:
            raise out_of_budget(ctx)
        return list(found)  # callers own their node-set

    def _steps(self, nodes: list[Node], ctx: EvalContext) -> list[Node]:
        for step, sort in zip(self.steps, self.needs_sort, strict=True):
            if not nodes:
                return nodes
            many = len(nodes) > 1
            nodes = step.apply(nodes, ctx)
            if many and sort:
                nodes = sort_document_order(nodes)
        return nodes

    @staticmethod
    def _simple(node: Node, names: list[str], ctx: EvalContext) -> list[Node] | None:
        """Exact-name child chains; None (use the general steps) when a step finds nothing,
        since prefixed names (``orx:meta`` for ``meta``) may still match leniently."""
        budget = ctx.budget
        if len(names) == 1:
            budget.left -= len(node.children)
            if budget.left < 0:
                raise out_of_budget(ctx)
            return node.children_named(names[0]) or None
        nodes = [node]
        for name in names:
            if len(nodes) == 1:
                budget.left -= len(nodes[0].children)
                found = nodes[0].children_named(name)
            else:
                found = []
                for n in nodes:
                    budget.left -= len(n.children)
                    found += n.children_named(name)
            if not found:
                return None
            nodes = found
        if budget.left < 0:
            raise out_of_budget(ctx)
        return nodes

    def children(self) -> Sequence[Expr]:
        out: list[Expr] = [self.start] if self.start is not None else []
        for step in self.steps:
            out.extend(p.expr for p in step.predicates)
        return out

    def uses_position(self) -> bool:
        return self.start is not None and self.start.uses_position()

    def uses_context(self) -> bool:
        if self.start is not None:
            return self.start.uses_context()
        return not self.absolute


class FilterExpr(Expr):
    """``primary[pred]...`` (predicates count positions in document order)."""

    __slots__ = ("predicates", "primary")

    def __init__(self, primary: Expr, predicates: list[Predicate]) -> None:
        self.primary = primary
        self.predicates = predicates

    def evaluate(self, ctx: EvalContext) -> Value:
        value = self.primary.evaluate(ctx)
        if not isinstance(value, list):
            raise FieldappError("X105", detail="a predicate can only filter a node-set")
        nodes = value
        for pred in self.predicates:
            if not nodes:
                break
            nodes = pred.filter(nodes, ctx)
        return nodes

    def children(self) -> Sequence[Expr]:
        return [self.primary, *(p.expr for p in self.predicates)]

    def uses_position(self) -> bool:
        return self.primary.uses_position()

    def uses_context(self) -> bool:
        return self.primary.uses_context()


class Union(Expr):
    __slots__ = ("operands",)

    def __init__(self, operands: list[Expr]) -> None:
        self.operands = operands

    def evaluate(self, ctx: EvalContext) -> Value:
        merged: list[Node] = []
        for op in self.operands:
            value = op.evaluate(ctx)
            if not isinstance(value, list):
                raise FieldappError("X105", detail="'|' joins node-sets only")
            merged.extend(value)
        return sort_document_order(merged)

    def children(self) -> Sequence[Expr]:
        return self.operands


FunctionImpl = Callable[[EvalContext, list[Expr]], Value]


# functions that read the context node even when given arguments
_READS_CONTEXT_NODE = frozenset({"once", "lang", "jr:choice-name"})


class FunctionCall(Expr):
    __slots__ = ("args", "impl", "name", "returns", "spec_flags")

    def __init__(
        self, name: str, args: list[Expr], impl: FunctionImpl, returns: str, flags: frozenset[str]
    ) -> None:
        self.name = name
        self.args = args
        self.impl = impl
        self.returns = returns
        self.spec_flags = flags

    def evaluate(self, ctx: EvalContext) -> Value:
        return self.impl(ctx, self.args)

    def children(self) -> Sequence[Expr]:
        return self.args

    def uses_position(self) -> bool:
        if "position" in self.spec_flags and not self.args:
            return True
        return any(a.uses_position() for a in self.args)

    def uses_context(self) -> bool:
        if "context" in self.spec_flags and not self.args:
            return True
        if self.name in _READS_CONTEXT_NODE:
            return True
        return any(a.uses_context() for a in self.args)


def expr_depth(expr: Expr) -> int:
    """Nesting depth of a compiled tree (iterative, so deep trees cannot overflow here)."""
    best = 0
    stack: list[tuple[Expr, int]] = [(expr, 1)]
    while stack:
        node, depth = stack.pop()
        best = max(best, depth)
        for child in node.children():
            stack.append((child, depth + 1))
    return best
