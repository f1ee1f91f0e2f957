"""Database schema and engines for fieldapp-server (SQLAlchemy Core, SQLite or PostgreSQL).

One schema serves both backends; the few dialect differences (connection pragmas, how a write
transaction starts) live in :func:`make_engine`. All server state is in the database (sessions,
login throttling, Digest nonce secret), so app processes are stateless and several can share one
PostgreSQL.

Durability: SQLite runs in WAL mode with ``synchronous=FULL`` because a receipt promises the
submission is stored; NORMAL could lose the last commits on power loss after the device already
deleted its copy from the outbox. Writers start with ``BEGIN IMMEDIATE`` so two writers never
deadlock on a lock upgrade; readers use plain deferred transactions and never block writers.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from fieldapp.errors import FieldappError

SCHEMA_VERSION = 1
DEFAULT_DB_FILE = "fieldapp-server.db"
DB_ENV = "FIELDAPP_SERVER_DB"

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

counters = Table(
    "counters",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

projects = Table(
    "projects",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("key_id", String(32)),
    Column("x25519_public", LargeBinary),
    Column("rsa_public_der", LargeBinary),
)

teams = Table(
    "teams",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("project_id", Integer, ForeignKey("projects.id"), nullable=False),
    Column("name", String(64), nullable=False),
    UniqueConstraint("project_id", "name"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("project_id", Integer, ForeignKey("projects.id"), nullable=False),
    Column("username", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(256)),
    Column("digest_ha1", String(64)),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

user_teams = Table(
    "user_teams",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id"), primary_key=True),
    Column("team_id", Integer, ForeignKey("teams.id"), primary_key=True),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(128), nullable=False, default=""),
    Column("device_id", String(64)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
)

login_failures = Table(
    "login_failures",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("window_start", Float, nullable=False),
)

forms = Table(
    "forms",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("project_id", Integer, ForeignKey("projects.id"), nullable=False),
    Column("form_id", String(64), nullable=False),
    Column("version", String(64), nullable=False),
    Column("title", String(512), nullable=False),
    Column("xform", LargeBinary, nullable=False),
    Column("md5", String(32), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("encrypted", Boolean, nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("seq", BigInteger, nullable=False),
    UniqueConstraint("project_id", "form_id", "version"),
)

form_media = Table(
    "form_media",
    metadata,
    Column("form_row_id", Integer, ForeignKey("forms.id"), primary_key=True),
    Column("name", String(128), primary_key=True),
    Column("content", LargeBinary, nullable=False),
    Column("md5", String(32), nullable=False),
)

submissions = Table(
    "submissions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("project_id", Integer, ForeignKey("projects.id"), nullable=False),
    Column("instance_id", String(128), nullable=False),
    Column("form_id", String(64), nullable=False),
    Column("form_version", String(64), nullable=False),
    Column("owner_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("team_id", Integer, ForeignKey("teams.id")),
    Column("device_id", String(64), nullable=False),
    Column("client_seq", BigInteger, nullable=False),
    Column("deprecated_id", String(128)),
    Column("superseded_by", String(128)),
    Column("content_hash", String(80), nullable=False),
    Column("payload_sha256", String(64), nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("format", String(16), nullable=False),
    Column("review_state", String(16), nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("created_at", DateTime(timezone=True)),
    Column("finalized_at", DateTime(timezone=True)),
    Column("seq", BigInteger, nullable=False),
    UniqueConstraint("project_id", "instance_id"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("submission_id", Integer, ForeignKey("submissions.id"), primary_key=True),
    Column("name", String(128), primary_key=True),
    Column("content", LargeBinary, nullable=False),
    Column("sha256", String(64), nullable=False),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("submission_id", Integer, ForeignKey("submissions.id"), nullable=False),
    Column("reviewer_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("decision", String(16), nullable=False),
    Column("comment", Text, nullable=False),
    Column("question_comments", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("seq", BigInteger, nullable=False),
)

changes = Table(
    "changes",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("project_id", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("ref_id", Integer, nullable=False),
    Column("team_id", Integer),
    Column("owner_id", Integer),
)

Index("ix_changes_project_seq", changes.c.project_id, changes.c.seq)
Index("ix_submissions_owner", submissions.c.owner_id, submissions.c.seq)
Index("ix_submissions_team", submissions.c.team_id, submissions.c.seq)
Index("ix_submissions_project_seq", submissions.c.project_id, submissions.c.seq)
Index("ix_reviews_submission", reviews.c.submission_id)
Index("ix_tokens_user", tokens.c.user_id)


def default_db_url() -> str:
    """``$FIELDAPP_SERVER_DB`` or ``./fieldapp-server.db`` in the current directory.

    A file beside where the admin runs the command is easy to find, back up and delete; a
    platformdirs path would hide the one file that holds every submission.
    """
    return os.environ.get(DB_ENV) or DEFAULT_DB_FILE


def normalise_db_url(db: str) -> str:
    """Accept a plain file path, ``sqlite:///...`` or ``postgresql://...`` (uses psycopg 3)."""
    if "://" not in db:
        return "sqlite:///" + str(Path(db).expanduser().resolve())
    try:
        url = make_url(db)
    except ArgumentError as exc:
        raise FieldappError("V112", db=db) from exc
    backend = url.get_backend_name()
    if backend == "sqlite":
        return db
    if backend in {"postgresql", "postgres"}:
        return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    raise FieldappError("V112", db=db)


def make_engine(db: str) -> Engine:
    url = normalise_db_url(db)
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": 60, "check_same_thread": False}, pool_size=8
        )

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            write = conn.get_execution_options().get("fieldapp_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
