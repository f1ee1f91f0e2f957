"""Instance XML out (OpenRosa submission / draft) and back in (resume, edit).

Written by hand rather than through ElementTree so prefixes stay exactly as the form wrote
them (``orx:meta``) and non-relevant pruning happens in the same pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from fieldapp.core.engine.paths import local
from fieldapp.core.xpath.nodes import Node
from fieldapp.errors import FieldappError

if TYPE_CHECKING:
    from fieldapp.core.engine.session import FormSession, InstanceNode

POSITION_ATTR = "fieldapp-draft-position"


def _esc(text: str, attr: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attr:
        text = text.replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
    else:
        text = text.replace("\r", "&#13;")
    return text


def instance_xml(session: FormSession, *, draft: bool, position: str | None) -> bytes:
    root = session.root
    defn = session.definition
    prefixes: set[str] = set()
    for node in [root, *root.iter_descendants()]:
        if ":" in node.name:
            prefixes.add(node.name.partition(":")[0])
        for key in node.attrs:
            if ":" in key:
                prefixes.add(key.partition(":")[0])
    out: list[str] = []
    decls = "".join(
        f' xmlns:{p}="{_esc(defn.namespaces[p], True)}"'
        for p in sorted(prefixes)
        if p in defn.namespaces and p != "xmlns"
    )
    attrs = "".join(
        f' {k}="{_esc(v, True)}"' for k, v in root.attrs.items() if not k.startswith("xmlns")
    )
    if draft and position:
        attrs += f' {POSITION_ATTR}="{_esc(position, True)}"'
    out.append(f"<{root.name}{decls}{attrs}>")
    _write_children(root, out, draft)
    out.append(f"</{root.name}>")
    return "".join(out).encode("utf-8")


def _write_children(node: Node, out: list[str], draft: bool) -> None:
    # iterative: (node, closing?) pairs
    stack: list[tuple[Node, bool]] = [(c, False) for c in reversed(node.children)]
    while stack:
        n, closing = stack.pop()
        if closing:
            out.append(f"</{n.name}>")
            continue
        if not draft and not n.relevant:
            continue
        attrs = "".join(f' {k}="{_esc(v, True)}"' for k, v in n.attrs.items())
        if n.children:
            out.append(f"<{n.name}{attrs}>")
            stack.append((n, True))
            stack.extend((c, False) for c in reversed(n.children))
        elif n.value == "":
            out.append(f"<{n.name}{attrs}/>")
        else:
            out.append(f"<{n.name}{attrs}>{_esc(n.value)}</{n.name}>")


def parse_saved(data: bytes | str) -> Element:
    from fieldapp.core.engine.sources import parse_xml_safely

    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        return parse_xml_safely(raw, "instance", what="instance")
    except FieldappError as exc:
        raise FieldappError("E106", detail=exc.message) from exc


def merge_saved(session: FormSession, proto: Node, saved: Element) -> InstanceNode:
    """Rebuild the instance from saved XML, filling nodes the saved file lacks from the form."""
    from fieldapp.core.engine.session import InstanceNode, instantiate

    defn = session.definition
    top = InstanceNode(proto.name, "/" + local(proto.name), "", None)
    top.attrs = dict(proto.attrs)
    for key, val in saved.attrib.items():
        name = defn._qname(key)
        if not name.startswith("xmlns"):
            top.attrs[name] = val
    stack: list[tuple[Node | None, Element, InstanceNode]] = [(proto, saved, top)]
    while stack:
        pnode, el, dst = stack.pop()
        kids = [c for c in el if isinstance(c.tag, str)]
        if not kids and (pnode is None or not pnode.children):
            dst.value = el.text or ""
            continue
        by_name: dict[str, list[Element]] = {}
        for kid in kids:
            by_name.setdefault(local(kid.tag), []).append(kid)
        proto_kids: dict[str, Node] = {}
        if pnode is not None:
            for pkid in pnode.children:
                proto_kids.setdefault(local(pkid.name), pkid)
        order = list(defn.child_names.get(dst.gref, {}))
        order += [n for n in by_name if n not in order]
        for name in order:
            gref = f"{dst.gref}/{name}"
            source = defn.templates.get(gref) if gref in defn.repeats else None
            source = source or proto_kids.get(name) or defn.templates.get(gref)
            elems = by_name.get(name, [])
            chosen = elems if gref in defn.repeats else elems[:1]
            if not chosen:
                if gref not in defn.repeats and source is not None:
                    dst.append(instantiate(source, gref, dst))
                continue
            for elem in chosen:
                qname = defn._qname(elem.tag)
                node = InstanceNode(qname, gref, "", dst)
                bind = defn.binds.get(gref)
                node.datatype = bind.datatype if bind is not None else ""
                if source is not None:
                    node.attrs = dict(source.attrs)
                for key, val in elem.attrib.items():
                    if local(key) != "template":
                        node.attrs[defn._qname(key)] = val
                dst.children.append(node)
                stack.append((source, elem, node))
    return top
