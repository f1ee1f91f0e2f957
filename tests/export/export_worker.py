"""Subprocess for the disk-full test: RLIMIT_FSIZE caps every file this process writes.

    python -m tests.export.export_worker DATA OUT FORMAT LIMIT

Unlocks the profile first (before the limit), then exports; prints ``ERROR <code> <message>``
or ``DONE <files>``.
"""

from __future__ import annotations

import resource
import signal
import sys
from pathlib import Path

from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions
from fieldapp.errors import FieldappError
from tests.export.exportkit import PASS, make_store


def main(data: str, out: str, fmt: str, limit: str) -> None:
    session = make_store(Path(data)).unlock("Sup", PASS)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG from write() instead of dying
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
    try:
        report = export_submissions(
            session,
            ExportRequest(ExportFilter("diaspora"), fmt, Path(out)),  # type: ignore[arg-type]
        )
        print("DONE", *report.files, flush=True)
    except FieldappError as exc:
        print(f"ERROR {exc.code} {exc.message}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
