"""``fieldapp-server``: database, projects, users, tokens, forms, keys, and the HTTP server.

Every command takes ``--db URL`` (a file path, ``sqlite:///...`` or ``postgresql://...``); the
default is ``$FIELDAPP_SERVER_DB`` or ``./fieldapp-server.db``. Secrets go to stdout alone (a
token printed by ``user add`` is the only stdout line, so scripts can capture it); everything else
goes to stderr. Exit status: 0 ok, 2 on a user error (message with its catalogue code).
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from fieldapp.errors import FieldappError
from sync.protocol import NAME_PATTERN, Role
from sync.server.db import default_db_url

PASSWORD_ENV = "FIELDAPP_SERVER_PASSWORD"  # noqa: S105 - a variable name
KEY_PASSPHRASE_ENV = "FIELDAPP_KEY_PASSPHRASE"  # noqa: S105 - a variable name


def _info(text: str) -> None:
    print(text, file=sys.stderr)


def _name(value: str, what: str) -> str:
    if not re.match(NAME_PATTERN, value):
        raise FieldappError("V111", what=what, name=value)
    return value


def _storage(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from sync.server.storage import Storage

    return Storage.open(args.db)


def _read_secret(args: argparse.Namespace, *, env: str, prompt: str) -> str | None:
    if getattr(args, "password_file", None):
        return Path(args.password_file).read_text(encoding="utf-8").rstrip("\r\n")
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if os.environ.get(env):
        return os.environ[env]
    if getattr(args, "password", False):
        if not sys.stdin.isatty():
            raise FieldappError("C100", detail=f"no terminal: use --password-file or ${env}")
        first = getpass.getpass(prompt)
        if first != getpass.getpass("Repeat: "):
            raise FieldappError("C100", detail="the two entries differ")
        return first
    return None


# --- commands -------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from sync.server.storage import Storage

    storage = Storage.open(args.db, check_schema=False)
    created = storage.initialise(_name(args.project, "Project"))
    _info(f"{'initialised' if created else 'already initialised'}: {storage.url}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from sync.server.storage import Storage

    before, after = Storage.open(args.db, check_schema=False).migrate()
    _info(f"schema version {before} -> {after}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.server.app import create_app
    from sync.server.db import DB_ENV
    from sync.server.storage import Storage

    storage = Storage.open(args.db, check_schema=False)
    if storage.dialect == "sqlite" and storage.schema_version() is None:
        # one command on one machine: a new SQLite file is created and initialised here;
        # PostgreSQL (production) is only ever changed by an explicit init / migrate
        storage.initialise()
        _info(f"initialised a new database: {storage.url}")
    storage.check_schema()  # fail early, with a clear message, if the DB is not ready
    common = {
        "host": args.host,
        "port": args.port,
        "proxy_headers": True,
        "forwarded_allow_ips": args.forwarded_allow_ips,
        "log_level": args.log_level,
        "timeout_keep_alive": 30,
        "limit_concurrency": args.limit_concurrency or None,
    }
    if args.workers > 1:
        storage.close()
        os.environ[DB_ENV] = args.db
        uvicorn.run("sync.server.app:app_from_env", factory=True, workers=args.workers, **common)
    else:
        uvicorn.run(create_app(storage), **common)
    return 0


def cmd_project_add(args: argparse.Namespace) -> int:
    _storage(args).create_project(_name(args.name, "Project"))
    _info(f"project {args.name} ready")
    return 0


def cmd_project_list(args: argparse.Namespace) -> int:
    for p in _storage(args).list_projects():
        print(f"{p['name']}\tkey={p['key_id'] or '-'}")
    return 0


def cmd_project_keygen(args: argparse.Namespace) -> int:
    from sync.server.keys import generate_project_keys, write_key_file

    storage = _storage(args)
    storage.project_id(args.project)
    out = Path(args.out)
    if out.exists() and not args.force:
        raise FieldappError("V109", detail=f"{out} exists; pass --force to replace it")
    if args.passphrase_file:
        passphrase = Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
    elif os.environ.get(KEY_PASSPHRASE_ENV):
        passphrase = os.environ[KEY_PASSPHRASE_ENV]
    elif sys.stdin.isatty():
        passphrase = getpass.getpass("Passphrase for the project key file: ")
        if passphrase != getpass.getpass("Repeat: "):
            raise FieldappError("C100", detail="the two entries differ")
    else:
        raise FieldappError(
            "C100", detail=f"no terminal: use --passphrase-file or ${KEY_PASSPHRASE_ENV}"
        )
    if len(passphrase) < 8:
        raise FieldappError("V109", detail="use a passphrase of at least 8 characters")
    keys = storage.project_keys(storage.project_id(args.project))
    if keys.key_id and not args.force:
        raise FieldappError(
            "V109",
            detail=f"project {args.project} already has key {keys.key_id}; --force replaces it "
            "(devices must fetch the new key; old submissions still need the old file)",
        )
    sealed, x_pub, r_pub = generate_project_keys(args.project, passphrase)
    write_key_file(out, sealed, overwrite=args.force)
    storage.set_project_keys(args.project, sealed.key_id, x_pub, r_pub)
    _info(f"project {args.project}: key {sealed.key_id}; private keys written to {out}")
    print(sealed.key_id)
    return 0


def cmd_team_add(args: argparse.Namespace) -> int:
    storage = _storage(args)
    storage.ensure_team(storage.project_id(args.project), _name(args.name, "Team"))
    _info(f"team {args.name} ready in project {args.project}")
    return 0


def cmd_team_list(args: argparse.Namespace) -> int:
    storage = _storage(args)
    for name in storage.list_teams(storage.project_id(args.project)):
        print(name)
    return 0


def _issue(storage, username: str, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    from sync.server.credentials import new_token
    from sync.server.storage import utcnow

    days = args.expires_days
    expires = utcnow() + timedelta(days=days) if days and days > 0 else None
    token = new_token()
    token_id = storage.issue_token(
        username, token, label=args.label, device_id=args.device, expires_at=expires
    )
    _info(f"token {token_id} for {username}" + (f", expires {expires:%Y-%m-%d}" if expires else ""))
    print(token)


def cmd_user_add(args: argparse.Namespace) -> int:
    from sync.server.credentials import digest_ha1, hash_password

    storage = _storage(args)
    try:
        role = Role(args.role)
    except ValueError:
        raise FieldappError("V105", role=args.role) from None
    username = _name(args.name, "User name")
    teams = [_name(t, "Team") for t in args.team or []]
    password = _read_secret(args, env=PASSWORD_ENV, prompt=f"Password for {username}: ")
    storage.create_user(
        args.project,
        username,
        role,
        teams,
        password_hash=hash_password(password) if password else None,
        digest_ha1=digest_ha1(username, password) if password and args.digest else None,
    )
    _info(f"user {username} ({role.value}) added to project {args.project}")
    if password is None or args.token:
        _issue(storage, username, args)
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from sync.server.credentials import digest_ha1, hash_password

    password = _read_secret(args, env=PASSWORD_ENV, prompt=f"New password for {args.name}: ")
    if not password:
        raise FieldappError("C100", detail="give --password, --password-file or --password-stdin")
    _storage(args).set_password(
        args.name, hash_password(password), digest_ha1(args.name, password) if args.digest else None
    )
    _info(f"password set for {args.name}")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    for u in _storage(args).list_users(args.project):
        flag = " (disabled)" if u["disabled"] else ""
        print(f"{u['username']}\t{u['role']}\t{u['project']}\t{','.join(u['teams'])}{flag}")
    return 0


def cmd_user_team(args: argparse.Namespace) -> int:
    _storage(args).add_user_to_team(args.name, _name(args.team, "Team"))
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    _storage(args).set_disabled(args.name, not args.enable)
    return 0


def cmd_token_issue(args: argparse.Namespace) -> int:
    _issue(_storage(args), args.name, args)
    return 0


def cmd_token_list(args: argparse.Namespace) -> int:
    for t in _storage(args).list_tokens(args.user):
        state = "revoked" if t["revoked_at"] else "active"
        print(f"{t['id']}\t{t['username']}\t{t['label']}\t{t['device_id'] or '-'}\t{state}")
    return 0


def cmd_token_revoke(args: argparse.Namespace) -> int:
    storage = _storage(args)
    if args.user:
        _info(f"revoked {storage.revoke_user_tokens(args.user)} token(s) of {args.user}")
        return 0
    if args.id is None:
        raise FieldappError("C100", detail="give a token id or --user NAME")
    if not storage.revoke_token(args.id):
        raise FieldappError("V106", token_id=args.id)
    _info(f"token {args.id} revoked")
    return 0


def cmd_form_publish(args: argparse.Namespace) -> int:
    from sync.server.forms import prepare_form

    storage = _storage(args)
    rsa = None
    if args.encrypt:
        keys = storage.project_keys(storage.project_id(args.project))
        if not keys.rsa_public_der_b64:
            raise FieldappError(
                "V109", detail=f"project {args.project} has no keys: run `project keygen` first"
            )
        rsa = keys.rsa_public_der_b64
    prepared = prepare_form(Path(args.file), Path(args.media) if args.media else None, rsa)
    info, created = storage.publish_form(
        args.project,
        form_id=prepared.form_id,
        version=prepared.version,
        title=prepared.title,
        xform=prepared.xform,
        media=prepared.media,
        encrypted=prepared.encrypted,
    )
    what = "published" if created else "already published"
    _info(
        f"{what}: {info.form_id} version {info.version} ({len(info.media)} media file(s)"
        f"{', encrypted' if info.encrypted else ''})"
    )
    print(f"{info.form_id}\t{info.version}")
    return 0


def cmd_form_list(args: argparse.Namespace) -> int:
    storage = _storage(args)
    for f in storage.list_forms(storage.project_id(args.project), latest_only=not args.all):
        print(f"{f.form_id}\t{f.version}\t{f.title}\t{len(f.media)} media")
    return 0


# --- parser ---------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=default_db_url(),
        help="database: file path, sqlite:///PATH or postgresql://... "
        "(default: $FIELDAPP_SERVER_DB or ./fieldapp-server.db)",
    )
    proj = argparse.ArgumentParser(add_help=False)
    proj.add_argument("--project", default="default", help="project name (default: default)")
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--password", action="store_true", help="prompt for a password")
    secret.add_argument("--password-file", help="read the password from this file")
    secret.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    secret.add_argument(
        "--digest", action="store_true", help="also store Digest-auth material (ODK Collect)"
    )
    tok = argparse.ArgumentParser(add_help=False)
    tok.add_argument("--label", default="cli", help="a note shown by `token list`")
    tok.add_argument("--device", help="bind the token to this device id")
    tok.add_argument("--expires-days", type=int, default=90, help="0 = never (default 90)")

    parser = argparse.ArgumentParser(
        prog="fieldapp-server",
        description="The fieldapp central server: database, projects, users, tokens, forms, "
        "project keys, and the HTTP server.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", parents=[common], help="create the database")
    p.add_argument("--project", default="default", help="name of the first project")
    p.set_defaults(func=cmd_init)
    sub.add_parser("migrate", parents=[common], help="upgrade the schema").set_defaults(
        func=cmd_migrate
    )
    p = sub.add_parser("run", parents=[common], help="serve HTTP")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1, help="processes (use PostgreSQL if > 1)")
    p.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        help="proxies trusted for X-Forwarded-For/-Proto (comma-separated)",
    )
    p.add_argument(
        "--limit-concurrency",
        type=int,
        default=0,
        help="answer 503 beyond this many open connections per process (0 = no limit)",
    )
    p.add_argument("--log-level", default="warning")
    p.set_defaults(func=cmd_run)

    g = sub.add_parser("project", help="projects and their key pairs").add_subparsers(
        dest="action", required=True
    )
    p = g.add_parser("add", parents=[common])
    p.add_argument("name")
    p.set_defaults(func=cmd_project_add)
    g.add_parser("list", parents=[common]).set_defaults(func=cmd_project_list)
    p = g.add_parser("keygen", parents=[common, proj], help="new end-to-end encryption keys")
    p.add_argument("--out", required=True, help="file for the private keys (for supervisors)")
    p.add_argument("--passphrase-file", help=f"passphrase source (or ${KEY_PASSPHRASE_ENV})")
    p.add_argument("--force", action="store_true", help="replace existing keys / file")
    p.set_defaults(func=cmd_project_keygen)

    g = sub.add_parser("team", help="teams").add_subparsers(dest="action", required=True)
    p = g.add_parser("add", parents=[common, proj])
    p.add_argument("name")
    p.set_defaults(func=cmd_team_add)
    g.add_parser("list", parents=[common, proj]).set_defaults(func=cmd_team_list)

    g = sub.add_parser("user", help="users").add_subparsers(dest="action", required=True)
    p = g.add_parser("add", parents=[common, proj, secret, tok], help="prints a token")
    p.add_argument("name")
    p.add_argument("--role", required=True, help="enumerator, supervisor or admin")
    p.add_argument("--team", action="append", help="team (repeat for supervisors)")
    p.add_argument("--token", action="store_true", help="print a token even with a password")
    p.set_defaults(func=cmd_user_add)
    p = g.add_parser("passwd", parents=[common, secret])
    p.add_argument("name")
    p.set_defaults(func=cmd_user_passwd)
    p = g.add_parser("list", parents=[common])
    p.add_argument("--project")
    p.set_defaults(func=cmd_user_list)
    p = g.add_parser("team", parents=[common], help="add a user to a team")
    p.add_argument("name")
    p.add_argument("team")
    p.set_defaults(func=cmd_user_team)
    p = g.add_parser("disable", parents=[common])
    p.add_argument("name")
    p.add_argument("--enable", action="store_true", help="re-enable instead")
    p.set_defaults(func=cmd_user_disable)

    g = sub.add_parser("token", help="bearer tokens").add_subparsers(dest="action", required=True)
    p = g.add_parser("issue", parents=[common, tok])
    p.add_argument("name")
    p.set_defaults(func=cmd_token_issue)
    p = g.add_parser("list", parents=[common])
    p.add_argument("--user")
    p.set_defaults(func=cmd_token_list)
    p = g.add_parser("revoke", parents=[common])
    p.add_argument("id", type=int, nargs="?")
    p.add_argument("--user", help="revoke every token of this user")
    p.set_defaults(func=cmd_token_revoke)

    g = sub.add_parser("form", help="forms").add_subparsers(dest="action", required=True)
    p = g.add_parser("publish", parents=[common, proj], help="XLSForm or XForm + media")
    p.add_argument("file")
    p.add_argument("--media", help="folder with the form's media files")
    p.add_argument(
        "--encrypt", action="store_true", help="insert the project's RSA key (ODK encryption)"
    )
    p.set_defaults(func=cmd_form_publish)
    p = g.add_parser("list", parents=[common, proj])
    p.add_argument("--all", action="store_true", help="every version")
    p.set_defaults(func=cmd_form_list)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except FieldappError as exc:
        print(f"fieldapp-server: {exc.render()}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"fieldapp-server: {exc}", file=sys.stderr)
        return 2
    except DBAPIError as exc:  # database unreachable, wrong credentials, ...
        err = FieldappError("V100", db=args.db, detail=str(exc.orig).strip())
        print(f"fieldapp-server: {err.render()}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
