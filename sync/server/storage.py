"""Everything fieldapp-server stores, behind one class that works on SQLite and PostgreSQL.

The storage contract suite (tests/sync_server/test_storage_contract.py) runs against both.

Ordering: every change visible to a pull gets a sequence number from the ``counters`` row, which
each writing transaction locks first (``UPDATE ... RETURNING`` takes a row lock on PostgreSQL;
SQLite writers are serialised by ``BEGIN IMMEDIATE``). So sequence numbers are assigned in commit
order and a reader that has seen sequence N has seen every change <= N: a cursor never skips a
change committed late by another app process. The price is one writer at a time per database,
which batch pushes amortise (one transaction per batch of up to 1,000 submissions).

Authorization lives here too, in the queries themselves (an object a principal may not see is
simply not found), so no endpoint can forget it: enumerators see their own submissions,
supervisors their teams' (and their own), admins their whole project.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any, Literal, overload
from urllib.parse import quote

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    DateTime,
    Engine,
    Table,
    and_,
    bindparam,
    case,
    delete,
    false,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError

from fieldapp.errors import FieldappError
from sync.protocol import (
    API_PREFIX,
    PULL_BYTE_BUDGET,
    AttachmentMeta,
    Change,
    ChangesResponse,
    Decision,
    FormVersionInfo,
    ItemStatus,
    MediaInfo,
    ProjectKeys,
    Receipt,
    ReviewOut,
    ReviewState,
    Role,
    SubmissionList,
    SubmissionMeta,
    b64encode,
    content_hash,
    content_hash_of_digests,
)
from sync.server import db
from sync.server.credentials import token_hash

LOGIN_MAX_FAILURES = 10
LOGIN_WINDOW_SECONDS = 900.0


def utcnow() -> datetime:
    return datetime.now(UTC)


@overload
def _aware(value: datetime) -> datetime: ...
@overload
def _aware(value: datetime | None) -> datetime | None: ...
def _aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved from a token or a password, used by every query."""

    user_id: int
    username: str
    role: Role
    project_id: int
    project: str
    team_ids: tuple[int, ...]
    team_names: tuple[str, ...]
    token_id: int | None = None
    device_id: str | None = None


@dataclass(frozen=True)
class UserCredentials:
    principal: Principal
    password_hash: str | None
    digest_ha1: str | None


@dataclass(frozen=True)
class Incoming:
    """A submission to store, from the batch API (envelope) or OpenRosa (XML + attachments)."""

    instance_id: str
    form_id: str
    form_version: str
    device_id: str
    payload: bytes
    format: Literal["envelope", "openrosa"]
    attachments: dict[str, bytes] = field(default_factory=dict)
    client_seq: int = 0
    deprecated_id: str | None = None
    created_at: datetime | None = None
    finalized_at: datetime | None = None
    claimed_hash: str | None = None
    owner: str | None = None
    """Forwarding (field hub -> headquarters): store as this user's submission (see push)."""


@dataclass(frozen=True)
class StoredForm:
    info: FormVersionInfo
    xform: bytes


def form_paths(form_id: str, version: str) -> str:
    return f"{API_PREFIX}/forms/{quote(form_id, safe='')}/versions/{quote(version, safe='')}"


