"""ODK-style audit log (paradata): question timings, value changes, navigation events.

Events follow ODK Collect's audit CSV columns (event, node, start, end, old-value, new-value) with
epoch milliseconds. They are buffered in memory and handed to the host on every autosave, so
paradata costs no extra disk write per keystroke and is stored encrypted with the draft.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

Millis = Callable[[], int]


def _now_ms() -> int:
    return int(time.time() * 1000)


class AuditTrail:
    """Collects events for one interview until the next flush."""

    def __init__(self, clock: Millis = _now_ms) -> None:
        self._clock = clock
        self._pending: list[dict[str, Any]] = []
        self._open: dict[str, int] = {}  # ref -> when the question came on screen

    def event(self, name: str, node: str = "", **extra: str) -> None:
        """A point event: form start, form resume, jump, add repeat, end screen, form save..."""
        now = self._clock()
        self._pending.append({"event": name, "node": node, "start": now, "end": now, **extra})

    def enter(self, refs: list[str]) -> None:
        now = self._clock()
        for ref in refs:
            self._open.setdefault(ref, now)

    def leave_all(self) -> None:
        now = self._clock()
        for ref, start in self._open.items():
            self._pending.append({"event": "question", "node": ref, "start": start, "end": now})
        self._open.clear()

    def change(self, ref: str, old: str, new: str) -> None:
        now = self._clock()
        self._pending.append(
            {
                "event": "change",
                "node": ref,
                "start": now,
                "end": now,
                "old-value": old,
                "new-value": new,
            }
        )

    def take(self) -> list[dict[str, Any]]:
        """Events not yet stored; question timings stay open until the page is left."""
        events, self._pending = self._pending, []
        return events
