"""The one place where screens meet the store's repository API and the engine's entry points.

Screens get small objects from here (rows for the home lists, an interview host that saves
drafts / paradata / attachments, an opened interview) and never see the store's internals. No
SQL: only ``ProfileSession`` methods.

Form media (images in labels, external CSV/XML instances) are sealed in the store with the form;
to let the engine read them they are written to ``<data dir>/media-cache/<form>/`` on first
use. They are form content, not answers: the same files already sit in the folder a form was
imported from, and the cache is removed when the profile locks.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldapp.core.engine import FormDefinition, FormSession, load_form, load_form_xml
from fieldapp.core.engine.sources import media_relative_name
from fieldapp.core.store import (
    CHEAP_TEST_KDF,
    PRODUCTION_KDF,
    KdfParams,
    ProfileSession,
    Status,
    Store,
    form_key,
    resolve_data_dir,
)
from fieldapp.errors import FieldappError
from fieldapp.resources_path import forms_dir
from fieldapp.ui.home_screen import FormRow, RecordRow
from fieldapp.ui.interview_host import SessionLike
from fieldapp.ui.question_widgets import MediaResolver
from fieldapp.ui.settings_dialog import ServerSettings
from fieldapp.ui.summary_page import ScoreSummary

BUILTIN_SUFFIXES = (".xlsx", ".xls", ".xml")
SETTING_IDLE = "ui.idle_minutes"
SETTING_SERVER = "sync.server_url"
SECRET_TOKEN = "sync.token"  # noqa: S105 - the key name, not a secret
FIXED_BY = "review.fixed_by."  # returned instance id -> the id of its new version
FIXES = "review.fixes."  # new version's id -> the returned instance id it fixes
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_ATTACHMENT = 200 * 1024 * 1024


_CODE = re.compile(r"\[([A-Z]\d{3})\]")


def _code_in(message: str) -> str | None:
    found = _CODE.search(message)
    return found.group(1) if found else None


def sync_step_text(phase: str, done: int, total: int) -> str:
    """The sync phase in words, for the status line beside the progress bar."""
    words = {
        "connect": QCoreApplication.translate("StoreBridge", "Connecting to the server…"),
        "push": QCoreApplication.translate("StoreBridge", "Sending interviews {done}/{total}"),
        "decisions": QCoreApplication.translate(
            "StoreBridge", "Sending review decisions {done}/{total}"
        ),
        "pull": QCoreApplication.translate("StoreBridge", "Receiving {done}/{total}"),
        "done": QCoreApplication.translate("StoreBridge", "Finishing…"),
    }
    text = words.get(phase, phase)
    return text.replace("{done}", str(done)).replace("{total}", str(total or "?"))


def sync_item_text(state: str, message: str) -> str:
    """One interview's status in the outbox list while a sync runs."""
    words = {
        "sent": QCoreApplication.translate("StoreBridge", "Sent"),
        "already_sent": QCoreApplication.translate("StoreBridge", "Sent (the server had it)"),
        "conflict": QCoreApplication.translate(
            "StoreBridge", "Refused: another version is on the server"
        ),
        "refused": QCoreApplication.translate("StoreBridge", "Refused by the server"),
        "failed": QCoreApplication.translate("StoreBridge", "Not sent, will retry"),
    }
    text = words.get(state, state)
    return f"{text}: {message}" if message and state not in ("sent", "already_sent") else text


def default_data_dir() -> Path:
    return resolve_data_dir(None)


def open_store(data_dir: Path, kdf: KdfParams | None = None, *, test_kdf: bool = False) -> Store:
    """The store; ``kdf`` only matters when a profile is created (tests pass cheap params)."""
    chosen = kdf if kdf is not None else (CHEAP_TEST_KDF if test_kdf else PRODUCTION_KDF)
    return Store(data_dir, kdf=chosen)


