"""Password hashing (Argon2id), bearer tokens and Digest material.

* Passwords: Argon2id from ``cryptography`` with the OWASP server profile (19 MiB, t=2, p=1):
  ~20-40 ms per check, cheap enough for Basic auth yet costly for offline guessing. Parameters
  are stored with each hash so they can be raised later without breaking old hashes.
* Tokens: 256 random bits; only their SHA-256 is stored. A fast hash is enough because the
  input is uniformly random (no dictionary to try), and it keeps per-request auth cheap.
* Digest: RFC 7616 needs HA1 = MD5(user:realm:password) on the server, which is a
  password-equivalent for this realm. It is stored only for users created with ``--digest``
  (ODK Collect over plain HTTP); everyone else uses Basic over TLS or tokens.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from sync.protocol import b64decode_strict, b64encode

TOKEN_PREFIX = "fa1_"  # noqa: S105 - a prefix, not a secret
DIGEST_REALM = "fieldapp"
_MEMORY_KIB = 19 * 1024
_ITERATIONS = 2
_LANES = 1


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = Argon2id(
        salt=salt, length=32, iterations=_ITERATIONS, lanes=_LANES, memory_cost=_MEMORY_KIB
    ).derive(password.encode("utf-8"))
    params = f"m={_MEMORY_KIB},t={_ITERATIONS},p={_LANES}"
    return f"$argon2id$v=19${params}${b64encode(salt)}${b64encode(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """Constant-time check; a missing or malformed hash never verifies."""
    if not stored:
        return False
    try:
        _, algo, _version, params, salt_b64, hash_b64 = stored.split("$")
        if algo != "argon2id":
            return False
        values = dict(item.split("=", 1) for item in params.split(","))
        salt, expected = b64decode_strict(salt_b64), b64decode_strict(hash_b64)
        digest = Argon2id(
            salt=salt,
            length=len(expected),
            iterations=int(values["t"]),
            lanes=int(values["p"]),
            memory_cost=int(values["m"]),
        ).derive(password.encode("utf-8"))
    except (ValueError, KeyError):
        return False
    return hmac.compare_digest(digest, expected)


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def looks_like_token(text: str) -> bool:
    return text.startswith(TOKEN_PREFIX) and 20 < len(text) < 200


def digest_ha1(username: str, password: str, realm: str = DIGEST_REALM) -> str:
    return hashlib.md5(f"{username}:{realm}:{password}".encode(), usedforsecurity=False).hexdigest()
