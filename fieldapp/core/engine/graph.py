"""The dependency graph over generic refs, built once per form definition.

Vertices are computations (a calculate, relevant or jr:count expression on a generic target).
An edge A -> B exists when A is a calculate whose target B reads; reads of a container
(count(), position(..)) are existence reads and only matter at runtime. Cycles are
rejected with E100; the topological rank orders runtime recomputation so each dependent
is evaluated once per change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from fieldapp.core.engine.definition import FormDefinition
from fieldapp.core.engine.paths import ancestors, generic, is_under
from fieldapp.core.xpath import Expression
from fieldapp.errors import FieldappError


@dataclass(eq=False)
class Computation:
    kind: str  # "calculate" | "relevant" | "count"
    target: str  # generic ref the result is written to (for count: the repeat)
    expr: Expression
    deps: frozenset[str]
    wildcards: frozenset[str]
    volatile: bool  # now()/random(): never cached away
    rank: int = 0
    # dependency generic ref -> deepest repeat shared with the target ("" when none)
    scope: dict[str, str] = field(default_factory=dict)
    # dependency (or wildcard prefix) -> pin: the ancestor of the target every node read lies
    # under ("" = anywhere); see xpath.dependencies
    pins: dict[str, str] = field(default_factory=dict)


class DependencyGraph:
    """Computations of a form, their ranks, and who depends on which generic ref."""

    def __init__(self, defn: FormDefinition) -> None:
        self.defn = defn
        self.computations: list[Computation] = []
        self.by_dep: dict[str, list[Computation]] = defaultdict(list)
        self.wildcard: list[Computation] = []
        self.repeat_paths = sorted(defn.repeats, key=len)
        for gref, bind in defn.binds.items():
            if bind.calculate is not None:
                self._add("calculate", gref, bind.calculate)
            if bind.relevant is not None:
                self._add("relevant", gref, bind.relevant)
        for gref, rep in defn.repeats.items():
            if rep.count is not None:
                self._add("count", gref, rep.count)
        self._rank()
        for comp in self.computations:
            for dep in comp.deps:
                self.by_dep[dep].append(comp)
            if comp.wildcards:
                self.wildcard.append(comp)
        # initial evaluation order: by rank
        self.ordered = sorted(self.computations, key=lambda c: c.rank)

    def _add(self, kind: str, target: str, expr: Expression) -> None:
        context = target
        deps = expr.dependencies(context)
        paths = frozenset(generic(p) for p in deps.paths if p)
        wild = frozenset(generic(p) for p in deps.wildcard_prefixes)
        comp = Computation(
            kind,
            target,
            expr,
            paths,
            wild,
            bool(deps.uses_now or deps.uses_random),
        )
        for path, pin in deps.pins:
            key = generic(path)
            pin = generic(pin) if pin else ""
            old = comp.pins.get(key)
            if old is None or len(pin) < len(old):
                comp.pins[key] = pin
        self.computations.append(comp)

    def shared_repeat(self, a: str, b: str) -> str:
        """The deepest repeat generic ref containing both refs ("" when none)."""
        best = ""
        for rep in self.repeat_paths:
            if is_under(a, rep) and is_under(b, rep):
                best = rep
        return best

    def _pin(self, comp: Computation, gref: str) -> str:
        """The least pinned of ``comp``'s reads related to ``gref`` (the target when none)."""
        pin = comp.target
        for dep, dep_pin in comp.pins.items():
            if (is_under(gref, dep) or is_under(dep, gref)) and len(dep_pin) < len(pin):
                pin = dep_pin
        return pin

    def scope(self, comp: Computation, gref: str) -> str:
        """The deepest repeat whose one instance holds both a change at ``gref`` and every
        ``comp`` target it reaches ("" when a change reaches targets in every instance)."""
        pin = self._pin(comp, gref)
        best = ""
        for rep in self.repeat_paths:
            if is_under(comp.target, rep) and is_under(gref, rep) and is_under(pin, rep):
                best = rep
        return best

    def crosses(self, comp: Computation, rgref: str) -> bool:
        """True when ``comp`` (inside repeat ``rgref``) reads other instances of ``rgref``
        (``sum(/data/rep/v)``, ``count(../../rep)``): adding or removing one changes it."""
        return not is_under(self._pin(comp, rgref), rgref)

    def _rank(self) -> None:
        # Only exact value reads order the graph: a dependency on a container (count(/data/rep),
        # position(..)) reads its existence, and at runtime a change below it still triggers it.
        calc_by_anchor: dict[str, list[Computation]] = defaultdict(list)
        for comp in self.computations:
            if comp.kind == "calculate":
                calc_by_anchor[comp.target].append(comp)
        succ: dict[int, list[Computation]] = defaultdict(list)
        for comp in self.computations:
            for dep in comp.deps:
                for src in calc_by_anchor.get(dep, ()):
                    succ[id(src)].append(comp)
            for prefix in comp.wildcards:
                for src in self.computations:
                    if src.kind == "calculate" and is_under(src.target, prefix):
                        succ[id(src)].append(comp)
        order = _tarjan(self.computations, succ)
        for rank, comp in enumerate(order):
            comp.rank = rank

    def readers_of_repeat(self, rgref: str) -> list[Computation]:
        """Computations reading anything at, inside or above repeat ``rgref`` (rank order)."""
        cache: dict[str, list[Computation]] = self.__dict__.setdefault("_readers", {})
        found = cache.get(rgref)
        if found is None:
            found = [
                c
                for c in self.ordered
                if any(is_under(d, rgref) or is_under(rgref, d) for d in c.deps)
                or any(is_under(w, rgref) or is_under(rgref, w) for w in c.wildcards)
            ]
            cache[rgref] = found
        return found

    def dependents(self, gref: str) -> list[Computation]:
        """Computations that read the node ``gref`` (or an ancestor's string value); cached."""
        cache: dict[str, list[Computation]] = self.__dict__.setdefault("_dependents_cache", {})
        found = cache.get(gref)
        if found is None:
            found = self._dependents(gref)
            cache[gref] = found
        return found

    def _dependents(self, gref: str) -> list[Computation]:
        out: list[Computation] = list(self.by_dep.get(gref, ()))
        for anc in ancestors(gref):
            extra = self.by_dep.get(anc)
            if extra:
                out.extend(extra)
        for comp in self.wildcard:
            if any(is_under(gref, w) or is_under(w, gref) for w in comp.wildcards):
                out.append(comp)
        return out


