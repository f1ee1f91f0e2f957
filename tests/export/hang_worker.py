"""Subprocess for the hard-kill test: starts an export and stops in the middle of it.

    python -m tests.export.hang_worker DATA OUT FORMAT

Prints ``WRITING`` at the first progress report (temporaries on disk, rows written), then
sleeps until it is killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions
from tests.export.exportkit import PASS, make_store


def main(data: str, out: str, fmt: str) -> None:
    session = make_store(Path(data)).unlock("Sup", PASS)

    def progress(done: int, total: int) -> None:
        print("WRITING", flush=True)
        time.sleep(300)

    export_submissions(
        session,
        ExportRequest(ExportFilter("diaspora"), fmt, Path(out)),  # type: ignore[arg-type]
        progress=progress,
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
