"""ODK Central REST + OData client for supervisors: pull a project's submissions for review.

Why not OpenRosa: OpenRosa only lets devices *send* submissions; reading them back (and setting
review states) is Central's own API, used with a Central web user (a project manager or viewer).
Endpoints used, as documented at https://docs.getodk.org/central-api/ (authentication,
forms, submissions, OData):

* ``POST /v1/sessions`` ``{"email", "password"}`` -> ``{"token", "expiresAt", ...}``; the token
  is then sent as ``Authorization: Bearer``; it expires (24 h), so a 401 later logs in again once;
* ``GET /v1/users/current`` (who am I: checks the connection and the login);
* ``GET /v1/projects/{p}/forms``, ``.../forms/{f}.xml``, ``.../forms/{f}/attachments[/{name}]``;
* ``GET .../forms/{f}.svc/Submissions`` with ``$filter`` on ``__system/submissionDate`` and
  ``__system/updatedAt``, ``$orderby``, ``$top``, ``$skip``, ``$count`` (incremental listing);
* ``GET .../submissions/{id}.xml`` and ``.../submissions/{id}/attachments[/{name}]`` (for an
  encrypted form: the manifest, ``submission.xml.enc`` and the ``.enc`` media files);
* ``PATCH .../submissions/{id}`` ``{"reviewState"}`` and ``GET/POST .../submissions/{id}/comments``.

Every call goes through :mod:`sync.client.safe_http` (timeouts, size caps, same-host redirects,
transient vs permanent errors). The password is sent only over HTTPS or to loopback.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError

from fieldapp.errors import FieldappError
from sync.client.safe_http import (
    Credentials,
    HttpSettings,
    Reply,
    SafeHttp,
    _HeaderAuth,
    is_loopback,
    raise_for_status,
    safe_file_name,
)

MAX_JSON_BYTES = 32 * 1024 * 1024
MAX_XML_BYTES = 20 * 1024 * 1024
MAX_FILE_BYTES = 64 * 1024 * 1024
PAGE_SIZE = 250
REVIEW_STATES = frozenset({"approved", "hasIssues", "rejected"})
_PROJECT_URL = re.compile(r"^(?P<root>https?://[^?#]+?)/v1/projects/(?P<id>\d+)/?$")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class CentralForm(_Model):
    """One form of the project as ``GET /v1/projects/{p}/forms`` lists it."""

    xmlFormId: str
    name: str | None = None
    version: str = ""
    hash: str = ""
    state: str = "open"
    keyId: int | None = None
    """Set when the form is encrypted."""


class CentralAttachment(_Model):
    name: str
    exists: bool = True


class SubmissionRow(_Model):
    """One row of the OData ``Submissions`` feed: ``__id`` + ``__system`` (+ data if plain)."""

    instance_id: str
    """``__id``: the instanceID the submission was *first* sent with (stays through edits)."""
    current_instance_id: str | None
    """``meta/instanceID`` of the current version (None for encrypted forms: data is sealed)."""
    submission_date: datetime
    updated_at: datetime | None
    submitter_id: str
    submitter_name: str
    edits: int
    attachments_present: int
    attachments_expected: int
    form_version: str

    @property
    def changed_at(self) -> datetime:
        return max(self.submission_date, self.updated_at or self.submission_date)


@dataclass(frozen=True)
class SubmissionPage:
    rows: list[SubmissionRow]
    count: int | None
    more: bool
    server_time: datetime | None = None
    """The reply's ``Date`` header: the server's clock when it listed this page."""


def parse_time(text: str) -> datetime:
    """Central's timestamps (``2026-11-23T10:00:00.123Z``) as aware UTC datetimes."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def odata_time(value: datetime) -> str:
    """A timestamp literal for ``$filter`` (millisecond precision, UTC, like Central's)."""
    return (
        value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    )


def split_project_url(url: str) -> tuple[str, int]:
    """``https://central.example.org/v1/projects/7`` -> (``https://central.example.org``, 7)."""
    found = _PROJECT_URL.match(url.strip())
    if not found:
        raise FieldappError("N331", url=url, detail="the address must end in /v1/projects/N")
    return found["root"], int(found["id"])


@dataclass
class _Session(Credentials):
    """The current Bearer token (from a login, or given by the user)."""

    token: str | None = field(default=None, repr=False)

    def auth_for(self, url: str) -> Any:
        return _HeaderAuth(f"Bearer {self.token}") if self.token else None


def _q(part: str) -> str:
    return quote(part, safe="")


