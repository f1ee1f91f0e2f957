"""Export a profile's submissions of one form to CSV, XLSX, SPSS or Stata (see the package doc).

One pass: build the column model from the stored form versions, page through the matching
records, flatten each into its rows and hand them to the format's sink; report progress as
``(done, total)`` and stop cleanly when ``cancelled()`` turns true. A record that cannot be read
is skipped and listed in the report; a write failure removes every partial file, and what an
export killed hard left in the target folder is removed by the next one (leftovers.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from fieldapp.core.engine import FormDefinition
from fieldapp.core.export.columns import (
    ColumnModel,
    build_model,
    merge_models,
    resolve_language,
    with_meta,
)
from fieldapp.core.export.flatten import Row
from fieldapp.core.export.forms import load_definition
from fieldapp.core.export.leftovers import sweep
from fieldapp.core.export.outputs import AtomicOutputs
from fieldapp.core.export.pipeline import BATCH, Done, Pipeline
from fieldapp.core.export.prepared import version_layout
from fieldapp.core.export.rows import Record, RowMaker
from fieldapp.core.export.scores import ipl_form, score_columns
from fieldapp.core.export.source import (
    ExportFilter,
    Skipped,
    count,
    enumerator_of,
    iter_submissions,
    submitted_at,
)
from fieldapp.core.export.statistical import StatSink
from fieldapp.core.export.tabular import CsvSink, XlsxSink
from fieldapp.core.review.flags import flags_of
from fieldapp.core.store import ProfileSession
from fieldapp.errors import FieldappError

ExportFormat = Literal["csv", "xlsx", "sav", "dta"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "xlsx", "sav", "dta")
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 200
PIPELINE_MIN = 20_000  # records: below, starting helpers (~0.3 s CPU each) costs more than it saves


@dataclass(frozen=True)
class ExportRequest:
    """What to export where. ``out``: the .xlsx file; for csv / sav / dta either the main file
    (repeats and the codebook go next to it as ``<stem>-<repeat>.<ext>``) or a ``.zip`` holding
    them all. Sensitive fields (groups named ``sensitive*``) only with ``include_sensitive``."""

    filter: ExportFilter
    format: ExportFormat
    out: Path
    language: str | None = None
    include_sensitive: bool = False
    include_scores: bool = True


@dataclass(frozen=True)
class ExportReport:
    files: tuple[Path, ...]
    exported: int  # submissions written (main-table rows)
    repeat_rows: dict[str, int] = field(default_factory=dict)  # repeat table -> rows
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = ()
    columns: int = 0  # columns of the main table
    sensitive_left_out: tuple[str, ...] = ()  # "(table): column" excluded by default
    language: str | None = None
    seconds: float = 0.0
    leftovers_removed: tuple[Path, ...] = ()  # temporaries of exports killed hard (leftovers.py)
    prepared: int = 0  # records taken from rows prepared after receiving (prepared.py), not parsed


class _Sink(Protocol):
    rows: list[int]

    def open(self) -> None: ...
    def write(self, table: int, row: Row) -> None: ...
    def close(self) -> list[Path]: ...
    def abort(self) -> None: ...


def auto_workers(total: int) -> int:
    """Helper processes for a CSV export that must parse ``total`` records: 2 with 2+ CPUs and
    enough records (measured: tests/benchmarks/bench_export.py), else none. Records with
    prepared rows (prepared.py) do not count: projecting them is cheaper than a pipe."""
    cpus = os.cpu_count() or 1
    return min(2, cpus) if cpus >= 2 and total >= PIPELINE_MIN else 0


def _check_out(request: ExportRequest) -> Path:
    out = Path(request.out).expanduser()
    suffix = out.suffix.lower()
    if request.format not in FORMATS:
        raise FieldappError(
            "R151", detail=f"unknown format {request.format!r}; use one of {', '.join(FORMATS)}"
        )
    allowed = {".xlsx"} if request.format == "xlsx" else {f".{request.format}", ".zip"}
    if suffix not in allowed:
        names = " or ".join(sorted(allowed))
        raise FieldappError(
            "R151",
            location=str(out),
            detail=f"a {request.format} export must be written to a {names} file, not {out.name}",
        )
    return out.resolve()


def _definitions(session: ProfileSession, flt: ExportFilter) -> list[tuple[str, FormDefinition]]:
    stored = session.list_forms(flt.form_id)
    wanted = set(flt.versions)
    if wanted:
        stored = [f for f in stored if f.version in wanted]
    if not stored or (wanted and len(stored) < len(wanted)):
        missing = sorted(wanted - {f.version for f in stored})
        versions = f" version {', '.join(missing)}" if missing else ""
        raise FieldappError("R150", form_id=flt.form_id, versions=versions)
    return [
        (form.version, load_definition(session, form.form_id, form.version, form.media_names))
        for form in stored
    ]


def _layouts(form_id: str, definitions: list[tuple[str, FormDefinition]]) -> dict[str, ColumnModel]:
    """Tag -> layout of the rows prepared for each version (prepared.py)."""
    return dict(version_layout(form_id, defn) for _, defn in definitions)


def _unprepared(session: ProfileSession, flt: ExportFilter, total: int, maker: RowMaker) -> int:
    """About how many of the export's records have no prepared rows it can use (those are
    parsed: worth helper processes when there are many)."""
    if session.role != "supervisor":
        return total
    versions = set(flt.versions)
    usable = sum(
        n
        for (version, tag), n in session.prepared_counts(flt.form_id).items()
        if tag in maker.projections and (not versions or version in versions)
    )
    return max(0, total - usable)


def build_export_model(
    session: ProfileSession,
    flt: ExportFilter,
    *,
    language: str | None = None,
    include_sensitive: bool = False,
    include_scores: bool = True,
) -> tuple[ColumnModel, tuple[str, ...]]:
    """The columns an export will have (also for a UI preview) and the sensitive ones left out."""
    return _export_model(
        _definitions(session, flt),
        flt,
        language=language,
        include_sensitive=include_sensitive,
        include_scores=include_scores,
    )


def _export_model(
    definitions: list[tuple[str, FormDefinition]],
    flt: ExportFilter,
    *,
    language: str | None,
    include_sensitive: bool,
    include_scores: bool,
) -> tuple[ColumnModel, tuple[str, ...]]:
    newest = definitions[0][1]
    if language and resolve_language(newest, language) is None:
        raise FieldappError(
            "R159", lang=language, languages=", ".join(newest.languages) or "no translations"
        )
    model = merge_models([build_model(defn, language) for _, defn in definitions])
    left_out: tuple[str, ...] = ()
    if not include_sensitive:
        left_out = tuple(model.sensitive_columns())
        model = model.without_sensitive()
    scores = score_columns() if include_scores and ipl_form(flt.form_id) else []
    return with_meta(model, scores), left_out


def export_submissions(
    session: ProfileSession,
    request: ExportRequest,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    workers: int | None = None,
) -> ExportReport:
    """Write the export; see ExportRequest. Raises R150-R162 (nothing left on disk on error).

    ``workers``: helper processes making the CSV rows (pipeline.py); None = ``auto_workers``,
    0 = all in this process. XLSX, SPSS and Stata are always made in this process."""
    started = time.perf_counter()
    out = _check_out(request)
    removed = sweep(out.parent)
    flt = request.filter
    flt.check(session.role)
    definitions = _definitions(session, flt)
    model, left_out = _export_model(
        definitions,
        flt,
        language=request.language,
        include_sensitive=request.include_sensitive,
        include_scores=request.include_scores,
    )
    score_form = ipl_form(flt.form_id) if request.include_scores else None
    layouts = _layouts(flt.form_id, definitions)
    maker = RowMaker(model, score_form, layouts)
    known_versions = set(model.versions)
    total = count(session, flt)
    if request.format != "csv":
        workers = 0
    elif workers is None:
        workers = auto_workers(_unprepared(session, flt, total, maker))
    outputs = AtomicOutputs()
    sink: _Sink
    if request.format == "csv":
        sink = CsvSink(model, out, outputs)
    elif request.format == "xlsx":
        sink = XlsxSink(model, out, outputs)
    else:
        sink = StatSink(model, out, outputs, request.format)
    skipped: list[Skipped] = []
    warnings: list[str] = []
    done = exported = 0
    write = sink.write
    pipeline: Pipeline | None = None
    batch: list[Record] = []

    from_helpers = 0

    def put(finished: Done) -> None:
        nonlocal exported, from_helpers
        from_helpers += finished.prepared
        assert isinstance(sink, CsvSink)
        for table, (text, rows) in enumerate(zip(finished.texts, finished.rows, strict=True)):
            if rows:
                sink.write_text(table, text, rows)
        exported += finished.exported
        skipped.extend(Skipped(*s) for s in finished.skipped)
        warnings.extend(finished.warnings)

    try:
        sink.open()
        if workers > 0:
            pipeline = Pipeline(workers, model, score_form, layouts, str(out), cancelled)
        for item in iter_submissions(session, flt):
            done += 1
            if cancelled is not None and cancelled():
                raise FieldappError("R156", location=str(out), path=str(out))
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, max(total, done))
            if item is None:
                continue
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            iid = item.instance_id
            if item.form_version not in known_versions:
                err = FieldappError(
                    "R153",
                    location=iid,
                    instance_id=iid,
                    form_id=item.form_id,
                    version=item.form_version,
                )
                skipped.append(Skipped(iid, err.code, err.render()))
                continue
            record = Record(
                iid,
                item.form_version,
                item.status,
                submitted_at(item),
                enumerator_of(item),
                " ".join(f.code for f in flags_of(item.flags)) if item.flags else "",
                item.xml,
                item.prepared,
            )
            if pipeline is not None:
                batch.append(record)
                if len(batch) >= BATCH:
                    for finished in pipeline.submit(batch):
                        put(finished)
                    batch = []
                continue
            made = maker.make(record)
            if made.skipped is not None:
                skipped.append(Skipped(iid, *made.skipped))
                continue
            if made.warning is not None:
                warnings.append(made.warning)
            for table, row in made.rows:
                write(table, row)
            exported += 1
        if pipeline is not None:
            if batch:
                for finished in pipeline.submit(batch):
                    put(finished)
            for finished in pipeline.drain():
                put(finished)
            pipeline.stop()
        files = sink.close()
    except BaseException:
        if pipeline is not None:
            pipeline.stop(force=True)
        sink.abort()
        raise
    if progress is not None:
        progress(done, max(total, done))
    if isinstance(sink, StatSink | XlsxSink):
        warnings += sink.warnings
    return ExportReport(
        files=tuple(files),
        exported=exported,
        repeat_rows={t.name: sink.rows[i] for i, t in enumerate(model.tables) if t.repeat},
        skipped=tuple(skipped),
        warnings=tuple(warnings),
        columns=len(model.main.columns),
        sensitive_left_out=left_out,
        language=model.language,
        seconds=time.perf_counter() - started,
        leftovers_removed=tuple(removed),
        prepared=maker.from_prepared + from_helpers,
    )
