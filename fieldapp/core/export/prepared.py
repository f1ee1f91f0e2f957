"""Export rows prepared ahead of exports: flattened once after a pull, read by every export.

Parsing an instance's XML and walking it is most of an export's time (~70 of ~100 us a record),
a supervisor exports the same received submissions again and again, and a received submission
never changes. So its rows are made once — after each pull or import, with the review flags
(:func:`prepare_rows`) — and sealed inside the record's body next to the XML they were made from
(``ProfileSession.put_prepared``); an export then decrypts, projects and writes.

Rows are made for the record's own form version with every column (sensitive ones too) and
carry a layout *tag*: a hash of that version's tables and columns, of the IPL score form and of
``FORMAT`` (bump it when flattening changes: every record is then prepared again). An export
maps them onto its own columns by name (:func:`projection`): leaving sensitive fields out drops
cells; a union of versions works when the export's columns of a table are all in the record's
version. Otherwise — or when the rows' digest of the XML does not match the record's XML — the
record is parsed as before. The same Flattener and score functions make both, so both paths give
the same rows (tests/export/test_prepared.py compares whole exports byte for byte).
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from fieldapp.core.export.columns import ColumnModel, build_model, with_meta
from fieldapp.core.export.flatten import Flattened, Flattener
from fieldapp.core.export.forms import load_definition
from fieldapp.core.export.scores import ipl_form, score_cells
from fieldapp.core.scoring.ipl_items import FormName
from fieldapp.core.store.models import Unreadable
from fieldapp.errors import FieldappError

if TYPE_CHECKING:  # helper processes import this module: no store session there
    from fieldapp.core.engine import FormDefinition
    from fieldapp.core.store import ProfileSession

FORMAT = 1
# Cells of a prepared row are joined with a character XML text cannot hold: one string per row
# keeps a page of decoded records free of the ~500 small objects per row that made the garbage
# collector walk every cell of every retained row (measured: 2.3x slower reads).
SEP = "\x1f"
PAGE = 100  # records read, flattened and sealed per store call (one transaction each)

Payload = dict[str, Any]


def xml_digest(xml: bytes) -> str:
    """Ties prepared rows to the XML they were made from. Rows and XML are sealed together
    (nobody without the key can change either), so this guards against our own mistakes — a
    path that replaced the XML and kept the rows — not an attacker: length + CRC-32 suffices
    and costs 0.3 us, not the 3 us of a cryptographic hash."""
    return f"{len(xml)}:{zlib.crc32(xml):08x}"


def version_layout(form_id: str, defn: FormDefinition) -> tuple[str, ColumnModel]:
    """What rows are prepared for — every column of one form version (sensitive too), keys, no
    scores — and its tag. Preparing and exporting both ask here, so their tags agree."""
    layout = with_meta(build_model(defn))
    return layout_tag(layout, ipl_form(form_id)), layout


def layout_tag(layout: ColumnModel, score_form: FormName | None) -> str:
    shape = [
        FORMAT,
        layout.form_id,
        list(layout.versions),
        score_form,
        [
            [t.name, t.repeat, [[c.name, c.kind, c.ref, c.choice] for c in t.columns]]
            for t in layout.tables
        ],
    ]
    return hashlib.blake2b(orjson.dumps(shape), digest_size=16).hexdigest()


class Parsed(NamedTuple):
    """What a record's XML gives its rows (the meta cells come from the store, not the XML)."""

    flat: Flattened | None  # None when the XML is unreadable
    skip: tuple[str, str] | None  # then (code, rendered message)
    scores: list[str] | None  # IPL score cells, when scored
    score_error: str | None  # why the IPL score could not be computed


def parse_record(
    flattener: Flattener, score_form: FormName | None, instance_id: str, xml: bytes
) -> Parsed:
    """Parse and score one record's XML. Exports (rows.RowMaker) and preparing both call this,
    so a prepared row is the row an export would make, by construction."""
    try:
        flat = flattener.flatten(xml, instance_id, instance_id)
    except FieldappError as exc:
        return Parsed(None, (exc.code, exc.render()), None, None)
    scores: list[str] | None = None
    error: str | None = None
    if score_form is not None:
        try:
            scores = score_cells(xml, score_form)
        except FieldappError as exc:
            error = exc.message
    return Parsed(flat, None, scores, error)


def prepare_one(
    flattener: Flattener, tag: str, score_form: FormName | None, instance_id: str, xml: bytes
) -> Payload:
    """One record's prepared rows: what ``RowMaker.make`` would compute from its XML, before the
    meta cells (status, flags...) that change after receiving."""
    payload: Payload = {"tag": tag, "sha": xml_digest(xml)}
    parsed = parse_record(flattener, score_form, instance_id, xml)
    flat = parsed.flat
    if flat is None:
        payload["skip"] = list(parsed.skip or ())
        return payload
    tables = [0, *(t for t, _ in flat.repeats)]
    texts = [SEP.join(flat.main), *(SEP.join(row) for _, row in flat.repeats)]
    widths = [len(flat.main), *(len(row) for _, row in flat.repeats)]
    if any(text.count(SEP) != width - 1 for text, width in zip(texts, widths, strict=True)):
        return payload  # a cell holds the separator: no rows, the record is parsed at export
    payload["rows"] = [[t, text] for t, text in zip(tables, texts, strict=True)]
    if parsed.scores is not None:
        payload["scores"] = parsed.scores
    elif parsed.score_error is not None:
        payload["score_error"] = parsed.score_error
    return payload


