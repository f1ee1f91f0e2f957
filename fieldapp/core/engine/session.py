"""A form being filled: answers, relevance, repeats, navigation, validation, serialization.

State lives in the instance tree (``InstanceNode``); the dependency graph of the definition
says which computations to redo after a change, so an answer costs what depends on it, not
the size of the form. Navigation steps a cursor (a stack of body frames) to the next or
previous screen without rebuilding the walk.

Choices where the references differ (tested in tests/engine):
- A non-relevant node keeps its value in the session (expressions see it, as in JavaRosa);
  the value is pruned from finalized output and kept in drafts for an exact resume.
- A question with a calculate stays editable; the calculate overwrites the answer when its
  inputs change (JavaRosa). A calculate reading its own node is a cycle (E100) except the
  ``coalesce(., default)`` idiom.
- A calculate whose number is NaN stores "NaN" (XPath string()), like JavaRosa.
- A new repeat instance copies jr:template (or the first instance); repeats nested in it
  start with the instances the template holds.
- An absolute path inside a repeat reads literally, every instance (the ODK spec dropped the
  XForms 1.0 deviation JavaRosa keeps): ``/data/rep/a`` seen from rep[2] is rep[1]/a; forms
  write ``../a`` for "this instance". A calculation that reads other instances
  (``sum(/data/rep/v)`` inside rep) is redone in every instance on answers, adds and removes.
"""

from __future__ import annotations

import heapq
import math
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from xml.etree.ElementTree import Element

from fieldapp.core.engine.aggregates import Aggregates
from fieldapp.core.engine.api import (
    AnswerResult,
    Choice,
    IndexEntry,
    Page,
    Problem,
    Question,
    QuestionState,
    RepeatPrompt,
)
from fieldapp.core.engine.definition import (
    BodyControl,
    BodyElement,
    BodyGroup,
    BodyRepeat,
    FormDefinition,
    TextSource,
)
from fieldapp.core.engine.environment import SessionEnvironment, iso_datetime
from fieldapp.core.engine.gcpause import paused_collection
from fieldapp.core.engine.graph import Computation, DependencyGraph
from fieldapp.core.engine.markup import escape_output, has_markup, normalize_lines
from fieldapp.core.engine.paths import is_under, local, steps_of
from fieldapp.core.engine.valuetypes import check_range, normalize
from fieldapp.core.xpath import EvalContext, Expression, format_number, to_string
from fieldapp.core.xpath.context import Budget
from fieldapp.core.xpath.nodes import Document, Node
from fieldapp.errors import FieldappError

MAX_REPEAT_INSTANCES = 10_000
MAX_NODES = 2_000_000
MAX_COUNT = 10_000
MAX_EVALUATIONS = 2_000_000  # per answer: a safety net against oscillating calculations
DEFAULT_CONSTRAINT_MSG = "Sorry, this response is invalid."
DEFAULT_REQUIRED_MSG = "Sorry, this response is required!"
GEOPOINT_NOTE = "odk:setgeopoint has no GPS when running headless; the location stays empty."


class InstanceNode(Node):
    """A main-instance node that knows its generic ref and its own (non-inherited) relevance."""

    __slots__ = ("gref", "kids", "lname", "plain", "self_relevant", "sib")

    def __init__(self, name: str, gref: str, value: str = "", parent: Node | None = None) -> None:
        super().__init__(name, value, parent)
        self.gref = gref
        self.lname = local(name)
        self.self_relevant = True
        # children by local name, built on first lookup; kept in step by the session's edits
        self.kids: dict[str, list[InstanceNode]] | None = None
        self.plain = False  # with kids: every child is an InstanceNode named without a prefix
        self.sib = 0  # with the parent's kids: index among the siblings of the same local name

    def children_named(self, name: str) -> list[Node]:
        kids = self.kids
        if kids is None:
            kids = _index_kids(self)
        if self.plain:
            found = kids.get(name)
            return list(found) if found else []
        return [c for c in self.children if c.name == name]

    def position_among_named(self) -> int:
        parent = self.parent
        if isinstance(parent, InstanceNode):
            if parent.kids is None:
                _index_kids(parent)
            if parent.plain:
                return self.sib + 1
        return super().position_among_named()


def _index_kids(node: InstanceNode) -> dict[str, list[InstanceNode]]:
    """Build ``node.kids`` (and each child's ``sib``): O(1) child lookups from then on."""
    kids: dict[str, list[InstanceNode]] = {}
    plain = True
    for c in node.children:
        if isinstance(c, InstanceNode):
            same = kids.get(c.lname)
            if same is None:
                same = kids[c.lname] = []
            c.sib = len(same)
            same.append(c)
            if c.name != c.lname:
                plain = False
        else:
            plain = False
    node.kids = kids
    node.plain = plain
    return kids


def instantiate(proto: Node, gref: str, parent: Node | None) -> InstanceNode:
    """Build InstanceNodes from a prototype/template tree."""
    top = InstanceNode(proto.name, gref, proto.value, parent)
    top.attrs = dict(proto.attrs)
    top.datatype = proto.datatype
    stack: list[tuple[Node, InstanceNode]] = [(proto, top)]
    while stack:
        src, dst = stack.pop()
        for child in src.children:
            c = InstanceNode(child.name, f"{dst.gref}/{local(child.name)}", child.value, dst)
            if child.attrs:
                c.attrs = dict(child.attrs)
            c.datatype = child.datatype
            dst.children.append(c)
            if child.children:
                stack.append((child, c))
    return top


@dataclass
class _Frame:
    elem: BodyGroup | BodyRepeat
    node: InstanceNode  # context node of the container (repeat frames: parent of instances)
    idx: int
    is_repeat: bool = False


def _children_named(node: Node, name: str) -> list[InstanceNode]:
    """Children with local name ``name`` (an O(1) lookup after the first; do not mutate)."""
    if isinstance(node, InstanceNode):
        kids = node.kids
        if kids is None:
            kids = _index_kids(node)
        return kids.get(name, _EMPTY)
    return [c for c in node.children if isinstance(c, InstanceNode) and c.lname == name]


_EMPTY: list[InstanceNode] = []
_IDLE = Budget(0)  # placeholder: Expression.evaluate gives every evaluation a fresh budget


def _only_of_its_name(node: InstanceNode) -> bool:
    """True when no ancestor-or-self of ``node`` has a sibling of the same name."""
    cur: Node | None = node
    while isinstance(cur, InstanceNode):
        parent = cur.parent
        if isinstance(parent, InstanceNode) and len(_children_named(parent, cur.lname)) != 1:
            return False
        cur = parent
    return True


def _sibling_index(node: InstanceNode) -> int:
    """0-based index among the parent's children of the same local name."""
    parent = node.parent
    if isinstance(parent, InstanceNode):
        if parent.kids is None:
            _index_kids(parent)
        return node.sib
    if parent is None:
        return 0
    same = [c for c in parent.children if isinstance(c, InstanceNode) and c.lname == node.lname]
    return same.index(node)


