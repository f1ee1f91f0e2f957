"""Running totals for ``sum(/abs/path)`` and ``count(/abs/path)`` over the primary instance.

A form with ``sum(/data/rep/v)`` and ``count(/data/rep)`` would re-read every repeat instance
on each add, remove or answer, so adding instance 1,000 costs 100 times adding instance 10.
Instead the session keeps, per plain absolute path, the member nodes and (for sum) each one's
number: an add or remove adjusts the members, a value write adjusts one term.

Equal to recomputation by construction: XPath ``sum()`` is the exact sum rounded once
(``conversions.exact_sum``), so the running total is kept exactly (integers counting
2**-1074, with NaN and infinities counted apart) and rounded the same way. The session routes
every value write and every instance it attaches or detaches through here; a path this
cannot mirror exactly (prefixed names, members with children for sum) is left to normal
evaluation. tests/engine/test_aggregates.py compares against from-scratch evaluation after
random edit sequences.
"""

from __future__ import annotations

import math
from datetime import tzinfo
from typing import TYPE_CHECKING

from fieldapp.core.xpath import EvalContext
from fieldapp.core.xpath.conversions import node_number, round_scaled, scaled_int, special_sum
from fieldapp.core.xpath.nodes import Node
from fieldapp.core.xpath.tree import PathExpr, document_of

if TYPE_CHECKING:
    from fieldapp.core.engine.session import InstanceNode


class _Total:
    """The members of one path and, for sum, the exact running total of their numbers."""

    __slots__ = ("members", "names", "nan", "neg_inf", "pos_inf", "total", "values")

    def __init__(self, names: tuple[str, ...], values: bool) -> None:
        self.names = names
        self.members: dict[InstanceNode, float] = {}
        self.values = values
        self.total = 0  # sum of the finite terms, in units of 2**-1074
        self.nan = 0
        self.pos_inf = 0
        self.neg_inf = 0

    def _account(self, x: float, sign: int) -> None:
        if x != x:
            self.nan += sign
        elif x == math.inf:
            self.pos_inf += sign
        elif x == -math.inf:
            self.neg_inf += sign
        elif x:
            self.total += sign * scaled_int(x)

    def add(self, node: InstanceNode, tz: tzinfo) -> None:
        x = node_number(node, tz) if self.values else 0.0
        self.members[node] = x
        if self.values:
            self._account(x, 1)

    def discard(self, node: InstanceNode) -> None:
        x = self.members.pop(node, None)
        if x is not None and self.values:
            self._account(x, -1)

    def changed(self, node: InstanceNode, tz: tzinfo) -> None:
        old = self.members.get(node)
        if old is None:
            return
        new = node_number(node, tz)
        if new == old:  # NaN never equals itself: re-counted, which changes nothing
            return
        self.members[node] = new
        self._account(old, -1)
        self._account(new, 1)

    def result(self) -> float:
        if not self.values:
            return float(len(self.members))
        special = special_sum(self.nan, self.pos_inf, self.neg_inf)
        if special is not None:
            return special
        return round_scaled(self.total)


class Aggregates:
    """The running totals of one session, built on first use of each path."""

    def __init__(self, doc: Node, tz: tzinfo) -> None:
        self._doc = doc
        self._tz = tz
        self._sums: dict[str, _Total] = {}  # generic ref of the members -> totals
        self._counts: dict[str, _Total] = {}
        self._refused: set[tuple[str, str]] = set()

    def value(self, kind: str, path: PathExpr, ctx: EvalContext) -> float | None:
        """The current sum()/count() of ``path``, or None to let XPath evaluate it."""
        names = path.simple_names
        if names is None or not path.absolute:
            return None
        gref = "/" + "/".join(names)
        table = self._sums if kind == "sum" else self._counts
        found = table.get(gref)
        base = ctx.current if ctx.current is not None else ctx.node
        if document_of(base) is not self._doc:
            return None
        if found is None:
            if (kind, gref) in self._refused:
                return None
            found = self._build(kind, gref, tuple(names), path, ctx)
            if found is None:
                self._refused.add((kind, gref))
                return None
            table[gref] = found
        return found.result()

    def _build(
        self, kind: str, gref: str, names: tuple[str, ...], path: PathExpr, ctx: EvalContext
    ) -> _Total | None:
        nodes = path.evaluate(ctx)
        if not isinstance(nodes, list):
            return None
        total = _Total(names, kind == "sum")
        for node in nodes:
            if not self._fits(total, node, gref):
                return None
            total.add(node, self._tz)  # type: ignore[arg-type]  # _fits checked the type
        return total

    def _fits(self, total: _Total, node: Node, gref: str) -> bool:
        """Whether ``node`` is a member the running total can mirror exactly."""
        from fieldapp.core.engine.session import InstanceNode

        if not isinstance(node, InstanceNode) or node.gref != gref:
            return False
        if total.values and node.children:
            return False  # its number would follow edits below it
        cur: Node | None = node
        for name in reversed(total.names):
            if cur is None or cur.name != name:
                return False
            cur = cur.parent
        return cur is self._doc

    # --- the session reports every change -----------------------------------------------------
    def value_written(self, node: InstanceNode) -> None:
        total = self._sums.get(node.gref)
        if total is not None:
            total.changed(node, self._tz)

    def attached(self, top: InstanceNode) -> None:
        """``top`` (with its subtree) was inserted into the instance."""
        if not self._sums and not self._counts:
            return
        for node in (top, *top.iter_descendants()):
            gref = getattr(node, "gref", None)
            if gref is None:
                continue
            for kind, table in (("sum", self._sums), ("count", self._counts)):
                total = table.get(gref)
                if total is None:
                    continue
                if self._fits(total, node, gref):
                    total.add(node, self._tz)  # type: ignore[arg-type]
                else:  # not mirrored exactly: fall back to evaluation for good
                    del table[gref]
                    self._refused.add((kind, gref))

    def detached(self, top: InstanceNode) -> None:
        """``top`` (with its subtree) was taken out of the instance."""
        if not self._sums and not self._counts:
            return
        for node in (top, *top.iter_descendants()):
            gref = getattr(node, "gref", None)
            if gref is None:
                continue
            for table in (self._sums, self._counts):
                total = table.get(gref)
                if total is not None:
                    total.discard(node)  # type: ignore[arg-type]
