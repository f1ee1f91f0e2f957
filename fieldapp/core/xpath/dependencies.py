"""Static dependency analysis of a compiled expression, for the engine's dependency graph.

Paths are generic: absolute, no indices, no predicates (``/data/rep/name``). Relative paths
resolve against the context path; ``current()`` is the context path of the bind (predicates
do not change it); paths inside a predicate resolve against the step it filters. Paths into
secondary instances are not dependencies (those trees are immutable) but the instance ids are
reported. When a path leaves what can be known statically (``//x``, ``descendant::``, ``*``),
the deepest known prefix goes to ``wildcard_prefixes``: anything under it may matter.

A path names a node whose value or existence is used; for a group node that means its
string-value, i.e. everything below it (the engine knows which paths are groups).

Each path also gets a *pin*: the deepest ancestor of the context path under whose concrete
node every node read lies. ``../v`` from ``/data/rep/share`` is pinned to ``/data/rep`` (the
same repeat instance); ``/data/rep/v`` or ``../../rep/v`` are pinned to the root, since they
read every instance (the ODK spec reads absolute paths literally, not contextualized). The
engine uses pins to know which repeat instances a change reaches.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.core.xpath.tree import (
    Expr,
    FilterExpr,
    FunctionCall,
    Literal,
    PathExpr,
    Predicate,
    Step,
    Union,
)

# A reference during analysis: (kind, path, pin); kind "main" (path), "wild" (prefix) or
# "inst" (id); pin: the generic path of the concrete node every selected node lies under
Ref = tuple[str, str, str]
ROOT = ""


@dataclass(frozen=True)
class DependencySet:
    paths: frozenset[str]
    instances: frozenset[str]
    uses_now: bool
    uses_random: bool
    wildcard_prefixes: frozenset[str]
    uses_position: bool = False
    # (path or wildcard prefix, pin) pairs; the shortest pin when a path is read several ways
    pins: tuple[tuple[str, str], ...] = ()

    @property
    def is_constant(self) -> bool:
        """True when nothing in the instance, clock or random source can change the value."""
        return not (
            self.paths
            or self.wildcard_prefixes
            or self.uses_now
            or self.uses_random
            or self.uses_position
        )


def _parent(path: str) -> str:
    return path.rpartition("/")[0]


def _segment(path: str) -> str:
    return path.rpartition("/")[2]


def _shorter(pin: str, path: str) -> str:
    """The pin after a step up to ``path`` (both are prefixes of the current path)."""
    return path if len(path) < len(pin) else pin


class _Analyzer:
    def __init__(self, context_ref: str) -> None:
        here = context_ref.rstrip("/") if context_ref != "/" else ROOT
        self.context: Ref = ("main", here, here)
        self.paths: set[str] = set()
        self.pins: dict[str, str] = {}
        self.wild: set[str] = set()
        self.instances: set[str] = set()
        self.uses_now = False
        self.uses_random = False
        self.uses_position = False

    def record(self, refs: list[Ref]) -> None:
        for kind, path, pin in refs:
            if kind == "main":
                if path == ROOT:
                    self.wild.add("/")
                    self._pin("/", ROOT)
                else:
                    self.paths.add(path)
                    self._pin(path, pin)
            elif kind == "wild":
                self.wild.add(path or "/")
                self._pin(path or "/", pin)

    def _pin(self, path: str, pin: str) -> None:
        old = self.pins.get(path)
        if old is None or len(pin) < len(old):
            self.pins[path] = pin

    def result(self) -> DependencySet:
        return DependencySet(
            frozenset(self.paths),
            frozenset(self.instances),
            self.uses_now,
            self.uses_random,
            frozenset(self.wild),
            self.uses_position,
            tuple(sorted(self.pins.items())),
        )

    # --- expressions ----------------------------------------------------------------------
    def visit(self, expr: Expr, ctx: Ref) -> None:
        """Record everything ``expr`` reads, including the nodes of its result."""
        self.record(self.refs(expr, ctx))

    def refs(self, expr: Expr, ctx: Ref) -> list[Ref]:
        """The nodes ``expr`` selects (when it is a node-set), recording inner dependencies."""
        if isinstance(expr, PathExpr):
            if expr.start is not None:
                start = self.refs(expr.start, ctx)
            elif expr.absolute:
                start = [("main", ROOT, ROOT)]
            else:
                start = [ctx]
            return self.steps(start, expr.steps)
        if isinstance(expr, FilterExpr):
            refs = self.refs(expr.primary, ctx)
            for ref in refs:
                self.predicates(expr.predicates, ref)
            return refs
        if isinstance(expr, Union):
            out: list[Ref] = []
            for op in expr.operands:
                out.extend(self.refs(op, ctx))
            return out
        if isinstance(expr, FunctionCall):
            return self.call(expr, ctx)
        for child in expr.children():
            self.visit(child, ctx)
        return []

    def call(self, call: FunctionCall, ctx: Ref) -> list[Ref]:
        flags = call.spec_flags
        name = call.name
        args = call.args
        if "now" in flags:
            self.uses_now = True
        if "random" in flags or ("random_unless_seeded" in flags and len(args) < 2):
            self.uses_random = True
        if "position" in flags:
            self.uses_position = True
        if "context" in flags and not args:
            self.record([ctx])
        if name == "current":
            return [self.context]
        if name == "instance":
            if args and isinstance(args[0], Literal):
                self.instances.add(args[0].value)
                return [("inst", args[0].value, ROOT)]
            for arg in args:
                self.visit(arg, ctx)
            self.instances.add("*")
            return [("inst", "*", ROOT)]
        if name == "pulldata" and args and isinstance(args[0], Literal):
            self.instances.add(args[0].value)
        if name == "jr:choice-name" and len(args) == 2 and isinstance(args[1], Literal):
            self._literal_path(args[1].value, ctx)
        if name == "once":
            # once() reads its own node's value: not a dependency (it would be a self-loop)
            for arg in args:
                self.visit(arg, ctx)
            return []
        if name in ("randomize", "indexed-repeat"):
            first = self.refs(args[0], ctx)
            self.record(first)
            for arg in args[1:]:
                self.visit(arg, ctx)
            return first
        for arg in args:
            self.visit(arg, ctx)
        if call.returns == "nodeset":
            return [("wild", ROOT, ROOT)]
        return []

    def _literal_path(self, text: str, ctx: Ref) -> None:
        from fieldapp.core.xpath.api import compile_xpath
        from fieldapp.errors import FieldappError

        try:
            expr = compile_xpath(text.strip())
        except FieldappError:
            return
        self.visit(expr.root, ctx)

    def predicates(self, preds: list[Predicate], ref: Ref) -> None:
        for pred in preds:
            if pred.expr.uses_position():
                self.uses_position = True
            self.visit(pred.expr, ref)

    # --- steps --------------------------------------------------------------------------------
    def steps(self, start: list[Ref], steps: list[Step]) -> list[Ref]:
        refs = start
        for step in steps:
            nxt: list[Ref] = []
            for ref in refs:
                nxt.extend(self.step(ref, step))
            refs = list(dict.fromkeys(nxt))
            for ref in refs:
                self.predicates(step.predicates, ref)
        return refs

    def step(self, ref: Ref, step: Step) -> list[Ref]:
        kind, path, pin = ref
        if kind == "inst":
            return [ref]
        axis = step.axis
        test = step.test
        named = test.kind == "name"
        if kind == "wild":
            if axis == "parent":
                up = _parent(path)
                return [("wild", up, _shorter(pin, up))]
            if axis in ("following", "preceding"):
                return [("wild", ROOT, ROOT)]
            return [ref]
        if axis == "self":
            return [ref]
        if axis == "child":
            return [("main", f"{path}/{test.name}", pin)] if named else [("wild", path, pin)]
        if axis == "attribute":
            return [("main", f"{path}/@{test.name}", pin)] if named else [("wild", path, pin)]
        if axis == "parent":
            if not path:
                return []
            up = _parent(path)
            return [("main", up, _shorter(pin, up))]
        if axis in ("descendant", "descendant-or-self"):
            return [("wild", path, pin)]
        if axis in ("ancestor", "ancestor-or-self"):
            out: list[Ref] = []
            cur = path if axis == "ancestor-or-self" else _parent(path)
            while cur:
                if not named or _segment(cur) == test.name or test.matches_name(_segment(cur)):
                    out.append(("main", cur, _shorter(pin, cur)))
                cur = _parent(cur)
            return out
        if axis in ("following-sibling", "preceding-sibling"):
            parent = _parent(path)
            up = _shorter(pin, parent)
            return [("main", f"{parent}/{test.name}", up)] if named else [("wild", parent, up)]
        return [("wild", ROOT, ROOT)]


def analyze(root: Expr, context_ref: str) -> DependencySet:
    analyzer = _Analyzer(context_ref)
    analyzer.visit(root, analyzer.context)
    return analyzer.result()