class FormSession:
    """One interview of a FormDefinition. Not thread-safe; one UI/CLI drives it."""

    def __init__(
        self,
        defn: FormDefinition,
        graph: DependencyGraph,
        *,
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        language: str | None = None,
        properties: Mapping[str, str] | None = None,
        random_seed: int | None = None,
    ) -> None:
        self.definition = defn
        self._graph = graph
        self.env = SessionEnvironment(self, now, tz, properties, random_seed)
        self.language: str | None = language if language in defn.languages else None
        if self.language is None:
            self.language = defn.default_language
        self.languages = defn.languages
        self._errors: dict[str, str] = {}
        self._subscribers: list[Callable[[AnswerResult], None]] = []
        self._scope_cache: dict[tuple[int, str], str] = {}
        self._stack: list[_Frame] | None = None  # None: at the end
        self._index: int | None = 0
        self._total: int | None = None
        self._node_count = 0
        self._syncing: set[tuple[int, int]] = set()
        self._fixed: dict[str, list[InstanceNode]] = {}
        self._fixed_targets: dict[Computation, list[InstanceNode]] = {}
        self._fixed_nodes: dict[str, InstanceNode] = {}
        self._inside_repeat: dict[str, bool] = {}
        self._fixed_refs: dict[str, str] = {}
        self.notes: list[str] = []
        self.doc = Document()
        self._aggs = Aggregates(self.doc, self.env.tzinfo())
        self.root: InstanceNode
        self._finalized = False

    # --- construction -------------------------------------------------------------------------
    @classmethod
    def start(
        cls,
        defn: FormDefinition,
        *,
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        language: str | None = None,
        properties: Mapping[str, str] | None = None,
        random_seed: int | None = None,
    ) -> FormSession:
        """A new, empty interview: preloads, first-load actions, all computations."""
        from fieldapp.core.engine.loading import graph_of

        with paused_collection():
            self = cls(
                defn,
                graph_of(defn),
                now=now,
                tz=tz,
                language=language,
                properties=properties,
                random_seed=random_seed,
            )
            proto = defn.primary.children[0]
            self.root = instantiate(proto, "/" + local(proto.name), self.doc)
            self.doc.children.append(self.root)
            self.doc.structure_changed()
            self._count_nodes()
            self._apply_preloads(self.root, first=True)
            self._compute_all()
            self._sync_counts_everywhere()
            self._run_actions("odk-instance-first-load", None)
            self._run_actions("xforms-ready", None)
            self._run_actions("odk-instance-load", None)
            self.first()
            return self

    @classmethod
    def restore(
        cls,
        defn: FormDefinition,
        instance_xml: bytes | str,
        *,
        edit: bool = False,
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        language: str | None = None,
        properties: Mapping[str, str] | None = None,
        random_seed: int | None = None,
    ) -> FormSession:
        """Resume a saved draft exactly, or (edit=True) edit a submission under a new instanceID."""
        from fieldapp.core.engine.loading import graph_of
        from fieldapp.core.engine.serialize import POSITION_ATTR, merge_saved, parse_saved

        with paused_collection():
            self = cls(
                defn,
                graph_of(defn),
                now=now,
                tz=tz,
                language=language,
                properties=properties,
                random_seed=random_seed,
            )
            saved = parse_saved(instance_xml)
            proto = defn.primary.children[0]
            if local(saved.tag) != local(proto.name):
                raise FieldappError(
                    "E106",
                    detail=f"its root is <{local(saved.tag)}>, the form's is <{proto.name}>",
                )
            position = saved.attrib.pop(POSITION_ATTR, None)
            self.root = merge_saved(self, proto, saved)
            self.doc.append(self.root)
            self.doc.structure_changed()
            self._count_nodes()
            if edit:
                self._start_edit()
            self._compute_all()
            self._sync_counts_everywhere()
            self._run_actions("odk-instance-load", None)
            self.first()
            if position:
                try:
                    self.jump(position)
                except FieldappError:
                    self.first()
            return self

    def _start_edit(self) -> None:
        old = self._meta_value("instanceID")
        meta = self._meta_node()
        if meta is None:
            return
        dep = next((c for c in _children_named(meta, "deprecatedID")), None)
        if dep is None:
            prefix = meta.name.rpartition(":")[0]
            name = f"{prefix}:deprecatedID" if prefix else "deprecatedID"
            dep = InstanceNode(name, meta.gref + "/deprecatedID", "", meta)
            meta.children.append(dep)
            meta.kids = None
            self.doc.structure_changed()
            self._aggs.attached(dep)
        self._set_value(dep, old)
        iid = next((c for c in _children_named(meta, "instanceID")), None)
        if iid is not None:
            self._set_value(iid, "uuid:" + str(uuid.uuid4()))

    def _meta_node(self) -> InstanceNode | None:
        return next(iter(_children_named(self.root, "meta")), None)

    def _meta_value(self, name: str) -> str:
        meta = self._meta_node()
        if meta is None:
            return ""
        node = next(iter(_children_named(meta, name)), None)
        return node.value if node is not None else ""

    @property
    def instance_id(self) -> str:
        return self._meta_value("instanceID")

    @property
    def instance_name(self) -> str:
        return self._meta_value("instanceName")

    # --- nodes --------------------------------------------------------------------------------
    def _count_nodes(self) -> None:
        self._node_count = sum(1 for _ in self.root.iter_descendants()) + 1
        if self._node_count > MAX_NODES:
            raise FieldappError(
                "F111", location=self.definition.name, limit=MAX_NODES, what="nodes"
            )

    def node(self, ref: str) -> InstanceNode:
        """The concrete node of an absolute ref; a repeat step without [n] means [1]."""
        steps = steps_of(ref)
        if not steps or steps[0][0] != self.root.lname:
            raise FieldappError("E101", location=ref, ref=ref)
        node: InstanceNode = self.root
        if steps[0][1] not in (None, 1):
            raise FieldappError("E101", location=ref, ref=ref)
        for name, idx in steps[1:]:
            if name.startswith("@"):
                raise FieldappError("E101", location=ref, ref=ref)
            matches = _children_named(node, name)
            i = (idx or 1) - 1
            if i >= len(matches) or i < 0:
                raise FieldappError("E101", location=ref, ref=ref)
            node = matches[i]
        return node

    def ref_of(self, node: Node) -> str:
        """Absolute ref with [n] on every repeat step."""
        if isinstance(node, InstanceNode) and node.gref in self._fixed_refs:
            cached = self._fixed_refs[node.gref]
            if cached:
                return cached
        parts: list[str] = []
        cur: Node | None = node
        repeats = self.definition.repeats
        in_repeat = False
        while cur is not None and cur.parent is not None:
            if isinstance(cur, InstanceNode) and cur.gref in repeats:
                parts.append(f"{cur.name}[{_sibling_index(cur) + 1}]")
                in_repeat = True
            else:
                parts.append(cur.name)
            cur = cur.parent
        ref = "/" + "/".join(reversed(parts))
        if isinstance(node, InstanceNode) and not in_repeat and cur is self.doc:
            self._fixed_refs[node.gref] = ref  # outside repeats a node's ref never changes
        return ref

    def _resolve(self, gref: str, context: InstanceNode) -> InstanceNode | None:
        """The node for generic ``gref`` nearest ``context`` (same repeat instances)."""
        fixed = self._fixed_nodes.get(gref)
        if fixed is not None:
            return fixed
        found = self._find(gref, context)
        if found is not None and not self._in_repeat(gref) and _only_of_its_name(found):
            self._fixed_nodes[gref] = found  # outside repeats: the same node for good
        return found

    def _in_repeat(self, gref: str) -> bool:
        inside = self._inside_repeat.get(gref)
        if inside is None:
            inside = any(is_under(gref, r) for r in self._graph.repeat_paths)
            self._inside_repeat[gref] = inside
        return inside

    def _find(self, gref: str, context: InstanceNode) -> InstanceNode | None:
        node: Node | None = context
        while isinstance(node, InstanceNode) and not is_under(gref, node.gref):
            node = node.parent
        if not isinstance(node, InstanceNode):
            if not is_under(gref, self.root.gref):
                return None
            node = self.root
        cur: InstanceNode = node
        rest = gref[len(cur.gref) :].strip("/")
        if not rest:
            return cur
        for name in rest.split("/"):
            found = _children_named(cur, name)
            if not found:
                return None
            cur = found[0]
        return cur

    def _expand(self, anchor: Node, gref: str) -> list[InstanceNode]:
        """All nodes with generic ``gref`` under ``anchor`` (every repeat instance)."""
        if isinstance(anchor, InstanceNode):
            base = anchor.gref
            if not is_under(gref, base):
                return []
            rest = gref[len(base) :].strip("/")
            nodes: list[Node] = [anchor]
        else:
            rest = gref.strip("/")
            nodes = [anchor]
        if rest:
            for name in rest.split("/"):
                if len(nodes) == 1:
                    nodes = list(_children_named(nodes[0], name))
                else:
                    nodes = [c for n in nodes for c in _children_named(n, name)]
                if not nodes:
                    return []
        return [n for n in nodes if isinstance(n, InstanceNode)]

    # --- computation --------------------------------------------------------------------------
    def _set_value(self, node: InstanceNode, text: str) -> None:
        """Every value write of the session goes here (running sum() totals follow it)."""
        node.value = text
        self._aggs.value_written(node)

    def _ctx(self, node: Node) -> EvalContext:
        return EvalContext(node=node, current=node, env=self.env)

    def _coerce(self, raw: object, datatype: str) -> str:
        if isinstance(raw, float):
            if datatype in ("int", "integer", "long", "short"):
                return str(int(raw)) if math.isfinite(raw) else ""
            if datatype in ("decimal", "double", "float"):
                return format_number(raw) if math.isfinite(raw) else ""
            if datatype == "date" and math.isfinite(raw):
                return (date(1970, 1, 1) + timedelta(days=math.floor(raw))).isoformat()
        return to_string(raw)  # type: ignore[arg-type]

    def _evaluate(self, comp: Computation, node: InstanceNode) -> bool:
        """Recompute ``comp`` on ``node``; True when the node's value or relevance changed."""
        try:
            if comp.kind == "calculate":
                ctx = EvalContext(node, 1, 1, node, self.env, _IDLE)
                new = self._coerce(comp.expr.evaluate(ctx), node.datatype)
                if new != node.value:
                    self._set_value(node, new)
                    return True
                return False
            if comp.kind == "relevant":
                flag = comp.expr.evaluate_boolean(self._ctx(node))
                if flag != node.self_relevant:
                    node.self_relevant = flag
                    self._refresh_relevance(node)
                    return True
                return False
        except FieldappError as exc:
            note = f"{self.ref_of(node)}: {comp.kind}: {exc.message}"
            if note not in self.notes:
                self.notes.append(note)
        return False

    def _refresh_relevance(self, node: InstanceNode) -> None:
        parent = node.parent
        inherited = parent.relevant if isinstance(parent, InstanceNode) else True
        want = inherited and node.self_relevant
        if want == node.relevant:
            return
        node.relevant = want
        stack: list[Node] = list(node.children)
        while stack:
            n = stack.pop()
            if isinstance(n, InstanceNode):
                par = n.parent
                n.relevant = bool(par is not None and par.relevant) and n.self_relevant
                stack.extend(n.children)
        self._total = None
        self._index = None

    def _compute_all(self) -> None:
        """Every computation on every node, in dependency order (load / restore)."""
        repeats = self._graph.repeat_paths
        for comp in self._graph.ordered:
            if comp.kind == "count":
                continue
            nodes = self._expand(self.doc, comp.target)
            if not any(is_under(comp.target, r) for r in repeats):
                # outside repeats these are the targets for the session's life (see _targets)
                self._fixed[comp.target] = nodes
                self._fixed_targets[comp] = nodes
            for node in nodes:
                self._evaluate(comp, node)

    def _compute_within(self, instance: InstanceNode) -> None:
        """Initialise a new repeat instance: its own computations in dependency order."""
        for comp in self._graph.ordered:
            if comp.kind == "count" or not is_under(comp.target, instance.gref):
                continue
            for node in self._expand(instance, comp.target):
                self._evaluate(comp, node)
        for each in [instance, *instance.iter_descendants()]:
            if isinstance(each, InstanceNode):
                par = each.parent
                each.relevant = bool(par is not None and par.relevant) and each.self_relevant

    def _scope(self, comp: Computation, gref: str) -> str:
        key = (id(comp), gref)
        scope = self._scope_cache.get(key)
        if scope is None:
            scope = self._graph.scope(comp, gref)
            self._scope_cache[key] = scope
        return scope

    def _targets(self, comp: Computation, changed: InstanceNode) -> list[InstanceNode]:
        scope = self._scope(comp, changed.gref)
        anchor: Node = self.doc
        if scope:
            cur: Node | None = changed
            while isinstance(cur, InstanceNode) and cur.gref != scope:
                cur = cur.parent
            if isinstance(cur, InstanceNode):
                anchor = cur
        if comp.kind == "count":
            parent_g = comp.target.rpartition("/")[0]
            return self._expand(anchor, parent_g)
        if anchor is self.doc:
            # outside every repeat a generic ref has one node for the session's life: cache it
            fixed = self._fixed.get(comp.target)
            if fixed is None:
                if any(is_under(comp.target, r) for r in self._graph.repeat_paths):
                    return self._expand(anchor, comp.target)
                fixed = self._expand(anchor, comp.target)
                self._fixed[comp.target] = fixed
            self._fixed_targets[comp] = fixed  # the same whatever changed: skip the scope next time
            return fixed
        return self._expand(anchor, comp.target)

    def _propagate(
        self,
        changed: list[InstanceNode],
        out: set[str],
        sources: list[Computation | None] | None = None,
    ) -> None:
        """Recompute, in rank order, what transitively depends on the changed nodes."""
        heap: list[tuple[int, int, Computation, InstanceNode]] = []
        seen: set[tuple[Computation, InstanceNode]] = set()  # queued and not yet evaluated
        seq = 0
        budget = MAX_EVALUATIONS
        counts: list[tuple[Computation, InstanceNode]] = []

        dependents = self._graph.dependents
        fixed = self._fixed_targets
        push = heapq.heappush

        def enqueue(node: InstanceNode, source: Computation | None = None) -> None:
            nonlocal seq
            gref = node.gref
            for comp in dependents(gref):
                if comp is source and gref not in comp.deps:
                    # position(..) reads its repeat, not itself: its own result never
                    # invalidates it (coalesce(., x) does read itself and is re-run)
                    continue
                targets = fixed.get(comp)
                if targets is None:
                    targets = self._targets(comp, node)
                for target in targets:
                    key = (comp, target)
                    if key in seen:
                        continue
                    seen.add(key)
                    seq += 1
                    push(heap, (comp.rank, seq, comp, target))

        for i, node in enumerate(changed):
            enqueue(node, sources[i] if sources is not None else None)
        while heap:
            _, _, comp, target = heapq.heappop(heap)
            seen.discard((comp, target))
            budget -= 1
            if budget < 0:
                raise FieldappError(
                    "E105",
                    location=self.ref_of(target),
                    detail=f"Recalculation did not settle after {MAX_EVALUATIONS} steps.",
                )
            if comp.kind == "count":
                counts.append((comp, target))
                continue
            if self._evaluate(comp, target):
                out.add(self.ref_of(target))
                if comp.kind == "calculate":
                    enqueue(target, comp)
        for comp, parent in counts:
            self._sync_count(comp, parent, out)

    def _sync_counts_everywhere(self) -> None:
        for comp in self._graph.ordered:
            if comp.kind == "count":
                for parent in self._expand(self.doc, comp.target.rpartition("/")[0]):
                    self._sync_count(comp, parent, set())

    def _sync_count(self, comp: Computation, parent: InstanceNode, out: set[str]) -> None:
        """Make a jr:count repeat have as many instances as its count says."""
        name = comp.target.rpartition("/")[2]
        placeholder = InstanceNode(name, comp.target, "", parent)
        try:
            raw = comp.expr.evaluate_number(self._ctx(placeholder))
        except FieldappError as exc:
            self.notes.append(f"{comp.target}: jr:count: {exc.message}")
            return
        want = int(raw) if math.isfinite(raw) and raw > 0 else 0
        if want > MAX_COUNT:
            raise FieldappError(
                "E105",
                location=self.ref_of(parent) + "/" + name,
                detail=f"jr:count asks for {want} instances; the limit is {MAX_COUNT}.",
            )
        key = (id(comp), id(parent))
        if key in self._syncing:  # re-entered from the adds below: the outer loop finishes
            return
        self._syncing.add(key)
        try:
            while len(_children_named(parent, name)) < want:
                self._add_instance(parent, comp.target, out)
            while len(_children_named(parent, name)) > want:
                self._remove_instance(_children_named(parent, name)[-1], out)
        finally:
            self._syncing.discard(key)

    # --- repeats ------------------------------------------------------------------------------
    def _insert_position(self, parent: InstanceNode, gref: str) -> int:
        name = gref.rpartition("/")[2]
        existing = _children_named(parent, name)
        if existing:
            last = existing[-1]
            children = parent.children
            for i in range(len(children) - 1, -1, -1):  # instances sit near the end: scan back
                if children[i] is last:
                    return i + 1
        order = self._child_order(parent.gref)
        mine = order.get(name, len(order))
        for i, c in enumerate(parent.children):
            if isinstance(c, InstanceNode) and order.get(c.lname, -1) > mine:
                return i
        return len(parent.children)

    def _child_order(self, gref: str) -> dict[str, int]:
        names = self.definition.child_names.get(gref, {})
        return {n: i for i, n in enumerate(names)}

    def _add_instance(self, parent: InstanceNode, gref: str, out: set[str]) -> InstanceNode:
        template = self.definition.templates.get(gref)
        if template is None:
            raise FieldappError("E105", location=gref, detail=f"{gref} has no template to copy.")
        name = gref.rpartition("/")[2]
        if len(_children_named(parent, name)) >= MAX_REPEAT_INSTANCES:
            raise FieldappError(
                "E105",
                location=self.ref_of(parent) + "/" + name,
                detail=f"A repeat may have at most {MAX_REPEAT_INSTANCES} instances.",
            )
        inst = instantiate(template, gref, None)
        size = sum(1 for _ in inst.iter_descendants()) + 1
        if self._node_count + size > MAX_NODES:
            raise FieldappError(
                "F111", location=self.definition.name, limit=MAX_NODES, what="nodes"
            )
        self._node_count += size
        at = self._insert_position(parent, gref)
        parent.insert(at, inst)
        if parent.kids is not None:
            same = parent.kids.setdefault(name, [])
            inst.sib = len(same)
            same.append(inst)
            if inst.name != inst.lname:
                parent.plain = False
        self.doc.structure_changed()
        self._aggs.attached(inst)
        self._apply_preloads(inst, first=True)
        self._compute_within(inst)
        self._run_actions("odk-new-repeat", inst)
        self._structure_changed(inst, out, removed_at=None)
        for comp in self._graph.ordered:  # nested jr:count repeats inside the new instance
            if comp.kind == "count" and is_under(comp.target, gref) and comp.target != gref:
                for par in self._expand(inst, comp.target.rpartition("/")[0]):
                    self._sync_count(comp, par, out)
        self._total = None
        self._index = None
        out.add(self.ref_of(inst))
        return inst

    def _remove_instance(self, inst: InstanceNode, out: set[str]) -> None:
        parent = inst.parent
        if not isinstance(parent, InstanceNode):
            return
        siblings = _children_named(parent, inst.lname)
        at = _sibling_index(inst)
        self._node_count -= sum(1 for _ in inst.iter_descendants()) + 1
        parent.remove(inst)
        if parent.kids is not None:
            rest = siblings[:at] + siblings[at + 1 :]  # a new list: callers may hold the old
            for i in range(at, len(rest)):
                rest[i].sib = i
            parent.kids[inst.lname] = rest
        self.doc.structure_changed()
        self._aggs.detached(inst)
        self._structure_changed(inst, out, removed_at=(parent, at))
        self._total = None
        self._index = None

    def _structure_changed(
        self,
        inst: InstanceNode,
        out: set[str],
        removed_at: tuple[InstanceNode, int] | None,
    ) -> None:
        """A repeat instance appeared or went: recompute what reads that repeat."""
        rgref = inst.gref
        comps = self._graph.readers_of_repeat(rgref)
        later: list[InstanceNode] = []
        if removed_at is not None:
            later = _children_named(removed_at[0], inst.lname)[removed_at[1] :]
        anchor_node = removed_at[0] if removed_at is not None else inst.parent
        changed: list[InstanceNode] = []
        sources: list[Computation | None] = []
        probe = anchor_node if isinstance(anchor_node, InstanceNode) else self.root
        for comp in comps:
            if is_under(comp.target, rgref):
                if comp.kind != "count" and self._graph.crosses(comp, rgref):
                    # it reads the other instances (sum(/data/rep/v) inside rep): all change
                    for node in self._targets(comp, probe):
                        if self._evaluate(comp, node):
                            changed.append(node)
                            sources.append(comp)
                            out.add(self.ref_of(node))
                    continue
                # other instances only shift when one in the middle was removed (position())
                for sib in later:
                    for node in self._expand(sib, comp.target):
                        if self._evaluate(comp, node):
                            changed.append(node)
                            sources.append(comp)
                continue
            if comp.kind == "count":
                continue
            targets = (
                self._targets(comp, probe)
                if removed_at is not None
                else self._targets(comp, inst if inst.parent is not None else probe)
            )
            for node in targets:
                if self._evaluate(comp, node):
                    changed.append(node)
                    sources.append(comp)
                    out.add(self.ref_of(node))
        if changed:
            self._propagate(changed, out, sources)

    def _repeat_parent(self, repeat_ref: str) -> tuple[InstanceNode, str]:
        steps = steps_of(repeat_ref)
        if len(steps) < 2:
            raise FieldappError("E101", location=repeat_ref, ref=repeat_ref)
        name = steps[-1][0]
        head = "/" + "/".join(f"{n}[{i}]" if i else n for n, i in steps[:-1])
        parent = self.node(head)
        gref = f"{parent.gref}/{name}"
        if gref not in self.definition.repeats:
            raise FieldappError("E101", location=repeat_ref, ref=repeat_ref)
        return parent, gref

    def add_repeat(self, repeat_ref: str) -> str:
        """Add an instance at the end of a user-added repeat; returns its ref."""
        with paused_collection():
            return self._add_repeat(repeat_ref)

    def _add_repeat(self, repeat_ref: str) -> str:
        parent, gref = self._repeat_parent(repeat_ref)
        rep = self.definition.repeats[gref]
        if rep.count is not None or rep.no_add_remove:
            raise FieldappError(
                "E105",
                location=repeat_ref,
                detail=f"{repeat_ref}: the form sets how many of these there are.",
            )
        out: set[str] = set()
        inst = self._add_instance(parent, gref, out)
        ref = self.ref_of(inst)
        stack = self._stack
        if (
            stack
            and stack[-1].is_repeat
            and stack[-1].node is parent
            and (isinstance(stack[-1].elem, BodyRepeat) and stack[-1].elem.generic == gref)
        ):
            # at this repeat's prompt: move into the new instance, as Collect does
            stack[-1].idx = len(self._instances(stack[-1].elem, parent)) - 2
            self._step(stack, 1)
        self._notify(AnswerResult(True, ref, None, tuple(sorted(out))))
        return ref

    def remove_repeat(self, instance_ref: str) -> None:
        """Remove a repeat instance (the ones after it move up)."""
        with paused_collection():
            self._remove_repeat(instance_ref)

    def _remove_repeat(self, instance_ref: str) -> None:
        inst = self.node(instance_ref)
        if inst.gref not in self.definition.repeats:
            raise FieldappError("E101", location=instance_ref, ref=instance_ref)
        if self._stack is not None and any(
            f.node is inst or _is_ancestor(inst, f.node) for f in self._stack
        ):
            self._stack = None
        out: set[str] = set()
        self._remove_instance(inst, out)
        if self._stack is None:
            self.first()
        self._notify(AnswerResult(True, instance_ref, None, tuple(sorted(out))))

    def repeat_count(self, repeat_ref: str) -> int:
        parent, gref = self._repeat_parent(repeat_ref)
        return len(_children_named(parent, gref.rpartition("/")[2]))

    # --- preloads and actions -----------------------------------------------------------------
    def _apply_preloads(self, top: InstanceNode, *, first: bool) -> None:
        binds = self.definition.binds
        for node in [top, *top.iter_descendants()]:
            if not isinstance(node, InstanceNode):
                continue
            bind = binds.get(node.gref)
            if bind is None or not bind.preload:
                continue
            kind = bind.preload
            params = (bind.preload_params or "").strip()
            if kind == "uid" and not node.value:
                self._set_value(node, "uuid:" + str(uuid.uuid4()))
            elif kind == "timestamp" and params == "start" and first:
                self._set_value(node, iso_datetime(self.env.now()))
            elif kind == "date" and params == "today" and first:
                self._set_value(node, self.env.now().date().isoformat())
            elif kind == "property" and first:
                self._set_value(node, self.env.property(params))

    def _run_actions(self, event: str, scope: InstanceNode | None) -> None:
        out: set[str] = set()
        for action in self.definition.actions:
            if event not in action.events:
                continue
            if scope is not None and not (
                is_under(action.target, scope.gref) or is_under(action.context, scope.gref)
            ):
                continue
            if scope is None and event != "odk-new-repeat":
                targets = self._expand(self.doc, action.target)
            elif scope is not None:
                found = self._resolve(action.target, scope)
                targets = [found] if found is not None else []
            else:
                targets = []
            for target in targets:
                self._set_by_action(action.kind, action.value, action.literal, target, out)

    def _set_by_action(
        self,
        kind: str,
        value: Expression | None,
        literal: str,
        target: InstanceNode,
        out: set[str],
    ) -> None:
        if kind == "setgeopoint":
            if GEOPOINT_NOTE not in self.notes:
                self.notes.append(GEOPOINT_NOTE)
            return
        try:
            new = (
                self._coerce(value.evaluate(self._ctx(target)), target.datatype)
                if value is not None
                else literal
            )
        except FieldappError as exc:
            self.notes.append(f"{self.ref_of(target)}: setvalue: {exc.message}")
            return
        if new != target.value:
            self._set_value(target, new)
            out.add(self.ref_of(target))
            self._propagate([target], out)

    def _value_changed_actions(self, node: InstanceNode, out: set[str]) -> None:
        for action in self.definition.actions:
            if "xforms-value-changed" in action.events and action.context == node.gref:
                target = self._resolve(action.target, node)
                if target is not None:
                    self._set_by_action(action.kind, action.value, action.literal, target, out)

    # --- texts --------------------------------------------------------------------------------
    def _itext_forms(self, text_id: str) -> dict[str, tuple[object, ...]]:
        table = self.definition.itext
        for lang in (self.language, self.definition.default_language):
            if lang is not None and text_id in table.get(lang, {}):
                return table[lang][text_id]  # type: ignore[return-value]
        for forms in table.values():
            if text_id in forms:
                return forms[text_id]  # type: ignore[return-value]
        return {}

    def _render_parts(
        self, parts: tuple[object, ...], context: Node, *, markup: bool = False
    ) -> str:
        out: list[str] = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, Expression):
                try:
                    value = part.evaluate_string(self._ctx(context))
                except FieldappError as exc:
                    self.notes.append(f"output: {exc.message}")
                    continue
                out.append(escape_output(value) if markup else value)
        if not out:
            return ""
        return normalize_lines("".join(out)) if markup else " ".join("".join(out).split())

    def render_markup(self, source: TextSource | None, context: Node, form: str = "long") -> str:
        """The text in ODK's markdown subset with output values escaped as data; "" when its
        literal parts hold no formatting (the plain ``render`` text is shown as it is then)."""
        if source is None:
            return ""
        if source.itext_id is not None:
            forms = self._itext_forms(source.itext_id)
            parts = forms.get(form)
            if parts is None and form == "long":
                parts = forms.get("short")
        elif form != "long" or source.ref_expr is not None:
            return ""  # a computed label is data: plain text
        else:
            parts = source.parts
        if not parts or not any(isinstance(p, str) and has_markup(p) for p in parts):
            return ""
        return self._render_parts(parts, context, markup=True)

    def itext_text(self, text_id: str, form: str = "long", context: Node | None = None) -> str:
        forms = self._itext_forms(text_id)
        parts = forms.get(form)
        if parts is None and form == "long":
            parts = forms.get("short")
        if parts is None:
            return ""
        return self._render_parts(parts, context or self.root)

    def render(self, source: TextSource | None, context: Node, form: str = "long") -> str:
        if source is None:
            return ""
        if source.itext_id is not None:
            return self.itext_text(source.itext_id, form, context)
        if form != "long":
            return ""
        if source.ref_expr is not None:
            try:
                return source.ref_expr.evaluate_string(self._ctx(context))
            except FieldappError:
                return ""
        return self._render_parts(source.parts, context)

    def set_language(self, lang: str) -> None:
        if lang not in self.definition.languages:
            raise FieldappError("E102", location=lang, detail=f"The form has no language {lang!r}.")
        self.language = lang

    # --- questions ----------------------------------------------------------------------------
    def _control(self, node: InstanceNode) -> BodyControl | None:
        return self.definition.controls.get(node.gref)

    def choices(self, control: BodyControl, node: InstanceNode) -> tuple[Choice, ...]:
        if control.itemset is None:
            return tuple(
                Choice(
                    it.value,
                    self.render(it.label, node),
                    self.render(it.label, node, "image") or None,
                )
                for it in control.items
            )
        iset = control.itemset
        try:
            items = iset.nodeset.evaluate_nodes(self._ctx(node))
        except FieldappError as exc:
            self.notes.append(f"{self.ref_of(node)}: choices: {exc.message}")
            return ()
        out: list[Choice] = []
        vname = _plain_child(iset.value_ref.source)
        lname = _plain_child(iset.label_ref.source)
        for item in items:
            # plain child names (value ref="name", label ref="label") are read directly:
            # big lists (50,000 rows) must not pay an XPath evaluation per row
            value = _child_text(item, vname) if vname else None
            label = _child_text(item, lname) if lname else None
            if value is None or label is None:
                ctx = EvalContext(node=item, current=node, env=self.env)
                try:
                    if value is None:
                        value = iset.value_ref.evaluate_string(ctx)
                    if label is None:
                        label = iset.label_ref.evaluate_string(ctx)
                except FieldappError:
                    continue
            out.append(Choice(value, label))
        return tuple(out)

    def choice_label(self, value: str, select_node: Node) -> str:
        if not isinstance(select_node, InstanceNode):
            return ""
        control = self._control(select_node)
        if control is None:
            return ""
        for choice in self.choices(control, select_node):
            if choice.value == value:
                return choice.label
        return ""

    def _flag(self, expr: Expression | None, node: InstanceNode) -> bool:
        if expr is None:
            return False
        try:
            return expr.evaluate_boolean(self._ctx(node))
        except FieldappError:
            return False

    def _readonly(self, node: InstanceNode) -> bool:
        binds = self.definition.binds
        cur: Node | None = node
        while isinstance(cur, InstanceNode):
            bind = binds.get(cur.gref)
            if bind is not None and self._flag(bind.readonly, cur):
                return True
            cur = cur.parent
        return False

    def _required(self, node: InstanceNode) -> bool:
        bind = self.definition.binds.get(node.gref)
        return bind is not None and self._flag(bind.required, node)

    def _constraint_error(self, node: InstanceNode) -> str | None:
        bind = self.definition.binds.get(node.gref)
        if bind is None or bind.constraint is None or node.value == "":
            return None
        if self._flag(bind.constraint, node):
            return None
        return self.render(bind.constraint_msg, node) or DEFAULT_CONSTRAINT_MSG

    def _required_error(self, node: InstanceNode) -> str | None:
        if node.value != "" or not self._required(node):
            return None
        bind = self.definition.binds.get(node.gref)
        msg = self.render(bind.required_msg, node) if bind is not None else ""
        return msg or DEFAULT_REQUIRED_MSG

    def _state(self, node: InstanceNode) -> QuestionState:
        if node.value == "":
            return QuestionState.REQUIRED_EMPTY if self._required(node) else QuestionState.EMPTY
        if self._constraint_error(node) is not None:
            return QuestionState.INVALID
        return QuestionState.ANSWERED

    def _question(self, control: BodyControl, node: InstanceNode) -> Question:
        readonly = self._readonly(node)
        kind = control.kind
        bind = self.definition.binds.get(node.gref)
        if kind == "input" and readonly and (bind is None or bind.calculate is None):
            kind = "note"
        params = dict(control.params)
        if any(a.kind == "setgeopoint" and a.target == node.gref for a in self.definition.actions):
            params["note"] = GEOPOINT_NOTE
        choices = self.choices(control, node) if kind in ("select1", "select", "rank") else ()
        label_src = control.label
        for media in ("audio", "video"):  # itext media forms: file names for the screen
            found = self.render(label_src, node, media)
            if found:
                params[media] = found
        hint = self.render(control.hint, node)
        hint_guidance = self.render(control.hint, node, "guidance")
        guidance_src = control.hint if hint_guidance else label_src
        guidance = hint_guidance or self.render(label_src, node, "guidance")
        guidance_markup = self.render_markup(guidance_src, node, "guidance") if guidance else ""
        image = self.render(label_src, node, "image") or None
        ref = self.ref_of(node)
        return Question(
            ref=ref,
            kind=kind,
            datatype=node.datatype or (bind.datatype if bind else "string"),
            label=self.render(label_src, node),
            hint=hint,
            guidance=guidance,
            image=image,
            appearance=control.appearance,
            value=node.value,
            required=self._required(node),
            readonly=readonly,
            choices=choices,
            params=params,
            error=self._errors.get(ref),
            state=self._state(node),
            label_markup=self.render_markup(label_src, node),
            hint_markup=self.render_markup(control.hint, node),
            guidance_markup=guidance_markup,
        )

    def question(self, ref: str) -> Question:
        node = self.node(ref)
        control = self._control(node)
        if control is None:
            raise FieldappError("E101", location=ref, ref=ref)
        return self._question(control, node)

    def value(self, ref: str) -> str:
        return self.node(ref).value

    def is_relevant(self, ref: str) -> bool:
        return bool(self.node(ref).relevant)

    # --- answering ----------------------------------------------------------------------------
    def answer(self, ref: str, value: str) -> AnswerResult:
        """Store a value (XForms text format) if its type, choices and constraint accept it."""
        with paused_collection():  # see gcpause: no collections amid a recomputation
            return self._answer(ref, value)

    def _answer(self, ref: str, value: str) -> AnswerResult:
        node = self.node(ref)
        ref = self.ref_of(node)
        control = self._control(node)
        if node.children:
            raise FieldappError("E101", location=ref, ref=ref)
        if self._readonly(node):
            result = AnswerResult(False, ref, FieldappError("E107", ref=ref).message)
            self._notify(result)
            return result
        text, message = normalize(node.datatype, value)
        if message is None and text and control is not None:
            message = self._check_choices(control, node, text)
        if message is not None:
            self._errors[ref] = message
            result = AnswerResult(False, ref, message)
            self._notify(result)
            return result
        if control is not None and control.kind == "select":
            text = " ".join(text.split())
        old = node.value
        out: set[str] = set()
        if text != old:
            self._set_value(node, text)
            self._propagate([node], out)
            problem = self._constraint_error(node)
            if problem is not None:
                self._set_value(node, old)
                self._propagate([node], set())
                self._errors[ref] = problem
                result = AnswerResult(False, ref, problem)
                self._notify(result)
                return result
            out.add(ref)
            self._value_changed_actions(node, out)
        self._errors.pop(ref, None)
        result = AnswerResult(True, ref, None, tuple(sorted(out)))
        self._notify(result)
        return result

    def _check_choices(self, control: BodyControl, node: InstanceNode, text: str) -> str | None:
        if control.kind == "range":
            return check_range(text, control.params)
        if control.kind not in ("select1", "select", "rank"):
            return None
        allowed = {c.value for c in self.choices(control, node)}
        picked = text.split() if control.kind in ("select", "rank") else [text]
        bad = [p for p in picked if p not in allowed]
        if bad:
            return f"{' '.join(bad)!r} is not one of the choices of this question."
        return None

    def subscribe(self, callback: Callable[[AnswerResult], None]) -> None:
        self._subscribers.append(callback)

    def _notify(self, result: AnswerResult) -> None:
        for cb in list(self._subscribers):
            cb(result)

    # --- walking the body ---------------------------------------------------------------------
    def _container_node(self, group: BodyGroup, context: InstanceNode) -> InstanceNode | None:
        if group.generic is None:
            return context
        return self._resolve(group.generic, context)

    def _instances(self, rep: BodyRepeat, parent: InstanceNode) -> list[InstanceNode]:
        return _children_named(parent, rep.generic.rpartition("/")[2])

    def _repeat_parent_node(self, rep: BodyRepeat, context: InstanceNode) -> InstanceNode | None:
        return self._resolve(rep.generic.rpartition("/")[0], context)

    def _has_prompt(self, rep: BodyRepeat) -> bool:
        return rep.count is None and not rep.no_add_remove

    def _step(self, stack: list[_Frame], d: int) -> bool:
        """Move the cursor to the next (d=1) / previous (d=-1) screen; False at the edge."""
        while stack:
            top = stack[-1]
            if top.is_repeat:
                rep = top.elem
                assert isinstance(rep, BodyRepeat)
                instances = self._instances(rep, top.node)
                n = len(instances)
                last = n if self._has_prompt(rep) else n - 1
                top.idx += d
                if top.idx < 0 or top.idx > last:
                    stack.pop()
                    continue
                if top.idx == n:
                    return True  # repeat prompt
                inst = instances[top.idx]
                if not inst.relevant:
                    continue
                if rep.field_list:
                    return True
                stack.append(_Frame(rep, inst, -1 if d > 0 else len(rep.children)))
                continue
            children = top.elem.children
            top.idx += d
            if not 0 <= top.idx < len(children):
                stack.pop()
                continue
            child = children[top.idx]
            if isinstance(child, BodyControl):
                node = self._resolve(child.generic, top.node)
                if node is not None and node.relevant:
                    return True
                continue
            if isinstance(child, BodyGroup):
                gnode = self._container_node(child, top.node)
                if gnode is None or not gnode.relevant:
                    continue
                if child.field_list:
                    if self._field_list_questions(child, gnode):
                        return True
                    continue
                stack.append(_Frame(child, gnode, -1 if d > 0 else len(child.children)))
                continue
            parent = self._repeat_parent_node(child, top.node)
            if parent is None or not parent.relevant:
                continue
            start = -1
            if d < 0:
                n = len(self._instances(child, parent))
                start = n + 1 if self._has_prompt(child) else n
            stack.append(_Frame(child, parent, start, True))
        return False

    def _field_list_questions(
        self, elem: BodyGroup | BodyRepeat, node: InstanceNode
    ) -> list[tuple[BodyControl, InstanceNode]]:
        out: list[tuple[BodyControl, InstanceNode]] = []
        self._collect(elem.children, node, out, include_hidden=False)
        return out

    def _collect(
        self,
        elems: list[BodyElement],
        context: InstanceNode,
        out: list[tuple[BodyControl, InstanceNode]],
        include_hidden: bool,
    ) -> None:
        for child in elems:
            if isinstance(child, BodyControl):
                node = self._resolve(child.generic, context)
                if node is not None and (include_hidden or node.relevant):
                    out.append((child, node))
            elif isinstance(child, BodyGroup):
                gnode = self._container_node(child, context)
                if gnode is not None and (include_hidden or gnode.relevant):
                    self._collect(child.children, gnode, out, include_hidden)
            else:
                parent = self._repeat_parent_node(child, context)
                if parent is None:
                    continue
                for inst in self._instances(child, parent):
                    if include_hidden or inst.relevant:
                        self._collect(child.children, inst, out, include_hidden)

    def _event_key(self, stack: list[_Frame] | None) -> tuple[object, ...]:
        if not stack:
            return ("end",)
        top = stack[-1]
        return (id(top.elem), id(top.node), top.idx, top.is_repeat)

    def _page_for(self, stack: list[_Frame] | None) -> Page:
        index, total = self._position_numbers()
        if not stack:
            return Page("end", index, total)
        top = stack[-1]
        labels = self._group_labels(stack)
        instance_ref = next(
            (
                self.ref_of(f.node)
                for f in reversed(stack)
                if isinstance(f.elem, BodyRepeat) and not f.is_repeat
            ),
            None,
        )
        if top.is_repeat:
            rep = top.elem
            assert isinstance(rep, BodyRepeat)
            instances = self._instances(rep, top.node)
            if top.idx == len(instances):
                prompt = RepeatPrompt(
                    repeat_ref=self.ref_of(top.node) + "/" + rep.generic.rpartition("/")[2],
                    label=self.render(rep.label, top.node),
                    count=len(instances),
                    can_add=len(instances) < MAX_REPEAT_INSTANCES,
                )
                return Page("repeat_prompt", index, total, labels, (), prompt, instance_ref)
            inst = instances[top.idx]
            qs = self._field_list_questions(rep, inst)
            return Page(
                "questions",
                index,
                total,
                labels,
                tuple(self._question(c, n) for c, n in qs),
                None,
                self.ref_of(inst),
            )
        child = top.elem.children[top.idx]
        if isinstance(child, BodyControl):
            node = self._resolve(child.generic, top.node)
            assert node is not None
            return Page(
                "questions",
                index,
                total,
                labels,
                (self._question(child, node),),
                None,
                instance_ref,
            )
        assert isinstance(child, BodyGroup)
        gnode = self._container_node(child, top.node)
        assert gnode is not None
        qs = self._field_list_questions(child, gnode)
        group_label = self.render(child.label, gnode)
        return Page(
            "questions",
            index,
            total,
            (*labels, group_label) if group_label else labels,
            tuple(self._question(c, n) for c, n in qs),
            None,
            instance_ref,
        )

    def _group_labels(self, stack: list[_Frame]) -> tuple[str, ...]:
        labels: list[str] = []
        for i, frame in enumerate(stack):
            elem = frame.elem
            if i == 0 and elem is self.definition.body:
                continue
            if frame.is_repeat:
                continue
            if isinstance(elem, BodyRepeat):
                text = self.render(elem.label, frame.node)
                siblings = _children_named(frame.node.parent or frame.node, frame.node.lname)
                pos = siblings.index(frame.node) + 1 if frame.node in siblings else 1
                labels.append(f"{text} {pos}".strip())
            else:
                text = self.render(elem.label, frame.node)
                if text:
                    labels.append(text)
        return tuple(labels)

    def _start_stack(self) -> list[_Frame]:
        return [_Frame(self.definition.body, self.root, -1)]

    def _position_numbers(self) -> tuple[int, int]:
        if self._index is not None and self._total is not None:
            return self._index, self._total
        key = self._event_key(self._stack)
        stack = self._start_stack()
        count = 0
        index = None
        while self._step(stack, 1):
            if index is None and self._event_key(stack) == key:
                index = count
            count += 1
        self._total = count
        self._index = index if index is not None else count
        return self._index, self._total

    def page(self) -> Page:
        self._repair()
        return self._page_for(self._stack)

    def _repair(self) -> None:
        """After repeats vanished under the cursor, move on to the next screen that exists."""
        stack = self._stack
        if not stack:
            return
        for k, frame in enumerate(stack):
            node: Node | None = frame.node
            while node is not None and node is not self.doc:
                node = node.parent
            if node is None:
                del stack[k:]
                self._index = None
                if not stack or not self._step(stack, 1):
                    self._stack = None
                return
        top = stack[-1]
        if top.is_repeat:
            rep = top.elem
            assert isinstance(rep, BodyRepeat)
            n = len(self._instances(rep, top.node))
            if top.idx > n or (top.idx == n and not self._has_prompt(rep)):
                self._index = None
                if not self._step(stack, 1):
                    self._stack = None

    def first(self) -> Page:
        stack = self._start_stack()
        self._stack = stack if self._step(stack, 1) else None
        self._index = 0
        return self.page()

    def next(self) -> Page:
        if self._stack is None:
            return self.page()
        stack = [_Frame(f.elem, f.node, f.idx, f.is_repeat) for f in self._stack]
        if self._step(stack, 1):
            self._stack = stack
            if self._index is not None:
                self._index += 1
        else:
            self._stack = None
            self._index = self._total
        return self.page()

    def back(self) -> Page:
        if self._stack is None:
            stack = [_Frame(self.definition.body, self.root, len(self.definition.body.children))]
        else:
            stack = [_Frame(f.elem, f.node, f.idx, f.is_repeat) for f in self._stack]
        if self._step(stack, -1):
            self._stack = stack
            if self._index is not None:
                self._index = max(0, self._index - 1)
        return self.page()

    def jump(self, ref: str) -> Page:
        """Go to the screen showing ``ref`` (a question, group, repeat instance or prompt)."""
        target_steps = steps_of(ref)
        for exact in (True, False):
            stack = self._start_stack()
            count = 0
            while self._step(stack, 1):
                if self._screen_matches(stack, target_steps, exact):
                    self._stack = stack
                    self._index = count
                    return self.page()
                count += 1
        if target_steps and target_steps[-1][0] == "end":
            self._stack = None
            self._index = None
            return self.page()
        raise FieldappError("E101", location=ref, ref=ref)

    def _screen_matches(
        self, stack: list[_Frame], steps: list[tuple[str, int | None]], exact: bool
    ) -> bool:
        top = stack[-1]
        want = [(n, i or 1) for n, i in steps]
        if top.is_repeat:
            rep = top.elem
            assert isinstance(rep, BodyRepeat)
            instances = self._instances(rep, top.node)
            if top.idx == len(instances):
                prompt_ref = self.ref_of(top.node) + "/" + rep.generic.rpartition("/")[2]
                return self._norm(prompt_ref) == want
            inst = instances[top.idx]
            nodes: list[InstanceNode] = [inst] + [
                n for _, n in self._field_list_questions(rep, inst)
            ]
        else:
            child = top.elem.children[top.idx]
            if isinstance(child, BodyControl):
                node = self._resolve(child.generic, top.node)
                nodes = [node] if node is not None else []
            else:
                assert isinstance(child, BodyGroup)
                gnode = self._container_node(child, top.node)
                nodes = [gnode] if gnode is not None else []
                if gnode is not None:
                    nodes += [n for _, n in self._field_list_questions(child, gnode)]
        if exact:
            return any(self._norm(self.ref_of(n)) == want for n in nodes)
        return any(self._norm(self.ref_of(n))[: len(want)] == want for n in nodes)

    @staticmethod
    def _norm(ref: str) -> list[tuple[str, int]]:
        return [(n, i or 1) for n, i in steps_of(ref)]

    # --- whole-form views ---------------------------------------------------------------------
    def iter_questions(
        self, *, include_hidden: bool = False
    ) -> Iterator[tuple[BodyControl, InstanceNode]]:
        out: list[tuple[BodyControl, InstanceNode]] = []
        self._collect(self.definition.body.children, self.root, out, include_hidden)
        return iter(out)

    def validate(self, ref: str | None = None) -> list[Problem]:
        """Required-but-empty and constraint-failing relevant questions (under ``ref`` if given)."""
        problems: list[Problem] = []
        prefix = self._norm(ref) if ref else None
        for control, node in self.iter_questions():
            qref = self.ref_of(node)
            if prefix is not None and self._norm(qref)[: len(prefix)] != prefix:
                continue
            label = self.render(control.label, node)
            req = self._required_error(node)
            if req is not None:
                problems.append(Problem(qref, label, "required", req))
                self._errors[qref] = req
                continue
            bad = self._constraint_error(node)
            if bad is not None:
                problems.append(Problem(qref, label, "constraint", bad))
                self._errors[qref] = bad
            else:
                self._errors.pop(qref, None)
        return problems

    def index(self) -> list[IndexEntry]:
        entries: list[IndexEntry] = []
        self._index_walk(self.definition.body.children, self.root, 0, entries)
        return entries

    def _index_walk(
        self, elems: list[BodyElement], context: InstanceNode, depth: int, out: list[IndexEntry]
    ) -> None:
        for child in elems:
            if isinstance(child, BodyControl):
                node = self._resolve(child.generic, context)
                if node is None:
                    continue
                out.append(
                    IndexEntry(
                        self.ref_of(node),
                        self.render(child.label, node),
                        depth,
                        "question",
                        self._state(node),
                        bool(node.relevant),
                    )
                )
            elif isinstance(child, BodyGroup):
                gnode = self._container_node(child, context)
                if gnode is None:
                    continue
                label = self.render(child.label, gnode)
                wrapper = len(child.children) == 1 and isinstance(child.children[0], BodyRepeat)
                if child.generic is None and (not label or wrapper):
                    # pyxform's label-only group around a repeat: the repeat entry stands for it
                    self._index_walk(child.children, gnode, depth, out)
                    continue
                out.append(
                    IndexEntry(
                        self.ref_of(gnode) if child.generic else self.ref_of(context),
                        label,
                        depth,
                        "group",
                        relevant=bool(gnode.relevant),
                    )
                )
                self._index_walk(child.children, gnode, depth + 1, out)
            else:
                parent = self._repeat_parent_node(child, context)
                if parent is None:
                    continue
                label = self.render(child.label, parent)
                rref = self.ref_of(parent) + "/" + child.generic.rpartition("/")[2]
                out.append(IndexEntry(rref, label, depth, "repeat", relevant=bool(parent.relevant)))
                for i, inst in enumerate(self._instances(child, parent), start=1):
                    out.append(
                        IndexEntry(
                            self.ref_of(inst),
                            f"{label} {i}".strip(),
                            depth + 1,
                            "repeat_instance",
                            relevant=bool(inst.relevant),
                        )
                    )
                    self._index_walk(child.children, inst, depth + 2, out)

    def progress(self) -> tuple[int, int]:
        """(answered, total) over relevant questions that take an answer."""
        answered = total = 0
        for control, node in self.iter_questions():
            if control.kind == "trigger" or self._readonly(node):
                continue
            total += 1
            if node.value != "":
                answered += 1
        return answered, total

    # --- output -------------------------------------------------------------------------------
    def to_xml(self, *, draft: bool = False) -> bytes:
        """OpenRosa instance XML; draft=True keeps non-relevant values and the position."""
        from fieldapp.core.engine.serialize import instance_xml

        position = None
        if draft and self._stack:
            page = self.page()
            if page.kind == "questions" and page.questions:
                position = page.questions[0].ref
            elif page.kind == "repeat_prompt" and page.repeat is not None:
                position = page.repeat.repeat_ref
        elif draft:
            position = "/end"
        return instance_xml(self, draft=draft, position=position)

    def finalize(self) -> bytes:
        """Set timeEnd, check everything, and return the submission XML (non-relevant pruned)."""
        problems = self.validate()
        if problems:
            exc = FieldappError("E108", count=len(problems))
            exc.problems = problems  # type: ignore[attr-defined]
            raise exc
        self.stamp_end()
        self._finalized = True
        return self.to_xml(draft=False)

    def stamp_end(self) -> None:
        """Fill jr:preload timestamp/end nodes (meta/timeEnd) with the current time."""
        for gref, bind in self.definition.binds.items():
            if bind.preload == "timestamp" and (bind.preload_params or "").strip() == "end":
                for node in self._expand(self.doc, gref):
                    self._set_value(node, iso_datetime(self.env.now()))


_PLAIN_NAME = re.compile(r"^\s*([A-Za-z_][\w.\-]*)\s*$")


def _plain_child(expr: str) -> str | None:
    m = _PLAIN_NAME.match(expr)
    return m.group(1) if m else None


def _child_text(item: Node, name: str) -> str | None:
    """Text of the first child element ``name``; None when absent (XPath decides then)."""
    for child in item.children:
        if child.name == name:
            return child.string_value()
    return None


def _is_ancestor(anc: Node, node: Node) -> bool:
    cur: Node | None = node.parent
    while cur is not None:
        if cur is anc:
            return True
        cur = cur.parent
    return False


def element_text(el: Element) -> str:
    return (el.text or "").strip()
