"""CSV rows made by helper processes: parsing the instance XML is most of an export's time.

The export's own process keeps reading and decrypting records a page at a time (the store and
its keys stay there) and hands batches of records to ``workers`` helper processes over pipes;
each helper turns its batches into CSV text (rows.RowMaker, then ``csv.writer`` into memory) and
sends the text back; the export's process writes it to the files in order. Batch ``k`` goes to
helper ``k % workers`` and each helper answers in order, so reading the answers round-robin
keeps the rows in the single-process order. One batch per helper is in flight: memory stays
flat.

Plaintext crosses pipes only, never the disk. Helpers are started with the 'spawn' method (no
fork of a process holding keys and Qt; the same on Linux, macOS and Windows; the frozen app
calls ``multiprocessing.freeze_support()`` in fieldapp/__main__.py). A helper that dies makes
the export fail with R162 (nothing left on disk); helpers end when the export does, and on their
own when the export's process disappears (their pipe closes).
"""

from __future__ import annotations

import contextlib
import csv
import io
import multiprocessing
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from fieldapp.core.export.columns import ColumnModel
from fieldapp.core.export.rows import Record, RowMaker
from fieldapp.core.scoring.ipl_items import FormName
from fieldapp.errors import FieldappError

BATCH = 250  # records per message


@dataclass(frozen=True)
class Done:
    """What one batch became: CSV text and row count per table, and the records left out."""

    texts: list[str]
    rows: list[int]
    exported: int
    skipped: list[tuple[str, str, str]]  # (instance id, code, message)
    warnings: list[str]


def make_batch(maker: RowMaker, tables: int, batch: list[Record]) -> Done:
    buffers = [io.StringIO() for _ in range(tables)]
    writers = [csv.writer(b) for b in buffers]
    rows = [0] * tables
    skipped: list[tuple[str, str, str]] = []
    warnings: list[str] = []
    exported = 0
    make = maker.make
    for record in batch:
        made = make(record)
        if made.skipped is not None:
            skipped.append((record.instance_id, *made.skipped))
            continue
        if made.warning is not None:
            warnings.append(made.warning)
        for table, row in made.rows:
            writers[table].writerow(row)
            rows[table] += 1
        exported += 1
    return Done([b.getvalue() for b in buffers], rows, exported, skipped, warnings)


def serve(conn: Connection, model: ColumnModel, score_form: FormName | None) -> None:
    """A helper process: batches in, CSV text out, until told to stop or the pipe closes."""
    try:
        maker = RowMaker(model, score_form)
        tables = len(model.tables)
        while True:
            batch = conn.recv()
            if batch is None:
                return
            conn.send(make_batch(maker, tables, batch))
    except (EOFError, OSError, KeyboardInterrupt):
        return  # the export's process is gone or stopping: nothing to answer
    except BaseException:
        with contextlib.suppress(OSError):
            conn.send(("failed", traceback.format_exc(limit=3)))


class Pipeline:
    def __init__(
        self, workers: int, model: ColumnModel, score_form: FormName | None, path: str
    ) -> None:
        self.path = path
        ctx = multiprocessing.get_context("spawn")
        self.conns: list[Connection] = []
        self.procs: list[BaseProcess] = []
        self.sent = self.received = 0
        try:
            for _ in range(workers):
                ours, theirs = ctx.Pipe()
                proc = ctx.Process(
                    target=serve, args=(theirs, model, score_form), daemon=True, name="export"
                )
                proc.start()
                theirs.close()
                self.conns.append(ours)
                self.procs.append(proc)
        except BaseException:
            self.stop(force=True)
            raise

    def _failed(self, detail: str) -> FieldappError:
        return FieldappError("R162", location=self.path, path=self.path, detail=detail)

    def submit(self, batch: list[Record]) -> Iterator[Done]:
        """Send a batch to the next helper, first taking that helper's previous answer (yielded,
        with any older ones): a helper never has two batches, so neither side ever blocks
        sending to a peer that is itself blocked sending (messages exceed pipe buffers)."""
        while self.sent - self.received >= len(self.conns):
            yield self._next()
        conn = self.conns[self.sent % len(self.conns)]
        try:
            conn.send(batch)
        except OSError as exc:
            raise self._failed(f"cannot send: {exc}") from None
        self.sent += 1

    def drain(self) -> Iterator[Done]:
        while self.received < self.sent:
            yield self._next()

    def _next(self) -> Done:
        conn = self.conns[self.received % len(self.conns)]
        try:
            answer: Any = conn.recv()
        except (EOFError, OSError):
            proc = self.procs[self.received % len(self.conns)]
            proc.join(timeout=1)
            raise self._failed(f"exit code {proc.exitcode}") from None
        self.received += 1
        if not isinstance(answer, Done):
            raise self._failed(str(answer[1]).strip().splitlines()[-1])
        return answer

    def stop(self, *, force: bool = False) -> None:
        """End the helpers: asked to when every answer was read, killed on an error or a
        cancellation (they may be busy or blocked on a full pipe). Safe to call twice."""
        if not force:
            for conn in self.conns:
                with contextlib.suppress(OSError):
                    conn.send(None)
        for proc in self.procs:
            if force:
                proc.kill()
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=5)
        for conn in self.conns:
            conn.close()
        self.conns = []
        self.procs = []
