"""`fieldapp form check` and `fieldapp form run`: the engine from the command line.

Exit codes are part of the contract: check 0 = loads, 1 = problems (one per line on stderr);
run 0 = filled with no problems, 1 = rejected answers / required / constraint problems,
2 = the form or the answers file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fieldapp.errors import FieldappError


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    form = subparsers.add_parser("form", parents=[common], help="check or run XLSForms / XForms")
    sub = form.add_subparsers(dest="form_command", metavar="SUBCOMMAND", required=True)

    check = sub.add_parser("check", parents=[common], help="load and statically validate a form")
    check.add_argument("path", metavar="PATH")
    check.add_argument("--media", default=None, help="media folder (default: beside the form)")
    check.set_defaults(handler=_check)

    run = sub.add_parser(
        "run", parents=[common], help="fill a form headless from answers and print the instance"
    )
    run.add_argument("path", metavar="PATH")
    run.add_argument("--answers", required=True, help="JSON object: absolute ref -> value")
    run.add_argument("--out", default=None, help="write the instance XML here (default: stdout)")
    run.add_argument("--media", default=None, help="media folder (default: beside the form)")
    run.add_argument("--tz", default=None, help="IANA time zone, e.g. Europe/Paris")
    run.add_argument("--now", default=None, help="ISO 8601 date-time to use as now()")
    run.set_defaults(handler=_run)


def _check(args: argparse.Namespace) -> int:
    from fieldapp.core.engine import load_form

    try:
        defn = load_form(args.path, args.media)
    except FieldappError as exc:
        where = exc.location or args.path
        print(f"{where}: {exc.message} [{exc.code}]", file=sys.stderr)
        return 1
    for line in defn.static_problems():
        print(line, file=sys.stderr)
    print(
        f"{defn.name}: OK: form {defn.form_id!r}"
        + (f" version {defn.version}" if defn.version else "")
        + f", {len(defn.controls)} questions, {len(defn.repeats)} repeats"
    )
    return 0


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise FieldappError("C100", detail=f"unknown time zone {name!r}") from exc


def _now(text: str | None, tz: tzinfo | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise FieldappError("C100", detail=f"--now {text!r} is not an ISO 8601 date-time") from exc
    if value.tzinfo is None and tz is not None:
        value = value.replace(tzinfo=tz)
    return value


def read_answers(path: str) -> dict[str, str]:
    """The answers file: a flat JSON object of ref -> string (numbers are accepted as text)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FieldappError("C101", path=path, detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise FieldappError("C101", path=path, detail="it must be a JSON object of ref: value")
    out: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(key, str) or not key.startswith("/"):
            raise FieldappError("C101", path=path, detail=f"{key!r} is not an absolute ref")
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise FieldappError("C101", path=path, detail=f"{key}: the value must be text")
        out[key] = value if isinstance(value, str) else json.dumps(value)
    return out


def _run(args: argparse.Namespace) -> int:
    from fieldapp.core.engine import FormSession, load_form
    from fieldapp.core.engine.autofill import fill

    try:
        tz = _zone(args.tz)
        now = _now(args.now, tz)
        answers = read_answers(args.answers)
        defn = load_form(args.path, args.media)
    except FieldappError as exc:
        print(exc.render(), file=sys.stderr)
        return 2
    if tz is None and now is not None and now.tzinfo is not None:
        tz = now.tzinfo  # --now 2024-01-01T10:00+01:00 alone: report times in that offset
    session = FormSession.start(defn, now=(lambda: now) if now else None, tz=tz)
    report = fill(session, answers)
    xml = session.to_xml()
    if args.out:
        Path(args.out).write_bytes(xml + b"\n")
    else:
        sys.stdout.write(xml.decode("utf-8") + "\n")
    for line in report.lines():
        print(line, file=sys.stderr)
    return 0 if report.ok else 1