class Storage:
    """The server's database. Thread-safe: each call uses its own pooled connection."""

    def __init__(self, engine: Engine, url: str = "") -> None:
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect.name
        self._sqlite_writer: AbstractContextManager[Any] = (
            threading.Lock() if self.dialect == "sqlite" else nullcontext()
        )
        self._insert_sql: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {}

    @classmethod
    def open(cls, database: str, *, check_schema: bool = True) -> Storage:
        try:
            engine = db.make_engine(database)
            storage = cls(engine, database)
            if check_schema:
                storage.check_schema()
        except OperationalError as exc:
            raise FieldappError("V100", db=database, detail=str(exc.orig)) from exc
        return storage

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        # SQLite admits one writer at a time anyway; queueing threads on a lock here is fair and
        # immediate, whereas SQLite's busy handler makes waiting threads sleep in growing steps.
        with (
            self._sqlite_writer,
            self.engine.connect().execution_options(fieldapp_write=True) as conn,
            conn.begin(),
        ):
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    # --- schema -------------------------------------------------------------------------------
    def schema_version(self) -> int | None:
        with self.engine.connect() as conn:
            if not self.engine.dialect.has_table(conn, "meta"):
                return None
            value = conn.execute(
                select(db.meta.c.value).where(db.meta.c.key == "schema_version")
            ).scalar_one_or_none()
            return int(value) if value is not None else None

    def check_schema(self) -> None:
        found = self.schema_version()
        if found != db.SCHEMA_VERSION:
            raise FieldappError("V101", db=self.url, found=found, expected=db.SCHEMA_VERSION)

    def initialise(self, default_project: str = "default") -> bool:
        """Create tables, counters, secrets and a default project; False if already there."""
        db.metadata.create_all(self.engine)
        with self._write() as conn:
            existing = conn.execute(
                select(db.meta.c.value).where(db.meta.c.key == "schema_version")
            ).scalar_one_or_none()
            if existing is not None:
                return False
            conn.execute(
                insert(db.meta),
                [
                    {"key": "schema_version", "value": str(db.SCHEMA_VERSION)},
                    {"key": "digest_secret", "value": secrets.token_hex(32)},
                ],
            )
            conn.execute(insert(db.counters).values(name="seq", value=0))
            conn.execute(insert(db.projects).values(name=default_project, created_at=utcnow()))
        return True

    def migrate(self) -> tuple[int | None, int]:
        """Bring the schema to the current version; returns (before, after).

        Version 1 is the first schema, so migrating means creating it; later versions add
        numbered steps here, each in its own transaction (back up the database file first).
        """
        before = self.schema_version()
        if before is None:
            self.initialise()
        elif before > db.SCHEMA_VERSION:
            raise FieldappError("V101", db=self.url, found=before, expected=db.SCHEMA_VERSION)
        return before, db.SCHEMA_VERSION

    def secret(self, key: str) -> str:
        with self._read() as conn:
            return str(
                conn.execute(select(db.meta.c.value).where(db.meta.c.key == key)).scalar_one()
            )

    def current_seq(self) -> int:
        with self._read() as conn:
            return int(
                conn.execute(
                    select(db.counters.c.value).where(db.counters.c.name == "seq")
                ).scalar_one()
            )

    def _lock_seq(self, conn: Connection) -> int:
        """Lock the sequence row for this transaction and return its value (see module doc)."""
        stmt = (
            update(db.counters)
            .where(db.counters.c.name == "seq")
            .values(value=db.counters.c.value)
            .returning(db.counters.c.value)
        )
        return int(conn.execute(stmt).scalar_one())

    def _set_seq(self, conn: Connection, value: int) -> None:
        conn.execute(update(db.counters).where(db.counters.c.name == "seq").values(value=value))

    def _bulk_insert(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        """The hot path of a batch push, tuned per backend.

        PostgreSQL: SQLAlchemy's "insertmanyvalues" sends multi-row INSERTs (a per-row pipeline
        was 4x slower). SQLite: executemany straight through the driver, since SQLAlchemy's
        per-row parameter processing cost as much as the insert; the SQL is still compiled by
        SQLAlchemy (and cached) and values are stored as SQLAlchemy stores them (UTC datetimes
        as text, bools as ints).
        """
        if self.dialect != "sqlite":
            conn.execute(insert(table), rows)
            return
        keys = tuple(rows[0])
        cached = self._insert_sql.get((table.name, keys))
        if cached is None:
            compiled = (
                insert(table)
                .values({k: bindparam(k) for k in keys})
                .compile(dialect=self.engine.dialect)
            )
            cached = self._insert_sql[(table.name, keys)] = (
                str(compiled),
                tuple(compiled.positiontup or ()),
            )
        sql, order = cached
        getter = itemgetter(*order)
        convert = [
            (i, _sqlite_value)
            for i, k in enumerate(order)
            if isinstance(table.c[k].type, DateTime | Boolean)
        ]
        params: list[tuple[Any, ...]] = []
        for r in rows:
            values = list(getter(r)) if len(order) > 1 else [getter(r)]
            for i, conv in convert:
                values[i] = conv(values[i])
            params.append(tuple(values))
        conn.exec_driver_sql(sql, params)

    # --- projects and teams -------------------------------------------------------------------
    def create_project(self, name: str) -> int:
        try:
            with self._write() as conn:
                return int(
                    conn.execute(
                        insert(db.projects).values(name=name, created_at=utcnow())
                    ).inserted_primary_key[0]  # type: ignore[index]
                )
        except IntegrityError:
            return self.project_id(name)

    def project_id(self, name: str) -> int:
        with self._read() as conn:
            pid = conn.execute(
                select(db.projects.c.id).where(db.projects.c.name == name)
            ).scalar_one_or_none()
        if pid is None:
            raise FieldappError("V102", name=name)
        return int(pid)

    def list_projects(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(select(db.projects).order_by(db.projects.c.id)).mappings().all()
        return [
            {"id": r["id"], "name": r["name"], "key_id": r["key_id"], "created_at": r["created_at"]}
            for r in rows
        ]

    def set_project_keys(
        self, project: str, key_id: str, x25519_public: bytes, rsa_public_der: bytes
    ) -> None:
        pid = self.project_id(project)
        with self._write() as conn:
            conn.execute(
                update(db.projects)
                .where(db.projects.c.id == pid)
                .values(key_id=key_id, x25519_public=x25519_public, rsa_public_der=rsa_public_der)
            )

    def project_keys(self, project_id: int) -> ProjectKeys:
        with self._read() as conn:
            row = conn.execute(select(db.projects).where(db.projects.c.id == project_id)).one()
        return ProjectKeys(
            project=row.name,
            key_id=row.key_id,
            x25519_public_b64=b64encode(row.x25519_public) if row.x25519_public else None,
            rsa_public_der_b64=b64encode(row.rsa_public_der) if row.rsa_public_der else None,
        )

    def ensure_team(self, project_id: int, name: str) -> int:
        for _ in range(3):
            with self._read() as conn:
                tid = conn.execute(
                    select(db.teams.c.id).where(
                        db.teams.c.project_id == project_id, db.teams.c.name == name
                    )
                ).scalar_one_or_none()
            if tid is not None:
                return int(tid)
            try:
                with self._write() as conn:
                    return int(
                        conn.execute(
                            insert(db.teams).values(project_id=project_id, name=name)
                        ).inserted_primary_key[0]  # type: ignore[index]
                    )
            except IntegrityError:
                continue
        raise FieldappError("V100", db=self.url, detail=f"cannot create team {name}")

    def list_teams(self, project_id: int) -> list[str]:
        with self._read() as conn:
            return list(
                conn.execute(
                    select(db.teams.c.name)
                    .where(db.teams.c.project_id == project_id)
                    .order_by(db.teams.c.name)
                ).scalars()
            )

    # --- users --------------------------------------------------------------------------------
    def create_user(
        self,
        project: str,
        username: str,
        role: Role,
        teams: Sequence[str] = (),
        password_hash: str | None = None,
        digest_ha1: str | None = None,
    ) -> int:
        pid = self.project_id(project)
        team_ids = [self.ensure_team(pid, t) for t in teams]
        try:
            with self._write() as conn:
                uid = int(
                    conn.execute(
                        insert(db.users).values(
                            project_id=pid,
                            username=username,
                            role=role.value,
                            password_hash=password_hash,
                            digest_ha1=digest_ha1,
                            disabled=False,
                            created_at=utcnow(),
                        )
                    ).inserted_primary_key[0]  # type: ignore[index]
                )
                if team_ids:
                    conn.execute(
                        insert(db.user_teams), [{"user_id": uid, "team_id": t} for t in team_ids]
                    )
                return uid
        except IntegrityError as exc:
            raise FieldappError("V104", name=username) from exc

    def add_user_to_team(self, username: str, team: str) -> None:
        creds = self.user_credentials(username)
        if creds is None:
            raise FieldappError("V103", name=username)
        tid = self.ensure_team(creds.principal.project_id, team)
        if tid in creds.principal.team_ids:
            return
        with self._write() as conn:
            conn.execute(insert(db.user_teams).values(user_id=creds.principal.user_id, team_id=tid))

    def set_password(self, username: str, password_hash: str, ha1: str | None) -> None:
        with self._write() as conn:
            n = conn.execute(
                update(db.users)
                .where(db.users.c.username == username)
                .values(password_hash=password_hash, digest_ha1=ha1)
            ).rowcount
        if not n:
            raise FieldappError("V103", name=username)

    def set_disabled(self, username: str, disabled: bool) -> None:
        with self._write() as conn:
            n = conn.execute(
                update(db.users).where(db.users.c.username == username).values(disabled=disabled)
            ).rowcount
        if not n:
            raise FieldappError("V103", name=username)

    def list_users(self, project: str | None = None) -> list[dict[str, Any]]:
        stmt = (
            select(db.users.c.username, db.users.c.role, db.users.c.disabled, db.projects.c.name)
            .join(db.projects, db.projects.c.id == db.users.c.project_id)
            .order_by(db.users.c.username)
        )
        if project:
            stmt = stmt.where(db.projects.c.name == project)
        with self._read() as conn:
            rows = conn.execute(stmt).all()
        out = []
        for username, role, disabled, project_name in rows:
            creds = self.user_credentials(username, include_disabled=True)
            teams = list(creds.principal.team_names) if creds else []
            out.append(
                {
                    "username": username,
                    "role": role,
                    "project": project_name,
                    "teams": teams,
                    "disabled": bool(disabled),
                }
            )
        return out

    def _principal(
        self, conn: Connection, user: Any, token_id: int | None = None, device: str | None = None
    ) -> Principal:
        rows = conn.execute(
            select(db.teams.c.id, db.teams.c.name)
            .join(db.user_teams, db.user_teams.c.team_id == db.teams.c.id)
            .where(db.user_teams.c.user_id == user.id)
            .order_by(db.teams.c.id)
        ).all()
        project = conn.execute(
            select(db.projects.c.name).where(db.projects.c.id == user.project_id)
        ).scalar_one()
        return Principal(
            user_id=user.id,
            username=user.username,
            role=Role(user.role),
            project_id=user.project_id,
            project=project,
            team_ids=tuple(r.id for r in rows),
            team_names=tuple(r.name for r in rows),
            token_id=token_id,
            device_id=device,
        )

    def user_credentials(
        self, username: str, *, include_disabled: bool = False
    ) -> UserCredentials | None:
        with self._read() as conn:
            user = conn.execute(select(db.users).where(db.users.c.username == username)).first()
            if user is None or (user.disabled and not include_disabled):
                return None
            return UserCredentials(self._principal(conn, user), user.password_hash, user.digest_ha1)

    # --- tokens -------------------------------------------------------------------------------
    def issue_token(
        self,
        username: str,
        token: str,
        *,
        label: str = "",
        device_id: str | None = None,
        expires_at: datetime | None = None,
    ) -> int:
        """Store the hash of a freshly generated token (the caller shows the token once)."""
        creds = self.user_credentials(username)
        if creds is None:
            raise FieldappError("V103", name=username)
        with self._write() as conn:
            return int(
                conn.execute(
                    insert(db.tokens).values(
                        user_id=creds.principal.user_id,
                        token_hash=token_hash(token),
                        label=label,
                        device_id=device_id,
                        created_at=utcnow(),
                        expires_at=expires_at,
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
            )

    def resolve_token(self, token: str) -> Principal | None:
        """Token -> principal in one query (it runs on every request)."""
        t, u = db.tokens.c, db.users.c
        stmt = (
            select(
                t.id.label("token_id"),
                t.device_id,
                t.revoked_at,
                t.expires_at,
                u.id.label("user_id"),
                u.username,
                u.role,
                u.project_id,
                u.disabled,
                db.projects.c.name.label("project"),
                db.teams.c.id.label("team_id"),
                db.teams.c.name.label("team"),
            )
            .join(db.users, u.id == t.user_id)
            .join(db.projects, db.projects.c.id == u.project_id)
            .outerjoin(db.user_teams, db.user_teams.c.user_id == u.id)
            .outerjoin(db.teams, db.teams.c.id == db.user_teams.c.team_id)
            .where(t.token_hash == token_hash(token))
            .order_by(db.teams.c.id)
        )
        with self._read() as conn:
            rows = conn.execute(stmt).all()
        if not rows:
            return None
        first = rows[0]
        expires = _aware(first.expires_at)
        if first.revoked_at is not None or first.disabled or (expires and expires <= utcnow()):
            return None
        teams = [(r.team_id, r.team) for r in rows if r.team_id is not None]
        return Principal(
            user_id=first.user_id,
            username=first.username,
            role=Role(first.role),
            project_id=first.project_id,
            project=first.project,
            team_ids=tuple(i for i, _ in teams),
            team_names=tuple(n for _, n in teams),
            token_id=first.token_id,
            device_id=first.device_id,
        )

    def revoke_token(self, token_id: int) -> bool:
        with self._write() as conn:
            n = conn.execute(
                update(db.tokens)
                .where(db.tokens.c.id == token_id, db.tokens.c.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            ).rowcount
        return bool(n)

    def revoke_user_tokens(self, username: str) -> int:
        creds = self.user_credentials(username, include_disabled=True)
        if creds is None:
            raise FieldappError("V103", name=username)
        with self._write() as conn:
            return int(
                conn.execute(
                    update(db.tokens)
                    .where(
                        db.tokens.c.user_id == creds.principal.user_id,
                        db.tokens.c.revoked_at.is_(None),
                    )
                    .values(revoked_at=utcnow())
                ).rowcount
            )

    def list_tokens(self, username: str | None = None) -> list[dict[str, Any]]:
        stmt = (
            select(
                db.tokens.c.id,
                db.users.c.username,
                db.tokens.c.label,
                db.tokens.c.device_id,
                db.tokens.c.created_at,
                db.tokens.c.expires_at,
                db.tokens.c.revoked_at,
            )
            .join(db.users, db.users.c.id == db.tokens.c.user_id)
            .order_by(db.tokens.c.id)
        )
        if username:
            stmt = stmt.where(db.users.c.username == username)
        with self._read() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings().all()]

    # --- login throttling (in the database so every app process sees it) ---------------------
    def login_retry_after(self, key: str, now: float) -> float:
        """Seconds until ``key`` (user + client IP) may try a password again; 0 when allowed."""
        with self._read() as conn:
            row = conn.execute(
                select(db.login_failures).where(db.login_failures.c.key == key)
            ).first()
        if row is None or row.failures < LOGIN_MAX_FAILURES:
            return 0.0
        remaining = row.window_start + LOGIN_WINDOW_SECONDS - now
        return max(float(remaining), 0.0)

    def login_failed(self, key: str, now: float) -> None:
        table = db.login_failures
        ins = pg_insert(table) if self.dialect == "postgresql" else sqlite_insert(table)
        expired = table.c.window_start < now - LOGIN_WINDOW_SECONDS
        stmt = ins.values(key=key, failures=1, window_start=now).on_conflict_do_update(
            index_elements=[table.c.key],
            set_={
                "failures": case((expired, 1), else_=table.c.failures + 1),
                "window_start": case((expired, now), else_=table.c.window_start),
            },
        )
        with self._write() as conn:
            conn.execute(stmt)

    def login_succeeded(self, key: str) -> None:
        with self._write() as conn:
            conn.execute(delete(db.login_failures).where(db.login_failures.c.key == key))

    # --- forms --------------------------------------------------------------------------------
    def publish_form(
        self,
        project: str,
        *,
        form_id: str,
        version: str,
        title: str,
        xform: bytes,
        media: dict[str, bytes],
        encrypted: bool,
    ) -> tuple[FormVersionInfo, bool]:
        """Store a form version with its media; (info, created). Same content again is a no-op."""
        pid = self.project_id(project)
        sha = hashlib.sha256(xform).hexdigest()
        media_md5 = {n: hashlib.md5(d, usedforsecurity=False).hexdigest() for n, d in media.items()}
        existing = self.get_form(pid, form_id, version)
        if existing is not None:
            old = {m.name: m.md5.removeprefix("md5:") for m in existing.info.media}
            if existing.info.sha256 == sha and old == media_md5:
                return existing.info, False
            raise FieldappError("V108", form_id=form_id, version=version)
        with self._write() as conn:
            seq = self._lock_seq(conn) + 1
            row_id = int(
                conn.execute(
                    insert(db.forms).values(
                        project_id=pid,
                        form_id=form_id,
                        version=version,
                        title=title,
                        xform=xform,
                        md5=hashlib.md5(xform, usedforsecurity=False).hexdigest(),
                        sha256=sha,
                        encrypted=encrypted,
                        published_at=utcnow(),
                        seq=seq,
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
            )
            if media:
                conn.execute(
                    insert(db.form_media),
                    [
                        {"form_row_id": row_id, "name": n, "content": d, "md5": media_md5[n]}
                        for n, d in media.items()
                    ],
                )
            conn.execute(
                insert(db.changes).values(seq=seq, project_id=pid, kind="form", ref_id=row_id)
            )
            self._set_seq(conn, seq)
        stored = self.get_form(pid, form_id, version)
        assert stored is not None
        return stored.info, True

    def _form_infos(self, conn: Connection, rows: Sequence[Any]) -> list[FormVersionInfo]:
        ids = [r.id for r in rows]
        media: dict[int, list[MediaInfo]] = {i: [] for i in ids}
        if ids:
            for m in conn.execute(
                select(
                    db.form_media.c.form_row_id,
                    db.form_media.c.name,
                    db.form_media.c.md5,
                    func.length(db.form_media.c.content).label("size"),
                )
                .where(db.form_media.c.form_row_id.in_(ids))
                .order_by(db.form_media.c.name)
            ):
                base = form_paths(*next((r.form_id, r.version) for r in rows if r.id == m[0]))
                media[m[0]].append(
                    MediaInfo(
                        name=m.name,
                        md5="md5:" + m.md5,
                        size=int(m.size),
                        path=f"{base}/media/{quote(m.name, safe='')}",
                    )
                )
        return [
            FormVersionInfo(
                form_id=r.form_id,
                version=r.version,
                title=r.title,
                md5="md5:" + r.md5,
                sha256=r.sha256,
                published_at=_aware(r.published_at),
                encrypted=bool(r.encrypted),
                xform_path=form_paths(r.form_id, r.version) + "/xform",
                media=media[r.id],
                seq=r.seq,
            )
            for r in rows
        ]

    _FORM_COLS = (
        db.forms.c.id,
        db.forms.c.form_id,
        db.forms.c.version,
        db.forms.c.title,
        db.forms.c.md5,
        db.forms.c.sha256,
        db.forms.c.encrypted,
        db.forms.c.published_at,
        db.forms.c.seq,
    )

    def list_forms(self, project_id: int, *, latest_only: bool = True) -> list[FormVersionInfo]:
        stmt = select(*self._FORM_COLS).where(db.forms.c.project_id == project_id)
        if latest_only:
            latest = (
                select(func.max(db.forms.c.id))
                .where(db.forms.c.project_id == project_id)
                .group_by(db.forms.c.form_id)
            )
            stmt = stmt.where(db.forms.c.id.in_(latest))
        with self._read() as conn:
            rows = conn.execute(stmt.order_by(db.forms.c.form_id, db.forms.c.id)).all()
            return self._form_infos(conn, rows)

    def get_form(self, project_id: int, form_id: str, version: str | None) -> StoredForm | None:
        stmt = select(*self._FORM_COLS, db.forms.c.xform).where(
            db.forms.c.project_id == project_id, db.forms.c.form_id == form_id
        )
        if version is not None:
            stmt = stmt.where(db.forms.c.version == version)
        with self._read() as conn:
            row = conn.execute(stmt.order_by(db.forms.c.id.desc()).limit(1)).first()
            if row is None:
                return None
            return StoredForm(self._form_infos(conn, [row])[0], bytes(row.xform))

    def get_form_media(
        self, project_id: int, form_id: str, version: str, name: str
    ) -> bytes | None:
        with self._read() as conn:
            value = conn.execute(
                select(db.form_media.c.content)
                .join(db.forms, db.forms.c.id == db.form_media.c.form_row_id)
                .where(
                    db.forms.c.project_id == project_id,
                    db.forms.c.form_id == form_id,
                    db.forms.c.version == version,
                    db.form_media.c.name == name,
                )
            ).scalar_one_or_none()
        return bytes(value) if value is not None else None

    # --- submissions --------------------------------------------------------------------------
    def push(self, who: Principal, items: Sequence[Incoming]) -> list[Receipt]:
        """Store submissions idempotently; one receipt per item, in order (see sync.protocol).

        An item may name another ``owner``: a supervisor forwarding their team's interviews from
        a field hub (the owner must share a team with them), or an admin (any user of the
        project). The submission then belongs to that enumerator, so review decisions reach
        them. Forwarded items keep their original device id, so token device binding does not
        apply to them; anyone else naming another owner gets ``forbidden_owner``.
        """
        payload_shas = [hashlib.sha256(i.payload).hexdigest() for i in items]
        file_shas = [
            {name: hashlib.sha256(data).hexdigest() for name, data in i.attachments.items()}
            for i in items
        ]
        hashes = [
            content_hash_of_digests(p, f.items())
            for p, f in zip(payload_shas, file_shas, strict=True)
        ]
        now = utcnow()
        results: list[Receipt | None] = [None] * len(items)
        with self._write() as conn:
            seq = self._lock_seq(conn)
            wanted = {i.instance_id for i in items} | {
                i.deprecated_id for i in items if i.deprecated_id
            }
            existing: dict[str, dict[str, Any]] = {}
            for chunk in _chunks(sorted(wanted), 500):
                for found in conn.execute(
                    select(
                        db.submissions.c.id,
                        db.submissions.c.instance_id,
                        db.submissions.c.owner_id,
                        db.submissions.c.content_hash,
                        db.submissions.c.payload_sha256,
                        db.submissions.c.review_state,
                        db.submissions.c.seq,
                        db.submissions.c.received_at,
                    ).where(
                        db.submissions.c.project_id == who.project_id,
                        db.submissions.c.instance_id.in_(chunk),
                    )
                ).mappings():
                    existing[found["instance_id"]] = dict(found)
            new_rows: list[dict[str, Any]] = []
            new_files: list[tuple[dict[str, bytes], dict[str, str]]] = []
            superseded: list[tuple[int, str]] = []
            team_id = who.team_ids[0] if who.team_ids else None
            targets = self._forward_targets(
                conn, who, {i.owner for i in items if i.owner and i.owner != who.username}
            )
            for index, (item, digest) in enumerate(zip(items, hashes, strict=True)):
                iid = item.instance_id
                owner_id, owner_team = who.user_id, team_id
                if item.owner and item.owner != who.username:
                    target = targets.get(item.owner)
                    if target is None:
                        results[index] = _rejected(
                            iid, "forbidden_owner", f"you cannot submit for {item.owner}"
                        )
                        continue
                    owner_id, owner_team = target
                elif who.device_id and item.device_id != who.device_id:
                    results[index] = _rejected(
                        iid, "device_mismatch", "this token is bound to another device"
                    )
                    continue
                if item.claimed_hash is not None and item.claimed_hash != digest:
                    results[index] = _rejected(
                        iid,
                        "hash_mismatch",
                        f"content hash is {digest}, not {item.claimed_hash}: damaged in transit",
                    )
                    continue
                old = existing.get(iid)
                if old is not None:
                    if old["owner_id"] != owner_id:
                        results[index] = Receipt(
                            instance_id=iid,
                            status=ItemStatus.CONFLICT,
                            error_code="conflict",
                            detail="another user's submission has this instanceID",
                        )
                    elif old["content_hash"] == digest:
                        results[index] = _receipt(old, ItemStatus.DUPLICATE)
                    elif (
                        item.format == "openrosa"
                        and old["payload_sha256"] == payload_shas[index]
                        and "id" in old
                    ):
                        seq, results[index] = self._merge_attachments(conn, who, old, item, seq)
                    else:
                        results[index] = Receipt(
                            instance_id=iid,
                            status=ItemStatus.CONFLICT,
                            content_hash=old["content_hash"],
                            server_seq=old["seq"],
                            error_code="conflict",
                            detail="different content was already stored under this instanceID",
                        )
                    continue
                state = ReviewState.RECEIVED
                dep = existing.get(item.deprecated_id) if item.deprecated_id else None
                if dep is not None and dep["owner_id"] == owner_id and "id" in dep:
                    state = ReviewState.EDITED
                    superseded.append((dep["id"], iid))
                seq += 1
                row: dict[str, Any] = {
                    "project_id": who.project_id,
                    "instance_id": iid,
                    "form_id": item.form_id,
                    "form_version": item.form_version,
                    "owner_id": owner_id,
                    "team_id": owner_team,
                    "device_id": item.device_id,
                    "client_seq": item.client_seq,
                    "deprecated_id": item.deprecated_id,
                    "superseded_by": None,
                    "content_hash": digest,
                    "payload_sha256": payload_shas[index],
                    "payload": item.payload,
                    "format": item.format,
                    "review_state": state.value,
                    "received_at": now,
                    "created_at": item.created_at,
                    "finalized_at": item.finalized_at,
                    "seq": seq,
                }
                new_rows.append(row)
                new_files.append((item.attachments, file_shas[index]))
                # later items in the same batch see this one (duplicate / conflict)
                existing[iid] = {
                    "owner_id": owner_id,
                    "content_hash": digest,
                    "payload_sha256": payload_shas[index],
                    "review_state": state.value,
                    "seq": seq,
                    "received_at": now,
                    "instance_id": iid,
                }
                results[index] = _receipt(existing[iid], ItemStatus.CREATED)
            if new_rows:
                # plain executemany (one statement on SQLite, pipelined on psycopg), then map the
                # new rows' ids through their sequence numbers, unique within this transaction
                self._bulk_insert(conn, db.submissions, new_rows)
                by_seq = dict(
                    conn.execute(
                        select(db.submissions.c.seq, db.submissions.c.id).where(
                            db.submissions.c.project_id == who.project_id,
                            db.submissions.c.seq.between(new_rows[0]["seq"], new_rows[-1]["seq"]),
                        )
                    ).all()
                )
                ids = [by_seq[r["seq"]] for r in new_rows]
                files = [
                    {
                        "submission_id": sid,
                        "name": name,
                        "content": data,
                        "sha256": shas[name],
                    }
                    for sid, (atts, shas) in zip(ids, new_files, strict=True)
                    for name, data in atts.items()
                ]
                if files:
                    self._bulk_insert(conn, db.attachments, files)
                self._bulk_insert(
                    conn,
                    db.changes,
                    [
                        {
                            "seq": r["seq"],
                            "project_id": who.project_id,
                            "kind": "submission",
                            "ref_id": sid,
                            "team_id": r["team_id"],
                            "owner_id": r["owner_id"],
                        }
                        for sid, r in zip(ids, new_rows, strict=True)
                    ],
                )
            for old_id, new_iid in superseded:
                conn.execute(
                    update(db.submissions)
                    .where(db.submissions.c.id == old_id)
                    .values(superseded_by=new_iid)
                )
            self._set_seq(conn, seq)
        return [r for r in results if r is not None]

    def _forward_targets(
        self, conn: Connection, who: Principal, names: set[str]
    ) -> dict[str, tuple[int, int | None]]:
        """Users ``who`` may submit for: username -> (user id, their first team)."""
        if not names or who.role is Role.ENUMERATOR:
            return {}
        rows = conn.execute(
            select(db.users.c.id, db.users.c.username, db.user_teams.c.team_id)
            .outerjoin(db.user_teams, db.user_teams.c.user_id == db.users.c.id)
            .where(
                db.users.c.project_id == who.project_id,
                db.users.c.username.in_(sorted(names)),
                db.users.c.disabled.is_(False),
            )
            .order_by(db.user_teams.c.team_id)
        ).all()
        teams: dict[str, list[int]] = {}
        ids: dict[str, int] = {}
        for uid, name, tid in rows:
            ids[name] = uid
            teams.setdefault(name, [])
            if tid is not None:
                teams[name].append(tid)
        allowed: dict[str, tuple[int, int | None]] = {}
        for name, uid in ids.items():
            shared = set(teams[name]) & set(who.team_ids)
            if who.role is Role.ADMIN or shared:
                allowed[name] = (uid, teams[name][0] if teams[name] else None)
        return allowed

    def _merge_attachments(
        self, conn: Connection, who: Principal, old: dict[str, Any], item: Incoming, seq: int
    ) -> tuple[int, Receipt]:
        """OpenRosa splits large attachment sets over several POSTs repeating the same XML."""
        have = {
            r.name: (r.sha256, bytes(r.content))
            for r in conn.execute(
                select(db.attachments).where(db.attachments.c.submission_id == old["id"])
            )
        }
        added: dict[str, bytes] = {}
        for name, data in item.attachments.items():
            sha = hashlib.sha256(data).hexdigest()
            if name in have and have[name][0] != sha:
                return seq, Receipt(
                    instance_id=item.instance_id,
                    status=ItemStatus.CONFLICT,
                    content_hash=old["content_hash"],
                    error_code="conflict",
                    detail=f"attachment {name} differs from the one already stored",
                )
            if name not in have:
                added[name] = data
        if not added:
            return seq, _receipt(old, ItemStatus.DUPLICATE)
        files = {n: v[1] for n, v in have.items()} | added
        digest = content_hash(item.payload, files.items())
        conn.execute(
            insert(db.attachments),
            [
                {
                    "submission_id": old["id"],
                    "name": n,
                    "content": d,
                    "sha256": hashlib.sha256(d).hexdigest(),
                }
                for n, d in added.items()
            ],
        )
        seq += 1
        conn.execute(
            update(db.submissions)
            .where(db.submissions.c.id == old["id"])
            .values(content_hash=digest, seq=seq)
        )
        team = who.team_ids[0] if who.team_ids else None
        conn.execute(
            insert(db.changes).values(
                seq=seq,
                project_id=who.project_id,
                kind="submission",
                ref_id=old["id"],
                team_id=team,
                owner_id=who.user_id,
            )
        )
        merged = {**old, "content_hash": digest, "seq": seq}
        return seq, _receipt(merged, ItemStatus.CREATED)

    def _visible(self, who: Principal) -> ColumnElement[bool]:
        s = db.submissions.c
        cond = s.project_id == who.project_id
        if who.role is Role.ADMIN:
            return cond
        if who.role is Role.SUPERVISOR:
            teams = s.team_id.in_(who.team_ids) if who.team_ids else false()
            return and_(cond, or_(teams, s.owner_id == who.user_id))
        return and_(cond, s.owner_id == who.user_id)

    def _submission_metas(
        self, conn: Connection, rows: Sequence[Any], with_payload: bool
    ) -> list[SubmissionMeta]:
        ids = [r.id for r in rows]
        atts: dict[int, list[AttachmentMeta]] = {i: [] for i in ids}
        for chunk in _chunks(ids, 500):
            for a in conn.execute(
                select(
                    db.attachments.c.submission_id,
                    db.attachments.c.name,
                    db.attachments.c.sha256,
                    func.length(db.attachments.c.content).label("size"),
                )
                .where(db.attachments.c.submission_id.in_(chunk))
                .order_by(db.attachments.c.name)
            ):
                atts[a.submission_id].append(
                    AttachmentMeta(name=a.name, size=int(a.size), sha256=a.sha256)
                )
        return [
            SubmissionMeta(
                instance_id=r.instance_id,
                form_id=r.form_id,
                form_version=r.form_version,
                owner=r.owner,
                team=r.team,
                device_id=r.device_id,
                client_seq=r.client_seq,
                deprecated_id=r.deprecated_id,
                superseded_by=r.superseded_by,
                content_hash=r.content_hash,
                review_state=ReviewState(r.review_state),
                format=r.format,
                received_at=_aware(r.received_at),
                server_seq=r.seq,
                created_at=_aware(r.created_at),
                finalized_at=_aware(r.finalized_at),
                attachments=atts[r.id],
                payload_b64=b64encode(bytes(r.payload)) if with_payload else None,
            )
            for r in rows
        ]

    def _submission_select(self, with_payload: bool) -> Any:
        s = db.submissions.c
        cols = [
            s.id,
            s.instance_id,
            s.form_id,
            s.form_version,
            db.users.c.username.label("owner"),
            db.teams.c.name.label("team"),
            s.device_id,
            s.client_seq,
            s.deprecated_id,
            s.superseded_by,
            s.content_hash,
            s.review_state,
            s.format,
            s.received_at,
            s.seq,
            s.created_at,
            s.finalized_at,
        ]
        if with_payload:
            cols.append(s.payload)
        return (
            select(*cols)
            .join(db.users, db.users.c.id == s.owner_id)
            .outerjoin(db.teams, db.teams.c.id == s.team_id)
        )

    def get_submission(
        self, who: Principal, instance_id: str, *, with_payload: bool = True
    ) -> SubmissionMeta | None:
        stmt = self._submission_select(with_payload).where(
            self._visible(who), db.submissions.c.instance_id == instance_id
        )
        with self._read() as conn:
            rows = conn.execute(stmt).all()
            return self._submission_metas(conn, rows, with_payload)[0] if rows else None

    def list_submissions(
        self,
        who: Principal,
        *,
        since: int = 0,
        limit: int = 100,
        form_id: str | None = None,
        state: ReviewState | None = None,
    ) -> SubmissionList:
        s = db.submissions.c
        stmt = self._submission_select(False).where(self._visible(who), s.seq > since)
        if form_id:
            stmt = stmt.where(s.form_id == form_id)
        if state:
            stmt = stmt.where(s.review_state == state.value)
        with self._read() as conn:
            rows = conn.execute(stmt.order_by(s.seq).limit(limit + 1)).all()
            metas = self._submission_metas(conn, rows[:limit], False)
        more = len(rows) > limit
        cursor = metas[-1].server_seq if metas else since
        return SubmissionList(submissions=metas, cursor=str(cursor), more=more)

    def get_attachment(self, who: Principal, instance_id: str, name: str) -> bytes | None:
        stmt = (
            select(db.attachments.c.content)
            .join(db.submissions, db.submissions.c.id == db.attachments.c.submission_id)
            .where(
                self._visible(who),
                db.submissions.c.instance_id == instance_id,
                db.attachments.c.name == name,
            )
        )
        with self._read() as conn:
            value = conn.execute(stmt).scalar_one_or_none()
        return bytes(value) if value is not None else None

    def count_submissions(self, project_id: int | None = None) -> int:
        stmt = select(func.count()).select_from(db.submissions)
        if project_id is not None:
            stmt = stmt.where(db.submissions.c.project_id == project_id)
        with self._read() as conn:
            return int(conn.execute(stmt).scalar_one())

    # --- reviews ------------------------------------------------------------------------------
    def add_review(
        self,
        who: Principal,
        instance_id: str,
        decision: Decision,
        comment: str,
        question_comments: dict[str, str],
    ) -> ReviewOut | None:
        """Record a decision. None: no such submission visible to ``who``.

        Idempotent: when the latest decision on the submission is the same one by the same
        reviewer, it is returned and nothing new is stored.

        Raises PermissionError when ``who`` may see it but not review it (enumerators, and
        supervisors reviewing their own submissions outside their teams).
        """
        s = db.submissions.c
        with self._write() as conn:
            seq = self._lock_seq(conn) + 1
            sub = conn.execute(
                select(s.id, s.owner_id, s.team_id, s.form_id).where(
                    self._visible(who), s.instance_id == instance_id
                )
            ).first()
            if sub is None:
                return None
            allowed = who.role is Role.ADMIN or (
                who.role is Role.SUPERVISOR and sub.team_id in who.team_ids
            )
            if not allowed:
                raise PermissionError("only the team's supervisors or an admin can review")
            latest = self._reviews(conn, [db.reviews.c.submission_id == sub.id])[-1:]
            if latest and (
                latest[0].reviewer == who.username
                and latest[0].decision is decision
                and latest[0].comment == comment
                and latest[0].question_comments == question_comments
            ):
                # the same decision again (a client retrying after a lost reply, a hub
                # forwarding twice): one review, not two
                return latest[0]
            now = utcnow()
            rid = int(
                conn.execute(
                    insert(db.reviews).values(
                        submission_id=sub.id,
                        reviewer_id=who.user_id,
                        decision=decision.value,
                        comment=comment,
                        question_comments=json.dumps(question_comments, sort_keys=True),
                        created_at=now,
                        seq=seq,
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
            )
            conn.execute(
                update(db.submissions).where(s.id == sub.id).values(review_state=decision.value)
            )
            conn.execute(
                insert(db.changes).values(
                    seq=seq,
                    project_id=who.project_id,
                    kind="review",
                    ref_id=rid,
                    team_id=sub.team_id,
                    owner_id=sub.owner_id,
                )
            )
            self._set_seq(conn, seq)
        return ReviewOut(
            id=rid,
            instance_id=instance_id,
            form_id=sub.form_id,
            decision=decision,
            review_state=ReviewState(decision.value),
            comment=comment,
            question_comments=question_comments,
            reviewer=who.username,
            created_at=now,
            seq=seq,
        )

    def list_reviews(self, who: Principal, instance_id: str) -> list[ReviewOut] | None:
        with self._read() as conn:
            sub = conn.execute(
                select(db.submissions.c.id).where(
                    self._visible(who), db.submissions.c.instance_id == instance_id
                )
            ).first()
            if sub is None:
                return None
            return self._reviews(conn, [db.reviews.c.submission_id == sub.id])

    def _reviews(self, conn: Connection, where: list[ColumnElement[bool]]) -> list[ReviewOut]:
        r, s = db.reviews.c, db.submissions.c
        rows = conn.execute(
            select(
                r.id,
                s.instance_id,
                s.form_id,
                r.decision,
                r.comment,
                r.question_comments,
                db.users.c.username,
                r.created_at,
                r.seq,
            )
            .join(db.submissions, s.id == r.submission_id)
            .join(db.users, db.users.c.id == r.reviewer_id)
            .where(*where)
            .order_by(r.seq)
        ).all()
        return [
            ReviewOut(
                id=row.id,
                instance_id=row.instance_id,
                form_id=row.form_id,
                decision=Decision(row.decision),
                review_state=ReviewState(row.decision),
                comment=row.comment,
                question_comments=json.loads(row.question_comments),
                reviewer=row.username,
                created_at=_aware(row.created_at),
                seq=row.seq,
            )
            for row in rows
        ]

    # --- changes feed -------------------------------------------------------------------------
    def changes(
        self, who: Principal, since: int, limit: int, *, kinds: Sequence[str] | None = None
    ) -> ChangesResponse:
        """Changes after ``since`` visible to ``who``; ``kinds`` restricts them (None: all)."""
        c = db.changes.c
        stmt = select(c.seq, c.kind, c.ref_id).where(c.project_id == who.project_id, c.seq > since)
        if kinds is not None:
            stmt = stmt.where(c.kind.in_(list(kinds)))
        if who.role is Role.SUPERVISOR:
            teams = c.team_id.in_(who.team_ids) if who.team_ids else false()
            stmt = stmt.where(or_(c.kind == "form", teams, c.owner_id == who.user_id))
        elif who.role is Role.ENUMERATOR:
            stmt = stmt.where(
                or_(c.kind == "form", and_(c.kind == "review", c.owner_id == who.user_id))
            )
        with self._read() as conn:
            rows = conn.execute(stmt.order_by(c.seq).limit(limit + 1)).all()
            more = len(rows) > limit
            rows = rows[:limit]
            by_kind: dict[str, list[int]] = {"form": [], "review": [], "submission": []}
            for row in rows:
                by_kind[row.kind].append(row.ref_id)
            form_map: dict[int, FormVersionInfo] = {}
            if by_kind["form"]:
                frows = conn.execute(
                    select(*self._FORM_COLS).where(db.forms.c.id.in_(by_kind["form"]))
                ).all()
                form_map = dict(
                    zip([f.id for f in frows], self._form_infos(conn, frows), strict=True)
                )
            review_map: dict[int, ReviewOut] = {}
            for chunk in _chunks(by_kind["review"], 500):
                for rev in self._reviews(conn, [db.reviews.c.id.in_(chunk)]):
                    review_map[rev.id] = rev
            sub_map: dict[int, SubmissionMeta] = {}
            for chunk in _chunks(by_kind["submission"], 200):
                srows = conn.execute(
                    self._submission_select(True).where(db.submissions.c.id.in_(chunk))
                ).all()
                metas = self._submission_metas(conn, srows, True)
                sub_map.update(zip([r.id for r in srows], metas, strict=True))
        out: list[Change] = []
        budget = PULL_BYTE_BUDGET
        for row in rows:
            if row.kind == "form":
                out.append(Change(seq=row.seq, kind="form", form=form_map[row.ref_id]))
            elif row.kind == "review":
                out.append(Change(seq=row.seq, kind="review", review=review_map[row.ref_id]))
            else:
                sub = sub_map[row.ref_id]
                budget -= len(sub.payload_b64 or "")
                if budget < 0 and out:
                    more = True
                    break
                out.append(Change(seq=row.seq, kind="submission", submission=sub))
        cursor = out[-1].seq if out else since
        return ChangesResponse(changes=out, cursor=str(cursor), more=more)


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _sqlite_value(value: Any) -> Any:
    """Python value -> what SQLAlchemy's SQLite types store (DateTime: naive UTC text)."""
    if isinstance(value, datetime):
        return _utc(value).replace(tzinfo=None).isoformat(" ", "microseconds")
    if isinstance(value, bool):
        return int(value)
    return value


def _chunks(values: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _receipt(row: dict[str, Any], status: ItemStatus) -> Receipt:
    return Receipt(
        instance_id=row["instance_id"],
        status=status,
        content_hash=row["content_hash"],
        server_seq=row["seq"],
        received_at=_aware(row["received_at"]),
        review_state=ReviewState(row["review_state"]),
    )


def _rejected(instance_id: str, code: str, detail: str) -> Receipt:
    return Receipt(
        instance_id=instance_id, status=ItemStatus.REJECTED, error_code=code, detail=detail
    )
