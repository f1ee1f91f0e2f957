"""Pause Python's cyclic garbage collector while the engine builds or recomputes.

Loading a big form allocates hundreds of thousands of small objects (XML elements, instance
nodes, compiled expressions) and almost none of them are garbage, yet each allocation burst
triggers generation scans over everything built so far: on a 5,000-question form those scans
were about half of the open time. An answer that recomputes 10,000 calculations holds as many
short-lived queue entries at once; a collection in the middle promotes them to the oldest
generation and every few answers a full collection (about 50 ms) follows. Reference counting
still frees everything as usual; the collector resumes when the outermost engine call
returns, and then sees only what really survived. A counter under a lock keeps nested and
concurrent calls (UI thread and sync thread) from leaving it switched off.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType

_LOCK = threading.Lock()


class _Pause:
    """Context manager (a class, not a generator: it wraps every answer)."""

    __slots__ = ()
    depth = 0
    was_enabled = False

    def __enter__(self) -> None:
        with _LOCK:
            if _Pause.depth == 0:
                _Pause.was_enabled = gc.isenabled()
                gc.disable()
            _Pause.depth += 1

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with _LOCK:
            _Pause.depth -= 1
            if _Pause.depth == 0 and _Pause.was_enabled:
                gc.enable()


_PAUSE = _Pause()


def paused_collection() -> _Pause:
    """``with paused_collection():`` runs the block with the cyclic collector off (turned back
    on afterwards only if it was on before)."""
    return _PAUSE
