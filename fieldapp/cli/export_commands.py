"""`fieldapp export FORM_ID`: write a profile's submissions of one form to CSV, XLSX, SAV or DTA.

``fieldapp export diaspora --format csv --out diaspora.zip [--status approved ...]
[--version V ...] [--from 2026-11-01] [--to 2026-11-30] [--enumerator ana ...]
[--include-sensitive] [--lang fr] [--no-scores]`` unlocks the profile (passphrase as for every
command: --passphrase-file, $FIELDAPP_PASSPHRASE or a prompt), prints a progress line on stderr
and a summary on stdout. ``--to`` with a date alone includes that whole day. The exported files
are plaintext: the one place fieldapp writes answers unencrypted, at the path the user chose.
Exit codes: 0 everything exported, 1 some submissions were skipped (listed on stderr), 2 an
error (nothing left on disk).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fieldapp.cli.passphrase import profile_name, read_passphrase, store_for
from fieldapp.errors import FieldappError

# The parser is built at every start (the desktop app too): the export core and the store load
# only when an export runs. Same values as fieldapp.core.export.FORMATS / store Status (a test
# checks they agree).
FORMATS = ("csv", "xlsx", "sav", "dta")
STATUSES = ("draft", "finalized", "sent", "returned", "approved", "received", "has_issues")


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    export = subparsers.add_parser(
        "export",
        parents=[common],
        help="export a form's submissions to CSV, XLSX, SPSS (.sav) or Stata (.dta)",
        description="Export the submissions of FORM_ID in this profile (plaintext files).",
    )
    export.add_argument("form_id", metavar="FORM_ID", help="id of a form stored in the profile")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument(
        "--out",
        required=True,
        help="output file: .xlsx; for csv/sav/dta the main file (repeats go next to it) or a .zip",
    )
    export.add_argument(
        "--status",
        action="append",
        default=[],
        choices=STATUSES,
        help="only these statuses (repeat the option); default: received and reviewed ones "
        "(supervisor), finalized and later (enumerator)",
    )
    export.add_argument("--version", action="append", default=[], help="only this form version")
    export.add_argument(
        "--from", dest="date_from", default=None, help="submitted on or after (YYYY-MM-DD or ISO)"
    )
    export.add_argument(
        "--to", dest="date_to", default=None, help="submitted up to (a date alone: that whole day)"
    )
    export.add_argument(
        "--enumerator", action="append", default=[], help="only this enumerator (server user)"
    )
    export.add_argument(
        "--include-sensitive",
        action="store_true",
        help="include the sensitive contact fields (groups named sensitive*); left out by default",
    )
    export.add_argument("--lang", default=None, help="label language, e.g. fr or 'French (fr)'")
    export.add_argument(
        "--no-scores", action="store_true", help="leave out the IPL scores computed by fieldapp"
    )
    export.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="CSV: helper processes making the rows (default: 2 from 20,000 submissions; 0 = none)",
    )
    export.set_defaults(handler=_export)


def parse_when(text: str | None, *, end: bool) -> datetime | None:
    """ISO date-time (naive = UTC) or a date; a date as ``end`` means the end of that day."""
    if text is None:
        return None
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
            return moment + timedelta(days=1) if end else moment
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise FieldappError(
            "C100", detail=f"{text!r} is not a date: use YYYY-MM-DD or 2026-11-23T10:00:00Z"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class _ProgressLine:
    """``export: 1,200 / 100,000 (1%)`` rewritten in place on a terminal, every second otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        final = done >= total
        if not final and now - self.last < (0.1 if self.tty else 1.0):
            return
        self.last = now
        pct = 100 * done // total if total else 100
        line = f"export: {done:,} / {total:,} ({pct}%)"
        if self.tty:
            print("\r" + line, end="\n" if final else "", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)


def _export(args: argparse.Namespace) -> int:
    from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions

    store = store_for(args)
    name = profile_name(args, store)
    flt = ExportFilter(
        form_id=args.form_id,
        versions=tuple(args.version),
        statuses=tuple(args.status),
        date_from=parse_when(args.date_from, end=False),
        date_to=parse_when(args.date_to, end=True),
        enumerators=tuple(args.enumerator),
    )
    request = ExportRequest(
        filter=flt,
        format=args.format,
        out=Path(args.out),
        language=args.lang,
        include_sensitive=args.include_sensitive,
        include_scores=not args.no_scores,
    )
    session = store.unlock(name, read_passphrase(args))
    try:
        report = export_submissions(
            session, request, progress=_ProgressLine(), workers=args.workers
        )
    finally:
        session.lock()
    repeats = ", ".join(f"{n} {t} rows" for t, n in report.repeat_rows.items())
    print(
        f"Exported {report.exported} submissions of {args.form_id} "
        f"({report.columns} columns{'; ' + repeats if repeats else ''}) in {report.seconds:.1f} s:"
    )
    for path in report.files:
        print(f"  {path}")
    print("These files are NOT encrypted: keep them as safe as the answers they hold.")
    if report.sensitive_left_out:
        print(
            f"{len(report.sensitive_left_out)} sensitive column(s) left out; "
            "--include-sensitive adds them."
        )
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for skipped in report.skipped:
        print(f"skipped: {skipped.message}", file=sys.stderr)
    if report.skipped:
        print(f"{len(report.skipped)} submission(s) skipped (see above).", file=sys.stderr)
        return 1
    return 0
