"""Recursive-descent parser for the full XPath 1.0 grammar, producing ``tree`` nodes.

Limits (X103): expressions longer than ``MAX_LENGTH`` characters, nesting (parentheses,
function arguments, predicates, unary minus) deeper than ``MAX_NESTING``, or a compiled
tree deeper than ``MAX_DEPTH``. Variables (``$x``) are not part of ODK forms (X100).
"""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.core.xpath.functions import lookup_function
from fieldapp.core.xpath.lexer import Token, tokenize
from fieldapp.core.xpath.tree import (
    ARITH,
    AXES,
    And,
    Arith,
    Compare,
    Expr,
    FilterExpr,
    FunctionCall,
    Literal,
    Negate,
    NodeTest,
    NumberLit,
    Or,
    PathExpr,
    Predicate,
    Step,
    Union,
    expr_depth,
)
from fieldapp.errors import FieldappError

MAX_LENGTH = 20_000
MAX_NESTING = 100
MAX_DEPTH = 200

_STEP_START_OPS = frozenset({".", "..", "@"})
_PRECEDENCE = {
    "or": 1,
    "and": 2,
    "=": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "div": 6,
    "mod": 6,
}


def _combine(prec: int, operands: list[Expr], ops: list[str]) -> Expr:
    if prec == 1:
        return Or(operands)
    if prec == 2:
        return And(operands)
    if prec in (3, 4):
        left = operands[0]
        for op, right in zip(ops, operands[1:], strict=True):
            left = Compare(op, left, right)
        return left
    return Arith(operands[0], [(ARITH[op], e) for op, e in zip(ops, operands[1:], strict=True)])


