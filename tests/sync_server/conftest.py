"""Fixtures for the server tests: SQLite and PostgreSQL backends, live servers, seeded users.

``pg_server`` is session-scoped (one PostgreSQL for the whole run, see tests/pg_server.py). When
PostgreSQL cannot be had, the PostgreSQL tests FAIL under CI (``CI=true``) and are skipped with
the reason elsewhere.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sync.protocol import Role
from sync.server.credentials import new_token
from sync.server.storage import Storage
from tests.pg_server import PostgresServer, PostgresUnavailable
from tests.sync_server.live_server import LiveServer

_db_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer.start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database(f"t{os.getpid()}_{next(_db_counter)}")


@pytest.fixture
def storage(db_url: str) -> Iterator[Storage]:
    st = Storage.open(db_url, check_schema=False)
    st.initialise()
    yield st
    st.close()


@dataclass
class Team:
    """A seeded project: two teams, enumerators, supervisors, an admin, tokens for each."""

    storage: Storage
    tokens: dict[str, str]

    def principal(self, name: str):  # type: ignore[no-untyped-def]
        p = self.storage.resolve_token(self.tokens[name])
        assert p is not None
        return p


SEED_USERS = {
    "enum_a": (Role.ENUMERATOR, ["north"]),
    "enum_a2": (Role.ENUMERATOR, ["north"]),
    "enum_b": (Role.ENUMERATOR, ["south"]),
    "sup_a": (Role.SUPERVISOR, ["north"]),
    "sup_b": (Role.SUPERVISOR, ["south"]),
    "admin": (Role.ADMIN, []),
}


def seed(storage: Storage) -> Team:
    tokens = {}
    for name, (role, teams) in SEED_USERS.items():
        storage.create_user("default", name, role, teams)
        tok = new_token()
        storage.issue_token(name, tok)
        tokens[name] = tok
    storage.create_project("other")
    storage.create_user("other", "other_admin", Role.ADMIN, [])
    tok = new_token()
    storage.issue_token("other_admin", tok)
    tokens["other_admin"] = tok
    return Team(storage, tokens)


@pytest.fixture
def team(storage: Storage) -> Team:
    return seed(storage)


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[Callable[..., LiveServer]]:
    started: list[LiveServer] = []

    def start(db: str | None = None, **kw: object) -> LiveServer:
        url = db or f"sqlite:///{tmp_path / 'live.db'}"
        srv = LiveServer(url, **kw).start()  # type: ignore[arg-type]
        started.append(srv)
        return srv

    yield start
    for srv in started:
        srv.stop()


@pytest.fixture
def sqlite_team(tmp_path: Path) -> Iterator[Team]:
    st = Storage.open(f"sqlite:///{tmp_path / 'live.db'}", check_schema=False)
    st.initialise()
    yield seed(st)
    st.close()