def _self_default(comp: Computation) -> bool:
    """``coalesce(., default)``: a default the enumerator may override, not a cycle.

    A calculate that reads its own node is otherwise a cycle (``. + 1`` never settles); the
    coalesce idiom (ODK's geopoint "maps" fixtures use it) settles after one evaluation.
    """
    return "coalesce(" in "".join(comp.expr.source.split())


def _tarjan(vertices: list[Computation], succ: dict[int, list[Computation]]) -> list[Computation]:
    """Topological order; raises E100 naming the fields of the first cycle found (iterative)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[Computation] = []
    sccs: list[list[Computation]] = []
    counter = 0
    for start in vertices:
        if id(start) in index:
            continue
        work: list[tuple[Computation, int]] = [(start, 0)]
        while work:
            v, i = work.pop()
            vid = id(v)
            if i == 0:
                index[vid] = low[vid] = counter
                counter += 1
                stack.append(v)
                on_stack.add(vid)
            children = succ.get(vid, [])
            recurse = False
            while i < len(children):
                w = children[i]
                i += 1
                wid = id(w)
                if wid not in index:
                    work.append((v, i))
                    work.append((w, 0))
                    recurse = True
                    break
                if wid in on_stack:
                    low[vid] = min(low[vid], index[wid])
            if recurse:
                continue
            if low[vid] == index[vid]:
                scc: list[Computation] = []
                while True:
                    w = stack.pop()
                    on_stack.discard(id(w))
                    scc.append(w)
                    if w is v:
                        break
                sccs.append(scc)
            if work:
                parent = work[-1][0]
                low[id(parent)] = min(low[id(parent)], low[vid])
    for scc in sccs:
        if len(scc) > 1 or any(c in succ.get(id(c), ()) and not _self_default(c) for c in scc):
            fields = ", ".join(sorted({c.target for c in scc}))
            raise FieldappError("E100", location=fields, fields=fields)
    sccs.reverse()
    return [c for scc in sccs for c in scc]
