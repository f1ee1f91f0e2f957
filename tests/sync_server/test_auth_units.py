"""Pure checks of the credential helpers (HTTP flows: test_openrosa.py, test_http_api.py)."""

from __future__ import annotations

from sync.server.auth import make_nonce, nonce_state
from sync.server.credentials import (
    digest_ha1,
    hash_password,
    looks_like_token,
    new_token,
    token_hash,
    verify_password,
)


def test_digest_nonces_expire_and_cannot_be_forged() -> None:
    nonce = make_nonce("secret", now=1_000_000)
    assert nonce_state("secret", nonce, now=1_000_010) == "ok"
    assert nonce_state("secret", nonce, now=1_000_000 + 301) == "stale"
    assert nonce_state("other-secret", nonce, now=1_000_010) == "bad"
    stamp, mac = nonce.split(".")
    assert nonce_state("secret", f"{int(stamp) + 1000}.{mac}", now=1_001_000) == "bad"
    assert nonce_state("secret", "garbage", now=1_000_000) == "bad"


def test_passwords_and_tokens() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert verify_password("correct horse", stored)
    assert not verify_password("correct hors", stored)
    assert not verify_password("x", None) and not verify_password("x", "$bcrypt$junk")
    assert hash_password("same") != hash_password("same")  # salted
    token = new_token()
    assert looks_like_token(token) and not looks_like_token("hunter2")
    assert len(token_hash(token)) == 64 and token_hash(token) != token
    assert digest_ha1("u", "p") == "480e962d9c40a89937bb11da40c54229"  # md5("u:fieldapp:p")
