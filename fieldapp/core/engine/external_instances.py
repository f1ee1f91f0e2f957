"""External secondary instances (``<instance id=".." src="jr://file...">``) as XPath node trees.

Each loader returns a DOCUMENT node (name ``""``) whose single child is the root element, so
``instance('name')/root/item`` works exactly as for inline instances. Formats follow the ODK
XForms spec (Secondary Instances - External / from CSV / from GeoJSON):

- ``.xml``: parsed with the same safety limits as forms (no DTD/entities, capped depth and
  count); leaf text trimmed as JavaRosa does; attributes kept; names without namespace.
- ``.csv``: ``<root><item><col>..</col>..</item>..</root>``; UTF-8 with or without BOM; RFC 4180
  quoting; delimiter chosen from the header row in the spec's order of preference (``,`` then
  ``;`` then tab), counting only delimiters outside quotes; short rows padded with empty cells.
- ``.geojson``: one ``item`` per Feature with ``geometry`` (Point/LineString/Polygon in ODK
  "lat lon 0 0; ..." form), one child per non-null property, and the feature's top-level ``id``
  as the ``id`` child (overriding a property of that name).

``jr://instance/last-saved`` is not a file: :class:`LastSavedInstanceError` tells the engine to
supply the previous submission itself.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from fieldapp.core.engine.sources import SourceLimits, parse_xml_safely, resolve_media
from fieldapp.core.xpath.nodes import Node
from fieldapp.errors import FieldappError

LAST_SAVED_SRC = "jr://instance/last-saved"


@dataclass(frozen=True)
class InstanceLimits:
    """Caps for external instance files (much larger than forms: choice lists can be big)."""

    max_bytes: int = 200 * 1024 * 1024
    max_elements: int = 2_000_000
    max_depth: int = 200


DEFAULT_INSTANCE_LIMITS = InstanceLimits()


class LastSavedInstanceError(FieldappError):
    """``jr://instance/last-saved``: the engine supplies the previous submission (F152)."""

    def __init__(self, name: str, location: str = "") -> None:
        super().__init__("F152", location=location or name, name=f"instance('{name}')")
        self.instance_name = name


# An XML 1.0 NCName, close enough: what XPath steps can address.
_XML_NAME = re.compile(r"^[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*$")


def load_external_instance(
    src: str,
    media_dir: Path | None,
    name: str,
    *,
    form: str = "",
    limits: InstanceLimits = DEFAULT_INSTANCE_LIMITS,
) -> Node:
    """Load the file behind ``src`` for instance ``name``; ``form`` prefixes error locations."""
    src = src.strip()
    prefix = f"{form}: " if form else ""
    if src.startswith(LAST_SAVED_SRC):
        raise LastSavedInstanceError(name, location=f"{prefix}instance '{name}'")
    path = resolve_media(src, media_dir)
    fname = path.name
    where = f"{prefix}{fname}"
    kind = _kind_of(src, path)
    if kind is None:
        raise FieldappError("F153", location=where, name=fname)
    data = _read_capped(path, where, limits)
    if kind == "xml":
        return xml_instance_from_bytes(data, where, limits=limits)
    if kind == "csv":
        return csv_instance_from_bytes(data, where)
    return geojson_instance_from_bytes(data, where)


def _kind_of(src: str, path: Path) -> str | None:
    suffix = path.suffix.lower()
    if src.startswith("jr://file-csv/") or suffix == ".csv":
        return "csv"
    if suffix == ".geojson":
        return "geojson"
    if suffix == ".xml":
        return "xml"
    return None


def _read_capped(path: Path, where: str, limits: InstanceLimits) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise FieldappError("F151", location=where, path=str(path), detail=exc.strerror) from exc
    if len(data) > limits.max_bytes:
        raise FieldappError(
            "F111", location=where, limit=f"{limits.max_bytes:,}", what="bytes for an instance"
        )
    return data