class CentralClient:
    """One Central project, seen by a web user (e-mail + password, or a session token)."""

    def __init__(
        self,
        server: str,
        project_id: int,
        *,
        email: str | None = None,
        password: str | None = None,
        token: str | None = None,
        settings: HttpSettings | None = None,
    ) -> None:
        if not token and not (email and password):
            raise FieldappError("N335")
        self._session = _Session(token)
        self.http = SafeHttp(server.rstrip("/"), self._session, settings)
        self.project_id = int(project_id)
        self.email = email
        self._password = password
        self.logins = 0

    @classmethod
    def from_project_url(cls, url: str, **kw: Any) -> CentralClient:
        root, project = split_project_url(url)
        return cls(root, project, **kw)

    @property
    def project_url(self) -> str:
        return f"{self.http.base_url}/v1/projects/{self.project_id}"

    def close(self) -> None:
        self.http.close()

    # --- authentication ---------------------------------------------------------------------
    def login(self) -> None:
        """``POST /v1/sessions``; the password goes only over HTTPS or to this machine."""
        if not (self.email and self._password):
            raise FieldappError("N335")
        parts = urlsplit(self.http.base_url)
        if parts.scheme != "https" and not is_loopback(parts.hostname or ""):
            raise FieldappError("N109", host=parts.hostname or self.http.base_url)
        body = json.dumps({"email": self.email, "password": self._password}).encode()
        reply = self.http.request(
            "POST",
            "v1/sessions",
            data=body,
            headers={"Content-Type": "application/json"},
            max_bytes=64 * 1024,
            authenticate=False,
        )
        if reply.status in (400, 401, 403):
            raise FieldappError("N330", url=reply.url, email=self.email, status=reply.status)
        raise_for_status(reply)
        token = self._json(reply).get("token")
        if not isinstance(token, str) or not token:
            raise FieldappError("N332", url=reply.url, detail="the session has no token")
        self._session.token = token
        self.logins += 1

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        max_bytes: int = MAX_JSON_BYTES,
        extended: bool = False,
    ) -> Reply:
        """One request; logs in first (and again once when the session expired: 401)."""
        if self._session.token is None:
            self.login()
        data = json.dumps(body).encode() if body is not None else None
        headers = {"Content-Type": "application/json"} if data is not None else {}
        if extended:
            headers["X-Extended-Metadata"] = "true"
        reply = self.http.request(method, path, data=data, headers=headers, max_bytes=max_bytes)
        if reply.status == 401 and self._password:
            self.login()
            reply = self.http.request(method, path, data=data, headers=headers, max_bytes=max_bytes)
        raise_for_status(reply, _problem(reply))
        return reply

    @staticmethod
    def _json(reply: Reply) -> Any:
        try:
            return json.loads(reply.body)
        except ValueError:
            raise FieldappError("N332", url=reply.url, detail="the reply is not JSON") from None

    def _path(self, *parts: str) -> str:
        return f"v1/projects/{self.project_id}/" + "/".join(parts)

    # --- calls --------------------------------------------------------------------------------
    def current_user(self) -> dict[str, Any]:
        found = self._json(self._call("GET", "v1/users/current"))
        if not isinstance(found, dict):
            raise FieldappError("N332", url=self.http.url("v1/users/current"), detail="no user")
        return found

    def forms(self) -> list[CentralForm]:
        reply = self._call("GET", self._path("forms"))
        rows = self._json(reply)
        try:
            if not isinstance(rows, list):
                raise ValueError("not a list of forms")
            return [CentralForm.model_validate(r) for r in rows]
        except (ValueError, ValidationError) as exc:
            raise FieldappError("N332", url=reply.url, detail=f"form list: {exc}") from None

    def form_xml(self, form_id: str) -> bytes:
        return self._call(
            "GET", self._path("forms", _q(form_id) + ".xml"), max_bytes=MAX_XML_BYTES
        ).body

    def form_attachments(self, form_id: str) -> list[CentralAttachment]:
        return self._attachments(self._path("forms", _q(form_id), "attachments"))

    def form_attachment(self, form_id: str, name: str) -> bytes:
        path = self._path("forms", _q(form_id), "attachments", _q(name))
        return self._call("GET", path, max_bytes=MAX_FILE_BYTES).body

    def _attachments(self, path: str) -> list[CentralAttachment]:
        reply = self._call("GET", path)
        rows = self._json(reply)
        try:
            if not isinstance(rows, list):
                raise ValueError("not a list of attachments")
            found = [CentralAttachment.model_validate(r) for r in rows]
        except (ValueError, ValidationError) as exc:
            raise FieldappError("N332", url=reply.url, detail=f"attachments: {exc}") from None
        for att in found:
            safe_file_name(att.name)  # never a path from the server
        return found

    def submissions(
        self, form_id: str, since: datetime | None, *, skip: int = 0, top: int = PAGE_SIZE
    ) -> SubmissionPage:
        """Submissions created or changed (edited, reviewed) at or after ``since``, oldest first."""
        query: dict[str, str] = {
            "$orderby": "__system/submissionDate asc",
            "$top": str(top),
            "$skip": str(skip),
            "$count": "true",
        }
        if since is not None:
            t = odata_time(since)
            query["$filter"] = f"__system/submissionDate ge {t} or __system/updatedAt ge {t}"
        path = self._path("forms", _q(form_id) + ".svc", "Submissions") + "?" + urlencode(query)
        reply = self._call("GET", path)
        doc = self._json(reply)
        try:
            values = doc["value"]
            rows = [_row(v) for v in values]
            count = doc.get("@odata.count")
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            raise FieldappError("N332", url=reply.url, detail=f"OData feed: {exc}") from None
        more = len(rows) >= top or "@odata.nextLink" in doc
        return SubmissionPage(
            rows,
            int(count) if count is not None else None,
            more and bool(rows),
            _http_date(reply.header("Date") or reply.header("date")),
        )

    def submission(self, form_id: str, instance_id: str) -> SubmissionRow:
        """One submission's metadata (``X-Extended-Metadata``: submitter's display name and
        the current version), shaped like an OData row; used to fetch a submission again."""
        path = self._path("forms", _q(form_id), "submissions", _q(instance_id))
        reply = self._call("GET", path, extended=True)
        doc = self._json(reply)
        try:
            current = doc.get("currentVersion") or {}
            submitter = doc.get("submitter") or {}
            updated = doc.get("updatedAt")
            return SubmissionRow(
                instance_id=str(doc["instanceId"]),
                current_instance_id=current.get("instanceId") or None,
                submission_date=parse_time(doc["createdAt"]),
                updated_at=parse_time(updated) if updated else None,
                submitter_id=str(doc.get("submitterId") or ""),
                submitter_name=str(submitter.get("displayName") or ""),
                edits=1 if updated and current.get("instanceId") != doc["instanceId"] else 0,
                attachments_present=0,
                attachments_expected=0,
                form_version="",
            )
        except (AttributeError, KeyError, TypeError, ValueError, ValidationError) as exc:
            raise FieldappError("N332", url=reply.url, detail=f"submission: {exc}") from None

    def submission_xml(self, form_id: str, instance_id: str) -> bytes:
        path = self._path("forms", _q(form_id), "submissions", _q(instance_id) + ".xml")
        return self._call("GET", path, max_bytes=MAX_XML_BYTES).body

    def submission_attachments(self, form_id: str, instance_id: str) -> list[CentralAttachment]:
        return self._attachments(
            self._path("forms", _q(form_id), "submissions", _q(instance_id), "attachments")
        )

    def submission_attachment(self, form_id: str, instance_id: str, name: str) -> bytes:
        path = self._path(
            "forms", _q(form_id), "submissions", _q(instance_id), "attachments", _q(name)
        )
        return self._call("GET", path, max_bytes=MAX_FILE_BYTES).body

    def set_review_state(self, form_id: str, instance_id: str, state: str) -> None:
        if state not in REVIEW_STATES:
            raise ValueError(f"not a Central review state: {state}")
        path = self._path("forms", _q(form_id), "submissions", _q(instance_id))
        self._call("PATCH", path, body={"reviewState": state})

    def comments(self, form_id: str, instance_id: str) -> list[str]:
        path = self._path("forms", _q(form_id), "submissions", _q(instance_id), "comments")
        rows = self._json(self._call("GET", path))
        return [str(r.get("body", "")) for r in rows] if isinstance(rows, list) else []

    def add_comment(self, form_id: str, instance_id: str, text: str) -> None:
        path = self._path("forms", _q(form_id), "submissions", _q(instance_id), "comments")
        self._call("POST", path, body={"body": text})


