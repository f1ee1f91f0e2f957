"""Where profiles live and which exist: what the login screen needs, and nothing heavier.

The app shows its first screen (the profile list) before cryptography, pydantic and the rest of
the store are imported, so this module uses only the standard library, the cheap file checks of
``database`` and the plain value types of ``models``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fieldapp.core.store import database

Role = Literal["enumerator", "supervisor"]
ROLES: tuple[Role, ...] = ("enumerator", "supervisor")


@dataclass(frozen=True)
class ProfileInfo:
    """A profile as listed before unlocking: name and role are not secret (shown on the login)."""

    name: str
    role: Role
    created_at: str
    folder: str


DB_NAME = "store.db"
CARD_NAME = "profile.json"
PROFILES_DIR = "profiles"


def resolve_data_dir(data_dir: str | Path | None = None) -> Path:
    """Explicit argument, else $FIELDAPP_DATA_DIR, else the platform's user data folder."""
    if data_dir:
        return Path(data_dir)
    env = os.environ.get("FIELDAPP_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs  # only when no folder is given (tests and portable installs give one)

    return Path(platformdirs.user_data_dir("fieldapp", appauthor=False))


def list_profiles(profiles_dir: Path) -> list[ProfileInfo]:
    """Profiles on this laptop, sorted by name (reads only their non-secret metadata).

    A profile whose database is damaged is still listed (unlock reports the damage).
    """
    out: list[ProfileInfo] = []
    if not profiles_dir.is_dir():
        return out
    for folder in sorted(profiles_dir.iterdir()):
        if folder.name.startswith("."):
            continue  # a profile being created (or left over by a crash during creation)
        db = folder / DB_NAME
        if not db.is_file():
            continue
        info = _read_info(db) or _read_card(folder)
        out.append(info or ProfileInfo(folder.name[2:], "enumerator", "", folder.name))
    return sorted(out, key=lambda p: p.name.casefold())


def _read_info(db: Path) -> ProfileInfo | None:
    if database.header_problem(db) is not None:
        return None
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    role = meta.get("role", "enumerator")
    return ProfileInfo(
        name=meta.get("name", db.parent.name),
        role=role if role in ROLES else "enumerator",
        created_at=meta.get("created_at", ""),
        folder=db.parent.name,
    )


def _read_card(folder: Path) -> ProfileInfo | None:
    """Name and role from profile.json (written by ``Store.create_profile``), so a damaged
    profile is still listed by its name. Anything unexpected in it means no card."""
    try:
        card = json.loads((folder / CARD_NAME).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(card, dict):
        return None
    name, role, created = card.get("name"), card.get("role"), card.get("created_at")
    if not (isinstance(name, str) and isinstance(created, str) and role in ROLES):
        return None
    return ProfileInfo(name, role, created, folder.name)
