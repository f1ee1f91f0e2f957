"""One careful HTTP layer for every sync call (our server, ODK Central, KoboToolbox).

Why a wrapper around ``requests``: every call must time out (connect, each read, and the whole
body), cap what it reads from the server, refuse redirects to another host (or down to plain
HTTP), never send a Basic password in clear except to loopback, and turn every failure into a
catalogue error the engine can classify as *transient* (retry later: offline, timeout, 5xx,
429) or *permanent* (wrong credentials, refused submission).
"""

from __future__ import annotations

import ipaddress
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from fieldapp.errors import FieldappError

DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 60.0
DEFAULT_TOTAL_TIMEOUT = 300.0
DEFAULT_MAX_RESPONSE = 64 * 1024 * 1024
MAX_REDIRECTS = 5
TRANSIENT_CODES = frozenset({"N100", "N101", "N102", "N115"})
_WINDOWS_RESERVED = re.compile(
    r"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]|CONIN\$|CONOUT\$)(\..*)?$", re.I
)
_BAD_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def is_transient(error: BaseException) -> bool:
    """True when trying again later may succeed (offline, timeout, server error, throttled)."""
    return isinstance(error, FieldappError) and error.code in TRANSIENT_CODES


def safe_file_name(name: str) -> str:
    """A server-supplied file name, checked: no paths, drive letters or reserved Windows names."""
    clean = name.strip()
    if (
        not clean
        or len(clean) > 200
        or clean in {".", ".."}
        or ".." in clean
        or _BAD_CHARS.search(clean)
        or clean.startswith(".")
        or clean.endswith((".", " "))
        or _WINDOWS_RESERVED.match(clean)
    ):
        raise FieldappError("N113", name=name)
    return clean


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# --- credentials ------------------------------------------------------------------------------
class Credentials:
    """How to authenticate; ``auth_for(url)`` returns the requests auth to use for a URL."""

    def auth_for(self, url: str) -> AuthBase | None:
        raise NotImplementedError


@dataclass(frozen=True)
class NoAuth(Credentials):
    def auth_for(self, url: str) -> AuthBase | None:
        return None


class _HeaderAuth(AuthBase):
    def __init__(self, value: str) -> None:
        self.value = value

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        r.headers["Authorization"] = self.value
        return r


@dataclass(frozen=True)
class BearerToken(Credentials):
    """fieldapp-server tokens (``Authorization: Bearer``)."""

    token: str = field(repr=False)

    def auth_for(self, url: str) -> AuthBase | None:
        return _HeaderAuth(f"Bearer {self.token}")


@dataclass(frozen=True)
class KoboToken(Credentials):
    """KoboToolbox API tokens (``Authorization: Token``)."""

    token: str = field(repr=False)

    def auth_for(self, url: str) -> AuthBase | None:
        return _HeaderAuth(f"Token {self.token}")


@dataclass(frozen=True)
class BasicAuth(Credentials):
    """User + password sent up front (ODK Central expects this); HTTPS or loopback only."""

    username: str
    password: str = field(repr=False)

    def auth_for(self, url: str) -> AuthBase | None:
        parts = urlsplit(url)
        if parts.scheme != "https" and not is_loopback(parts.hostname or ""):
            raise FieldappError("N109", host=parts.hostname or url)
        return HTTPBasicAuth(self.username, self.password)


class DigestAuth(Credentials):
    """RFC 7616 Digest (MD5, qop=auth), answered after the server's 401 challenge.

    One requests HTTPDigestAuth per credential keeps the server's nonce, so later requests
    (the POST after a HEAD) authenticate up front instead of sending the body twice.
    """

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        self._auth = HTTPDigestAuth(username, password)

    def __repr__(self) -> str:
        return f"DigestAuth(username={self.username!r})"

    def auth_for(self, url: str) -> AuthBase | None:
        return self._auth


