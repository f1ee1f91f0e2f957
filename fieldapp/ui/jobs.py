"""Run slow work (key derivation, form conversion, sync) off the UI thread.

One small job class, after vorta's and picard's pattern: the callable runs on a QThreadPool
worker; its result or error comes back to the UI thread through queued signals, so screens stay
responsive and never touch Qt objects from a worker.
"""

from __future__ import annotations

import contextlib
import gc
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fieldapp.errors import FieldappError


class JobSignals(QObject):
    finished = Signal(object)  # the callable's return value
    failed = Signal(str)  # a message a user can act on
    progress = Signal(int, str)  # percent (or -1: unknown), what is happening
    item = Signal(str, str)  # one item's new status (e.g. an interview sent by a sync)


class Job(QRunnable):
    """A callable run on the global thread pool, reporting back through signals."""

    def __init__(
        self, work: Callable[..., Any], *, with_progress: bool = False, with_items: bool = False
    ) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._work = work
        self._with_progress = with_progress
        self._with_items = with_items
        self.setAutoDelete(True)

    def run(self) -> None:
        # the app may quit while this job runs: its signals' C++ object is then gone and emitting
        # raises RuntimeError; nobody is listening any more
        with contextlib.suppress(RuntimeError):
            self._run()

    def _run(self) -> None:
        try:
            if self._with_items:
                result = self._work(self.signals.progress.emit, self.signals.item.emit)
            elif self._with_progress:
                result = self._work(self.signals.progress.emit)
            else:
                result = self._work()
        except FieldappError as exc:
            self.signals.failed.emit(exc.render())
        except Exception as exc:
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self.signals.failed.emit(detail)
        else:
            self.signals.finished.emit(result)


_running: set[JobSignals] = set()


def _job_started() -> None:
    """No cyclic garbage collection while a worker runs.

    Python's collector runs in whichever thread happens to allocate; if that is a worker, it may
    finalize Qt widgets of closed screens off the GUI thread, which crashes Qt. Collection is
    paused while any job runs and resumed (on the GUI thread) when the last one reports back.
    """
    if not _running:
        gc.disable()


def _job_ended(signals: JobSignals) -> None:
    _running.discard(signals)
    if not _running:
        gc.enable()


def run_job(
    work: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    *,
    on_progress: Callable[[int, str], None] | None = None,
    on_item: Callable[[str, str], None] | None = None,
) -> Job:
    """Start ``work`` on a worker thread; the callbacks run on the UI thread.

    ``work`` receives ``progress(percent, text)`` when ``on_progress`` is given, and also
    ``item(item_id, status)`` when ``on_item`` is given.
    """
    job = Job(
        work,
        with_progress=on_progress is not None or on_item is not None,
        with_items=on_item is not None,
    )
    signals = job.signals
    _job_started()
    _running.add(signals)  # keep the QObject alive until a result arrives

    def done(result: object) -> None:
        _job_ended(signals)
        on_done(result)

    def failed(message: str) -> None:
        _job_ended(signals)
        on_error(message)

    signals.finished.connect(done)
    signals.failed.connect(failed)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    if on_item is not None:
        signals.item.connect(on_item)
    QThreadPool.globalInstance().start(job)
    return job
