"""`fieldapp submit` and `fieldapp sync`: fill an interview into the outbox, sync with a server.

``fieldapp submit FORM --answers ANSWERS.json`` fills FORM exactly as ``form run`` does (the
engine's headless fill) and finalizes the interview into the outbox of ``--profile`` - also how
interviews transcribed elsewhere are imported. FORM is a form file, or the id of a form already
in the profile (downloaded by sync). If answers are refused or questions remain unanswered, the
interview is kept as a draft instead (nothing is lost) and the exit status is 1.

``fieldapp sync --server URL [--token T]`` pushes the outbox and pulls forms and review
decisions; it prints ``sent N, received N, failed N`` and exits 0 only when nothing failed.
The server kind is detected: fieldapp-server (batch API, end-to-end envelopes) or an OpenRosa
server (ODK Central, KoboToolbox: forms encrypted with the ODK format when the form asks).
Supervisors add ``--project-keys FILE`` (passphrase from ``--key-passphrase-file`` or
$FIELDAPP_KEY_PASSPHRASE), or import it once with ``fieldapp project import-key FILE
--private``: their teams' submissions are pulled and decrypted into the profile for review (with
enumerator, team and arrival time for the queue); a submission that fails to verify is reported
and tried again at the next sync; review decisions made offline are pushed.
Supervisors reading an ODK Central project use ``--server
https://central.example.org/v1/projects/N --user EMAIL --password-file F`` (``--kind central``,
the default for a supervisor profile and such an address) (a Central web user
with access to the project; or ``--token`` with a Central session token): each form's new and
edited submissions are pulled incrementally through Central's API, encrypted ones decrypted here
with the project key, and review decisions pushed back as Central review states and comments.
Credentials: ``--token`` / ``--token-file`` / $FIELDAPP_SYNC_TOKEN, else the token remembered
(sealed in the profile) from the last successful sync with that server; for OpenRosa servers
with accounts ``--user`` with ``--password-file`` / $FIELDAPP_SYNC_PASSWORD (Digest, or Basic
over HTTPS with ``--basic``, as ODK Central wants).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from fieldapp.cli.passphrase import profile_name, read_passphrase, store_for
from fieldapp.errors import FieldappError

TOKEN_ENV = "FIELDAPP_SYNC_TOKEN"  # noqa: S105 - the name of a variable
PASSWORD_ENV = "FIELDAPP_SYNC_PASSWORD"  # noqa: S105 - the name of a variable
KEY_PASSPHRASE_ENV = "FIELDAPP_KEY_PASSPHRASE"  # noqa: S105 - the name of a variable


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    submit = subparsers.add_parser(
        "submit",
        parents=[common],
        help="fill a form from answers and put the interview in the outbox",
    )
    submit.add_argument("form", metavar="FORM", help="form file, or id of a form in the profile")
    submit.add_argument("--answers", required=True, help="JSON object: absolute ref -> value")
    submit.add_argument("--media", default=None, help="media folder of a form file")
    submit.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="FILE",
        help="a file the interview refers to by name (photo, audio); repeat for several",
    )
    submit.add_argument("--tz", default=None, help="IANA time zone, e.g. Europe/Paris")
    submit.add_argument("--now", default=None, help="ISO 8601 date-time to use as now()")
    submit.set_defaults(handler=_submit)

    sync = subparsers.add_parser(
        "sync", parents=[common], help="send the outbox, receive forms and review decisions"
    )
    sync.add_argument("--server", required=True, metavar="URL", help="server or project URL")
    sync.add_argument("--token", default=None, help=f"access token (else ${TOKEN_ENV})")
    sync.add_argument("--token-file", default=None, help="read the token from this file")
    sync.add_argument("--user", default=None, help="account name on an OpenRosa server")
    sync.add_argument(
        "--password-file", default=None, help=f"that account's password (else ${PASSWORD_ENV})"
    )
    sync.add_argument(
        "--basic", action="store_true", help="send the password up front (ODK Central; HTTPS only)"
    )
    sync.add_argument(
        "--kind",
        choices=("auto", "fieldapp", "openrosa", "central"),
        default="auto",
        help="server kind (default: detect); central: a supervisor reads an ODK Central "
        "project (URL .../v1/projects/N) with a web user's --user/--password-file or --token",
    )
    sync.add_argument(
        "--form",
        action="append",
        default=[],
        metavar="FORM_ID",
        help="central: pull only this form (repeat for several; default: all forms)",
    )
    sync.add_argument(
        "--project-keys",
        default=None,
        metavar="FILE",
        help="supervisors: the project key file; team submissions are pulled and decrypted here",
    )
    sync.add_argument(
        "--key-passphrase-file", default=None, help=f"its passphrase (else ${KEY_PASSPHRASE_ENV})"
    )
    sync.add_argument("--no-push", action="store_true", help="only receive")
    sync.add_argument("--no-pull", action="store_true", help="only send")
    sync.add_argument("--timeout", type=float, default=60.0, help="seconds per network read")
    sync.add_argument("--retries", type=int, default=5, help="attempts per request")
    sync.set_defaults(handler=_sync)


# --- submit -------------------------------------------------------------------------------------
def _open_session(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    store = store_for(args)
    name = profile_name(args, store)
    return store.unlock(name, read_passphrase(args))


def _definition(args: argparse.Namespace, session, workdir: Path):  # type: ignore[no-untyped-def]
    """The form: a file on disk, else the newest stored version of that form id."""
    from fieldapp.core.engine import load_form, load_form_xml
    from sync.client.safe_http import safe_file_name

    path = Path(args.form)
    if path.is_file():
        return load_form(path, args.media)
    forms = session.list_forms(args.form)
    if not forms:
        raise FieldappError(
            "C100", detail=f"{args.form} is neither a form file nor a form in this profile"
        )
    form = forms[0]
    for name in form.media_names:  # forms and their media are not respondent data
        (workdir / safe_file_name(name)).write_bytes(
            session.get_form_media(form.form_id, form.version, name)
        )
    xml = session.get_form_xml(form.form_id, form.version)
    return load_form_xml(xml, f"{form.form_id}.xml", workdir)


def _attachments(paths: list[str]) -> dict[str, bytes]:
    from sync.client.safe_http import safe_file_name

    files: dict[str, bytes] = {}
    for raw in paths:
        path = Path(raw)
        try:
            files[safe_file_name(path.name)] = path.read_bytes()
        except OSError as exc:
            raise FieldappError("C101", path=raw, detail=exc.strerror or str(exc)) from None
    return files


def _submit(args: argparse.Namespace) -> int:
    from fieldapp.cli.form_commands import _now, _zone, read_answers
    from fieldapp.core.engine import FormSession
    from fieldapp.core.engine.autofill import fill

    tz = _zone(args.tz)
    now = _now(args.now, tz)
    answers = read_answers(args.answers)
    files = _attachments(args.attach)
    session = _open_session(args)
    try:
        with tempfile.TemporaryDirectory(prefix="fieldapp-form-") as tmp:
            defn = _definition(args, session, Path(tmp))
            interview = FormSession.start(defn, now=(lambda: now) if now else None, tz=tz)
            report = fill(interview, answers)
        version = defn.version or ""
        if not any(f.version == version for f in session.list_forms(defn.form_id)):
            session.add_form(defn.form_id, version, defn.title, defn.xml)
        iid = interview.instance_id
        name = interview.instance_name or None
        for fname, data in files.items():
            session.put_attachment(iid, fname, data)
        lines = report.lines()
        xml: bytes | None = None
        if not lines:
            try:
                xml = interview.finalize()
            except FieldappError as exc:
                problems = getattr(exc, "problems", [])
                lines = [f"{p.ref}: {p.message}" for p in problems] or [exc.render()]
        if xml is None:
            draft = interview.to_xml(draft=True)
            session.save_draft(defn.form_id, version, iid, draft, name=name)
            for line in lines:
                print(line, file=sys.stderr)
            print(
                f"{iid}: kept as a draft ({len(lines)} problem(s)); fix it in the app",
                file=sys.stderr,
            )
            print(iid)
            return 1
        session.finalize(iid, xml, name=name, form_id=defn.form_id, form_version=version)
        print(iid)
        return 0
    finally:
        session.lock()


# --- sync -------------------------------------------------------------------------------------
def _read_first_line(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FieldappError("C101", path=path, detail=str(exc)) from None
    return text.splitlines()[0].strip() if text.strip() else ""


def _token(args: argparse.Namespace, session, secret_key: str) -> str | None:  # type: ignore[no-untyped-def]
    if args.token:
        return str(args.token)
    if args.token_file:
        return _read_first_line(args.token_file)
    if os.environ.get(TOKEN_ENV):
        return os.environ[TOKEN_ENV]
    remembered: str | None = session.get_secret(secret_key)
    return remembered


def _detect_kind(url: str, settings) -> str:  # type: ignore[no-untyped-def]
    """fieldapp-server answers /api/v1/info; anything else is treated as OpenRosa."""
    from sync.client.safe_http import SafeHttp

    path = urlsplit(url).path
    if "/v1/key/" in path or "/v1/projects/" in path:
        return "openrosa"  # ODK Central project URLs
    http = SafeHttp(url, None, settings)
    try:
        reply = http.request("GET", "api/v1/info", max_bytes=64 * 1024)
    finally:
        http.close()
    if reply.status == 200:
        try:
            if json.loads(reply.body).get("server") == "fieldapp-server":
                return "fieldapp"
        except (ValueError, AttributeError):
            pass
    return "openrosa"


def _project_keys(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The supervisor's project key file, opened with its passphrase (None without one)."""
    if not args.project_keys:
        return None
    from fieldapp.cli.passphrase import read_secret
    from sync.protocol import KeyFileError, open_project_key_file

    passphrase = read_secret(
        args.key_passphrase_file, KEY_PASSPHRASE_ENV, "Project key file passphrase: "
    )
    try:
        return open_project_key_file(args.project_keys, passphrase)
    except (KeyFileError, OSError) as exc:
        raise FieldappError("C101", path=args.project_keys, detail=str(exc)) from None