def _parse_stamp(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo else moment.replace(tzinfo=UTC).astimezone()


@dataclass
class OpenedInterview:
    """Everything the interview screen needs, prepared off the UI thread."""

    session: SessionLike
    host: StoreInterviewHost
    title: str
    media: MediaResolver | None
    scorer: Callable[[bytes], ScoreSummary | None] | None
    position: dict[str, Any] | None
    instance_id: str
    notice: str = ""  # a supervisor's comments on a returned interview
    question_comments: dict[str, str] = field(default_factory=dict)  # ref -> comment text


class StoreInterviewHost:
    """Saves one interview through the profile: drafts, paradata, attachments, finalize."""

    def __init__(
        self,
        profile: ProfileSession,
        form_id: str,
        version: str,
        session: Any,
        record_id: str | None = None,
    ) -> None:
        self._profile = profile
        self._form_id = form_id
        self._version = version
        self._session = session
        # the store record: the instance's own id, or the returned interview being fixed
        self.instance_id: str = record_id or session.instance_id

    def save_draft(self, xml: bytes, position: Mapping[str, Any]) -> None:
        self._profile.save_draft(
            self._form_id,
            self._version,
            self.instance_id,
            xml,
            name=self._session.instance_name or None,
            position=position,
        )

    def record_audit(self, events: Iterable[Mapping[str, Any]]) -> None:
        batch = list(events)
        if batch:
            self._profile.record_audit(self.instance_id, batch)

    def store_attachment(self, ref: str, path: Path) -> str:
        """Seal the file in the store; the answer is a unique, safe file name (as in ODK)."""
        try:
            size = path.stat().st_size
            if size > _MAX_ATTACHMENT:
                raise FieldappError("U100", name=path.name, limit=_MAX_ATTACHMENT // (1024 * 1024))
            data = path.read_bytes()
        except OSError as exc:
            raise FieldappError("U101", name=path.name, detail=exc.strerror or str(exc)) from exc
        stem = _SAFE_NAME.sub("_", path.stem)[:40] or "file"
        digest = hashlib.sha256(data).hexdigest()[:8]
        name = f"{stem}-{digest}{path.suffix.lower()[:8]}"
        media_type = _media_type(path.suffix.lower())
        self._profile.put_attachment(self.instance_id, name, data, media_type)
        return name

    def finalize(self, xml: bytes) -> None:
        self._profile.finalize(
            self.instance_id,
            xml,
            name=self._session.instance_name or None,
            form_id=self._form_id,
            form_version=self._version,
        )


def _media_type(suffix: str) -> str:
    return {
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".png": "image/png",
        ".gif": "image/gif",
        ".webp": "image/webp",
        ".bmp": "image/bmp",
        ".mp3": "audio/mpeg",
        ".m4a": "audio/mp4",
        ".wav": "audio/wav",
        ".mp4": "video/mp4",
        ".pdf": "application/pdf",
    }.get(suffix, "application/octet-stream")


class StoreHomeData:
    """Rows for the home screen, one page at a time."""

    def __init__(self, bridge: ProfileBridge) -> None:
        self._bridge = bridge

    def forms(self) -> Sequence[FormRow]:
        return self._bridge.form_rows()

    def records(self, status: str, offset: int, limit: int) -> Sequence[RecordRow]:
        return self._bridge.record_rows(status, offset, limit)

    def sync_status(self) -> str:
        return self._bridge.sync_status_text()


class ProfileBridge:
    """An unlocked profile as the screens use it."""

    def __init__(self, profile: ProfileSession, data_dir: Path) -> None:
        self.profile = profile
        self.data_dir = data_dir
        self._definitions: dict[str, FormDefinition] = {}
        self._lock = threading.Lock()
        self._titles: dict[tuple[str, str], str] = {}

    def home_data(self) -> StoreHomeData:
        return StoreHomeData(self)

    # -- settings ----------------------------------------------------------------------------
    def role(self) -> str:
        return str(self.profile.role)

    def idle_minutes(self, default: int) -> int:
        value = self.profile.get_setting(SETTING_IDLE, default)
        if isinstance(value, int | str) and str(value).isdigit():
            return int(value)
        return default

    def set_idle_minutes(self, minutes: int) -> None:
        self.profile.set_setting(SETTING_IDLE, int(minutes))

    def server_settings(self) -> ServerSettings:
        url = self.profile.get_setting(SETTING_SERVER, "")
        return ServerSettings(str(url or ""), self.profile.get_secret(SECRET_TOKEN) or "")

    def save_server_settings(self, server: ServerSettings) -> None:
        self.profile.set_setting(SETTING_SERVER, server.url)
        self.profile.set_secret(SECRET_TOKEN, server.token or None)

    def change_passphrase(self, old: str, new: str) -> None:
        self.profile.change_passphrase(old, new)

    def sync_available(self) -> bool:
        """A fieldapp server address and token are set (sync/client does the work)."""
        server = self.server_settings()
        return bool(server.url and server.token)

    def sync_status_text(self) -> str:
        waiting = self.profile.count_submissions(status=Status.FINALIZED)
        server = self.server_settings().url
        if not server:
            head = QCoreApplication.translate("StoreBridge", "No server configured")
        elif not self.sync_available():
            head = QCoreApplication.translate(
                "StoreBridge", "Server {url}: add the access token in Settings to sync"
            ).replace("{url}", server)
        else:
            head = QCoreApplication.translate("StoreBridge", "Server {url}").replace(
                "{url}", server
            )
        tail = QCoreApplication.translate(
            "StoreBridge", "{n} interview(s) ready to send are kept on this laptop."
        )
        return f"{head} — {tail.replace('{n}', str(waiting))}"

    def run_sync(
        self,
        progress: Callable[[int, str], None],
        item: Callable[[str, str], None] | None = None,
    ) -> str:
        """One sync with the configured fieldapp server (runs on a worker thread).

        Push the outbox, pull forms and review decisions; network trouble is reported in the
        returned summary, never raised, and unsent interviews simply stay in the outbox.
        """
        from sync.client.batch import BatchClient
        from sync.client.engine import FieldappTarget, Progress, SyncEngine
        from sync.client.profile_store import ProfileSyncStore
        from sync.client.safe_http import BearerToken

        server = self.server_settings()

        def report(step: Progress) -> None:
            percent = int(100 * step.done / step.total) if step.total else -1
            progress(percent, sync_step_text(step.phase, step.done, step.total))
            if step.instance_id and step.state and step.state != "pending":
                ok = step.state in ("sent", "already_sent")
                code = None if ok else (_code_in(step.message) or step.state)
                self.profile.record_sync_attempt(step.instance_id, code)
                if item is not None:
                    item(step.instance_id, sync_item_text(step.state, step.message))

        # a supervisor holding the project's private key pulls and decrypts team submissions
        from sync.client.project_keys import private_keys

        supervisor = self.role() == "supervisor"
        keys = private_keys(self.profile) if supervisor else None
        target: FieldappTarget | CentralReviewTarget
        if supervisor and "/v1/projects/" in server.url:
            # an ODK Central project address: read through Central's API with the web user's
            # session token (sync/client/central.py); decisions go back as review states
            from sync.client.central import CentralClient
            from sync.client.engine import CentralReviewTarget

            central = CentralClient.from_project_url(server.url, token=server.token)
            target, closer = CentralReviewTarget(central, project_keys=keys), central.close
        else:
            client = BatchClient(server.url, BearerToken(server.token))
            target, closer = FieldappTarget(client, project_keys=keys), client.close
        try:
            engine = SyncEngine(ProfileSyncStore(self.profile), target, progress=report)
            result = engine.run()
        finally:
            closer()
        if result.offline:
            return QCoreApplication.translate(
                "StoreBridge", "The server could not be reached; nothing was lost, try again later."
            )
        text = QCoreApplication.translate(
            "StoreBridge", "Sync done: {sent} sent, {received} received, {failed} not sent."
        )
        text = (
            text.replace("{sent}", str(result.sent))
            .replace("{received}", str(result.received))
            .replace("{failed}", str(result.failed))
        )
        if result.errors:
            text += " " + result.errors[0]
        return text

    def lock(self) -> None:
        self.profile.lock()
        shutil.rmtree(self._media_cache_root(), ignore_errors=True)

    # -- forms -------------------------------------------------------------------------------
    def ensure_builtin_forms(self) -> int:
        """Add the bundled forms (forms/*.xlsx) the profile does not have yet; returns how many.

        Conversion with pyxform takes a second or two per form, so this runs off the UI thread,
        and a form whose file is unchanged (same hash) is never converted twice.
        """
        added = 0
        for path in sorted(forms_dir().glob("*")):
            if path.suffix.lower() not in BUILTIN_SUFFIXES or path.name.startswith("~"):
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            setting = f"builtin.{path.name}"
            if self.profile.get_setting(setting) == digest:
                continue
            definition = load_form(path)
            self._store_definition(definition, media={})
            self.profile.set_setting(setting, digest)
            added += 1
        return added

    def import_form(self, path: Path, media_dir: Path | None) -> str:
        """Load an .xlsx / .xml (engine validation included) and store it with its media."""
        definition = load_form(path, media_dir)
        media: dict[str, bytes] = {}
        folder = definition.media_dir
        if folder is not None and Path(folder).is_dir():
            for name in _referenced_media(definition.xml):
                candidate = Path(folder) / name
                if candidate.is_file():
                    media[name] = candidate.read_bytes()
        return self._store_definition(definition, media)

    def _store_definition(self, definition: FormDefinition, media: dict[str, bytes]) -> str:
        version = definition.version or ""
        self.profile.add_form(definition.form_id, version, definition.title, definition.xml, media)
        key = form_key(definition.form_id, version)
        with self._lock:
            self._definitions.pop(key, None)
        return key

    def form_rows(self) -> list[FormRow]:
        rows = []
        for form in self.profile.list_forms():
            self._titles[(form.form_id, form.version)] = form.title
            rows.append(
                FormRow(
                    key=form.key,
                    title=form.title or form.form_id,
                    form_id=form.form_id,
                    version=form.version,
                    languages="",
                    origin="",
                )
            )
        return rows

    def _media_cache_root(self) -> Path:
        return self.data_dir / "media-cache" / self.profile.profile_id

    def definition(self, form_id: str, version: str) -> FormDefinition:
        """The parsed form, once per app run (definitions are immutable and shareable)."""
        key = form_key(form_id, version)
        with self._lock:
            cached = self._definitions.get(key)
        if cached is not None:
            return cached
        info = self.profile.get_form(form_id, version)
        media_dir: Path | None = None
        if info.media_names:
            media_dir = self._media_cache_root() / hashlib.sha256(key.encode()).hexdigest()[:16]
            media_dir.mkdir(parents=True, exist_ok=True)
            for name in info.media_names:
                target = media_dir / Path(name).name
                if not target.exists():
                    target.write_bytes(self.profile.get_form_media(form_id, version, name))
        xml = self.profile.get_form_xml(form_id, version)
        definition = load_form_xml(xml, name=f"{form_id}.xml", media_dir=media_dir)
        with self._lock:
            self._definitions[key] = definition
        return definition

    # -- interviews --------------------------------------------------------------------------
    def record_rows(self, status: str, offset: int, limit: int) -> list[RecordRow]:
        page = self.profile.list_submissions(status=status, offset=offset, limit=limit)
        rows = []
        for row in page.rows:
            if status == Status.RETURNED.value and self._fixed(row.instance_id):
                continue  # its new version is in Ready to send / Sent
            title = self._titles.get((row.form_id, row.form_version)) or row.form_id
            detail = ""
            if status == Status.FINALIZED.value:
                detail = self._outbox_detail(row.instance_id)
            elif row.comment_count:
                detail = QCoreApplication.translate("StoreBridge", "{n} comment(s)").replace(
                    "{n}", str(row.comment_count)
                )
            rows.append(
                RecordRow(
                    instance_id=row.instance_id,
                    name=row.name or "",
                    form_title=title,
                    updated=_parse_stamp(row.updated_at),
                    detail=detail,
                )
            )
        return rows

    def _outbox_detail(self, instance_id: str) -> str:
        """How the last sync went for an interview still in the outbox."""
        state = self.profile.sync_item(instance_id)
        if not state.attempts:
            return QCoreApplication.translate("StoreBridge", "Not sent yet")
        text = QCoreApplication.translate("StoreBridge", "Not sent: {n} attempt(s), last: {error}")
        return text.replace("{n}", str(state.attempts)).replace(
            "{error}", state.last_error_code or "?"
        )

    def _fixed(self, instance_id: str) -> bool:
        """A returned interview whose new version has been finalized (no longer to fix)."""
        successor = self.profile.get_setting(_link(FIXED_BY, instance_id))
        if not isinstance(successor, str):
            return False
        try:
            return self.profile.load(successor).status != Status.DRAFT.value
        except FieldappError:
            return False  # the fix was a draft and was deleted: still to fix

    def comments_text(self, instance_id: str) -> str:
        record = self.profile.load(instance_id)
        return "\n".join(
            f"{c.author}: {c.text}" + (f" ({c.ref})" if c.ref else "") for c in record.comments
        )

    def new_interview(self, key: str, language: str | None = None) -> OpenedInterview:
        form_id, _sep, version = key.rpartition("@")
        definition = self.definition(form_id, version)
        session = FormSession.start(definition, language=language, properties=self._properties())
        return self._opened(definition, form_id, version, session, None)

    def open_interview(self, status: str, instance_id: str) -> OpenedInterview:
        """Open a draft to continue, or a returned interview to fix.

        A returned interview is fixed as a new version, as in ODK: a new record under a new
        instanceID whose meta/deprecatedID names the returned one, so the server and the
        supervisor receive a resubmission, not a conflicting copy of the old id. The returned
        record is kept as it was (the supervisor's decision stays on it) and leaves the Returned
        list; its comments stay visible while the new version is a draft.
        """
        record = self.profile.load(instance_id)
        if record.status == Status.RETURNED.value:
            successor = self.profile.get_setting(_link(FIXED_BY, instance_id))
            if isinstance(successor, str) and self._is_draft(successor):
                return self.open_interview("draft", successor)
        definition = self.definition(record.form_id, record.form_version)
        edit = record.status == Status.RETURNED.value
        session = FormSession.restore(
            definition, record.xml, edit=edit, properties=self._properties()
        )
        opened = self._opened(
            definition,
            record.form_id,
            record.form_version,
            session,
            None if edit else dict(record.position),
            record_id=None if edit else instance_id,
        )
        comments = record.comments
        origin = self.profile.get_setting(_link(FIXES, instance_id))
        if not comments and isinstance(origin, str):
            comments = self.profile.load(origin).comments  # a fix in progress: its reasons
        if comments:
            lines = [f"{c.author}: {c.text}" for c in comments if not c.ref]
            on_questions = sum(1 for c in comments if c.ref)
            if on_questions:
                lines.append(
                    QCoreApplication.translate(
                        "StoreBridge", "{n} comment(s) on questions, shown with those questions."
                    ).replace("{n}", str(on_questions))
                )
            opened.notice = "\n".join(lines)
            for c in comments:
                if c.ref:
                    previous = opened.question_comments.get(c.ref)
                    line = f"{c.author}: {c.text}"
                    opened.question_comments[c.ref] = f"{previous}\n{line}" if previous else line
        if edit:
            # the fix is a new draft (new instanceID, deprecatedID = the returned one)
            opened.host.save_draft(session.to_xml(draft=True), {})
            self.profile.set_setting(_link(FIXED_BY, instance_id), opened.instance_id)
            self.profile.set_setting(_link(FIXES, opened.instance_id), instance_id)
        return opened

    def _is_draft(self, instance_id: str) -> bool:
        try:
            return self.profile.load(instance_id).status == Status.DRAFT.value
        except FieldappError:
            return False

    def _properties(self) -> dict[str, str]:
        return {"username": self.profile.name}

    def _opened(
        self,
        definition: FormDefinition,
        form_id: str,
        version: str,
        session: FormSession,
        position: dict[str, Any] | None,
        record_id: str | None = None,
    ) -> OpenedInterview:
        host = StoreInterviewHost(self.profile, form_id, version, session, record_id)
        media_dir = definition.media_dir
        return OpenedInterview(
            session=session,
            host=host,
            title=definition.title or form_id,
            media=_media_resolver(media_dir),
            scorer=ipl_scorer(form_id),
            position=position,
            instance_id=host.instance_id,
        )

    def delete_draft(self, instance_id: str) -> None:
        self.profile.delete_draft(instance_id)


def _link(prefix: str, instance_id: str) -> str:
    """A setting name for an instance id (setting names allow only [a-z0-9._-])."""
    return prefix + hashlib.blake2b(instance_id.encode(), digest_size=12).hexdigest()


def _referenced_media(xml: bytes) -> list[str]:
    names = re.findall(rb"jr://(?:images|audio|video|file|file-csv)/([^\"'<>\s]+)", xml)
    return sorted({media_relative_name("jr://file/" + n.decode("utf-8")) for n in names})


def _media_resolver(media_dir: Path | None) -> MediaResolver | None:
    if media_dir is None:
        return None
    base = Path(media_dir)

    def resolve(src: str) -> Path | None:
        try:
            name = media_relative_name(src)
        except FieldappError:
            return None
        candidate = base / name
        return candidate if candidate.is_file() else None

    return resolve


def dimension_names() -> dict[str, str]:
    return {
        "psychological": QCoreApplication.translate("StoreBridge", "Psychological"),
        "economic": QCoreApplication.translate("StoreBridge", "Economic"),
        "political": QCoreApplication.translate("StoreBridge", "Political"),
        "social": QCoreApplication.translate("StoreBridge", "Social"),
        "linguistic": QCoreApplication.translate("StoreBridge", "Linguistic"),
        "navigational": QCoreApplication.translate("StoreBridge", "Navigational"),
    }


def ipl_scorer(form_id: str) -> Callable[[bytes], ScoreSummary | None] | None:
    """For the IPL forms: the six dimension scores and the index from the current answers."""
    if form_id not in {"ipl12", "ipl24"}:
        return None
    from fieldapp.core.scoring.ipl import score_ipl

    def score(xml: bytes) -> ScoreSummary | None:
        scores = score_ipl(xml, "ipl12" if form_id == "ipl12" else "ipl24")
        if not scores.consented:
            return None
        names = dimension_names()
        axes = tuple(
            (names.get(name, name.title()), dim.score) for name, dim in scores.dimensions.items()
        )
        note = ""
        if scores.index is not None and not scores.index_complete:
            note = QCoreApplication.translate(
                "StoreBridge", "Some items were not scored (don't know, refused or unanswered)."
            )
        return ScoreSummary(axes=axes, index=scores.index, note=note)

    return score
