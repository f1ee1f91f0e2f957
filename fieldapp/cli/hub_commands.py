"""`fieldapp hub ...`: the supervisor's laptop as the team's sync server (field hub).

``fieldapp hub init [--team T]`` creates the hub database in the supervisor's data folder
(``<data dir>/hub/<profile>/hub.db``) with the project public key held by the profile
(``fieldapp project import-key``) and prints the supervisor's own hub token.
``fieldapp hub run --host 0.0.0.0 --port P`` serves it (the real fieldapp-server; creates the
hub first when missing). ``fieldapp hub user add NAME [--device ID]`` adds an enumerator to the
hub's team and prints their token; they then sync with ``fieldapp sync --server
http://HUB:P --token T``; the supervisor pulls from the hub with their own token (normal
``fieldapp sync``). ``fieldapp hub forward --server HQ_URL --token T`` takes the hub's
submissions (ciphertext as-is) and decisions to headquarters and brings HQ's forms and decisions
back; it prints ``forwarded N, decisions N, forms N, failed N`` and exits 0 only when nothing
failed. The hub stores only sealed envelopes and routing metadata, never answers in clear.
"""

from __future__ import annotations

import argparse
import os
import sys

from fieldapp.cli.passphrase import profile_name, read_passphrase, store_for
from fieldapp.errors import FieldappError

TOKEN_ENV = "FIELDAPP_SYNC_TOKEN"  # noqa: S105 - the name of a variable


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    hub = subparsers.add_parser(
        "hub", parents=[common], help="field hub: run the team's sync server on this laptop"
    )
    sub = hub.add_subparsers(dest="hub_command", metavar="SUBCOMMAND", required=True)
    init = sub.add_parser("init", parents=[common], help="create the hub; prints your hub token")
    init.add_argument("--team", default="field", help="the hub's team name (default: field)")
    init.set_defaults(handler=_init)

    run = sub.add_parser("run", parents=[common], help="serve the hub on the local network")
    run.add_argument("--host", default="0.0.0.0", help="address to listen on (default: all)")  # noqa: S104 - a hub serves the local network
    run.add_argument("--port", type=int, default=8765)
    run.add_argument("--team", default="field", help="team name if the hub is created now")
    run.set_defaults(handler=_run)

    user = sub.add_parser("user", parents=[common], help="hub accounts")
    usub = user.add_subparsers(dest="hub_user_command", metavar="SUBCOMMAND", required=True)
    add = usub.add_parser("add", parents=[common], help="add an enumerator; prints their token")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=("enumerator", "supervisor"), default="enumerator")
    add.add_argument("--device", default=None, help="bind the token to this device id")
    add.set_defaults(handler=_user_add)

    fwd = sub.add_parser(
        "forward", parents=[common], help="send the hub's submissions and decisions to HQ"
    )
    fwd.add_argument("--server", required=True, metavar="URL", help="headquarters' server")
    fwd.add_argument("--token", default=None, help=f"your HQ token (else ${TOKEN_ENV})")
    fwd.add_argument("--timeout", type=float, default=60.0, help="seconds per network read")
    fwd.add_argument("--retries", type=int, default=4, help="attempts per request")
    fwd.set_defaults(handler=_forward)


def _hub(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from sync.hub import Hub

    store = store_for(args)
    name = profile_name(args, store)
    return store, name, Hub(store.data_dir, name)


def _create(args: argparse.Namespace, store, name: str, hub) -> str | None:  # type: ignore[no-untyped-def]
    session = store.unlock(name, read_passphrase(args))
    try:
        return hub.init(session, team=args.team)  # type: ignore[no-any-return]
    finally:
        session.lock()


def _init(args: argparse.Namespace) -> int:
    store, name, hub = _hub(args)
    token = _create(args, store, name, hub)
    if token is None:
        print(f"the hub already exists: {hub.path}", file=sys.stderr)
        return 0
    print(f"hub created: {hub.path}; your hub token (also kept in your profile):", file=sys.stderr)
    print(token)
    return 0


def _run(args: argparse.Namespace) -> int:
    from sync.server.cli import main as server_main

    store, name, hub = _hub(args)
    if not hub.exists():
        token = _create(args, store, name, hub)
        print(f"hub created: {hub.path}; your hub token: {token}", file=sys.stderr)
    return server_main(["run", "--db", hub.db_url, "--host", args.host, "--port", str(args.port)])


def _user_add(args: argparse.Namespace) -> int:
    from sync.protocol import Role

    _store, _name, hub = _hub(args)
    try:
        token = hub.add_user(args.name, role=Role(args.role), device=args.device)
    finally:
        hub.close()
    print(f"{args.name} added to the hub", file=sys.stderr)
    print(token)
    return 0


def _forward(args: argparse.Namespace) -> int:
    from sync.client.batch import BatchClient
    from sync.client.safe_http import BearerToken, HttpSettings

    token = args.token or os.environ.get(TOKEN_ENV)
    if not token:
        raise FieldappError("C100", detail=f"give --token (or ${TOKEN_ENV}) for headquarters")
    store, name, hub = _hub(args)
    session = store.unlock(name, read_passphrase(args))
    client = BatchClient(
        args.server.rstrip("/"), BearerToken(token), HttpSettings(read_timeout=args.timeout)
    )
    try:
        report = hub.forward(session, client, attempts=max(1, args.retries))
    finally:
        client.close()
        hub.close()
        session.lock()
    for line in report.failed + report.errors:
        print(line, file=sys.stderr)
    if report.failed:
        summary = FieldappError(
            "N323",
            count=len(report.failed),
            url=args.server,
            detail="see the lines above (unknown enumerator at HQ, or a conflict)",
        )
        print(summary.render(), file=sys.stderr)
    print(
        f"forwarded {report.forwarded}, decisions {report.decisions}, forms {report.forms}, "
        f"hq decisions {report.hq_decisions}, failed {len(report.failed)}"
    )
    return 0 if report.ok else 1
