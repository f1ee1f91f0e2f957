"""The XML node model shared by the XPath evaluator and the form engine.

One small mutable tree type serves the primary instance (answers), secondary instances
(choice lists, external CSV/XML/GeoJSON) and repeat templates. Kept deliberately plain:
``__slots__``, element children in a list, attributes as a dict materialised into attribute
nodes only when XPath asks for them.
"""

from __future__ import annotations

from collections.abc import Iterator


class Node:
    """An element (or the document node, or an attribute node) of an instance tree.

    - ``name``: the element's name as written in the instance (``"data"``, ``"orx:meta"``,
      ``"meta"``); ``""`` for the document node; for attribute nodes the attribute name.
    - ``value``: text of a leaf element (answers are stored as XForms text); for attributes
      the attribute value. Group / repeat elements keep ``""``.
    - ``datatype``: the bind type of the node (``"string"``, ``"int"``, ``"decimal"``,
      ``"date"``, ``"dateTime"``, ``"time"``, ``"select"``, ``"select1"``, ``"geopoint"`` ...),
      set by the engine so XPath can convert dates to numbers; ``""`` when unknown.
    - ``attrs``: attributes of an element (name -> value) in document order.
    - ``is_attribute``: True for attribute nodes, which have ``parent`` set to their element.
    - ``relevant``: False when the engine has made this node (or an ancestor) non-relevant.
      XPath sees non-relevant nodes (their value is "" when the engine clears them).
    """

    __slots__ = (
        "__weakref__",
        "_attr_nodes",
        "attrs",
        "children",
        "datatype",
        "is_attribute",
        "name",
        "parent",
        "relevant",
        "value",
    )

    def __init__(
        self,
        name: str,
        value: str = "",
        parent: Node | None = None,
        attrs: dict[str, str] | None = None,
        datatype: str = "",
        is_attribute: bool = False,
    ) -> None:
        self.name = name
        self.value = value
        self.parent = parent
        self.children: list[Node] = []
        self.attrs: dict[str, str] = attrs if attrs is not None else {}
        self.datatype = datatype
        self.is_attribute = is_attribute
        self.relevant = True
        self._attr_nodes: dict[str, Node] | None = None

    # --- structure ---------------------------------------------------------------------------
    def append(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def insert(self, index: int, child: Node) -> Node:
        child.parent = self
        self.children.insert(index, child)
        return child

    def remove(self, child: Node) -> None:
        self.children.remove(child)
        child.parent = None

    def children_named(self, name: str) -> list[Node]:
        """Element children called exactly ``name``, in document order (a new list).

        The engine's instance nodes answer from a name index, so a lookup in a flat form
        with thousands of questions does not scan every sibling.
        """
        return [c for c in self.children if c.name == name]

    def position_among_named(self) -> int:
        """1-based position among the parent's children of the same name (``position(node)``)."""
        parent = self.parent
        if parent is None:
            return 1
        pos = 0
        for sib in parent.children:
            if sib.name == self.name:
                pos += 1
            if sib is self:
                break
        return pos

    @property
    def local_name(self) -> str:
        return self.name.rpartition(":")[2]

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def attribute_nodes(self) -> list[Node]:
        """Attribute nodes, created on first use and kept in sync with ``attrs``."""
        cache = self._attr_nodes
        if cache is None or cache.keys() != self.attrs.keys():
            cache = {}
            old = self._attr_nodes or {}
            for key, val in self.attrs.items():
                node = old.get(key) or Node(key, parent=self, is_attribute=True)
                node.value = val
                cache[key] = node
            self._attr_nodes = cache
        else:
            for key, node in cache.items():
                node.value = self.attrs[key]
        return list(cache.values())

    def set_attr(self, key: str, value: str) -> None:
        self.attrs[key] = value
        if self._attr_nodes is not None and key in self._attr_nodes:
            self._attr_nodes[key].value = value

    def root(self) -> Node:
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    def iter_descendants(self) -> Iterator[Node]:
        """Element descendants in document order (not including self)."""
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            yield node
            if node.children:
                stack.extend(reversed(node.children))

    def string_value(self) -> str:
        """XPath string-value: the concatenated text of all descendant leaves."""
        if not self.children:
            return self.value
        return "".join(n.value for n in self.iter_descendants() if not n.children)

    def index_in_parent(self) -> int:
        """0-based position among the parent's children (attributes: among attributes)."""
        if self.parent is None:
            return 0
        if self.is_attribute:
            return list(self.parent.attrs).index(self.name)
        return self.parent.children.index(self)

    def path(self) -> str:
        """Absolute path with 1-based indices on repeated siblings, e.g. /data/rep[2]/name."""
        parts: list[str] = []
        node: Node | None = self
        while node is not None and node.parent is not None:
            if node.is_attribute:
                parts.append("@" + node.name)
            else:
                same = [c for c in node.parent.children if c.name == node.name]
                if len(same) > 1:
                    parts.append(f"{node.name}[{same.index(node) + 1}]")
                else:
                    parts.append(node.name)
            node = node.parent
        return "/" + "/".join(reversed(parts))

    def __repr__(self) -> str:
        return f"Node({self.name!r}, value={self.value!r}, children={len(self.children)})"


class Document(Node):
    """A document node whose owner reports every change of its tree's shape.

    The engine's primary instance is one: ``/data/x``-style paths (names only, no
    predicates) depend on the shape alone, so their node-sets are kept in ``resolved`` until
    the owner calls ``structure_changed()`` (a repeat instance added or removed, a node
    inserted). Calculations then do not walk the tree again for every evaluation.
    """

    __slots__ = ("resolved",)

    def __init__(self) -> None:
        super().__init__("")
        self.resolved: dict[object, list[Node]] = {}

    def structure_changed(self) -> None:
        """Forget resolved paths: call after any element is added, removed or moved."""
        self.resolved.clear()
