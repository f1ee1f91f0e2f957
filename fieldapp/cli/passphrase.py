"""Where command-line passphrases come from, shared by every command module.

Order: ``--passphrase-file FILE`` (first line), then ``$FIELDAPP_PASSPHRASE``, then a hidden
prompt when a terminal is attached; otherwise S110 (never hang waiting on a pipe). The same
pattern serves other secrets (new passphrase, recovery key, export passphrase) with their own
option and variable names. Secrets never go on the command line itself (visible in ``ps``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.errors import FieldappError

if TYPE_CHECKING:  # the store (cryptography, pydantic) loads when a command runs, not at start
    from fieldapp.core.store import Store


def _read_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        raise FieldappError("S111", path=path, detail=detail) from None
    return text.splitlines()[0] if text else ""


def _interactive() -> bool:
    return sys.stdin.isatty()


def read_secret(
    file: str | None,
    env_var: str,
    prompt: str,
    *,
    confirm: bool = False,
) -> str:
    """A secret from ``file``, else ``$env_var``, else a prompt on a terminal, else S110."""
    if file:
        return _read_file(file)
    value = os.environ.get(env_var)
    if value:
        return value
    if not _interactive():
        raise FieldappError("S110")
    while True:
        first = getpass.getpass(prompt)
        if not confirm:
            return first
        from fieldapp.core.store import MIN_PASSPHRASE

        if len(first) < MIN_PASSPHRASE:
            print(f"At least {MIN_PASSPHRASE} characters, please.", file=sys.stderr)
            continue
        if getpass.getpass("Again: ") == first:
            return first
        print("The two entries differ; try again.", file=sys.stderr)


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The profile passphrase: ``--passphrase-file``, FIELDAPP_PASSPHRASE, or a prompt."""
    return read_secret(
        getattr(args, "passphrase_file", None),
        "FIELDAPP_PASSPHRASE",
        "Passphrase: ",
        confirm=confirm,
    )


def store_for(args: argparse.Namespace) -> Store:
    """The store at ``--data-dir`` (else $FIELDAPP_DATA_DIR, else the platform folder)."""
    from fieldapp.core.store import Store

    return Store(getattr(args, "data_dir", None))


def profile_name(args: argparse.Namespace, store: Store) -> str:
    """``--profile``, else the only profile on this laptop, else a clear error."""
    name: str | None = getattr(args, "profile", None)
    if name:
        return name
    profiles = store.list_profiles()
    if len(profiles) == 1:
        return profiles[0].name
    detail = "no profile exists yet" if not profiles else "several profiles exist"
    raise FieldappError("C100", detail=f"pass --profile NAME ({detail})")
