"""Export files appear complete or not at all: written under a temporary name, renamed at the end.

Temporary files live next to their final name (the folder the user chose for the export, never
the system temp folder: they hold the same plaintext the user asked to export) so the rename is
atomic, and locked while the export runs (leftovers.py: what a hard kill leaves behind is swept
by the next export, a running export's files never). On failure or cancellation every temporary
file is deleted; a full disk or an unwritable folder becomes one clear error (R154 / R155)
instead of a truncated file that looks finished.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from fieldapp.core.export.leftovers import hold
from fieldapp.errors import FieldappError


def write_error(path: Path, exc: OSError) -> FieldappError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return FieldappError("R155", location=str(path), path=str(path))
    detail = exc.strerror or str(exc)
    return FieldappError("R154", location=str(path), path=str(path), detail=detail)


class AtomicOutputs:
    """Temporary files to be renamed onto their final paths by ``commit`` (main file last)."""

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []  # (temporary, final)
        self._held: list[int] = []  # open descriptors holding each temporary's lock

    def new(self, final: Path) -> Path:
        folder = final.parent
        if not folder.is_dir():
            raise FieldappError(
                "R154", location=str(final), path=str(final), detail="the folder does not exist"
            )
        try:
            fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".partial", dir=folder)
        except OSError as exc:
            raise write_error(final, exc) from None
        try:
            hold(fd)  # kept until commit/abort: a later export's sweep leaves it alone
        except OSError:
            os.close(fd)
            raise
        self._held.append(fd)
        temp = Path(name)
        self._pending.append((temp, final))
        return temp

    def scratch(self, near: Path, name: str) -> Path:
        """A temporary file that is never renamed (parts of a zip), deleted by commit/abort."""
        temp = self.new(near.parent / name)
        self._pending[-1] = (temp, temp)
        return temp

    def commit(self, first: list[Path] | None = None) -> list[Path]:
        """Rename every file (those whose final path is in ``first`` last of all)."""
        order = sorted(self._pending, key=lambda p: p[1] in (first or []))
        done: list[Path] = []
        if os.name == "nt":  # Windows cannot rename a file open elsewhere
            self._release()
        try:
            for temp, final in order:
                if temp == final:
                    temp.unlink(missing_ok=True)
                    continue
                os.replace(temp, final)
                done.append(final)
        except OSError as exc:
            self.abort()
            raise write_error(order[len(done)][1], exc) from None
        self._pending.clear()
        self._release()
        return done

    def abort(self) -> None:
        for temp, _final in self._pending:
            with contextlib.suppress(OSError):  # nothing more to do; the name says .partial
                temp.unlink(missing_ok=True)
        self._pending.clear()
        self._release()

    def _release(self) -> None:
        for fd in self._held:
            with contextlib.suppress(OSError):
                os.close(fd)
        self._held.clear()