_CENTRAL_PROJECT = re.compile(r"^(?P<root>.*?)/v1/projects/(?P<id>\d+)$")


def _openrosa_client(url: str, token: str | None, credentials, settings):  # type: ignore[no-untyped-def]
    """ODK Central project URL + app-user token -> its /v1/key/ URL; KoboToolbox tokens go in
    ``Authorization: Token``; other tokens as Bearer; accounts as given."""
    from sync.client.openrosa import OpenRosaClient
    from sync.client.safe_http import BearerToken, KoboToken

    central = _CENTRAL_PROJECT.match(url)
    if token and credentials is not None and isinstance(credentials, BearerToken):
        if central:
            return OpenRosaClient.central(
                central["root"], int(central["id"]), app_user_token=token, settings=settings
            )
        if "kobotoolbox" in (urlsplit(url).hostname or ""):
            credentials = KoboToken(token)
    return OpenRosaClient(url, credentials, settings)


def _central_target(args: argparse.Namespace, url: str, token: str | None, settings, session):  # type: ignore[no-untyped-def]
    """A supervisor's ODK Central connection: a web user (e-mail + password, or a session
    token); encrypted forms are opened with the project key file or the imported key."""
    from sync.client.central import CentralClient
    from sync.client.engine import CentralReviewTarget
    from sync.client.project_keys import private_keys

    password = None
    if args.user:
        password = (
            _read_first_line(args.password_file)
            if args.password_file
            else os.environ.get(PASSWORD_ENV, "")
        )
    client = CentralClient.from_project_url(
        url,
        email=args.user,
        password=password or None,
        token=None if args.user else token,
        settings=settings,
    )
    return CentralReviewTarget(
        client,
        project_keys=_project_keys(args) or private_keys(session),
        form_ids=args.form or None,
    )


