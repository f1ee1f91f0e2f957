"""CSV rows made by helper processes: parsing the instance XML is most of an export's time.

The export's own process keeps reading and decrypting records a page at a time (the store and
its keys stay there) and hands batches of records to ``workers`` helper processes over pipes;
each helper turns its batches into CSV text (rows.RowMaker, then tabular.csv_line) and
sends the text back; the export's process writes it to the files in order. Batch ``k`` goes to
helper ``k % workers`` and each helper answers in order, so reading the answers round-robin
keeps the rows in the single-process order. A sender thread writes the batches and a reader
thread takes the answers as they come, so the export's own thread only waits on queues and sees
a cancellation within ``POLL`` seconds even if a helper is stuck; at most ``WINDOW`` batches per
helper are out: memory stays flat.

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
from collections.abc import Callable, Iterator
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
POLL = 0.2  # seconds between looks at the cancel flag while waiting on helpers


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
    """Helpers plus two threads: a sender (setup, then batches in order) and a reader (answers
    in order). The export's own thread only ever waits on queues, in steps of ``POLL`` seconds,
    so a cancellation is seen even while a helper is stuck and a pipe is full."""

    def __init__(
        self,
        workers: int,
        model: ColumnModel,
        score_form: FormName | None,
        layouts: dict[str, ColumnModel],
        path: str,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.path = path
        self.cancelled = cancelled
        ctx = multiprocessing.get_context("spawn")
        self.conns: list[Connection] = []
        self.procs: list[BaseProcess] = []
        self.sent = self.received = 0
        self.answers: queue.SimpleQueue[Done | FieldappError] = queue.SimpleQueue()
        self.outbox: queue.Queue[list[Record] | None] = queue.Queue(maxsize=max(1, workers))
        self.error: FieldappError | None = None  # set by the sender or reader thread
        self.reader: threading.Thread | None = None
        self.sender: threading.Thread | None = None
        try:
            for _ in range(workers):
                ours, theirs = ctx.Pipe()
                # The setup goes over our own pipe (sender thread), not as Process arguments:
                # those are written to the child's start-up pipe, which multiprocessing keeps
                # open for reading itself, so a child that died before reading them (over
                # 64 KB) hung start() forever. On our pipe, only the child reads: its death is
                # a broken pipe.
                proc = ctx.Process(target=serve, args=(theirs,), daemon=True, name="export")
                proc.start()
                theirs.close()
                self.conns.append(ours)
                self.procs.append(proc)
        except BaseException:
            self.stop(force=True)
            raise
        setup = (model, score_form, layouts)
        self.sender = threading.Thread(target=self._send, args=(setup,), daemon=True)
        self.sender.start()
        self.reader = threading.Thread(target=self._read_answers, daemon=True)
        self.reader.start()

    def _failed(self, detail: str) -> FieldappError:
        return FieldappError("R162", location=self.path, path=self.path, detail=detail)

    def _fail(self, error: FieldappError) -> None:
        if self.error is None:
            self.error = error
        self.answers.put(error)

    def _send(self, setup: tuple[Any, ...]) -> None:
        """Sender thread: the setup to every helper, then batch ``k`` to helper ``k % n``;
        on the stop mark, the stop message to every helper. A send blocks while its helper is
        busy (one batch waits in the pipe): only this thread waits then."""
        n = len(self.conns)
        try:
            for conn in self.conns:
                conn.send(setup)
            k = 0
            while True:
                batch = self.outbox.get()
                if batch is None:
                    for conn in self.conns:
                        conn.send(None)
                    return
                self.conns[k % n].send(batch)
                k += 1
        except (OSError, ValueError) as exc:  # a helper gone (or its pipe closed by stop)
            self._fail(self._failed(f"a helper process stopped reading: {exc}"))

    def _read_answers(self) -> None:
        """Reader thread: takes every answer as soon as it is sent, in batch order, so a helper
        never waits on a full pipe and can hold its next batch while it works (no idle gap
        while this process reads the next records). Ends when the helpers do."""
        k = 0
        n = len(self.conns)
        while True:
            try:
                answer: Any = self.conns[k % n].recv()
            except (EOFError, OSError, ValueError):
                proc = self.procs[k % n] if self.procs else None
                if proc is not None:
                    proc.join(timeout=1)
                code = proc.exitcode if proc is not None else None
                self._fail(self._failed(f"exit code {code}"))
                return
            if not isinstance(answer, Done):
                self._fail(self._failed(str(answer[1]).strip().splitlines()[-1]))
                return
            self.answers.put(answer)
            k += 1

    def _check(self) -> None:
        """While waiting: the export was cancelled, or a helper failed."""
        if self.cancelled is not None and self.cancelled():
            raise FieldappError("R156", location=self.path, path=self.path)
        if self.error is not None:
            raise self.error

    def submit(self, batch: list[Record]) -> Iterator[Done]:
        """Queue a batch for the next helper; yields finished batches (in order) while more
        than ``WINDOW`` per helper are out, so memory stays bounded."""
        while self.sent - self.received >= WINDOW * len(self.conns):
            yield self._next()
        while True:
            self._check()
            try:
                self.outbox.put(batch, timeout=POLL)
                break
            except queue.Full:
                continue
        self.sent += 1

    def drain(self) -> Iterator[Done]:
        while self.received < self.sent:
            yield self._next()

    def _next(self) -> Done:
        while True:
            try:
                answer = self.answers.get(timeout=POLL)
                break
            except queue.Empty:
                self._check()
        if isinstance(answer, FieldappError):
            self.answers.put(answer)  # every later call fails the same way
            raise answer
        self.received += 1
        return answer

    def stop(self, *, force: bool = False) -> None:
        """End the helpers: asked to when every answer was read, killed on an error or a
        cancellation (they may be busy, stuck, or blocked on a full pipe). Safe to call twice."""
        if not force and self.sender is not None and self.error is None:
            with contextlib.suppress(queue.Full):
                self.outbox.put(None, timeout=5)
            self.sender.join(timeout=5)
        for proc in self.procs:
            if force:
                proc.kill()
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=5)
        # the helpers are gone: blocked sends and reads fail, both threads return
        with contextlib.suppress(queue.Full):
            self.outbox.put_nowait(None)  # wakes a sender still waiting for work
        for thread in (self.sender, self.reader):
            if thread is not None:
                thread.join(timeout=5)
        self.sender = self.reader = None
        for conn in self.conns:
            conn.close()
        self.conns = []
        self.procs = []
