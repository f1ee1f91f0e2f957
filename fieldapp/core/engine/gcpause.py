"""Pause Python's cyclic garbage collector while a form is built.

Loading a big form allocates hundreds of thousands of small objects (XML elements, instance
nodes, compiled expressions) and almost none of them are garbage, yet each allocation burst
triggers generation scans over everything built so far: on a 5,000-question form those scans
were about half of the open time. Reference counting still frees everything as usual; the
collector resumes when the outermost load or session start finishes. A counter under a lock
keeps nested and concurrent loads (UI thread and sync thread) from leaving it switched off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_collection() -> Iterator[None]:
    """Run the block with the cyclic collector off (re-enabled only if it was on before)."""
    global _depth, _was_enabled
    with _LOCK:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
