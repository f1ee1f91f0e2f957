"""Read what the real server stored, straight from its SQLite file (the ground truth for tests)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path


def db_path(db_url: str) -> Path:
    return Path(db_url.removeprefix("sqlite:///"))


def stored_submissions(db_url: str) -> Counter[str]:
    """instanceID -> number of rows (must never exceed 1)."""
    con = sqlite3.connect(f"file:{db_path(db_url)}?mode=ro", uri=True, timeout=30)
    try:
        rows = con.execute("SELECT instance_id FROM submissions").fetchall()
    finally:
        con.close()
    return Counter(r[0] for r in rows)


def stored_hashes(db_url: str) -> dict[str, str]:
    con = sqlite3.connect(f"file:{db_path(db_url)}?mode=ro", uri=True, timeout=30)
    try:
        return dict(con.execute("SELECT instance_id, content_hash FROM submissions").fetchall())
    finally:
        con.close()


def files_containing(db_url: str, marker: bytes) -> list[Path]:
    """Every file of the server database (main, WAL, SHM) that contains ``marker``."""
    path = db_path(db_url)
    try:
        con = sqlite3.connect(path, timeout=30)
        con.execute("PRAGMA wal_checkpoint(FULL)")
        con.close()
    except sqlite3.Error:
        pass
    return [p for p in path.parent.glob(path.name + "*") if marker in p.read_bytes()]
