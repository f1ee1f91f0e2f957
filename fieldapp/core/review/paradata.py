"""The enumerator's audit log (paradata) as it travels with a submission: ``audit.csv``.

Columns follow ODK Collect's audit log: ``event,node,start,end,old-value,new-value`` with epoch
milliseconds (see fieldapp/ui/paradata.py, which records them). Review reads it for interview
duration, per-question timings and edits made after the interview was finalized. The CSV holds
answers (old/new values), so it only ever exists sealed as an attachment or in memory.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

AUDIT_NAME = "audit.csv"
COLUMNS = ("event", "node", "start", "end", "old-value", "new-value")
_MAX_ROWS = 200_000  # a log longer than this is cut (a day of constant tapping is ~20k rows)


@dataclass(frozen=True)
class AuditRow:
    event: str
    node: str
    start: int | None
    end: int | None
    old_value: str = ""
    new_value: str = ""


def write_audit_csv(events: Iterable[Mapping[str, Any]]) -> bytes:
    """Events as recorded by the app (dicts with the CSV's keys) -> ``audit.csv`` bytes."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in events:
        writer.writerow(["" if e.get(c) is None else str(e.get(c)) for c in COLUMNS])
    return buf.getvalue().encode("utf-8")


def _millis(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(float(text))
    except ValueError:
        return None


def read_audit_csv(data: bytes) -> list[AuditRow]:
    """Parse ``audit.csv``; unreadable rows are skipped (paradata never blocks a review)."""
    text = data.decode("utf-8", errors="replace")
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        return []
    index = {name.strip(): i for i, name in enumerate(header)}
    if "event" not in index:
        return []

    def col(row: Sequence[str], name: str) -> str:
        i = index.get(name)
        return row[i] if i is not None and i < len(row) else ""

    out: list[AuditRow] = []
    for n, row in enumerate(reader):
        if n >= _MAX_ROWS:
            break
        if not row:
            continue
        out.append(
            AuditRow(
                event=col(row, "event").strip(),
                node=col(row, "node").strip(),
                start=_millis(col(row, "start")),
                end=_millis(col(row, "end")),
                old_value=col(row, "old-value"),
                new_value=col(row, "new-value"),
            )
        )
    return out


def question_seconds(rows: Iterable[AuditRow]) -> dict[str, float]:
    """Seconds each question was on screen (summed over visits), by ref."""
    out: dict[str, float] = {}
    for r in rows:
        if r.event != "question" or not r.node or r.start is None or r.end is None:
            continue
        if r.end >= r.start:
            out[r.node] = out.get(r.node, 0.0) + (r.end - r.start) / 1000
    return out


def interview_seconds(rows: Sequence[AuditRow]) -> float | None:
    """Time spent in the interview: questions on screen, or when the log has no question
    timings, the span from the first to the last event. None for an empty log."""
    timed = question_seconds(rows)
    if timed:
        return sum(timed.values())
    starts = [r.start for r in rows if r.start is not None]
    ends = [r.end if r.end is not None else r.start for r in rows if r.start is not None]
    if not starts:
        return None
    return max(0.0, (max(e for e in ends if e is not None) - min(starts)) / 1000)


def changes_after_finalize(rows: Sequence[AuditRow]) -> list[str]:
    """Refs whose value changed after the first ``form finalize`` event."""
    finalized_at: int | None = None
    changed: list[str] = []
    for r in rows:
        if r.event == "form finalize" and finalized_at is None:
            finalized_at = r.start if r.start is not None else 0
        elif (
            finalized_at is not None
            and r.event == "change"
            and r.node
            and (r.start is None or r.start >= finalized_at)
            and r.node not in changed
        ):
            changed.append(r.node)
    return changed