def _row(value: Any) -> SubmissionRow:
    system = value["__system"]
    meta = value.get("meta") if isinstance(value.get("meta"), dict) else {}
    updated = system.get("updatedAt")
    return SubmissionRow(
        instance_id=str(value["__id"]),
        current_instance_id=(meta or {}).get("instanceID") or None,
        submission_date=parse_time(system["submissionDate"]),
        updated_at=parse_time(updated) if updated else None,
        submitter_id=str(system.get("submitterId") or ""),
        submitter_name=str(system.get("submitterName") or ""),
        edits=int(system.get("edits") or 0),
        attachments_present=int(system.get("attachmentsPresent") or 0),
        attachments_expected=int(system.get("attachmentsExpected") or 0),
        form_version=str(system.get("formVersion") or ""),
    )


def _http_date(text: str) -> datetime | None:
    try:
        value = parsedate_to_datetime(text) if text else None
    except (TypeError, ValueError):
        return None
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _problem(reply: Reply) -> str:
    """Central's error body ``{"code": 404.1, "message": "..."}`` as a short text."""
    try:
        doc = json.loads(reply.body)
    except ValueError:
        return ""
    if isinstance(doc, dict) and "message" in doc:
        return f"{doc.get('code', '')} {doc['message']}".strip()
    return ""
