"""One submission -> its finished rows: the flattened answers plus the meta and score cells.

The same code runs in the export's own process and in its helper processes (pipeline.py), so
both paths give the same rows by construction. ``Record`` is what it needs of a stored
submission (no session, picklable: it crosses a pipe to a helper, never the disk).
"""

from __future__ import annotations

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
from fieldapp.core.export.scores import score_cells, score_columns
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


class Made(NamedTuple):
    rows: list[tuple[int, Row]]  # (table, row), main row first; empty when skipped
    skipped: tuple[str, str] | None  # (code, message) when the instance is unreadable
    warning: str | None  # rendered R161 when the IPL score could not be computed


class RowMaker:
    def __init__(self, model: ColumnModel, score_form: FormName | None) -> None:
        self.flattener = Flattener(model)
        main_columns = [c.name for c in model.main.columns]
        # by kind, not name alone: a form may have its own question called "Status"
        self.at = {c.name: i for i, c in enumerate(model.main.columns) if c.kind in ("meta", "key")}
        self.score_form = score_form
        self.score_at = main_columns.index(score_columns()[0].name) if score_form else 0
        self.score_width = len(score_columns())

    def make(self, record: Record) -> Made:
        iid = record.instance_id
        try:
            flat = self.flattener.flatten(record.xml, iid, iid)
        except FieldappError as exc:
            return Made([], (exc.code, exc.render()), None)
        at = self.at
        row = flat.main
        row[at[SUBMISSION_DATE]] = record.submitted_at
        row[at[KEY]] = iid
        row[at[ENUMERATOR]] = record.enumerator
        row[at[STATUS]] = record.status
        row[at[REVIEW_STATE]] = REVIEW_STATES.get(record.status, "")
        row[at[FORM_VERSION]] = record.form_version
        row[at[FLAGS]] = record.flags
        warning = None
        if self.score_form is not None:
            try:
                cells = score_cells(record.xml, self.score_form)
                row[self.score_at : self.score_at + self.score_width] = cells
            except FieldappError as exc:
                err = FieldappError("R161", location=iid, instance_id=iid, detail=exc.message)
                warning = err.render()
        return Made([(0, row), *flat.repeats], None, warning)
