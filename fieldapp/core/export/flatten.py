"""Instance XML -> one main row plus repeat rows, following a ColumnModel.

A ``Flattener`` is compiled once per export (generic ref -> cell position), then each
submission is parsed (no DTD or entities, whatever a device sent: see parse_instance) and walked
once in document order. Repeat rows get Central's keys: ``KEY`` = parent key + path below the
parent row + ``[n]`` (``uuid:…/social_capital/associations[2]``), ``PARENT_KEY`` = the parent
row's key. Fields the model does not know (a version the export was not built for) are ignored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from fieldapp.core.engine.paths import ancestors
from fieldapp.core.export.columns import KEY, PARENT_KEY, ColumnModel
from fieldapp.errors import FieldappError

MAX_INSTANCE_BYTES = 20_000_000
Row = list[str]


_LEAF, _GROUP, _REPEAT, _SKIP = 0, 1, 2, 3


@dataclass(frozen=True)
class _Step:
    """What a child element is, memoised per (parent ref, tag): forms repeat the same tags."""

    kind: int
    ref: str
    name: str
    table: int = 0  # _REPEAT: its table
    index: int = 0  # _LEAF: its column
    dummies: dict[str, int] | None = None  # _LEAF select multiple: choice -> 0/1 column
    start: int = 0  # the 0/1 columns are row[start:stop] when next to each other, else 0, 0
    stop: int = 0
    zeros: tuple[str, ...] = ()


@dataclass(frozen=True)
class Flattened:
    main: Row
    repeats: list[tuple[int, Row]]  # (table index, row) in document order


class Flattener:
    def __init__(self, model: ColumnModel) -> None:
        self.model = model
        self.widths = [len(t.columns) for t in model.tables]
        self._cells: dict[str, tuple[int, dict[str, int] | None]] = {}
        self._repeat_table: dict[str, int] = {}
        self._keys: dict[int, tuple[int | None, int | None]] = {}  # table -> (PARENT_KEY, KEY)
        self._levels: dict[str, dict[str, _Step]] = {}
        self._groups: set[str] = set()  # every ancestor of a known field or repeat
        for ti, table in enumerate(model.tables):
            if table.repeat is not None:
                self._repeat_table[table.repeat] = ti
                self._groups.update(ancestors(table.repeat))
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
                self._cells[column.ref] = (ci, dummies)
                self._groups.update(ancestors(column.ref))

    def empty_main(self) -> Row:
        return [""] * self.widths[0]

    def flatten(self, xml: bytes, key: str, instance_id: str) -> Flattened:
        """Parse and walk one instance; R152 when it is not readable XML."""
        root = parse_instance(xml, instance_id)
        main = self.empty_main()
        repeats: list[tuple[int, Row]] = []
        self._walk(root, "/" + _local(root.tag), main, key, "", repeats)
        return Flattened(main, repeats)

    def _step(self, gref: str, tag: object, level: dict[str, _Step]) -> _Step:
        if not isinstance(tag, str):  # comment or processing instruction
            return _Step(_SKIP, "", "")
        name = _local(tag)
        cref = f"{gref}/{name}"
        table = self._repeat_table.get(cref)
        cell = self._cells.get(cref)
        if table is not None:
            step = _Step(_REPEAT, cref, name, table=table)
        elif cref in self._groups:
            step = _Step(_GROUP, cref, name)
        elif cell is not None:
            index, dummies = cell
            start = min(dummies.values(), default=0) if dummies else 0
            stop = max(dummies.values(), default=-1) + 1 if dummies else 0
            if dummies and stop - start != len(dummies):
                start = stop = 0  # versions merged them apart: set one by one
            step = _Step(
                _LEAF,
                cref,
                name,
                index=index,
                dummies=dummies,
                start=start,
                stop=stop,
                zeros=("0",) * (stop - start),
            )
        else:  # not in the model (another version, or left out as sensitive): ignored whole
            step = _Step(_SKIP, cref, name)
        level[tag] = step
        return step

    def _walk(
        self,
        elem: Element,
        gref: str,
        row: Row,
        key: str,
        below: str,
        out: list[tuple[int, Row]],
    ) -> None:
        counts: dict[str, int] | None = None
        level = self._levels.get(gref)
        if level is None:
            level = self._levels[gref] = {}
        for child in elem:
            step = level.get(child.tag)
            if step is None:
                step = self._step(gref, child.tag, level)
            kind = step.kind
            if kind == _LEAF:
                text = child.text
                if text:
                    text = text.strip()
                    row[step.index] = text
                    dummies = step.dummies
                    if dummies and text:
                        if step.stop:  # the usual case: the 0/1 columns are contiguous
                            row[step.start : step.stop] = step.zeros
                        else:
                            for zero_at in dummies.values():
                                row[zero_at] = "0"
                        for choice in text.split():
                            at = dummies.get(choice)
                            if at is not None:
                                row[at] = "1"
            elif kind == _GROUP:
                self._walk(child, step.ref, row, key, f"{below}/{step.name}", out)
            elif kind == _REPEAT:
                if counts is None:
                    counts = {}
                n = counts.get(step.ref, 0) + 1
                counts[step.ref] = n
                table = step.table
                sub = [""] * self.widths[table]
                sub_key = f"{key}{below}/{step.name}[{n}]"
                parent_at, key_at = self._keys[table]
                if parent_at is not None:
                    sub[parent_at] = key
                if key_at is not None:
                    sub[key_at] = sub_key
                out.append((table, sub))
                self._walk(child, step.ref, sub, sub_key, "", out)


def parse_instance(xml: bytes, instance_id: str) -> Element:
    """The instance's root element. No DTD means no entity can be declared (no expansion
    bombs, no external files), so the fast C parser is safe once a DOCTYPE is refused."""
    if len(xml) > MAX_INSTANCE_BYTES:
        raise FieldappError(
            "R152",
            location=instance_id,
            instance_id=instance_id,
            detail=f"larger than {MAX_INSTANCE_BYTES} bytes",
        )
    try:
        text = xml.decode("utf-8")
    except UnicodeDecodeError:
        raise FieldappError(
            "R152", location=instance_id, instance_id=instance_id, detail="not UTF-8 text"
        ) from None
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise FieldappError(
            "R152",
            location=instance_id,
            instance_id=instance_id,
            detail="it declares a DTD or entities, which instances never need (refused)",
        )
    try:
        return ET.fromstring(text)  # noqa: S314 - DTDs refused above, see docstring
    except ET.ParseError as exc:
        raise FieldappError(
            "R152", location=instance_id, instance_id=instance_id, detail=str(exc)
        ) from None


def _local(tag: str) -> str:
    return tag[max(tag.rfind("}"), tag.rfind(":")) + 1 :]