@dataclass(frozen=True)
class Projection:
    """Prepared rows of one layout -> an export's rows. ``tables``: layout table -> (export
    table, getter over the layout row plus one empty cell at its end, the layout row's width);
    a layout table the export leaves out (sensitive) is absent."""

    tables: dict[int, tuple[int, Callable[[Sequence[str]], tuple[str, ...]], int]]


def projection(export: ColumnModel, layout: ColumnModel) -> Projection | None:
    """None when a table of the export has a column this layout lacks (a field only another
    version has): such records are parsed instead."""
    by_name = {t.name: i for i, t in enumerate(export.tables)}
    tables: dict[int, tuple[int, Callable[[Sequence[str]], tuple[str, ...]], int]] = {}
    for li, lt in enumerate(layout.tables):
        ei = by_name.get(lt.name)
        if ei is None:
            continue  # left out of the export (sensitive)
        et = export.tables[ei]
        if et.repeat != lt.repeat:
            return None
        at = {(c.name, c.kind): i for i, c in enumerate(lt.columns)}
        blank = len(lt.columns)
        positions: list[int] = []
        for column in et.columns:
            if ei == 0 and column.kind in ("meta", "key", "score"):
                positions.append(blank)  # filled per record by RowMaker
                continue
            found = at.get((column.name, column.kind))
            if found is None:
                return None
            positions.append(found)
        if len(positions) < 2:  # itemgetter of one position returns a cell, not a tuple
            positions.append(blank)
        tables[li] = (ei, itemgetter(*positions), blank)
    if not any(ei == 0 for ei, _, _ in tables.values()):
        return None
    return Projection(tables)


@dataclass(frozen=True)
class PrepareReport:
    prepared: int  # records whose rows were made and sealed now
    waiting: int  # received records of a version the profile does not hold or cannot read


def prepare_rows(
    session: ProfileSession,
    form_id: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PrepareReport:
    """Make and seal the rows of every received submission that has none for its version's
    current layout (all forms, or one). Cheap when there is nothing to do: one plaintext count
    per form, and each version's tag is remembered (keyed by FORMAT and a hash of the form's
    XML) so its form is not parsed again. Stops between pages when ``cancelled()`` turns true
    (what is sealed stays; the next run goes on)."""
    forms = [form_id] if form_id else session.review_values("form_id")
    prepared = waiting = 0
    for form in forms:
        counts = session.prepared_counts(form)
        if not counts:
            continue
        held = {f.version: f for f in session.list_forms(form)}
        score_form = ipl_form(form)
        for version in sorted({v for v, _ in counts}):
            here = sum(n for (v, _), n in counts.items() if v == version)
            tags = {t for (v, t) in counts if v == version}
            stored = held.get(version)
            if stored is None:
                waiting += here
                continue
            key = "export.layout." + _short(f"{form}@{version}")
            state = f"{FORMAT}:{_short(session.get_form_xml(form, version))}"
            remembered = session.get_setting(key)
            known = (
                remembered.rpartition(":")[2]
                if isinstance(remembered, str) and remembered.startswith(state + ":")
                else None
            )
            if known is not None and tags == {known}:
                continue  # every record already has rows of the current layout
            try:
                defn = load_definition(session, form, version, stored.media_names)
                tag, layout = version_layout(form, defn)
            except FieldappError:  # a form the engine cannot read: its exports say so
                waiting += here
                continue
            session.set_setting(key, f"{state}:{tag}")
            if tags == {tag}:
                continue
            prepared += _prepare_version(
                session, form, version, tag, Flattener(layout), score_form, cancelled
            )
            if cancelled is not None and cancelled():
                break
    return PrepareReport(prepared, waiting)


def _prepare_version(
    session: ProfileSession,
    form: str,
    version: str,
    tag: str,
    flattener: Flattener,
    score_form: FormName | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    prepared = 0
    after: tuple[str, int] | None = None
    while cancelled is None or not cancelled():
        batch = session.read_unprepared(form, version, tag, after, PAGE)
        items = [
            (r.instance_id, r.xml, prepare_one(flattener, tag, score_form, r.instance_id, r.xml))
            for r in batch.records
            if not isinstance(r, Unreadable)
        ]
        if items:
            prepared += session.put_prepared(items)
        after = batch.after
        if after is None:
            break
    return prepared


def _short(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.blake2b(raw, digest_size=8).hexdigest()
