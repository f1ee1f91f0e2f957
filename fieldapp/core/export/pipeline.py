"""CSV rows made by helper processes: parsing the instance XML is most of an export's time.

The export's own process keeps reading and decrypting records a page at a time (the store and
its keys stay there) and hands batches of records to ``workers`` helper processes over pipes;
each helper turns its batches into CSV text (rows.RowMaker, then tabular.csv_line) and
sends the text back; the export's process writes it to the files in order. Batch ``k`` goes to
helper ``k % workers`` and each helper answers in order, so reading the answers round-robin
keeps the rows in the single-process order. A reader thread takes the answers as they come;
at most ``WINDOW`` batches per helper are out: memory stays flat.

Plaintext crosses pipes only, never the disk. Helpers are started with the 'spawn' method (no
fork of a process holding keys and Qt; the same on Linux, macOS and Windows; the frozen app
calls ``multiprocessing.freeze_support()`` in fieldapp/__main__.py). A helper that dies makes
the export fail with R162 (nothing left on disk); helpers end when the export does, and on their
own when the export's process disappears (their pipe closes).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from fieldapp.core.export.columns import ColumnModel
from fieldapp.core.export.rows import Record, RowMaker
from fieldapp.core.export.tabular import csv_line
from fieldapp.core.scoring.ipl_items import FormName
from fieldapp.errors import FieldappError

BATCH = 250  # records per message
WINDOW = 2  # batches out per helper: one being made, the next one waiting


@dataclass(frozen=True)
class Done:
    """What one batch became: CSV text and row count per table, and the records left out."""

    texts: list[str]
    rows: list[int]
    exported: int
    skipped: list[tuple[str, str, str]]  # (instance id, code, message)
    warnings: list[str]
    prepared: int = 0  # records made from prepared rows


def make_batch(maker: RowMaker, tables: int, batch: list[Record]) -> Done:
    lines: list[list[str]] = [[] for _ in range(tables)]
    rows = [0] * tables
    skipped: list[tuple[str, str, str]] = []
    warnings: list[str] = []
    exported = 0
    make = maker.make
    before = maker.from_prepared
    for record in batch:
        made = make(record)
        if made.skipped is not None:
            skipped.append((record.instance_id, *made.skipped))
            continue
        if made.warning is not None:
            warnings.append(made.warning)
        for table, row in made.rows:
            lines[table].append(csv_line(row))
            rows[table] += 1
        exported += 1
    texts = ["".join(table) for table in lines]
    return Done(texts, rows, exported, skipped, warnings, maker.from_prepared - before)


def serve(conn: Connection) -> None:
    """A helper process: its setup (columns, score form, prepared layouts), then batches in,
    CSV text out, until told to stop or the pipe closes."""
    try:
        model, score_form, layouts = conn.recv()
        maker = RowMaker(model, score_form, layouts)
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
        self,
        workers: int,
        model: ColumnModel,
        score_form: FormName | None,
        layouts: dict[str, ColumnModel],
        path: str,
    ) -> None:
        self.path = path
        ctx = multiprocessing.get_context("spawn")
        self.conns: list[Connection] = []
        self.procs: list[BaseProcess] = []
        self.sent = self.received = 0
        self.answers: queue.SimpleQueue[Done | FieldappError] = queue.SimpleQueue()
        self.reader: threading.Thread | None = None
        try:
            for _ in range(workers):
                ours, theirs = ctx.Pipe()
                # The setup goes over our own pipe, not as Process arguments: those are written
                # to the child's start-up pipe, which multiprocessing keeps open for reading
                # itself, so a child that died before reading them (over 64 KB) hung start()
                # forever. On our pipe, only the child reads: its death is a broken pipe.
                proc = ctx.Process(target=serve, args=(theirs,), daemon=True, name="export")
                proc.start()
                theirs.close()
                self.conns.append(ours)
                self.procs.append(proc)
            for conn in self.conns:
                conn.send((model, score_form, layouts))
        except OSError as exc:
            self.stop(force=True)
            raise self._failed(f"a helper process did not start: {exc}") from None
        except BaseException:
            self.stop(force=True)
            raise

    def _failed(self, detail: str) -> FieldappError:
        return FieldappError("R162", location=self.path, path=self.path, detail=detail)

    def _read_answers(self) -> None:
        """Reader thread: takes every answer as soon as it is sent, in batch order, so a helper
        never waits on a full pipe and can hold its next batch while it works (no idle gap
        while this process reads the next records). Ends when the helpers do."""
        k = 0
        n = len(self.conns)
        while True:
            try:
                answer: Any = self.conns[k % n].recv()
            except (EOFError, OSError):
                proc = self.procs[k % n]
                proc.join(timeout=1)
                self.answers.put(self._failed(f"exit code {proc.exitcode}"))
                return
            if not isinstance(answer, Done):
                self.answers.put(self._failed(str(answer[1]).strip().splitlines()[-1]))
                return
            self.answers.put(answer)
            k += 1

    def submit(self, batch: list[Record]) -> Iterator[Done]:
        """Send a batch to the next helper; yields finished batches (in order) while more than
        ``WINDOW`` per helper are out, so memory stays bounded."""
        if self.reader is None:
            self.reader = threading.Thread(target=self._read_answers, daemon=True)
            self.reader.start()
        while self.sent - self.received >= WINDOW * len(self.conns):
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
        answer = self.answers.get()
        if isinstance(answer, FieldappError):
            self.answers.put(answer)  # every later call fails the same way
            raise answer
        self.received += 1
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
        if self.reader is not None:  # the helpers are gone: it sees end of file and returns
            self.reader.join(timeout=5)
            self.reader = None
        for conn in self.conns:
            conn.close()
        self.conns = []
        self.procs = []
