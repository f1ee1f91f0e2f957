"""Project key pairs for end-to-end encryption (``fieldapp-server project keygen``).

Two key pairs per project: X25519 for our authenticated envelope (sync/envelope.py) and RSA-2048
for ODK encrypted forms (base64RsaPublicKey). The server keeps only the public halves; the private
halves go to a passphrase-protected file for supervisors (format: sync.protocol.ProjectKeyFile).
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa, x25519

from sync.protocol import (
    ProjectKeyFile,
    ProjectPrivateKeys,
    b64encode,
    project_key_id,
    seal_project_keys,
)


def generate_project_keys(
    project: str, passphrase: str, *, kdf_memory_kib: int | None = None
) -> tuple[ProjectKeyFile, bytes, bytes]:
    """New key pairs; returns (sealed private file, X25519 public raw, RSA public DER)."""
    x_priv = x25519.X25519PrivateKey.generate()
    x_pub = x_priv.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    r_priv = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    r_pub = r_priv.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    key_id = project_key_id(x_pub, r_pub)
    private = ProjectPrivateKeys(
        project=project,
        key_id=key_id,
        x25519_private_raw_b64=b64encode(
            x_priv.private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
        ),
        rsa_private_pkcs8_b64=b64encode(
            r_priv.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
    )
    extra = {"memory_kib": kdf_memory_kib} if kdf_memory_kib else {}
    sealed = seal_project_keys(private, x_pub, r_pub, passphrase, **extra)
    return sealed, x_pub, r_pub


def write_key_file(path: Path, sealed: ProjectKeyFile, *, overwrite: bool = False) -> None:
    """Write with mode 0600; refuse to clobber an existing key file unless asked."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(sealed.model_dump_json(indent=2))
