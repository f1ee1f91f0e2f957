"""A stand-in for ODK Central's API: a real HTTP server on loopback, only the endpoints
sync/client/central.py calls, with Central's JSON shapes, status codes and auth rules.

Modelled on Central's published API documentation:

* https://docs.getodk.org/central-api-authentication (``POST /v1/sessions`` with e-mail and
  password -> ``{"createdAt", "expiresAt", "token", "csrf"}``; ``Authorization: Bearer``;
  401 with ``{"code": 401.2, "message": ...}`` on bad credentials; ``GET /v1/users/current``);
* https://docs.getodk.org/central-api-form-management (form list, ``.xml``, form attachments);
* https://docs.getodk.org/central-api-submission-management (``{instanceId}.xml``,
  attachments (for encrypted forms these include ``submission.xml.enc``), ``PATCH`` with
  ``reviewState``, comments); the ``instanceId`` a submission was first sent with names it
  for good: an edit (a new version carrying ``deprecatedID``) keeps it and bumps ``updatedAt``;
* https://docs.getodk.org/central-api-odata-endpoints (``.svc/Submissions`` with ``__id``,
  ``__system`` {submissionDate, updatedAt, submitterId, submitterName, attachmentsPresent,
  attachmentsExpected, status, reviewState, deviceId, edits, formVersion}; ``$filter`` with
  ``ge``/``gt`` and ``or`` on ``__system`` dates, ``$orderby``, ``$top``, ``$skip``,
  ``$count`` -> ``@odata.count``; encrypted forms give no data, only ``__id``/``__system``);
* errors: 403 ``{"code": 403.1}`` without rights on the project, 404 ``{"code": 404.1}``.

Tests can inject faults: chosen requests answer 5xx, are cut before they are handled, or are
handled and then cut (the reply is lost), or the server goes down after some request.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from defusedxml import ElementTree as SafeET


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


@dataclass
class Version:
    instance_id: str
    xml: bytes
    files: dict[str, bytes]
    expected: int


@dataclass
class Submission:
    instance_id: str
    """The instanceID it was first sent with (Central's ``__id``)."""
    submitter_id: int
    created_at: datetime
    versions: list[Version]
    updated_at: datetime | None = None
    review_state: str | None = None
    comments: list[dict[str, Any]] = field(default_factory=list)

    @property
    def current(self) -> Version:
        return self.versions[-1]


@dataclass
class Form:
    form_id: str
    version: str
    name: str
    xml: bytes
    encrypted: bool
    attachments: dict[str, bytes] = field(default_factory=dict)
    submissions: dict[str, Submission] = field(default_factory=dict)


def _meta(xml: bytes, tag: str) -> str | None:
    root = SafeET.fromstring(xml)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == tag and el.text:
            return str(el.text).strip()
    return None


_CLAUSE = re.compile(r"^__system/(submissionDate|updatedAt) (ge|gt) (\S+)$")


class CentralStandIn:
    """``with CentralStandIn() as central:`` -> ``central.url``; seed with the helpers."""

    def __init__(self, project_id: int = 7) -> None:
        self.project_id = project_id
        self.users: dict[str, tuple[int, str, str]] = {}  # email -> (id, password, name)
        self.members: set[str] = set()  # e-mails with a role on the project
        self.tokens: dict[str, str] = {}  # token -> email
        self.forms: dict[str, Form] = {}
        self.log: list[tuple[str, str]] = []
        self.rows_listed = 0
        """OData rows handed out so far (incremental pulls list only what changed)."""
        self.fail_next: list[int] = []  # statuses to answer with (0: cut the connection)
        self.fail_on: dict[int, int] = {}  # request number -> status (0: cut, -1: reply lost)
        self.requests = 0
        self.fail_match: list[tuple[str, str, int]] = []
        """(method, path ending, status): the first request that matches gets the fault."""
        self.down_after: int | None = None  # answer 500 to every request after this number
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # --- seeding --------------------------------------------------------------------------
    def add_user(self, email: str, password: str, name: str, *, member: bool = True) -> int:
        uid = len(self.users) + 10
        self.users[email] = (uid, password, name)
        if member:
            self.members.add(email)
        return uid

    def add_form(
        self,
        form_id: str,
        version: str,
        xml: bytes,
        *,
        encrypted: bool = False,
        media: dict[str, bytes] | None = None,
    ) -> Form:
        form = Form(form_id, version, form_id.title(), xml, encrypted, dict(media or {}))
        self.forms[form_id] = form
        return form

    def submit(
        self,
        form_id: str,
        xml: bytes,
        files: dict[str, bytes] | None = None,
        *,
        by: str,
        expected: int | None = None,
        at: datetime | None = None,
    ) -> Submission:
        """As Central's OpenRosa endpoint stores it: a new submission, or with deprecatedID
        a new version of the submission it edits."""
        form = self.forms[form_id]
        files = dict(files or {})
        iid = _meta(xml, "instanceID") or ""
        version = Version(iid, xml, files, len(files) if expected is None else expected)
        old = _meta(xml, "deprecatedID")
        with self.lock:
            when = at or _now()
            if old:
                for sub in form.submissions.values():
                    if any(v.instance_id == old for v in sub.versions):
                        sub.versions.append(version)
                        sub.updated_at = when
                        sub.review_state = "edited"
                        return sub
            sub = Submission(iid, self.users[by][0], when, [version])
            form.submissions[iid] = sub
            return sub

    # --- server -----------------------------------------------------------------------------
    def __enter__(self) -> CentralStandIn:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are separate writes

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                standin._handle(self, "GET")

            def do_POST(self) -> None:
                standin._handle(self, "POST")

            def do_PATCH(self) -> None:
                standin._handle(self, "PATCH")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def project_url(self) -> str:
        return f"{self.url}/v1/projects/{self.project_id}"

    # --- dispatch -------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        with self.lock:
            self.log.append((method, unquote(parts.path)))
            self.requests += 1
            fault = self.fail_next.pop(0) if self.fail_next else None
            if fault is None:
                fault = self.fail_on.pop(self.requests, None)
            path = unquote(parts.path)
            for rule in self.fail_match:
                if fault is None and rule[0] == method and path.endswith(rule[1]):
                    fault = rule[2]
                    self.fail_match.remove(rule)
                    break
            if fault is None and self.down_after is not None and self.requests > self.down_after:
                fault = 500
        if fault == 0:  # cut before the server does anything
            h.close_connection = True
            h.connection.close()
            return
        if fault == -1:  # the server does it, then the reply is lost
            try:
                self._route(h, method, parts.path, parse_qs(parts.query), body)
            finally:
                h.close_connection = True
                h.connection.close()
            return
        if fault is not None:
            self._send(h, fault, {"code": fault + 0.1, "message": "Internal Server Error"})
            return
        try:
            status, payload = self._route(h, method, parts.path, parse_qs(parts.query), body)
        except KeyError:
            status, payload = 404, _problem(404.1)
        self._send(h, status, payload)

    def _send(self, h: BaseHTTPRequestHandler, status: int, payload: Any) -> None:
        if isinstance(payload, bytes):
            data, kind = payload, "application/octet-stream"
            if payload.lstrip().startswith(b"<"):
                kind = "text/xml; charset=utf-8"
        else:
            data, kind = json.dumps(payload).encode(), "application/json; charset=utf-8"
        h.send_response(status)
        h.send_header("Content-Type", kind)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def _actor(self, h: BaseHTTPRequestHandler) -> str | None:
        auth = h.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return None
        return self.tokens.get(auth.removeprefix("Bearer ").strip())

    def _route(
        self,
        h: BaseHTTPRequestHandler,
        method: str,
        path: str,
        query: dict[str, list[str]],
        body: bytes,
    ) -> tuple[int, Any]:
        if method == "POST" and path == "/v1/sessions":
            try:
                doc = json.loads(body)
                email, password = doc["email"], doc["password"]
            except (ValueError, KeyError, TypeError):
                return 400, _problem(400.2)
            user = self.users.get(email)
            if user is None or user[1] != password:
                return 401, _problem(401.2)
            token = secrets.token_urlsafe(48)
            self.tokens[token] = email
            now = _now()
            return 200, {
                "createdAt": _iso(now),
                "expiresAt": _iso(now + timedelta(hours=24)),
                "token": token,
                "csrf": secrets.token_urlsafe(48),
            }
        email = self._actor(h)
        if email is None:
            return 401, _problem(401.2)
        if method == "GET" and path == "/v1/users/current":
            uid, _, name = self.users[email]
            return 200, {"id": uid, "type": "user", "displayName": name, "email": email}
        prefix = f"/v1/projects/{self.project_id}/"
        if not path.startswith(prefix):
            return 404, _problem(404.1)
        if email not in self.members:
            return 403, _problem(403.1)
        rest = [unquote(p) for p in path.removeprefix(prefix).split("/")]
        if rest == ["forms"] and method == "GET":
            return 200, [self._form_json(f) for f in self.forms.values()]
        if rest[0] != "forms" or len(rest) < 2:
            return 404, _problem(404.1)
        name = rest[1]
        if len(rest) == 2 and name.endswith(".xml"):
            return 200, self.forms[name.removesuffix(".xml")].xml
        if len(rest) == 3 and name.endswith(".svc") and rest[2] == "Submissions":
            return 200, self._odata(self.forms[name.removesuffix(".svc")], query)
        form = self.forms[name]
        tail = rest[2:]
        if tail == ["attachments"]:
            return 200, [
                {"name": n, "type": "file", "exists": True, "blobExists": True}
                for n in form.attachments
            ]
        if len(tail) == 2 and tail[0] == "attachments":
            return 200, form.attachments[tail[1]]
        if not tail or tail[0] != "submissions" or len(tail) < 2:
            return 404, _problem(404.1)
        sid = tail[1]
        if len(tail) == 2 and sid.endswith(".xml") and method == "GET":
            return 200, form.submissions[sid.removesuffix(".xml")].current.xml
        sub = form.submissions[sid]
        more = tail[2:]
        if not more and method == "GET":
            doc = self._sub_json(sub)
            if h.headers.get("X-Extended-Metadata") == "true":
                uid = sub.submitter_id
                name = next(n for (i, _, n) in self.users.values() if i == uid)
                doc["submitter"] = {"id": uid, "type": "user", "displayName": name}
                doc["currentVersion"] = {
                    "instanceId": sub.current.instance_id,
                    "instanceName": None,
                    "submitterId": uid,
                    "current": True,
                    "createdAt": _iso(sub.updated_at or sub.created_at),
                }
            return 200, doc
        if not more and method == "PATCH":
            state = json.loads(body).get("reviewState")
            if state not in ("hasIssues", "approved", "rejected", "edited", "received"):
                return 400, _problem(400.8)
            sub.review_state = state
            sub.updated_at = _now()
            return 200, self._sub_json(sub)
        if more == ["attachments"]:
            return 200, self._attachments(form, sub)
        if len(more) == 2 and more[0] == "attachments":
            return 200, sub.current.files[more[1]]
        if more == ["comments"] and method == "GET":
            return 200, list(sub.comments)
        if more == ["comments"] and method == "POST":
            text = json.loads(body).get("body")
            if not isinstance(text, str) or not text:
                return 400, _problem(400.2)
            comment = {"body": text, "actorId": self.users[email][0], "createdAt": _iso(_now())}
            sub.comments.append(comment)
            sub.updated_at = _now()
            return 200, comment
        return 404, _problem(404.1)

    # --- JSON shapes ------------------------------------------------------------------------
    def _form_json(self, form: Form) -> dict[str, Any]:
        return {
            "projectId": self.project_id,
            "xmlFormId": form.form_id,
            "name": form.name,
            "version": form.version,
            "enketoId": None,
            "hash": "",
            "keyId": 3 if form.encrypted else None,
            "state": "open",
            "createdAt": _iso(_now()),
            "updatedAt": None,
            "publishedAt": _iso(_now()),
        }

    def _sub_json(self, sub: Submission) -> dict[str, Any]:
        return {
            "instanceId": sub.instance_id,
            "submitterId": sub.submitter_id,
            "deviceId": None,
            "createdAt": _iso(sub.created_at),
            "updatedAt": _iso(sub.updated_at),
            "reviewState": sub.review_state,
        }

    def _attachments(self, form: Form, sub: Submission) -> list[dict[str, Any]]:
        """The files the current version names (encrypted: ``media/file`` and the
        ``encryptedXmlFile``); ``exists`` false while not uploaded yet."""
        version = sub.current
        root = SafeET.fromstring(version.xml)
        names: list[str] = []
        for el in root.iter():
            tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
            if form.encrypted and tag in ("file", "encryptedXmlFile") and el.text:
                names.append(el.text.strip())
        if not form.encrypted:
            missing = version.expected - len(version.files)
            names = sorted(version.files) + [f"missing-{i}" for i in range(missing)]
        return [{"name": n, "exists": n in version.files} for n in names]

    def _odata(self, form: Form, query: dict[str, list[str]]) -> dict[str, Any]:
        rows = list(form.submissions.values())
        flt = query.get("$filter", [""])[0]
        if flt:
            clauses = [c.strip().strip("()") for c in flt.split(" or ")]
            tests = []
            for clause in clauses:
                found = _CLAUSE.match(clause)
                if not found:
                    raise ValueError(f"unsupported $filter {flt}")
                tests.append(
                    (found[1], found[2], datetime.fromisoformat(found[3].replace("Z", "+00:00")))
                )

            def keep(sub: Submission) -> bool:
                for what, op, when in tests:
                    value = sub.created_at if what == "submissionDate" else sub.updated_at
                    if value is None:
                        continue
                    value = value.replace(microsecond=value.microsecond // 1000 * 1000)
                    if value > when or (op == "ge" and value == when):
                        return True
                return False

            rows = [s for s in rows if keep(s)]
        order = query.get("$orderby", ["__system/submissionDate desc"])[0]
        rows.sort(key=lambda s: (s.created_at, s.instance_id), reverse=order.endswith("desc"))
        count = len(rows)
        skip = int(query.get("$skip", ["0"])[0])
        top = int(query.get("$top", [str(count)])[0])
        page = rows[skip : skip + top]
        values = []
        for sub in page:
            version = sub.current
            row: dict[str, Any] = {
                "__id": sub.instance_id,
                "__system": {
                    "submissionDate": _iso(sub.created_at),
                    "updatedAt": _iso(sub.updated_at),
                    "submitterId": str(sub.submitter_id),
                    "submitterName": next(
                        n for (i, _, n) in self.users.values() if i == sub.submitter_id
                    ),
                    "attachmentsPresent": len(version.files),
                    "attachmentsExpected": version.expected,
                    "status": "notDecrypted" if form.encrypted else None,
                    "reviewState": sub.review_state,
                    "deviceId": None,
                    "edits": len(sub.versions) - 1,
                    "formVersion": form.version,
                },
            }
            if not form.encrypted:
                row["meta"] = {"instanceID": version.instance_id}
            values.append(row)
        self.rows_listed += len(values)
        doc: dict[str, Any] = {
            "@odata.context": f"{self.project_url}/forms/{form.form_id}.svc/$metadata#Submissions",
            "value": values,
        }
        if query.get("$count", [""])[0] == "true":
            doc["@odata.count"] = count
        if skip + top < count:
            feed = f"{self.project_url}/forms/{form.form_id}.svc/Submissions"
            doc["@odata.nextLink"] = f"{feed}?$skip={skip + top}"
        return doc


def _problem(code: float) -> dict[str, Any]:
    messages = {
        400.2: "Required parameters are missing.",
        400.8: "Unexpected value.",
        401.2: "Could not authenticate with the provided credentials.",
        403.1: "The authenticated actor does not have rights to perform that action.",
        404.1: "Could not find the resource you were looking for.",
    }
    return {"code": code, "message": messages.get(code, "Problem")}
