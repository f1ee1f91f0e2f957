"""`fieldapp transfer ...` and `fieldapp project ...`: USB transfer files and the project key.

``fieldapp transfer export --out FILE`` (enumerator) writes the outbox, sealed to the project
key, into one authenticated file; nothing leaves the outbox until the supervisor's reply file
(or a network sync) confirms it. ``fieldapp transfer import FILE`` imports either kind: a
supervisor imports an enumerator's file (verified, decrypted with the project key held in the
profile, stored for review; the sealed submissions are also kept - in the field hub's database,
or as the file itself in the hub folder's inbox - so ``fieldapp hub forward`` takes them to
headquarters); an
enumerator imports the supervisor's reply file (receipts and review decisions).
``fieldapp transfer export --decisions --out FILE`` (supervisor) writes that reply file for
every device imported from.

``fieldapp project import-key FILE`` stores the project's public key (from the public key file
a supervisor writes with ``project export-key``, or from the project key file itself);
``--private`` (supervisors) also opens the project key file with its passphrase
(``--key-passphrase-file`` or $FIELDAPP_KEY_PASSPHRASE) and keeps the private keys sealed in the
profile, so neither sync nor the app asks for the key file again.
Exit status: 0 done, 2 a FieldappError (printed with its code on stderr).
"""

from __future__ import annotations

import argparse
import sys

from fieldapp.cli.passphrase import profile_name, read_passphrase, read_secret, store_for

KEY_PASSPHRASE_ENV = "FIELDAPP_KEY_PASSPHRASE"  # noqa: S105 - the name of a variable


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    transfer = subparsers.add_parser(
        "transfer", parents=[common], help="USB transfer files (no network needed)"
    )
    sub = transfer.add_subparsers(dest="transfer_command", metavar="SUBCOMMAND", required=True)
    export = sub.add_parser(
        "export",
        parents=[common],
        help="enumerator: write the outbox to a file; supervisor (--decisions): the reply file",
    )
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "--decisions",
        action="store_true",
        help="supervisor: receipts and review decisions for the enumerators' devices",
    )
    export.set_defaults(handler=_export)
    imp = sub.add_parser("import", parents=[common], help="import a transfer file")
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(handler=_import)

    project = subparsers.add_parser("project", parents=[common], help="the project's keys")
    psub = project.add_subparsers(dest="project_command", metavar="SUBCOMMAND", required=True)
    imk = psub.add_parser(
        "import-key",
        parents=[common],
        help="store the project key from a public key file or the project key file",
    )
    imk.add_argument("file", metavar="FILE")
    imk.add_argument(
        "--private",
        action="store_true",
        help="supervisors: also keep the private keys (sealed by your passphrase)",
    )
    imk.add_argument(
        "--key-passphrase-file",
        default=None,
        help=f"key file passphrase (else ${KEY_PASSPHRASE_ENV})",
    )
    imk.add_argument("--replace", action="store_true", help="replace a different key held now")
    imk.set_defaults(handler=_import_key)
    exk = psub.add_parser(
        "export-key", parents=[common], help="write the project public key file for enumerators"
    )
    exk.add_argument("--out", required=True, metavar="FILE")
    exk.set_defaults(handler=_export_key)


def _session(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    store = store_for(args)
    return store, store.unlock(profile_name(args, store), read_passphrase(args))


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def _export(args: argparse.Namespace) -> int:
    from sync import transfer

    _store, session = _session(args)
    try:
        if args.decisions:
            result = transfer.export_replies(session, args.out, progress=_progress)
            print(
                f"wrote {result.path}: {result.receipts} receipt(s) and {result.decisions} "
                f"decision(s) for {result.count} device(s)"
            )
        else:
            result = transfer.export_outbox(session, args.out, progress=_progress)
            print(
                f"wrote {result.path}: {result.count} submission(s), sealed to the project key; "
                "they stay in the outbox until the supervisor's reply file confirms them"
            )
    finally:
        session.lock()
    return 0


def _import(args: argparse.Namespace) -> int:
    from sync import transfer

    _store, session = _session(args)
    try:
        result = transfer.import_file(session, args.file, progress=_progress)
    finally:
        session.lock()
    if result.kind == "submissions":
        print(
            f"imported {result.added} new, {result.already} already here; {result.kept} kept "
            "for `fieldapp hub forward` to headquarters"
        )
        for iid in result.conflicts:
            print(
                f"{iid}: already here with different content; not imported (the enumerator "
                "must edit it to send the change as a new version)",
                file=sys.stderr,
            )
    else:
        print(
            f"confirmed {result.confirmed} submission(s) (left the outbox), "
            f"{result.decisions} review decision(s) applied"
        )
        for iid in result.unconfirmed:
            print(f"{iid}: receipt does not match this device's copy; kept", file=sys.stderr)
    return 0


def _import_key(args: argparse.Namespace) -> int:
    from sync.client import project_keys

    passphrase = None
    if args.private:
        passphrase = read_secret(
            args.key_passphrase_file, KEY_PASSPHRASE_ENV, "Project key file passphrase: "
        )
    _store, session = _session(args)
    try:
        key = project_keys.import_key(
            session, args.file, passphrase=passphrase, replace=args.replace
        )
    finally:
        session.lock()
    what = "public and private keys" if args.private else "public key"
    print(f"project {key.project}: {what} {key.key_id} stored in the profile")
    return 0


def _export_key(args: argparse.Namespace) -> int:
    from sync.client import project_keys

    _store, session = _session(args)
    try:
        key = project_keys.export_public_key(session, args.out)
    finally:
        session.lock()
    print(f"wrote {args.out}: project {key.project}, key {key.key_id} (public, no secret inside)")
    return 0
