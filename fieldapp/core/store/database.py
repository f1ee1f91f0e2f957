"""Opening profile databases safely: file checks, pragmas, quarantine, write transactions.

Pragmas and why:

* ``journal_mode=WAL``: readers never block the autosave writer, and a crash leaves either the old
  or the new transaction, never half of one.
* ``synchronous=FULL``: the issue demands "a save is durable when it returns". With WAL, NORMAL
  only syncs at checkpoints, so a power cut can lose the last acknowledged saves; FULL fsyncs the
  WAL on every commit. Autosave writes are small and debounced by the UI, so the fsync is affordable
  (see tests/benchmarks/bench_store.py).
* ``temp_store=MEMORY``: SQLite never spills sort/temp tables into the OS temp folder. The store
  holds only ciphertext anyway, but this keeps the temp folder free of any store pages.
* ``cell_size_check=ON``: detect some corruption earlier than a crash deep inside a query.

Damage handling never modifies the original: the files (db, -wal, -shm) are *copied* into
``<data_dir>/quarantine/<folder>-<timestamp>/`` and the user gets S122/S123 with the copy's path.
A marker file ``store.db.inuse`` exists while the store is open; finding it with no ``-wal`` file
means the journal was lost after an unclean stop (S123) instead of silently losing recent saves.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from fieldapp.errors import FieldappError

SQLITE_MAGIC = b"SQLite format 3\x00"
_FULL = 13
_IOERR = 10
_CORRUPT = 11
_NOTADB = 26


def wal_path(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def shm_path(db: Path) -> Path:
    return db.with_name(db.name + "-shm")


def marker_path(db: Path) -> Path:
    return db.with_name(db.name + ".inuse")


def header_problem(db: Path) -> str | None:
    """Cheap structural check of the main file: magic, page size, truncation."""
    try:
        size = db.stat().st_size
        with db.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return f"cannot read the file: {exc.strerror or exc}"
    if size == 0:
        return "the file is empty"
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "the file header is not a SQLite database header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"invalid page size {page_size}"
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    if size % page_size:
        return f"truncated: {size} bytes is not a whole number of {page_size}-byte pages"
    if pages and valid_for == change_counter and size < pages * page_size:
        return f"truncated: {size} bytes, the header says {pages * page_size}"
    return None


def quarantine(db: Path, quarantine_root: Path) -> Path:
    """Copy the database files aside (never move or modify them); return the copy's folder.

    Retrying an unlock must not fill the disk: an existing copy of the same unchanged file
    (same size and modification time, which copy2 preserves) is reused.
    """
    if quarantine_root.is_dir():
        stat = db.stat()
        for folder in sorted(quarantine_root.glob(f"{db.parent.name}-*"), reverse=True):
            copy = folder / db.name
            if copy.exists():
                same = copy.stat()
                if (same.st_size, same.st_mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                    return folder
                break
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = quarantine_root / f"{db.parent.name}-{stamp}"
    target.mkdir(parents=True, exist_ok=True)
    for src in (db, wal_path(db), shm_path(db)):
        if src.exists():
            shutil.copy2(src, target / src.name)
    return target


def damaged(db: Path, quarantine_root: Path, detail: str) -> FieldappError:
    copy = quarantine(db, quarantine_root)
    return FieldappError("S122", location=str(db), path=str(db), detail=detail, copy=str(copy))


def is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    text = str(exc).lower()
    return code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text


def connect(db: Path, quarantine_root: Path, *, create: bool) -> sqlite3.Connection:
    """Open (or create) a profile database with the store's pragmas, refusing damaged files."""
    if db.exists():
        problem = header_problem(db)
        if problem is not None:
            raise damaged(db, quarantine_root, problem)
        if marker_path(db).exists() and not wal_path(db).exists():
            copy = quarantine(db, quarantine_root)
            raise FieldappError("S123", location=str(db), path=str(db), copy=str(copy))
    elif not create:
        raise FileNotFoundError(db)
    try:
        conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False, timeout=30)
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.DatabaseError(f"journal mode is {mode}, not wal")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA cell_size_check=ON")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if is_corruption(exc):
            raise damaged(db, quarantine_root, str(exc)) from None
        raise FieldappError("S121", location=str(db), path=str(db), detail=str(exc)) from None
    marker = marker_path(db)
    if not marker.exists():
        with contextlib.suppress(OSError):
            marker.write_bytes(b"")
    return conn


def close(conn: sqlite3.Connection, db: Path) -> None:
    """Close; when SQLite removed the WAL (last connection, clean checkpoint) drop the marker."""
    with contextlib.suppress(sqlite3.Error):
        conn.close()
    if not wal_path(db).exists():
        with contextlib.suppress(OSError):
            marker_path(db).unlink()


class Writer:
    """Serialises write transactions on one connection and maps SQLite failures to S errors."""

    def __init__(self, conn: sqlite3.Connection, db: Path, quarantine_root: Path) -> None:
        self.conn = conn
        self.db = db
        self.quarantine_root = quarantine_root
        self.lock = threading.RLock()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; durable (synchronous=FULL) when the block returns."""
        with self.lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.conn
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        with contextlib.suppress(sqlite3.Error):
                            self.conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise self.translate(exc) from None

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            try:
                yield self.conn
            except sqlite3.Error as exc:
                raise self.translate(exc) from None

    def translate(self, exc: sqlite3.Error) -> FieldappError:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if is_corruption(exc):
            return damaged(self.db, self.quarantine_root, str(exc))
        if code == _FULL or "full" in str(exc).lower():
            return FieldappError("S120", location=str(self.db), path=str(self.db))
        if code == _IOERR and _disk_nearly_full(self.db):
            return FieldappError("S120", location=str(self.db), path=str(self.db))
        return FieldappError("S121", location=str(self.db), path=str(self.db), detail=str(exc))


def _disk_nearly_full(db: Path) -> bool:
    """An I/O error while writing means "no space" when the disk is (nearly) full or a file-size
    limit (RLIMIT_FSIZE: write() fails with EFBIG, which SQLite reports as an I/O error) is set."""
    try:
        if shutil.disk_usage(db.parent).free < 16 * 1024 * 1024:
            return True
    except OSError:
        return False
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY
