"""Authentication for every endpoint: bearer tokens, Basic, Digest and Central-style key URLs.

* ``Authorization: Bearer <token>``: our client (tokens from ``user add`` / ``login``).
* ``/v1/key/<token>/projects/<id>/...``: ODK Central app-user URLs, for Collect QR setups.
* Basic: username + password (Argon2id), or username + token as the password (lets ODK Collect
  use a token without storing the account password on the device). Send it over TLS only; the
  server cannot know what the proxy in front of it does, so this is documented, not enforced.
* Digest (RFC 7616, MD5, qop=auth) for users with a stored HA1 (``--digest``). Nonces are
  ``<time>.<HMAC>`` under a secret kept in the database, so any app process can check a nonce
  another issued; they expire after 5 minutes (``stale=true`` then).

Password attempts (Basic, Digest, ``POST /login``) are throttled per user + client IP through the
database (10 failures per 15 minutes -> 429 with Retry-After), so the limit holds across processes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from base64 import b64decode
from binascii import Error as BinasciiError

from fastapi import Request
from starlette.responses import Response

from sync.protocol import Role
from sync.server.credentials import DIGEST_REALM, looks_like_token, verify_password
from sync.server.storage import Principal, Storage

NONCE_LIFETIME = 300.0
_DIGEST_PARAM = re.compile(r'(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))')


class AuthError(Exception):
    """401 (with challenges), 403 or 429; turned into a response by :func:`auth_error_response`."""

    def __init__(self, status: int, detail: str, *, stale: bool = False, retry: float = 0) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.stale = stale
        self.retry = retry


def storage_of(request: Request) -> Storage:
    storage: Storage = request.app.state.storage
    return storage


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def make_nonce(secret: str, now: float | None = None) -> str:
    stamp = str(int(now if now is not None else time.time()))
    mac = hmac.new(secret.encode(), stamp.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{stamp}.{mac}"


def nonce_state(secret: str, nonce: str, now: float | None = None) -> str:
    """'ok', 'stale' (genuine but expired) or 'bad'."""
    stamp, _, mac = nonce.partition(".")
    if not stamp.isdigit():
        return "bad"
    expected = hmac.new(secret.encode(), stamp.encode(), hashlib.sha256).hexdigest()[:32]
    if not hmac.compare_digest(mac, expected):
        return "bad"
    age = (now if now is not None else time.time()) - int(stamp)
    return "ok" if -60 <= age <= NONCE_LIFETIME else "stale"


def auth_error_response(request: Request, exc: AuthError) -> Response:
    response = Response(
        content=f'{{"detail": "{exc.detail}"}}',
        status_code=exc.status,
        media_type="application/json",
    )
    if exc.status == 401:
        secret = request.app.state.digest_secret
        nonce = make_nonce(secret)
        stale = ", stale=true" if exc.stale else ""
        response.headers.append(
            "WWW-Authenticate",
            f'Digest realm="{DIGEST_REALM}", qop="auth", algorithm=MD5, nonce="{nonce}"{stale}',
        )
        response.headers.append(
            "WWW-Authenticate", f'Basic realm="{DIGEST_REALM}", charset="UTF-8"'
        )
        response.headers.append("WWW-Authenticate", f'Bearer realm="{DIGEST_REALM}"')
    if exc.status == 429:
        response.headers["Retry-After"] = str(max(1, int(exc.retry + 0.999)))
    return response


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def check_password_login(storage: Storage, username: str, password: str, ip: str) -> Principal:
    """Verify a password with throttling; raise AuthError(401/429)."""
    key = f"{username}|{ip}"
    now = time.time()
    retry = storage.login_retry_after(key, now)
    if retry > 0:
        raise AuthError(429, "too many failed logins; try again later", retry=retry)
    creds = storage.user_credentials(username)
    if creds is None or not verify_password(password, creds.password_hash):
        storage.login_failed(key, now)
        raise AuthError(401, "wrong username or password")
    storage.login_succeeded(key)
    return creds.principal


def _from_token(storage: Storage, token: str) -> Principal:
    principal = storage.resolve_token(token)
    if principal is None:
        raise AuthError(401, "unknown, expired or revoked token")
    return principal


def _basic(storage: Storage, value: str, ip: str) -> Principal:
    try:
        decoded = b64decode(value, validate=True).decode("utf-8")
    except (BinasciiError, UnicodeDecodeError, ValueError):
        raise AuthError(401, "malformed Basic credentials") from None
    username, sep, password = decoded.partition(":")
    if not sep:
        raise AuthError(401, "malformed Basic credentials")
    if looks_like_token(password):
        principal = _from_token(storage, password)
        if principal.username != username:
            raise AuthError(401, "token does not belong to this user")
        return principal
    return check_password_login(storage, username, password, ip)


def _digest(request: Request, storage: Storage, value: str, ip: str) -> Principal:
    params = {
        m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
        for m in _DIGEST_PARAM.finditer(value)
    }
    needed = ("username", "realm", "nonce", "uri", "response")
    if any(not params.get(k) for k in needed):
        raise AuthError(401, "malformed Digest credentials")
    username = params["username"]
    if params["realm"] != DIGEST_REALM:
        raise AuthError(401, "wrong Digest realm")
    secret = request.app.state.digest_secret
    state = nonce_state(secret, params["nonce"])
    if state == "bad":
        raise AuthError(401, "invalid Digest nonce")
    if state == "stale":
        raise AuthError(401, "expired Digest nonce", stale=True)
    expected_uri = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if params["uri"] not in {expected_uri, str(request.url)}:
        raise AuthError(401, "Digest uri does not match the request")
    key = f"{username}|{ip}"
    now = time.time()
    retry = storage.login_retry_after(key, now)
    if retry > 0:
        raise AuthError(429, "too many failed logins; try again later", retry=retry)
    creds = storage.user_credentials(username)
    ha1 = creds.digest_ha1 if creds else None
    ok = False
    if ha1:
        ha2 = _md5(f"{request.method}:{params['uri']}")
        qop = params.get("qop")
        if qop == "auth" and params.get("nc") and params.get("cnonce"):
            want = _md5(f"{ha1}:{params['nonce']}:{params['nc']}:{params['cnonce']}:auth:{ha2}")
        elif qop is None:
            want = _md5(f"{ha1}:{params['nonce']}:{ha2}")
        else:
            want = ""
        ok = bool(want) and hmac.compare_digest(want, params["response"].lower())
    if not ok or creds is None:
        storage.login_failed(key, now)
        raise AuthError(401, "wrong username or password")
    storage.login_succeeded(key)
    return creds.principal


def authenticate(request: Request) -> Principal:
    """Resolve the caller or raise AuthError; used as a FastAPI dependency (runs in a thread)."""
    storage = storage_of(request)
    path_token = request.path_params.get("token")
    if path_token:
        return _from_token(storage, str(path_token))
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    scheme = scheme.lower()
    value = value.strip()
    ip = client_ip(request)
    if scheme == "bearer" and value:
        return _from_token(storage, value)
    if scheme == "basic" and value:
        return _basic(storage, value, ip)
    if scheme == "digest" and value:
        return _digest(request, storage, value, ip)
    raise AuthError(401, "authentication required")


def require_reviewer(principal: Principal) -> None:
    if principal.role is Role.ENUMERATOR:
        raise AuthError(403, "enumerators cannot review submissions")