class Parser:
    def __init__(self, expr: str, namespaces: Mapping[str, str] | None) -> None:
        self.expr = expr
        self.namespaces = dict(namespaces or {})
        self.tokens: list[Token] = tokenize(expr)
        self.i = 0
        self.nesting = 0

    # --- token helpers ---------------------------------------------------------------------
    def peek(self) -> Token:
        return self.tokens[self.i]

    def at_op(self, *ops: str) -> bool:
        kind, text, _ = self.tokens[self.i]
        return kind == "op" and text in ops

    def advance(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def error(self, detail: str, tok: Token | None = None) -> FieldappError:
        tok = tok or self.peek()
        pos = tok[2]
        what = f"'{tok[1]}'" if tok[0] != "end" else "the end of the expression"
        return FieldappError(
            "X100",
            expr=self.expr,
            detail=f"{detail} (found {what} at position {pos + 1})",
            position=pos,
        )

    def expect(self, op: str) -> None:
        if not self.at_op(op):
            raise self.error(f"expected '{op}'")
        self.i += 1

    def enter(self) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise FieldappError(
                "X103", expr=self.expr[:80], limit=MAX_NESTING, what="levels of nesting"
            )

    # --- grammar -------------------------------------------------------------------------------
    def parse(self) -> Expr:
        expr = self.parse_binary(1)
        if self.peek()[0] != "end":
            raise self.error("unexpected text after a complete expression")
        return expr

    def parse_binary(self, min_prec: int) -> Expr:
        """Precedence climbing over or/and/equality/relational/additive/multiplicative: one
        Python frame per nesting level instead of six, and same-precedence chains become one
        n-ary node (``a + b + c``), so long sums stay shallow."""
        left = self.parse_unary()
        while True:
            kind, text, _ = self.tokens[self.i]
            prec = _PRECEDENCE.get(text) if kind == "op" else None
            if prec is None or prec < min_prec:
                return left
            operands = [left]
            ops: list[str] = []
            while True:
                kind, text, _ = self.tokens[self.i]
                if kind != "op" or _PRECEDENCE.get(text) != prec:
                    break
                self.i += 1
                ops.append(text)
                operands.append(self.parse_binary(prec + 1))
            left = _combine(prec, operands, ops)

    def parse_unary(self) -> Expr:
        negations = 0
        while self.at_op("-"):
            self.i += 1
            negations += 1
            self.enter()
        expr = self.parse_union()
        for _ in range(negations):
            expr = Negate(expr)
        self.nesting -= negations
        return expr

    def parse_union(self) -> Expr:
        operands = [self.parse_path()]
        while self.at_op("|"):
            self.i += 1
            operands.append(self.parse_path())
        return operands[0] if len(operands) == 1 else Union(operands)

    def can_start_step(self) -> bool:
        kind, text, _ = self.peek()
        if kind in ("name", "star", "axis", "nodetype"):
            return True
        return kind == "op" and text in _STEP_START_OPS

    def parse_path(self) -> Expr:
        kind, text, _ = self.peek()
        if kind == "op" and text == "/":
            self.i += 1
            steps = self.parse_relative() if self.can_start_step() else []
            return PathExpr(True, None, steps)
        if kind == "op" and text == "//":
            self.i += 1
            steps = [_desc_or_self(), *self.parse_relative()]
            return PathExpr(True, None, _optimise(steps))
        if kind in ("num", "str", "func", "var") or (kind == "op" and text == "("):
            filt = self.parse_filter()
            if self.at_op("/", "//"):
                more: list[Step] = []
                if self.advance()[1] == "//":
                    more.append(_desc_or_self())
                more.extend(self.parse_relative())
                return PathExpr(False, filt, _optimise(more))
            return filt
        if not self.can_start_step():
            raise self.error("expected a value, a path or a function call")
        return PathExpr(False, None, _optimise(self.parse_relative()))

    def parse_relative(self) -> list[Step]:
        steps = [self.parse_step()]
        while self.at_op("/", "//"):
            if self.advance()[1] == "//":
                steps.append(_desc_or_self())
            steps.append(self.parse_step())
        return steps

    def parse_step(self) -> Step:
        kind, text, _ = self.peek()
        if kind == "op" and text == ".":
            self.i += 1
            return Step("self", NodeTest("node"), [])
        if kind == "op" and text == "..":
            self.i += 1
            return Step("parent", NodeTest("node"), [])
        axis = "child"
        if kind == "axis":
            if text not in AXES:
                raise self.error(f"unknown axis '{text}'")
            axis = text
            self.i += 1
            self.expect("::")
        elif kind == "op" and text == "@":
            axis = "attribute"
            self.i += 1
        test = self.parse_node_test()
        return Step(axis, test, self.parse_predicates())

    def parse_node_test(self) -> NodeTest:
        tok = self.advance()
        kind, text, _ = tok
        if kind == "star":
            return NodeTest("any")
        if kind == "name":
            if text.endswith(":*"):
                return NodeTest("prefix", text[:-1] + "x", self.namespaces)
            return NodeTest("name", text, self.namespaces)
        if kind == "nodetype":
            self.expect("(")
            if text == "processing-instruction" and self.peek()[0] == "str":
                self.i += 1
            self.expect(")")
            if text == "node":
                return NodeTest("node")
            if text == "text":
                return NodeTest("text")
            return NodeTest("none")  # comments and processing instructions are not modelled
        raise self.error("expected a node name or test", tok)

    def parse_predicates(self) -> list[Predicate]:
        preds = []
        while self.at_op("["):
            self.i += 1
            self.enter()
            expr = self.parse_binary(1)
            self.nesting -= 1
            self.expect("]")
            preds.append(Predicate(expr))
        return preds

    def parse_filter(self) -> Expr:
        primary = self.parse_primary()
        preds = self.parse_predicates()
        return FilterExpr(primary, preds) if preds else primary

    def parse_primary(self) -> Expr:
        tok = self.advance()
        kind, text, _ = tok
        if kind == "str":
            return Literal(text)
        if kind == "num":
            return NumberLit(float(text))
        if kind == "var":
            raise self.error("variables ($name) are not used in ODK forms", tok)
        if kind == "op" and text == "(":
            self.enter()
            expr = self.parse_binary(1)
            self.nesting -= 1
            self.expect(")")
            return expr
        if kind == "func":
            return self.parse_call(tok)
        raise self.error("expected a value", tok)

    def parse_call(self, tok: Token) -> Expr:
        name = tok[1]
        spec = lookup_function(name)
        if spec is None:
            raise FieldappError("X101", expr=self.expr, name=name, position=tok[2])
        self.expect("(")
        args: list[Expr] = []
        if not self.at_op(")"):
            self.enter()
            args.append(self.parse_binary(1))
            while self.at_op(","):
                self.i += 1
                args.append(self.parse_binary(1))
            self.nesting -= 1
        self.expect(")")
        if not spec.accepts(len(args)):
            raise FieldappError(
                "X102",
                expr=self.expr,
                name=name,
                expected=spec.expected(),
                got=len(args),
                position=tok[2],
            )
        return FunctionCall(spec.name, args, spec.impl, spec.returns, spec.flags)


def _desc_or_self() -> Step:
    return Step("descendant-or-self", NodeTest("node"), [])


def _optimise(steps: list[Step]) -> list[Step]:
    """``//name`` (descendant-or-self::node()/child::name) -> descendant::name when no
    predicate depends on position (same result, one pass instead of a step per node)."""
    out: list[Step] = []
    i = 0
    while i < len(steps):
        step = steps[i]
        nxt = steps[i + 1] if i + 1 < len(steps) else None
        if (
            step.axis == "descendant-or-self"
            and step.test.kind == "node"
            and not step.predicates
            and nxt is not None
            and nxt.axis == "child"
            and all(not p.positional for p in nxt.predicates)
        ):
            out.append(Step("descendant", nxt.test, nxt.predicates))
            i += 2
            continue
        out.append(step)
        i += 1
    return out


def parse(expr: str, namespaces: Mapping[str, str] | None = None) -> Expr:
    """Parse ``expr``; raises X100-X103."""
    if len(expr) > MAX_LENGTH:
        raise FieldappError("X103", expr=expr[:80] + "...", limit=MAX_LENGTH, what="characters")
    try:
        tree = Parser(expr, namespaces).parse()
    except RecursionError:
        raise FieldappError(
            "X103", expr=expr[:80], limit=MAX_NESTING, what="levels of nesting"
        ) from None
    if expr_depth(tree) > MAX_DEPTH:
        raise FieldappError("X103", expr=expr[:80], limit=MAX_DEPTH, what="levels of depth")
    return tree