# --- responses ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reply:
    """A fully read, size-capped response."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name, default)


@dataclass
class HttpSettings:
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_READ_TIMEOUT
    total_timeout: float = DEFAULT_TOTAL_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE
    user_agent: str = "fieldapp-sync/1"


class SafeHttp:
    """A requests Session with the rules above; one per server."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials | None = None,
        settings: HttpSettings | None = None,
        *,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise FieldappError("N116", url=base_url, detail="use http:// or https:// and a host")
        if parts.username or parts.password:
            raise FieldappError(
                "N116", url=base_url, detail="put credentials in the token or login, not the URL"
            )
        self.base_url = base_url.rstrip("/")
        self.host = parts.hostname
        self.scheme = parts.scheme
        self.credentials = credentials or NoAuth()
        self.settings = settings or HttpSettings()
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies or .netrc credentials picked up silently
        self.session.headers["User-Agent"] = self.settings.user_agent
        for key, value in (default_headers or {}).items():
            self.session.headers[key] = value

    def close(self) -> None:
        self.session.close()

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return self.base_url + "/" + path.lstrip("/")

    def _check_target(self, url: str, origin: str) -> None:
        """Only the configured host; never from HTTPS down to HTTP."""
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or parts.hostname != self.host:
            raise FieldappError("N108", url=origin, target=url)
        if self.scheme == "https" and parts.scheme != "https":
            raise FieldappError("N108", url=origin, target=url)

    def request(
        self,
        method: str,
        path: str,
        *,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        authenticate: bool = True,
    ) -> Reply:
        """Send and read the whole reply (following same-host redirects); raise N1xx on failure.

        Returns any HTTP status: callers decide what a 4xx means for them; see
        :func:`raise_for_status` for the common mapping.
        """
        url = self.url(path)
        self._check_target(url, url)
        limit = max_bytes or self.settings.max_response_bytes
        deadline = time.monotonic() + self.settings.total_timeout
        for _hop in range(MAX_REDIRECTS + 1):
            auth = self.credentials.auth_for(url) if authenticate else None
            response = self._send(method, url, data, headers, auth)
            try:
                if response.is_redirect and "location" in response.headers:
                    target = urljoin(url, response.headers["location"])
                    self._check_target(target, url)
                    if response.status_code in (301, 302, 303) and method not in {"GET", "HEAD"}:
                        raise FieldappError(
                            "N117",
                            url=url,
                            status=response.status_code,
                            detail=f"redirect to {target}; use that address",
                        )
                    url = target
                    continue
                body = self._read(response, url, limit, deadline)
                return Reply(url, response.status_code, dict(response.headers), body)
            finally:
                response.close()
        raise FieldappError("N117", url=url, status=310, detail="too many redirects")

    def _send(
        self,
        method: str,
        url: str,
        data: bytes | None,
        headers: Mapping[str, str] | None,
        auth: AuthBase | None,
    ) -> requests.Response:
        try:
            return self.session.request(
                method,
                url,
                data=data,
                headers=dict(headers or {}),
                auth=auth,
                timeout=(self.settings.connect_timeout, self.settings.read_timeout),
                allow_redirects=False,
                stream=True,
            )
        except requests.exceptions.Timeout:
            raise FieldappError("N101", url=url, seconds=self.settings.read_timeout) from None
        except requests.exceptions.RequestException as exc:
            raise FieldappError("N100", url=url, detail=_short(exc)) from None

    def _read(self, response: requests.Response, url: str, limit: int, deadline: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FieldappError("N106", url=url, limit=limit)
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > limit:
                    raise FieldappError("N106", url=url, limit=limit)
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise FieldappError("N101", url=url, seconds=self.settings.total_timeout)
        except requests.exceptions.Timeout:
            raise FieldappError("N101", url=url, seconds=self.settings.read_timeout) from None
        except requests.exceptions.RequestException as exc:
            raise FieldappError("N100", url=url, detail=_short(exc)) from None
        return b"".join(chunks)


def _short(exc: BaseException) -> str:
    text = str(exc)
    if "Connection refused" in text:
        return "connection refused (server down or offline)"
    if "Connection reset" in text or "RemoteDisconnected" in text or "aborted" in text:
        return "connection dropped"
    if "Name or service not known" in text or "getaddrinfo" in text:
        return "host name not found (offline?)"
    return text[:200]


def raise_for_status(reply: Reply, detail: str = "") -> None:
    """Map a non-2xx status to its catalogue error (5xx and 429 are transient)."""
    status = reply.status
    if 200 <= status < 300:
        return
    text = detail or _body_text(reply)
    if status == 401:
        raise FieldappError("N103", url=reply.url, status=status)
    if status == 403:
        raise FieldappError("N104", url=reply.url, status=status, detail=text)
    if status == 404:
        raise FieldappError("N105", url=reply.url)
    if status == 429:
        raise FieldappError("N115", url=reply.url, retry=reply.header("retry-after", "60"))
    if status >= 500 or status == 408:
        raise FieldappError("N102", url=reply.url, status=status)
    raise FieldappError("N117", url=reply.url, status=status, detail=text)


def _body_text(reply: Reply) -> str:
    text = reply.body[:300].decode("utf-8", "replace")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", " ", text)).strip()
