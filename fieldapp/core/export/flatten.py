"""Instance XML -> one main row plus repeat rows, following a ColumnModel.

A ``Flattener`` is compiled once per export (generic ref -> cell position), then each submission
is parsed (defusedxml: no DTDs or entities, whatever a device sent) and walked once in document
order. Repeat rows get Central's keys: ``KEY`` = parent key + path below the parent row + ``[n]``
(``uuid:…/social_capital/associations[2]``), ``PARENT_KEY`` = the parent row's key. Fields the
model does not know (a version the export was not built for) are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from fieldapp.core.export.columns import KEY, PARENT_KEY, ColumnModel
from fieldapp.errors import FieldappError

MAX_INSTANCE_BYTES = 20_000_000
Row = list[str]


@dataclass(frozen=True)
class _Cell:
    table: int
    index: int
    dummies: dict[str, int] | None  # select multiple: choice value -> 0/1 column index


@dataclass(frozen=True)
class Flattened:
    main: Row
    repeats: list[tuple[int, Row]]  # (table index, row) in document order


class Flattener:
    def __init__(self, model: ColumnModel) -> None:
        self.model = model
        self.widths = [len(t.columns) for t in model.tables]
        self._cells: dict[str, _Cell] = {}
        self._repeat_table: dict[str, int] = {}
        self._keys: dict[int, tuple[int | None, int | None]] = {}  # table -> (PARENT_KEY, KEY)
        for ti, table in enumerate(model.tables):
            if table.repeat is not None:
                self._repeat_table[table.repeat] = ti
            names = {c.name: i for i, c in enumerate(table.columns)}
            self._keys[ti] = (names.get(PARENT_KEY), names.get(KEY))
            for ci, column in enumerate(table.columns):
                if column.kind != "value":
                    continue
                dummies = None
                if column.datatype == "select":
                    dummies = {
                        c.choice: i
                        for i, c in enumerate(table.columns)
                        if c.kind == "choice" and c.ref == column.ref
                    }
                self._cells[column.ref] = _Cell(ti, ci, dummies)

    def empty_main(self) -> Row:
        return [""] * self.widths[0]

    def flatten(self, xml: bytes, key: str, instance_id: str) -> Flattened:
        """Parse and walk one instance; R152 when it is not readable XML."""
        root = parse_instance(xml, instance_id)
        main = self.empty_main()
        repeats: list[tuple[int, Row]] = []
        self._walk(root, "/" + _local(root.tag), main, key, "", repeats)
        return Flattened(main, repeats)

    def _walk(
        self,
        elem: Element,
        gref: str,
        row: Row,
        key: str,
        below: str,
        out: list[tuple[int, Row]],
    ) -> None:
        counts: dict[str, int] = {}
        for child in elem:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            name = _local(tag)
            cref = f"{gref}/{name}"
            path = f"{below}/{name}"
            table = self._repeat_table.get(cref)
            if table is not None:
                n = counts.get(cref, 0) + 1
                counts[cref] = n
                sub = [""] * self.widths[table]
                sub_key = f"{key}{path}[{n}]"
                parent_at, key_at = self._keys[table]
                if parent_at is not None:
                    sub[parent_at] = key
                if key_at is not None:
                    sub[key_at] = sub_key
                out.append((table, sub))
                self._walk(child, cref, sub, sub_key, "", out)
            elif len(child):
                self._walk(child, cref, row, key, path, out)
            else:
                cell = self._cells.get(cref)
                if cell is None:
                    continue
                text = (child.text or "").strip()
                row[cell.index] = text
                if cell.dummies and text:
                    chosen = set(text.split())
                    for choice, at in cell.dummies.items():
                        row[at] = "1" if choice in chosen else "0"


def parse_instance(xml: bytes, instance_id: str) -> Element:
    if len(xml) > MAX_INSTANCE_BYTES:
        raise FieldappError(
            "R152",
            location=instance_id,
            instance_id=instance_id,
            detail=f"larger than {MAX_INSTANCE_BYTES} bytes",
        )
    try:
        root: Element = SafeET.fromstring(xml, forbid_dtd=True)
    except (DefusedXmlException, SafeET.ParseError) as exc:
        raise FieldappError(
            "R152",
            location=instance_id,
            instance_id=instance_id,
            detail=str(exc) or type(exc).__name__,
        ) from None
    return root


def _local(tag: str) -> str:
    return tag[max(tag.rfind("}"), tag.rfind(":")) + 1 :]
