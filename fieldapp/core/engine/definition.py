"""Parse an XForm (ElementTree) into an immutable FormDefinition, shared by all sessions.

One pass over the model (instances, binds, itext, actions, submission) and one over the body
(controls, groups, repeats). Structural problems are FieldappErrors with F codes naming the
element; XPath is compiled here once so a broken expression fails at load, not mid-interview.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from fieldapp.core.engine.api import ControlKind
from fieldapp.core.engine.paths import local, resolve_relative
from fieldapp.core.xpath import Expression, compile_xpath
from fieldapp.core.xpath.nodes import Node
from fieldapp.errors import FieldappError

XF = "http://www.w3.org/2002/xforms"
JR = "http://openrosa.org/javarosa"
ODK_NAMESPACES = ("http://www.opendatakit.org/xforms", "http://www.opendatakit.org/xforms/")
KNOWN_EVENTS = frozenset(
    {"odk-instance-first-load", "odk-new-repeat", "xforms-value-changed", "xforms-ready"}
    | {"odk-instance-load"}
)
CONTROL_TAGS: dict[str, ControlKind] = {
    "input": "input",
    "secret": "input",
    "textarea": "input",
    "select1": "select1",
    "select": "select",
    "range": "range",
    "rank": "rank",
    "trigger": "trigger",
    "upload": "upload",
}
_NS_DECL = re.compile(rb"""xmlns:([A-Za-z_][\w.\-]*)\s*=\s*["']([^"']*)["']""")
_ITEXT_LITERAL = re.compile(r"""^\s*jr:itext\(\s*(['"])(.*?)\1\s*\)\s*$""")
_NUMBER = re.compile(r"^\s*-?(\d+(\.\d*)?|\.\d+)\s*$")

# Parts of a display text: plain strings and <output value="..."/> expressions.
TextPart = str | Expression


@dataclass(frozen=True)
class TextSource:
    """Where a label/hint comes from: literal parts, an itext id, or a dynamic ref expression."""

    parts: tuple[TextPart, ...] = ()
    itext_id: str | None = None
    ref_expr: Expression | None = None


@dataclass(frozen=True)
class Bind:
    generic: str
    datatype: str = "string"
    relevant: Expression | None = None
    required: Expression | None = None
    readonly: Expression | None = None
    constraint: Expression | None = None
    calculate: Expression | None = None
    constraint_msg: TextSource | None = None
    required_msg: TextSource | None = None
    preload: str | None = None
    preload_params: str | None = None


@dataclass(frozen=True)
class Action:
    """A setvalue (value expression or literal text) or odk:setgeopoint on an event."""

    kind: str  # "setvalue" | "setgeopoint"
    events: frozenset[str]
    target: str  # generic ref of the node to set
    value: Expression | None
    literal: str
    context: str  # generic ref of the element the action sits in (for value-changed)


@dataclass(frozen=True)
class StaticItem:
    value: str
    label: TextSource
    image_itext: str | None = None


@dataclass(frozen=True)
class Itemset:
    nodeset: Expression
    value_ref: Expression
    label_ref: Expression
    label_is_itext: bool


@dataclass(eq=False)
class BodyControl:
    kind: ControlKind
    generic: str
    label: TextSource | None
    hint: TextSource | None
    appearance: tuple[str, ...]
    params: dict[str, str]
    items: tuple[StaticItem, ...] = ()
    itemset: Itemset | None = None


@dataclass(eq=False)
class BodyGroup:
    generic: str | None  # None: a group without ref (only labels the walk)
    label: TextSource | None
    appearance: tuple[str, ...]
    children: list[BodyElement] = field(default_factory=list)

    @property
    def field_list(self) -> bool:
        return "field-list" in self.appearance or "table-list" in self.appearance


@dataclass(eq=False)
class BodyRepeat:
    generic: str
    label: TextSource | None
    appearance: tuple[str, ...]
    count: Expression | None
    no_add_remove: bool
    children: list[BodyElement] = field(default_factory=list)

    @property
    def field_list(self) -> bool:
        return "field-list" in self.appearance


BodyElement = BodyControl | BodyGroup | BodyRepeat


@dataclass(frozen=True)
class SecondaryInstance:
    name: str
    src: str | None
    inline: Node | None  # document node of inline content


def clone(node: Node, parent: Node | None = None) -> Node:
    """Deep copy of a node tree (templates -> new repeat instances)."""
    copy = Node(node.name, node.value, parent, dict(node.attrs) if node.attrs else None)
    copy.datatype = node.datatype
    stack = [(node, copy)]
    while stack:
        src, dst = stack.pop()
        for child in src.children:
            c = Node(child.name, child.value, dst, dict(child.attrs) if child.attrs else None)
            c.datatype = child.datatype
            dst.children.append(c)
            if child.children:
                stack.append((child, c))
    return copy


class FormDefinition:
    """An XForm parsed once; immutable after construction and safe to share between sessions."""

    def __init__(self, root: Element, xml: bytes, name: str, media_dir: Path | None) -> None:
        self.name = name
        self.xml = xml
        self.media_dir = media_dir
        self.warnings: list[str] = []
        self.namespaces = {"jr": JR, "odk": ODK_NAMESPACES[0], "orx": "http://openrosa.org/xforms"}
        for prefix, uri in _NS_DECL.findall(xml[:200_000]):
            self.namespaces[prefix.decode()] = uri.decode()
        self.uri_prefix = {v: k for k, v in self.namespaces.items() if k not in ("h", "ev")}
        self.uri_prefix[XF] = ""
        self.binds: dict[str, Bind] = {}
        self.actions: list[Action] = []
        self.itext: dict[str, dict[str, dict[str, tuple[TextPart, ...]]]] = {}
        self.languages: tuple[str, ...] = ()
        self.default_language: str | None = None
        self.secondary: dict[str, SecondaryInstance] = {}
        self.templates: dict[str, Node] = {}
        self.child_names: dict[str, dict[str, None]] = {}  # generic parent -> child names in order
        self.repeats: dict[str, BodyRepeat] = {}
        self.controls: dict[str, BodyControl] = {}
        self.public_key: str | None = None
        self.submission_action: str | None = None
        self._parse(root)

    # --- top level ---------------------------------------------------------------------------
    def _parse(self, root: Element) -> None:
        if local(root.tag) != "html":
            raise FieldappError("F106", location=self.name, detail="the root element is not h:html")
        head = _child(root, "head")
        body = _child(root, "body")
        if head is None:
            raise FieldappError("F106", location=self.name, detail="there is no h:head")
        kids = list(root)
        if body is not None and kids.index(body) < kids.index(head):
            raise FieldappError(
                "F112", location=self.name, detail="h:body comes before h:head and its model"
            )
        title = _child(head, "title")
        self.title = (title.text or "").strip() if title is not None else ""
        models = [c for c in head if local(c.tag) == "model"]
        if not models:
            raise FieldappError("F106", location=self.name, detail="h:head has no model")
        if len(models) > 1:
            self.warnings.append("multiple models not supported: only the first model is used")
        model = models[0]
        self._parse_instances(model)
        self._parse_itext(model)
        for bind in model.iter():
            if isinstance(bind.tag, str) and local(bind.tag) == "bind":
                self._parse_bind(bind)
        for sub in model:
            if local(sub.tag) == "submission":
                self.public_key = sub.get("base64RsaPublicKey")
                self.submission_action = sub.get("action")
        self._collect_actions(model, "/")
        self.body: BodyGroup = BodyGroup(None, None, ())
        if body is not None:
            self._parse_body(body, self.body, "/" + local(self.primary.children[0].name), None)
        self._assign_datatypes()

    # --- instances ---------------------------------------------------------------------------
    def _parse_instances(self, model: Element) -> None:
        instances = [c for c in model if local(c.tag) == "instance"]
        if not instances:
            raise FieldappError("F106", location=self.name, detail="the model has no instance")
        first = [c for c in instances[0] if isinstance(c.tag, str)]
        if not first:
            raise FieldappError("F107", location=self.name, detail="the main instance is empty")
        doc = Node("")
        root_elem = first[0]
        self.form_id = root_elem.get("id") or local(root_elem.tag)
        self.version = root_elem.get("version")
        self._build_primary(root_elem, doc, "")
        self.primary = doc
        for inst in instances[1:]:
            name = inst.get("id")
            if not name:
                raise FieldappError(
                    "F107", location=self.name, detail="a secondary <instance> has no id"
                )
            content = [c for c in inst if isinstance(c.tag, str)]
            inline: Node | None = None
            if content:
                from fieldapp.core.engine.external_instances import element_to_document

                inline = element_to_document(content[0])
            self.secondary[name] = SecondaryInstance(name, inst.get("src"), inline)

    def _qname(self, tag: str) -> str:
        if tag.startswith("{"):
            uri, _, name = tag[1:].partition("}")
            prefix = self.uri_prefix.get(uri, "")
            return f"{prefix}:{name}" if prefix else name
        return tag

    def _build_primary(self, elem: Element, parent: Node, gparent: str) -> None:
        """Copy the main instance into Nodes; jr:template elements become templates."""
        stack = [(elem, parent, gparent)]
        while stack:
            el, par, gpar = stack.pop()
            name = self._qname(el.tag)
            gref = f"{gpar}/{local(name)}"
            attrs = {self._qname(k): v for k, v in el.attrib.items()}
            is_template = f"{{{JR}}}template" in el.attrib
            attrs.pop("jr:template", None)
            self.child_names.setdefault(gpar, {}).setdefault(local(name), None)
            node = Node(name, "", None, attrs or None)
            kids = [c for c in el if isinstance(c.tag, str)]
            if not kids:
                node.value = (el.text or "").strip()
            if is_template:
                if gref not in self.templates:
                    self.templates[gref] = node
            else:
                node.parent = par
                par.children.append(node)
            for child in reversed(kids):
                stack.append((child, node, gref))

    def iter_primary(self) -> Iterator[tuple[str, Node]]:
        """(generic ref, node) for the main instance prototype and all templates."""
        stack: list[tuple[str, Node]] = [("", c) for c in self.primary.children]
        stack += [(t.rpartition("/")[0], n) for t, n in self.templates.items()]
        while stack:
            gpar, node = stack.pop()
            gref = f"{gpar}/{local(node.name)}"
            yield gref, node
            stack.extend((gref, c) for c in node.children)

    def _assign_datatypes(self) -> None:
        for gref, node in self.iter_primary():
            bind = self.binds.get(gref)
            if bind is not None:
                node.datatype = bind.datatype
        # a repeat without jr:template uses its first instance (values as given) as template
        for gref in self.repeats:
            if gref not in self.templates:
                first = self.find_prototype(gref)
                if first is not None:
                    self.templates[gref] = clone(first)

    def find_prototype(self, gref: str) -> Node | None:
        for g, node in self.iter_primary():
            if g == gref:
                return node
        return None

    # --- itext -------------------------------------------------------------------------------
    def _parse_itext(self, model: Element) -> None:
        langs: list[str] = []
        for itext in model:
            if local(itext.tag) != "itext":
                continue
            for tr in itext:
                if local(tr.tag) != "translation":
                    continue
                lang = tr.get("lang") or ""
                langs.append(lang)
                default = (tr.get("default") or "").strip()
                if (
                    default
                    and default not in ("false()", "false")
                    and self.default_language is None
                ):
                    self.default_language = lang
                table = self.itext.setdefault(lang, {})
                for text in tr:
                    tid = text.get("id")
                    if local(text.tag) != "text" or tid is None:
                        continue
                    forms = table.setdefault(tid, {})
                    for value in text:
                        if local(value.tag) != "value":
                            continue
                        form = value.get("form") or "long"
                        forms.setdefault(form, self._text_parts(value))
        self.languages = tuple(langs)
        if self.default_language is None and langs:
            self.default_language = langs[0]

    def _text_parts(self, elem: Element) -> tuple[TextPart, ...]:
        parts: list[TextPart] = []
        if elem.text:
            parts.append(elem.text)
        for child in elem:
            if local(child.tag) == "output":
                expr = child.get("value") or child.get("ref")
                if expr:
                    parts.append(self.compile(expr, "output"))
            if child.tail:
                parts.append(child.tail)
        return tuple(parts)

    def text_source(self, elem: Element | None) -> TextSource | None:
        if elem is None:
            return None
        ref = elem.get("ref")
        if ref:
            m = _ITEXT_LITERAL.match(ref)
            if m:
                return TextSource(itext_id=m.group(2))
            return TextSource(ref_expr=self.compile(ref, "label"))
        return TextSource(parts=self._text_parts(elem))

    def _msg_source(self, text: str | None) -> TextSource | None:
        if text is None:
            return None
        m = _ITEXT_LITERAL.match(text)
        if m:
            return TextSource(itext_id=m.group(2))
        return TextSource(parts=(text,))

    # --- binds and actions -------------------------------------------------------------------
    def compile(self, expr: str, where: str) -> Expression:
        try:
            return compile_xpath(expr, self.namespaces)
        except FieldappError as exc:
            raise FieldappError(exc.code, location=f"{self.name}: {where}", **exc.params) from exc

    def _parse_bind(self, el: Element) -> None:
        nodeset = el.get("nodeset") or el.get("ref")
        if not nodeset:
            return
        root_ref = "/" + local(self.primary.children[0].name)
        gref = resolve_relative(nodeset, root_ref)
        where = f"bind {gref}"
        old = self.binds.get(gref)

        def expr(attr: str) -> Expression | None:
            text = el.get(attr)
            if text is None or not text.strip():
                return getattr(old, _BIND_FIELDS[attr]) if old is not None else None
            return self.compile(text, f"{where} {_BIND_FIELDS[attr]}")

        datatype = local(el.get("type") or (old.datatype if old else "string"))
        self.binds[gref] = Bind(
            generic=gref,
            datatype=datatype,
            relevant=expr("relevant"),
            required=expr("required"),
            readonly=expr("readonly"),
            constraint=expr("constraint"),
            calculate=expr("calculate"),
            constraint_msg=self._msg_source(el.get(f"{{{JR}}}constraintMsg"))
            or (old.constraint_msg if old else None),
            required_msg=self._msg_source(el.get(f"{{{JR}}}requiredMsg"))
            or (old.required_msg if old else None),
            preload=el.get(f"{{{JR}}}preload") or (old.preload if old else None),
            preload_params=el.get(f"{{{JR}}}preloadParams")
            or (old.preload_params if old else None),
        )
        if el.get("id"):
            self._bind_ids[el.get("id") or ""] = gref

    @property
    def _bind_ids(self) -> dict[str, str]:
        ids: dict[str, str] | None = self.__dict__.get("_bind_id_map")
        if ids is None:
            ids = {}
            self.__dict__["_bind_id_map"] = ids
        return ids

    def _collect_actions(self, parent: Element, context: str) -> None:
        for el in parent:
            tag = el.tag
            # most children are labels and items: skip them with one C call each
            if not isinstance(tag, str) or not tag.endswith(("setvalue", "setgeopoint")):
                continue
            name = local(tag)
            if name not in ("setvalue", "setgeopoint"):
                continue
            ns = el.tag[1:].partition("}")[0] if el.tag.startswith("{") else ""
            if name == "setgeopoint" and ns not in ODK_NAMESPACES:
                raise FieldappError(
                    "F113",
                    location=f"{self.name}: <setgeopoint ref={el.get('ref')!r}>",
                    detail="setgeopoint must be in the odk namespace (odk:setgeopoint)",
                )
            events = frozenset((el.get("event") or "").split())
            bad = sorted(events - KNOWN_EVENTS)
            if bad or not events:
                raise FieldappError(
                    "F113",
                    location=f"{self.name}: <{name} ref={el.get('ref')!r}>",
                    detail=f"unsupported event(s) {' '.join(bad) or '(none)'}; use "
                    + ", ".join(sorted(KNOWN_EVENTS)),
                )
            ref = el.get("ref") or el.get("bind")
            if el.get("bind") and not el.get("ref"):
                target = self._bind_ids.get(ref or "", "")
            else:
                target = resolve_relative(ref or ".", context if context != "/" else "/")
            value_attr = el.get("value")
            value = self.compile(value_attr, f"{name} {target}") if value_attr else None
            self.actions.append(
                Action(name, events, target, value, (el.text or "").strip(), context)
            )

    # --- body --------------------------------------------------------------------------------
    def _ref_of(self, el: Element, context: str) -> str | None:
        ref = el.get("ref") or el.get("nodeset")
        if ref:
            return resolve_relative(ref, context)
        bind = el.get("bind")
        if bind:
            return self._bind_ids.get(bind)
        return None

    def _parse_body(
        self, el: Element, into: BodyGroup | BodyRepeat, context: str, label_for: Element | None
    ) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            name = local(child.tag)
            appearance = tuple((child.get("appearance") or "").split())
            if name == "group":
                gref = self._ref_of(child, context)
                label = self.text_source(_child(child, "label"))
                inner = [c for c in child if isinstance(c.tag, str) and local(c.tag) == "repeat"]
                group = BodyGroup(gref, label, appearance)
                # pyxform wraps every repeat in a group with the same ref: keep it label-only
                if gref is not None and inner and self._ref_of(inner[0], context) == gref:
                    group = BodyGroup(None, label, appearance)
                into.children.append(group)
                self._parse_body(child, group, gref or context, None)
            elif name == "repeat":
                gref = self._ref_of(child, context)
                if gref is None:
                    raise FieldappError(
                        "F107", location=self.name, detail="a repeat has no nodeset"
                    )
                count_text = child.get(f"{{{JR}}}count")
                nar = child.get(f"{{{JR}}}noAddRemove") or ""
                label = self.text_source(_child(child, "label"))
                if label is None and isinstance(into, BodyGroup):
                    label = into.label
                repeat = BodyRepeat(
                    gref,
                    label,
                    appearance,
                    self.compile(count_text, f"jr:count of {gref}") if count_text else None,
                    nar.strip() in ("true()", "true"),
                )
                self.repeats[gref] = repeat
                into.children.append(repeat)
                self._collect_actions(child, gref)
                self._parse_body(child, repeat, gref, None)
            elif name in CONTROL_TAGS:
                gref = self._ref_of(child, context)
                if gref is None:
                    continue
                ns = child.tag[1:].partition("}")[0] if child.tag.startswith("{") else ""
                if name == "rank" and ns not in ODK_NAMESPACES:
                    continue
                control = self._parse_control(child, CONTROL_TAGS[name], gref, appearance)
                into.children.append(control)
                self.controls[gref] = control
                self._collect_actions(child, gref)

    def _parse_control(
        self, el: Element, kind: ControlKind, gref: str, appearance: tuple[str, ...]
    ) -> BodyControl:
        where = f"{self.name}: <{local(el.tag)} ref={gref!r}>"
        params: dict[str, str] = {}
        for key, val in el.attrib.items():
            k = local(key)
            if k not in ("ref", "bind", "appearance"):
                params[k] = val
        if kind == "range":
            for k in ("start", "end", "step"):
                v = params.get(k)
                if v is not None and not _NUMBER.match(v):
                    raise FieldappError(
                        "F114", location=where, detail=f"range {k}={v!r} is not a number"
                    )
        if kind == "input" and local(el.tag) == "textarea":
            appearance = (*appearance, "multiline")
        items: list[StaticItem] = []
        itemset: Itemset | None = None
        for child in el:
            if not isinstance(child.tag, str):
                continue
            cname = local(child.tag)
            if cname == "item":
                val_el = _child(child, "value")
                label = self.text_source(_child(child, "label")) or TextSource()
                text = (val_el.text or "") if val_el is not None else ""
                items.append(StaticItem(text.strip(), label))
            elif cname == "itemset":
                nodeset = child.get("nodeset") or ""
                v_el = _child(child, "value")
                l_el = _child(child, "label")
                vref = (v_el.get("ref") if v_el is not None else None) or "name"
                lref = (l_el.get("ref") if l_el is not None else None) or "label"
                itemset = Itemset(
                    self.compile(nodeset, f"itemset of {gref}"),
                    self.compile(vref, f"itemset value of {gref}"),
                    self.compile(lref, f"itemset label of {gref}"),
                    "itext" in lref,
                )
        if kind in ("select1", "select", "rank") and not items and itemset is None:
            raise FieldappError(
                "F115", location=where, detail=f"select question {gref!r} has no choices"
            )
        if kind == "upload":
            params.setdefault("mediatype", el.get("mediatype") or "*/*")
        hint = self.text_source(_child(el, "hint"))
        return BodyControl(
            kind,
            gref,
            self.text_source(_child(el, "label")),
            hint,
            appearance,
            params,
            tuple(items),
            itemset,
        )

    # --- misc --------------------------------------------------------------------------------
    def static_problems(self) -> list[str]:
        """Non-fatal findings for `form check` (fatal ones raise at load)."""
        out = [f"{self.name}: warning: {w}" for w in self.warnings]
        known = {g for g, _ in self.iter_primary()}
        for gref in self.binds:
            if gref not in known and "@" not in gref:
                out.append(f"{self.name}: bind {gref}: warning: no such node in the instance")
        for gref in self.controls:
            if gref not in known and "@" not in gref:
                out.append(f"{self.name}: control {gref}: warning: no such node in the instance")
        return out


_BIND_FIELDS = {
    "relevant": "relevant",
    "required": "required",
    "readonly": "readonly",
    "constraint": "constraint",
    "calculate": "calculate",
}


def _child(el: Element, name: str) -> Element | None:
    for c in el:
        if isinstance(c.tag, str) and local(c.tag) == name:
            return c
    return None
