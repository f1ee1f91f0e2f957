"""One submission -> its finished rows: the flattened answers plus the meta and score cells.

The same code runs in the export's own process and in its helper processes (pipeline.py), so
both give the same rows by construction; a record whose rows were prepared after it was received
(prepared.py) is projected from them instead of parsed. ``Record`` is what it needs of a stored
submission (no session, picklable: it crosses a pipe to a helper, never the disk).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from fieldapp.core.export.columns import (
    ENUMERATOR,
    FLAGS,
    FORM_VERSION,
    KEY,
    REVIEW_STATE,
    STATUS,
    SUBMISSION_DATE,
    ColumnModel,
)
from fieldapp.core.export.flatten import Flattener, Row
from fieldapp.core.export.prepared import (
    SEP,
    Payload,
    Projection,
    parse_record,
    projection,
    xml_digest,
)
from fieldapp.core.export.scores import score_columns
from fieldapp.core.scoring.ipl_items import FormName
from fieldapp.errors import FieldappError

#: fieldapp status -> ODK Central review state (received has none there).
REVIEW_STATES = {"approved": "approved", "has_issues": "hasIssues", "returned": "rejected"}


class Record(NamedTuple):
    instance_id: str
    form_version: str
    status: str
    submitted_at: str
    enumerator: str
    flags: str  # review flag codes, space-separated
    xml: bytes
    prepared: Payload | None = None  # rows prepared from this XML (prepared.py), if any


class Made(NamedTuple):
    rows: list[tuple[int, Row]]  # (table, row), main row first; empty when skipped
    skipped: tuple[str, str] | None  # (code, message) when the instance is unreadable
    warning: str | None  # rendered R161 when the IPL score could not be computed


class RowMaker:
    """``layouts``: tag -> layout model of the prepared rows this export can take (prepared.py);
    a record with usable prepared rows is not parsed."""

    def __init__(
        self,
        model: ColumnModel,
        score_form: FormName | None,
        layouts: Mapping[str, ColumnModel] | None = None,
    ) -> None:
        self.flattener = Flattener(model)
        self.from_prepared = 0  # records made from prepared rows (the rest were parsed)
        self.projections: dict[str, Projection] = {}
        for tag, layout in (layouts or {}).items():
            found = projection(model, layout)
            if found is not None:
                self.projections[tag] = found
        main_columns = [c.name for c in model.main.columns]
        # by kind, not name alone: a form may have its own question called "Status"
        self.at = {c.name: i for i, c in enumerate(model.main.columns) if c.kind in ("meta", "key")}
        self.score_form = score_form
        self.score_at = main_columns.index(score_columns()[0].name) if score_form else 0
        self.score_width = len(score_columns())

    def make(self, record: Record) -> Made:
        prepared = record.prepared
        if prepared is not None and self.projections:
            made = self._from_prepared(record, prepared)
            if made is not None:
                self.from_prepared += 1
                return made
        parsed = parse_record(self.flattener, self.score_form, record.instance_id, record.xml)
        if parsed.flat is None:
            return Made([], parsed.skip, None)
        flat = parsed.flat
        return self._finish(record, flat.main, flat.repeats, parsed.scores, parsed.score_error)

    def _from_prepared(self, record: Record, prepared: Payload) -> Made | None:
        """The record's rows from its prepared ones; None when they do not fit this export
        (another layout, made from other XML, or not the shape prepared.py writes)."""
        proj = self.projections.get(prepared.get("tag"))  # type: ignore[arg-type]
        if proj is None or prepared.get("sha") != xml_digest(record.xml):
            return None
        try:
            skip = prepared.get("skip")
            if skip is not None:
                return Made([], (str(skip[0]), str(skip[1])), None)
            scores: list[str] | None = None
            error: str | None = None
            if self.score_form is not None:
                scores, error = prepared.get("scores"), prepared.get("score_error")
                if (scores is None and error is None) or (
                    scores is not None and len(scores) != self.score_width
                ):
                    return None
            tables = proj.tables
            main: Row | None = None
            repeats: list[tuple[int, Row]] = []
            for table, text in prepared["rows"]:
                target = tables.get(table)
                if target is None:
                    continue  # a table this export leaves out
                export_table, get, width = target
                cells = text.split(SEP)
                if len(cells) != width:
                    return None
                cells.append("")  # the blank cell meta columns point at
                row = list(get(cells))
                if export_table == 0:
                    main = row
                else:
                    repeats.append((export_table, row))
            if main is None:
                return None
            return self._finish(record, main, repeats, scores, error)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            return None

    def _finish(
        self,
        record: Record,
        row: Row,
        repeats: list[tuple[int, Row]],
        scores: list[str] | None,
        error: str | None,
    ) -> Made:
        """The meta and score cells, which are not in the XML (status and flags change)."""
        iid = record.instance_id
        at = self.at
        row[at[SUBMISSION_DATE]] = record.submitted_at
        row[at[KEY]] = iid
        row[at[ENUMERATOR]] = record.enumerator
        row[at[STATUS]] = record.status
        row[at[REVIEW_STATE]] = REVIEW_STATES.get(record.status, "")
        row[at[FORM_VERSION]] = record.form_version
        row[at[FLAGS]] = record.flags
        warning = None
        if scores is not None:
            row[self.score_at : self.score_at + self.score_width] = scores
        elif error is not None:
            err = FieldappError("R161", location=iid, instance_id=iid, detail=error)
            warning = err.render()
        return Made([(0, row), *repeats], None, warning)
