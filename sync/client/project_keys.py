"""The project's keys inside a profile: public halves for everyone, private halves for supervisors.

Why in the profile: an enumerator who never reaches a server still has to seal submissions to the
project key (USB transfer files), and a supervisor should type the key file's passphrase once,
not at every sync. So:

* the **public** keys (X25519 for envelopes, RSA for ODK forms and for verifying the
  supervisor's transfer reply files) are remembered as a sealed secret whenever a sync fetches
  them from a fieldapp server, or imported from a file (``fieldapp project import-key FILE``):
  either the public key file a supervisor writes (``fieldapp project export-key``) or the
  project key file itself, whose public halves are readable without its passphrase;
* the **private** keys are imported once from the project key file (``--private``, with the
  key file's passphrase) and kept as a sealed secret of the supervisor's profile, i.e. protected
  by the supervisor's passphrase like every record.

The key id (a fingerprint of both public keys) is checked on every import; a different key than
the one already held is refused unless the caller asks to replace it (N313).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, ValidationError

from fieldapp.errors import FieldappError
from sync.protocol import (
    KeyFileError,
    ProjectKeyFile,
    ProjectKeys,
    ProjectPrivateKeys,
    b64decode_strict,
    open_project_key_file,
    project_key_id,
)

PUBLIC_SECRET = "project.public-keys"  # noqa: S105 - the name of a store secret
PRIVATE_SECRET = "project.private-keys"  # noqa: S105 - the name of a store secret
PUBLIC_FORMAT = "fieldapp-project-public-key"
MAX_KEY_FILE = 1024 * 1024


class SecretStore(Protocol):
    """The part of fieldapp.core.store.ProfileSession used here."""

    def get_secret(self, key: str) -> str | None: ...

    def set_secret(self, key: str, value: str | None) -> None: ...


class ProjectPublicKey(BaseModel):
    """What a device needs to seal to the project and to check the supervisor's reply files."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["fieldapp-project-public-key"] = "fieldapp-project-public-key"
    project: str
    key_id: str
    x25519_public_b64: str
    rsa_public_der_b64: str

    def x25519_public(self) -> bytes:
        return b64decode_strict(self.x25519_public_b64)

    def rsa_public_der(self) -> bytes:
        return b64decode_strict(self.rsa_public_der_b64)

    def check(self) -> ProjectPublicKey:
        """The key id must be the fingerprint of the two public keys (no mix-and-match)."""
        try:
            x_pub, r_pub = self.x25519_public(), self.rsa_public_der()
        except ValueError as exc:
            raise FieldappError("N312", path=self.project, detail=str(exc)) from None
        if len(x_pub) != 32 or project_key_id(x_pub, r_pub) != self.key_id:
            raise FieldappError(
                "N312", path=self.project, detail="the key id does not match the public keys"
            )
        return self


def public_key(session: SecretStore) -> ProjectPublicKey | None:
    raw = session.get_secret(PUBLIC_SECRET)
    return ProjectPublicKey.model_validate_json(raw) if raw else None


def private_keys(session: SecretStore) -> ProjectPrivateKeys | None:
    raw = session.get_secret(PRIVATE_SECRET)
    return ProjectPrivateKeys.model_validate_json(raw) if raw else None


def require_public_key(session: SecretStore) -> ProjectPublicKey:
    found = public_key(session)
    if found is None:
        raise FieldappError("N305")
    return found


def require_private_keys(session: SecretStore) -> ProjectPrivateKeys:
    found = private_keys(session)
    if found is None:
        raise FieldappError("N306")
    return found


def _store_public(session: SecretStore, key: ProjectPublicKey, *, replace: bool) -> bool:
    """Remember ``key``; False when it was already held. N313 when another key is held."""
    key.check()
    held = public_key(session)
    if held is not None and held.key_id == key.key_id:
        return False
    if held is not None and not replace:
        raise FieldappError("N313", new_key=key.key_id, old_key=held.key_id)
    session.set_secret(PUBLIC_SECRET, key.model_dump_json())
    return True


def remember_server_keys(session: SecretStore, keys: ProjectKeys) -> bool:
    """Called by sync after fetching the project keys: keep them for offline transfer files.

    A server that changed its key replaces the remembered one (the server is where the key
    comes from in the first place); returns True when something new was stored.
    """
    if not (keys.key_id and keys.x25519_public_b64 and keys.rsa_public_der_b64):
        return False
    key = ProjectPublicKey(
        project=keys.project,
        key_id=keys.key_id,
        x25519_public_b64=keys.x25519_public_b64,
        rsa_public_der_b64=keys.rsa_public_der_b64,
    )
    try:
        return _store_public(session, key, replace=True)
    except FieldappError:
        return False  # a server sending inconsistent keys: sealing will fail loudly later


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise FieldappError("N312", path=str(path), detail="file too large")
        return path.read_bytes()
    except OSError as exc:
        raise FieldappError("N312", path=str(path), detail=exc.strerror or str(exc)) from None


def read_key_file(path: str | Path) -> ProjectPublicKey | ProjectKeyFile:
    """A public key file or a (sealed) project key file, by its ``format`` field."""
    path = Path(path)
    raw = _read(path)
    try:
        kind = json.loads(raw).get("format")
        if kind == PUBLIC_FORMAT:
            return ProjectPublicKey.model_validate_json(raw)
        return ProjectKeyFile.model_validate_json(raw)
    except (ValueError, AttributeError, ValidationError) as exc:
        detail = "not a fieldapp project key file or public key file"
        raise FieldappError("N312", path=str(path), detail=f"{detail}: {exc}") from None


def import_key(
    session: SecretStore,
    path: str | Path,
    *,
    passphrase: str | None = None,
    replace: bool = False,
) -> ProjectPublicKey:
    """Import the project key from a file into the profile.

    With ``passphrase`` (supervisors, the sealed project key file) the private keys are opened
    and kept sealed in the profile too; without it only the public halves are stored.
    """
    found = read_key_file(path)
    if isinstance(found, ProjectPublicKey):
        if passphrase is not None:
            raise FieldappError(
                "N312", path=str(path), detail="a public key file holds no private keys"
            )
        key = found.check()
        _store_public(session, key, replace=replace)
        return key
    key = ProjectPublicKey(
        project=found.project,
        key_id=found.key_id,
        x25519_public_b64=found.x25519_public_b64,
        rsa_public_der_b64=found.rsa_public_der_b64,
    ).check()
    if passphrase is None:
        _store_public(session, key, replace=replace)
        return key
    try:
        private = open_project_key_file(path, passphrase)
    except KeyFileError as exc:
        raise FieldappError("N312", path=str(path), detail=str(exc)) from None
    held = private_keys(session)
    if held is not None and held.key_id != private.key_id and not replace:
        raise FieldappError("N313", new_key=private.key_id, old_key=held.key_id)
    _store_public(session, key, replace=replace)
    session.set_secret(PRIVATE_SECRET, private.model_dump_json())
    return key


def export_public_key(session: SecretStore, path: str | Path) -> ProjectPublicKey:
    """Write the public key file a supervisor hands to enumerators (no secret inside)."""
    key = require_public_key(session)
    try:
        Path(path).write_text(key.model_dump_json(indent=2), encoding="utf-8")
    except OSError as exc:
        raise FieldappError("N310", path=str(path), detail=exc.strerror or str(exc)) from None
    return key