def _sync(args: argparse.Namespace) -> int:
    from sync.client.batch import BatchClient
    from sync.client.engine import (
        CentralReviewTarget,
        FieldappTarget,
        OpenRosaTarget,
        RetryPolicy,
        SyncEngine,
    )
    from sync.client.profile_store import ProfileSyncStore
    from sync.client.safe_http import (
        BasicAuth,
        BearerToken,
        Credentials,
        DigestAuth,
        HttpSettings,
        is_transient,
    )

    url = args.server.rstrip("/")
    settings = HttpSettings(read_timeout=args.timeout)
    secret_key = "sync.token." + url
    session = _open_session(args)
    try:
        token = _token(args, session, secret_key)
        try:
            kind = args.kind if args.kind != "auto" else _detect_kind(url, settings)
        except FieldappError as exc:
            if not is_transient(exc):
                raise
            kind = "fieldapp" if "/v1/" not in url else "openrosa"  # offline: the engine reports
        supervisor = str(session.role) == "supervisor"
        if args.kind == "auto" and supervisor and _CENTRAL_PROJECT.match(url):
            kind = "central"  # a supervisor reads a Central project through Central's API
        credentials: Credentials | None = None
        if args.user:
            password = (
                _read_first_line(args.password_file)
                if args.password_file
                else os.environ.get(PASSWORD_ENV, "")
            )
            if not password:
                raise FieldappError(
                    "C100", detail=f"--user needs --password-file or ${PASSWORD_ENV}"
                )
            credentials = (
                BasicAuth(args.user, password) if args.basic else DigestAuth(args.user, password)
            )
        elif token:
            credentials = BearerToken(token)
        target: FieldappTarget | OpenRosaTarget | CentralReviewTarget
        if kind == "central":
            target = _central_target(args, url, token, settings, session)
        elif kind == "fieldapp":
            if credentials is None:
                raise FieldappError("C100", detail=f"give --token (or ${TOKEN_ENV})")
            from sync.client.project_keys import private_keys

            target = FieldappTarget(
                BatchClient(url, credentials, settings),
                project_keys=_project_keys(args) or private_keys(session),
            )
        else:
            target = OpenRosaTarget(_openrosa_client(url, token, credentials, settings))
        engine = SyncEngine(
            ProfileSyncStore(session),
            target,
            retry=RetryPolicy(attempts=max(1, args.retries)),
        )
        report = engine.run(push=not args.no_push, pull=not args.no_pull)
        remember = kind != "central"  # Central session tokens expire within a day
        if (
            remember
            and report.ok
            and token
            and args.user is None
            and session.get_secret(secret_key) != token
        ):
            session.set_secret(secret_key, token)  # remembered, sealed like any record
    finally:
        session.lock()
    for item in report.items:
        if item.state not in ("sent", "already_sent"):
            print(f"{item.instance_id}: {item.state}: {item.message}", file=sys.stderr)
    for error in report.errors:
        print(error, file=sys.stderr)
    if report.offline:
        print("The server could not be reached; everything stays in the outbox.", file=sys.stderr)
    print(f"sent {report.sent}, received {report.received}, failed {report.failed}")
    if report.decisions_sent or report.decisions_waiting:
        print(
            f"review decisions sent {report.decisions_sent}, "
            f"waiting {report.decisions_waiting} (their submissions are not on this server yet)"
        )
    return 0 if report.ok else 1
