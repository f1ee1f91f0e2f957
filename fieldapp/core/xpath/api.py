"""compile_xpath() and Expression: the public face of the evaluator."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from fieldapp.core.xpath.context import Budget, EvalContext
from fieldapp.core.xpath.conversions import Value, to_boolean, to_number, to_string
from fieldapp.core.xpath.dependencies import DependencySet, analyze
from fieldapp.core.xpath.nodes import Node
from fieldapp.core.xpath.parser import MAX_DEPTH, parse
from fieldapp.core.xpath.tree import Expr
from fieldapp.errors import FieldappError


class Expression:
    """A compiled expression: immutable, reusable across contexts and threads-of-use."""

    __slots__ = ("_deps", "root", "source")

    def __init__(self, source: str, root: Expr) -> None:
        self.source = source
        self.root = root
        self._deps: dict[str, DependencySet] = {}

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"

    def evaluate(self, ctx: EvalContext) -> Value:
        """The value (str, float, bool or list of nodes in document order)."""
        ctx.budget = Budget()
        try:
            return self.root.evaluate(ctx)
        except RecursionError:
            raise FieldappError(
                "X103",
                location=self.source,
                expr=self.source[:80],
                limit=MAX_DEPTH,
                what="levels of depth",
            ) from None
        except FieldappError as exc:
            if exc.location:
                raise
            params = dict(exc.params)
            if params.get("expr") == "":
                params["expr"] = self.source[:80]
            raise FieldappError(exc.code, location=self.source, **params) from None

    def evaluate_string(self, ctx: EvalContext) -> str:
        return to_string(self.evaluate(ctx))

    def evaluate_number(self, ctx: EvalContext) -> float:
        return to_number(self.evaluate(ctx), ctx.env.tzinfo())

    def evaluate_boolean(self, ctx: EvalContext) -> bool:
        return to_boolean(self.evaluate(ctx))

    def evaluate_nodes(self, ctx: EvalContext) -> list[Node]:
        value = self.evaluate(ctx)
        if not isinstance(value, list):
            raise FieldappError(
                "X105",
                location=self.source,
                detail=f"{self.source!r} must select nodes, not the value {to_string(value)!r}",
            )
        return value

    def dependencies(self, context_ref: str) -> DependencySet:
        """Generic absolute paths and flags the value depends on (see ``dependencies``)."""
        deps = self._deps.get(context_ref)
        if deps is None:
            deps = analyze(self.root, context_ref)
            self._deps[context_ref] = deps
        return deps


@functools.lru_cache(maxsize=16_384)
def _compile(expr: str, namespaces: tuple[tuple[str, str], ...]) -> Expression:
    return Expression(expr, parse(expr, dict(namespaces)))


def compile_xpath(expr: str, namespaces: Mapping[str, str] | None = None) -> Expression:
    """Parse ``expr`` once (cached by text and namespaces); raises X100-X103."""
    key = tuple(sorted(namespaces.items())) if namespaces else ()
    return _compile(expr, key)