@contextmanager
def _no_gc() -> Iterator[None]:
    """Building 100k+ nodes triggers the cyclic GC over and over; it finds nothing to free
    here (the tree is reachable), so pause it while building (2-3x faster)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _document(root_name: str) -> tuple[Node, Node]:
    doc = Node("")
    root = doc.append(Node(root_name))
    return doc, root


# --- XML ------------------------------------------------------------------------------------


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def xml_instance_from_bytes(
    data: bytes, where: str, *, limits: InstanceLimits = DEFAULT_INSTANCE_LIMITS
) -> Node:
    """External XML -> document Node; leaf text trimmed, attributes kept (local names)."""
    source_limits = SourceLimits(
        max_xml_bytes=limits.max_bytes,
        max_elements=limits.max_elements,
        max_depth=limits.max_depth,
    )
    element = parse_xml_safely(data, where, limits=source_limits, what="external instance")
    return element_to_document(element)


def element_to_document(element: Element) -> Node:
    """An ElementTree element (and subtree) -> a document Node holding it."""
    with _no_gc():
        doc = Node("")
        stack: list[tuple[Element, Node]] = [(element, doc)]
        while stack:
            elem, parent = stack.pop()
            attrs = {_local(k): v for k, v in elem.attrib.items()} if elem.attrib else None
            node = Node(_local(elem.tag), "", parent, attrs)
            parent.children.append(node)
            if len(elem):
                stack.extend((child, node) for child in reversed(elem))
            elif elem.text:
                node.value = elem.text.strip()
    return doc


# --- CSV ------------------------------------------------------------------------------------


def sniff_csv_delimiter(header_line: str) -> str:
    """First of ``,`` ``;`` tab that occurs outside quotes in the header row (spec order)."""
    outside: set[str] = set()
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in ",;\t":
            outside.add(char)
    for delimiter in (",", ";", "\t"):
        if delimiter in outside:
            return delimiter
    return ","


def csv_instance_from_bytes(data: bytes, where: str) -> Node:
    """CSV -> ``<root><item><col>..</col></item></root>`` (header row gives the names)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FieldappError(
            "F109",
            location=where,
            name=where,
            kind="CSV",
            detail=f"it is not UTF-8 text (byte {exc.start}); save it as CSV UTF-8",
        ) from exc
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_csv_delimiter(first_line))
    try:
        header = next(reader, None)
        if header is None:
            raise FieldappError(
                "F109", location=where, name=where, kind="CSV", detail="the file is empty"
            )
        names = _csv_column_names(header, where)
        width = len(names)
        doc, root = _document("root")
        children = root.children
        with _no_gc():
            for row in reader:
                if not row or (len(row) == 1 and not row[0]):
                    continue  # blank line
                item = Node("item", "", root)
                children.append(item)
                cells = item.children
                if len(row) < width:  # short rows: missing cells are empty (spec)
                    row += [""] * (width - len(row))
                for index in range(width):
                    cells.append(Node(names[index], row[index], item))
    except csv.Error as exc:
        raise FieldappError(
            "F109",
            location=f"{where}: line {reader.line_num}",
            name=where,
            kind="CSV",
            detail=str(exc),
        ) from exc
    return doc


def _csv_column_names(header: list[str], where: str) -> list[str]:
    """Header cells -> element names; empty trailing columns (spreadsheet debris) dropped."""
    names = [cell.strip() for cell in header]
    while names and not names[-1]:
        names.pop()
    seen: set[str] = set()
    for index, column in enumerate(names):
        if not column:
            raise FieldappError(
                "F109",
                location=f"{where}: header",
                name=where,
                kind="CSV",
                detail=f"column {index + 1} has no name in the header row",
            )
        if not _XML_NAME.match(column):
            raise FieldappError(
                "F109",
                location=f"{where}: header",
                name=where,
                kind="CSV",
                detail=f"the column name {column!r} is not a valid XML name (use letters, "
                "digits, '_', '-' or '.', starting with a letter)",
            )
        if column in seen:
            raise FieldappError(
                "F109",
                location=f"{where}: header",
                name=where,
                kind="CSV",
                detail=f"the column name {column!r} appears twice",
            )
        seen.add(column)
    return names


