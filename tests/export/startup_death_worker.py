"""Subprocess for the start-up death test: an export whose helper processes die while starting.

    python -m tests.export.startup_death_worker DATA OUT

A spawned helper imports this module (as ``__mp_main__``) before it reads anything from its
parent; here it exits at once, as a helper whose start fails would (a broken install, a process
killed by the system). The export must fail with R162, not wait forever. Prints the error code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if __name__ == "__mp_main__":
    os._exit(3)

from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions
from fieldapp.errors import FieldappError
from tests.export.exportkit import PASS, make_store


def main(data: str, out: str) -> None:
    session = make_store(Path(data)).unlock("Sup", PASS)
    try:
        request = ExportRequest(ExportFilter("diaspora"), "csv", Path(out))
        export_submissions(session, request, workers=2)
    except FieldappError as exc:
        print(exc.code, flush=True)
    else:
        print("EXPORTED", flush=True)
    finally:
        session.lock()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
