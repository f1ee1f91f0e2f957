"""Leftovers of exports killed hard (kill -9, power cut): found by their names, removed safely.

An export writes plaintext under temporary names next to the user's file (outputs.py:
``.<name>.<8 random>.partial``; the XLSX writer's scratch folder ``.export-<8 random>``). A
normal failure removes them; a process killed hard cannot, so the next export into that folder
sweeps them. Only our exact patterns are touched, and only when no running export holds them:
each live export keeps an exclusive lock (``flock``) on its temporary files (XLSX: on the first
sheet of its scratch folder), which the kernel drops when the process dies. On Windows a file a
live export holds open cannot be deleted, which gives the same guarantee.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

#: mkstemp / mkdtemp draw 8 characters from this alphabet.
PARTIAL = re.compile(r"\..+\.[a-z0-9_]{8}\.partial")
SCRATCH = re.compile(r"\.export-[a-z0-9_]{8}")
SCRATCH_PROBE = "sheet1.xml"  # the file a live XLSX export holds locked
EMPTY_SCRATCH_AGE = 600.0  # seconds: a scratch folder without its first sheet yet (just made)


def hold(fd: int) -> None:
    """Mark a temporary file as in use by this process until ``fd`` is closed."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _abandoned(path: Path) -> bool:
    """True when no running export holds ``path`` (Windows: it was deletable, and is gone)."""
    if fcntl is None:
        try:
            path.unlink()
        except FileNotFoundError:
            return True
        except OSError:
            return False  # open in a live export
        return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # also releases the probe's own lock
    return True


def sweep(folder: Path) -> list[Path]:
    """Remove abandoned export temporaries in ``folder``; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # unreadable folder: the export itself will report it
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_symlink():
                continue
            if PARTIAL.fullmatch(entry.name) and entry.is_file():
                if _abandoned(path):
                    path.unlink(missing_ok=True)
                    removed.append(path)
            elif SCRATCH.fullmatch(entry.name) and entry.is_dir():
                probe = path / SCRATCH_PROBE
                if probe.exists():
                    dead = _abandoned(probe)
                else:
                    dead = time.time() - entry.stat().st_mtime > EMPTY_SCRATCH_AGE
                if dead:
                    shutil.rmtree(path)
                    removed.append(path)
        except OSError:
            continue  # cannot remove it (permissions): not ours to force, the export goes on
    return removed