# --- GeoJSON --------------------------------------------------------------------------------


class _GeoJsonError(Exception):
    pass


def geojson_instance_from_bytes(data: bytes, where: str) -> Node:
    """GeoJSON FeatureCollection -> ``<root><item><geometry/>props<id/></item></root>``."""
    try:
        parsed: Any = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise FieldappError(
            "F109", location=where, name=where, kind="GeoJSON", detail=f"invalid JSON ({exc})"
        ) from exc
    try:
        return _geojson_document(parsed)
    except _GeoJsonError as exc:
        raise FieldappError(
            "F109", location=where, name=where, kind="GeoJSON", detail=str(exc)
        ) from exc


def _geojson_document(parsed: Any) -> Node:
    if not isinstance(parsed, dict):
        raise _GeoJsonError("the file must contain a top-level object")
    if parsed.get("type") != "FeatureCollection":
        raise _GeoJsonError(
            f'the top-level "type" must be "FeatureCollection", not {parsed.get("type")!r}'
        )
    features = parsed.get("features")
    if not isinstance(features, list):
        raise _GeoJsonError('the FeatureCollection must have a "features" array')
    doc, root = _document("root")
    with _no_gc():
        for index, feature in enumerate(features):
            root.children.append(_feature_item(feature, index + 1, root))
    return doc


def _feature_item(feature: Any, number: int, root: Node) -> Node:
    where = f"feature {number}"
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        found = feature.get("type") if isinstance(feature, dict) else type(feature).__name__
        raise _GeoJsonError(f'{where} has type {found!r}; every item must be a "Feature"')
    item = Node("item", "", root)
    geometry = feature.get("geometry")
    if geometry is not None:
        item.children.append(Node("geometry", _odk_geometry(geometry, where), item))
    properties = feature.get("properties")
    if properties is not None:
        if not isinstance(properties, dict):
            raise _GeoJsonError(f'{where}: "properties" must be an object')
        for key, value in properties.items():
            if value is None:
                continue  # spec: a child for each member with a non-null value
            if not isinstance(key, str) or not _XML_NAME.match(key):
                raise _GeoJsonError(f"{where}: the property name {key!r} is not a valid XML name")
            item.children.append(Node(key, _primitive(value, f"{where}, property {key!r}"), item))
    if "id" in feature and feature["id"] is not None:
        feature_id = _primitive(feature["id"], f"{where}, id")
        for child in item.children:
            if child.name == "id":
                child.value = feature_id
                break
        else:
            item.children.append(Node("id", feature_id, item))
    return item


def _primitive(value: Any, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return _number(value)
    raise _GeoJsonError(f"{where} must be a string, number or boolean, not {type(value).__name__}")


def _number(value: float) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def _position(point: Any, where: str) -> str:
    if (
        not isinstance(point, list)
        or len(point) < 2
        or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in point[:2])
    ):
        raise _GeoJsonError(f"{where}: a position must be [longitude, latitude, ...]")
    return f"{_number(point[1])} {_number(point[0])} 0 0"


def _odk_geometry(geometry: Any, where: str) -> str:
    if not isinstance(geometry, dict):
        raise _GeoJsonError(f'{where}: "geometry" must be an object or null')
    kind = geometry.get("type")
    coordinates = geometry.get("coordinates")
    if kind == "Point":
        return _position(coordinates, where)
    if kind == "LineString":
        if not isinstance(coordinates, list):
            raise _GeoJsonError(f"{where}: LineString coordinates must be an array")
        return "; ".join(_position(p, where) for p in coordinates)
    if kind == "Polygon":
        if not isinstance(coordinates, list):
            raise _GeoJsonError(f"{where}: Polygon coordinates must be an array of rings")
        if not coordinates:
            return ""
        ring = coordinates[0]
        if not isinstance(ring, list):
            raise _GeoJsonError(f"{where}: a Polygon ring must be an array of positions")
        return "; ".join(_position(p, where) for p in ring)
    raise _GeoJsonError(
        f"{where} has geometry type {kind!r}; only Point, LineString and Polygon are supported"
    )
