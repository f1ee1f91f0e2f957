"""`fieldapp profile ...`: create, list, change passphrase, recover, export, import.

Secrets are read through fieldapp.cli.passphrase: the profile passphrase from --passphrase-file or
FIELDAPP_PASSPHRASE; a new passphrase from --new-passphrase-file or FIELDAPP_NEW_PASSPHRASE; the
recovery key from --recovery-key-file or FIELDAPP_RECOVERY_KEY; an export file's passphrase from
--export-passphrase-file or FIELDAPP_EXPORT_PASSPHRASE; each falls back to a hidden prompt only
when a terminal is attached. Exit codes: 0 success, 2 a FieldappError (printed on stderr).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from fieldapp.cli.passphrase import profile_name, read_passphrase, read_secret, store_for

if TYPE_CHECKING:
    from fieldapp.core.store import ProfileSession

ROLES = ("enumerator", "supervisor")  # = fieldapp.core.store.ROLES (imported lazily)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    profile = subparsers.add_parser("profile", parents=[common], help="manage local profiles")
    sub = profile.add_subparsers(dest="profile_command", metavar="SUBCOMMAND", required=True)

    create = sub.add_parser(
        "create", parents=[common], help="create a profile; prints its recovery key"
    )
    create.add_argument("name", metavar="NAME")
    create.add_argument("--role", choices=ROLES, required=True)
    create.set_defaults(handler=_create)

    listing = sub.add_parser("list", parents=[common], help="list the profiles on this computer")
    listing.set_defaults(handler=_list)

    passwd = sub.add_parser("passwd", parents=[common], help="change a profile's passphrase")
    passwd.add_argument("name", metavar="NAME", nargs="?")
    passwd.add_argument("--new-passphrase-file", default=None, help="else $FIELDAPP_NEW_PASSPHRASE")
    passwd.set_defaults(handler=_passwd)

    recover = sub.add_parser(
        "recover", parents=[common], help="set a new passphrase with the recovery key"
    )
    recover.add_argument("name", metavar="NAME", nargs="?")
    recover.add_argument("--recovery-key-file", default=None, help="else $FIELDAPP_RECOVERY_KEY")
    recover.set_defaults(handler=_recover)

    export = sub.add_parser(
        "export", parents=[common], help="write the profile to one encrypted file"
    )
    export.add_argument("path", metavar="FILE")
    export.add_argument(
        "--export-passphrase-file", default=None, help="else $FIELDAPP_EXPORT_PASSPHRASE"
    )
    export.set_defaults(handler=_export)

    imp = sub.add_parser("import", parents=[common], help="merge an export file into the profile")
    imp.add_argument("path", metavar="FILE")
    imp.add_argument(
        "--export-passphrase-file", default=None, help="else $FIELDAPP_EXPORT_PASSPHRASE"
    )
    imp.set_defaults(handler=_import)

    accept = sub.add_parser(
        "accept-damage",
        parents=[common],
        help="after a 'journal file missing' error, continue with what the database holds",
    )
    accept.add_argument("name", metavar="NAME", nargs="?")
    accept.set_defaults(handler=_accept)


def _name(args: argparse.Namespace) -> str:
    if getattr(args, "name", None):
        return str(args.name)
    return profile_name(args, store_for(args))


def _create(args: argparse.Namespace) -> int:
    store = store_for(args)
    passphrase = read_passphrase(args, confirm=True)
    key = store.create_profile(args.name, args.role, passphrase)
    print(f"Profile {args.name} ({args.role}) created in {store.db_path(args.name).parent}.")
    print("Recovery key (shown only now; write it down and keep it apart from the laptop):")
    print(key)
    return 0


def _list(args: argparse.Namespace) -> int:
    store = store_for(args)
    profiles = store.list_profiles()
    if not profiles:
        hint = "fieldapp profile create NAME --role enumerator"
        print(f"No profiles in {store.data_dir}. Create one with `{hint}`.")
        return 0
    for p in profiles:
        print(f"{p.name}\t{p.role}\t{p.created_at}")
    return 0


def _unlock(args: argparse.Namespace, passphrase: str | None = None) -> ProfileSession:
    store = store_for(args)
    name = _name(args)
    return store.unlock(name, passphrase if passphrase is not None else read_passphrase(args))


def _passwd(args: argparse.Namespace) -> int:
    old = read_passphrase(args)
    session = _unlock(args, old)
    try:
        new = read_secret(
            args.new_passphrase_file, "FIELDAPP_NEW_PASSPHRASE", "New passphrase: ", confirm=True
        )
        session.change_passphrase(old, new)
    finally:
        session.lock()
    print(f"The passphrase of {session.name} was changed.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    store = store_for(args)
    name = _name(args)
    key = read_secret(args.recovery_key_file, "FIELDAPP_RECOVERY_KEY", "Recovery key: ")
    new = read_passphrase(args, confirm=True)
    session = store.reset_with_recovery_key(name, key, new)
    session.lock()
    print(f"{name} now opens with the new passphrase; the recovery key stays valid.")
    return 0


def _export_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    return read_secret(
        args.export_passphrase_file,
        "FIELDAPP_EXPORT_PASSPHRASE",
        "Passphrase for the export file: ",
        confirm=confirm,
    )


def _export(args: argparse.Namespace) -> int:
    session = _unlock(args)
    try:
        count = session.export_to(args.path, _export_passphrase(args, confirm=True))
    finally:
        session.lock()
    print(f"Exported {count} records of {session.name} to {args.path}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    session = _unlock(args)
    try:
        report = session.import_from(args.path, _export_passphrase(args, confirm=False))
    finally:
        session.lock()
    print(
        f"Imported into {session.name}: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.kept_local} kept (local copy newer)."
    )
    for line in report.details:
        print(line, file=sys.stderr)
    return 0


def _accept(args: argparse.Namespace) -> int:
    store = store_for(args)
    name = _name(args)
    store.accept_damage(name)
    print(f"{name} will open with what its database holds; the quarantined copy is kept.")
    return 0
