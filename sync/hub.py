"""Field hub: the supervisor's laptop runs the sync server for the team, then forwards to HQ.

Where there is a local network but no internet, enumerators sync with the supervisor's laptop
exactly as with headquarters (``fieldapp sync --server http://HUB:PORT --token T``). The hub is
the real fieldapp-server (sync/server) on a SQLite file in the supervisor's data folder
(``<data dir>/hub/<profile>/hub.db``); like any fieldapp server it stores only the devices'
ciphertext envelopes plus routing metadata, never answers in clear. The supervisor's own
profile syncs with the hub like any device (pulls the team's submissions and decrypts them with
the project key, pushes review decisions).

``forward`` later takes everything to headquarters with the supervisor's HQ token:

1. pulls HQ's changes first (new form versions are published on the hub so enumerators get
   them; decisions made at HQ on the hub's submissions are recorded on the hub so enumerators
   get them too);
2. pushes every hub submission not yet confirmed by HQ, ciphertext as-is, naming the
   enumerator as ``owner`` (HQ checks they are in the supervisor's team). Idempotent by
   instanceID + content hash: a submission counts as forwarded only after a receipt whose hash
   equals the hash of the bytes sent, so a connection cut mid-forward loses nothing and
   duplicates nothing - the next forward sends the rest and gets ``duplicate`` for the rest;
3. pushes the submissions that came by USB transfer file (kept by the import in the hub
   folder's inbox when there is no hub database), the same way, owned by the file's enumerator;
4. pushes the hub's review decisions (the supervisor's) on forwarded submissions; HQ stores a
   repeated identical decision once, and each is marked forwarded only after HQ's 201.

Progress (what HQ confirmed and which decisions went up, per project key and HQ account; the HQ
cursor) is kept as sealed secrets in the supervisor's profile.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from fieldapp.errors import FieldappError
from sync.client import project_keys
from sync.client.batch import PUSH_BYTE_BUDGET, BatchClient, item_size
from sync.client.safe_http import is_transient
from sync.protocol import (
    MAX_BATCH_ITEMS,
    NAME_PATTERN,
    Change,
    ReviewIn,
    Role,
    SubmissionIn,
    SubmissionMeta,
    b64decode_strict,
)

HUB_DIR = "hub"
INBOX_DIR = "inbox"
DEFAULT_TEAM = "field"
TOKEN_SECRET = "hub.token"  # noqa: S105 - names of store secrets
FORWARDED_PREFIX = "hub.forwarded."
REVIEWS_PREFIX = "hub.reviews."
CURSOR_PREFIX = "hub-forward:"


class Session(Protocol):
    name: str

    def get_secret(self, key: str) -> str | None: ...

    def set_secret(self, key: str, value: str | None) -> None: ...

    def get_cursor(self, name: str) -> str | None: ...

    def set_cursor(self, name: str, value: str) -> None: ...


@dataclass(frozen=True)
class ForwardProgress:
    phase: str  # "pull" | "push" | "decisions" | "done"
    done: int
    total: int
    message: str = ""


@dataclass
class ForwardReport:
    forwarded: int = 0
    """Submissions HQ confirmed in this run (created or already there)."""
    decisions: int = 0
    forms: int = 0
    """Form versions from HQ published on the hub."""
    hq_decisions: int = 0
    """Decisions made at HQ recorded on the hub for the enumerators."""
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: int = 0
    """Plain OpenRosa submissions on the hub (from ODK Collect, not sealed): not forwarded."""

    @property
    def ok(self) -> bool:
        return not self.failed and not self.errors


def username_for(name: str | None, fallback: str = "enumerator") -> str:
    """A server user name for a profile name (profile names may hold spaces or accents; server
    names are ``[A-Za-z0-9._-]``): other characters become ``-``. Hub and HQ accounts must use
    this name for forwarded submissions to keep their owner."""
    clean = re.sub(r"[^A-Za-z0-9._-]", "-", (name or "").strip())
    clean = re.sub(r"^[^A-Za-z0-9]+", "", clean)[:64]
    return clean if re.match(NAME_PATTERN, clean) else fallback


def hub_path(data_dir: str | Path, profile: str) -> Path:
    return Path(data_dir) / HUB_DIR / profile / "hub.db"


class Hub:
    """A field hub's database: set up, users, and forwarding to headquarters."""

    def __init__(self, data_dir: str | Path, profile: str) -> None:
        self.path = hub_path(data_dir, profile)
        self.profile = profile
        self.username = username_for(profile, "supervisor")
        """The supervisor's user name on the hub."""
        self.db_url = f"sqlite:///{self.path}"
        self._storage: Any = None

    def exists(self) -> bool:
        return self.path.is_file()

    @property
    def storage(self) -> Any:
        """sync.server.storage.Storage on the hub file (server extra needed: sqlalchemy)."""
        if self._storage is None:
            if not self.exists():
                raise FieldappError(
                    "N320", detail=f"no {self.path}; run `fieldapp hub init` (or `hub run`) first"
                )
            from sync.server.storage import Storage

            self._storage = Storage.open(self.db_url)
        return self._storage

    def close(self) -> None:
        if self._storage is not None:
            self._storage.close()
            self._storage = None

    # --- set-up -----------------------------------------------------------------------------
    def init(self, session: Session, *, team: str = DEFAULT_TEAM) -> str | None:
        """Create the hub database for this supervisor: the project's public keys (devices
        seal to them), a team, the supervisor as its supervisor. Returns the supervisor's hub
        token when created now (also kept sealed in the profile), None when it existed."""
        from sync.server.credentials import new_token
        from sync.server.storage import Storage

        key = project_keys.require_public_key(session)
        if self.exists():
            return None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        storage = Storage.open(self.db_url, check_schema=False)
        try:
            storage.initialise(key.project)
            storage.set_project_keys(
                key.project, key.key_id, key.x25519_public(), key.rsa_public_der()
            )
            storage.create_user(key.project, self.username, Role.SUPERVISOR, [team])
            token = new_token()
            storage.issue_token(self.username, token, label="hub supervisor")
        finally:
            storage.close()
        session.set_secret(TOKEN_SECRET, token)
        return token

    def project(self) -> str:
        return str(self.storage.list_projects()[0]["name"])

    def team(self) -> str:
        creds = self.storage.user_credentials(self.username)
        if creds is None or not creds.principal.team_names:
            raise FieldappError("N320", detail=f"{self.path} has no supervisor {self.username}")
        return str(creds.principal.team_names[0])

    def add_user(
        self, name: str, *, role: Role = Role.ENUMERATOR, device: str | None = None
    ) -> str:
        """An account on the hub in the supervisor's team; returns its bearer token."""
        from sync.server.credentials import new_token

        if not re.match(NAME_PATTERN, name):
            raise FieldappError("V111", what="User name", name=name)
        self.storage.create_user(self.project(), name, role, [self.team()])
        token = new_token()
        self.storage.issue_token(name, token, label="hub", device_id=device)
        return token

    def _supervisor(self) -> Any:
        creds = self.storage.user_credentials(self.username)
        if creds is None:
            raise FieldappError("N320", detail=f"{self.path} has no supervisor {self.username}")
        return creds.principal

    # --- forwarding ---------------------------------------------------------------------------
    def _metas(self, who: Any) -> Iterator[SubmissionMeta]:
        since = 0
        while True:
            page = self.storage.list_submissions(who, since=since, limit=500)
            yield from page.submissions
            if not page.more:
                return
            since = int(page.cursor)

    def forward(
        self,
        session: Session,
        client: BatchClient,
        *,
        progress: Callable[[ForwardProgress], None] | None = None,
        attempts: int = 4,
        base_delay: float = 0.2,
        push_budget: int = PUSH_BYTE_BUDGET,
    ) -> ForwardReport:
        """Pull from HQ, push the hub's submissions and decisions; see the module docstring.
        Never raises for network trouble: an unreachable HQ ends the run with an error in the
        report, and everything not confirmed is tried again next time."""
        report = ForwardReport()
        emit = progress or (lambda p: None)
        has_hub = self.exists()

        def retry(call: Callable[[], Any]) -> Any:
            for attempt in range(attempts):
                try:
                    return call()
                except FieldappError as exc:
                    if not is_transient(exc) or attempt + 1 >= attempts:
                        raise
                    time.sleep(base_delay * (2**attempt))
            raise AssertionError("unreachable")

        try:
            who = self._supervisor() if has_hub else None
            local_key = (
                self.storage.project_keys(who.project_id).key_id
                if who is not None
                else project_keys.require_public_key(session).key_id
            )
            hq_user = retry(client.me).username
            hq_key = retry(client.project_keys).key_id
        except FieldappError as exc:
            report.errors.append(exc.render())
            return report
        if hq_key != local_key:
            report.errors.append(
                FieldappError(
                    "N321",
                    detail=f"headquarters encrypts to project key {hq_key} but this laptop's "
                    f"devices seal to {local_key}; HQ could not open them. Import HQ's project key "
                    "(`fieldapp project import-key`) before creating a hub; nothing was forwarded.",
                ).render()
            )
            return report
        # what HQ confirmed is kept per project key and HQ account (not per URL: the same HQ
        # reached under another address must not get everything again)
        key = f"{local_key}.{hq_user}"
        forwarded: dict[str, str] = json.loads(session.get_secret(FORWARDED_PREFIX + key) or "{}")
        sent_reviews: set[int] = set(json.loads(session.get_secret(REVIEWS_PREFIX + key) or "[]"))

        def save() -> None:
            session.set_secret(FORWARDED_PREFIX + key, json.dumps(forwarded, sort_keys=True))
            session.set_secret(REVIEWS_PREFIX + key, json.dumps(sorted(sent_reviews)))

        try:
            if who is not None:
                self._pull(session, client, who, hq_user, sent_reviews, report, retry, emit, save)
                self._push(client, who, forwarded, report, retry, emit, save, push_budget)
            self._push_inbox(session, client, forwarded, report, retry, emit, save, push_budget)
            if who is not None:
                self._push_reviews(client, who, forwarded, sent_reviews, report, retry, emit, save)
        except FieldappError as exc:
            report.errors.append(exc.render())
        finally:
            save()
        emit(ForwardProgress("done", report.forwarded, report.forwarded))
        return report

    def _pull(
        self,
        session: Session,
        client: BatchClient,
        who: Any,
        hq_user: str,
        sent_reviews: set[int],
        report: ForwardReport,
        retry: Callable[[Callable[[], Any]], Any],
        emit: Callable[[ForwardProgress], None],
        save: Callable[[], None],
    ) -> None:
        cursor_key = CURSOR_PREFIX + client.http.base_url
        cursor = session.get_cursor(cursor_key) or ""
        while True:
            page = retry(lambda c=cursor: client.changes(c, 500, ("form", "review")))  # type: ignore[misc]
            for change in page.changes:
                self._apply(client, who, hq_user, change, sent_reviews, report, retry)
            save()  # reviews recorded on the hub are never pushed back to HQ
            if page.cursor != cursor:
                session.set_cursor(cursor_key, page.cursor)
                cursor = page.cursor
            emit(ForwardProgress("pull", report.forms + report.hq_decisions, 0))
            if not page.more or not page.changes:
                return

    def _apply(
        self,
        client: BatchClient,
        who: Any,
        hq_user: str,
        change: Change,
        sent_reviews: set[int],
        report: ForwardReport,
        retry: Callable[[Callable[[], Any]], Any],
    ) -> None:
        if change.kind == "form" and change.form is not None:
            form = change.form
            if self.storage.get_form(who.project_id, form.form_id, form.version) is not None:
                return
            xml = retry(lambda: client.download_xform(form))
            media = {m.name: retry(lambda m=m: client.download_media(form, m)) for m in form.media}  # type: ignore[misc]
            self.storage.publish_form(
                who.project,
                form_id=form.form_id,
                version=form.version,
                title=form.title,
                xform=xml,
                media=media,
                encrypted=form.encrypted,
            )
            report.forms += 1
        elif change.kind == "review" and change.review is not None:
            review = change.review
            if review.reviewer == hq_user:
                return  # our own decision, forwarded from this hub (or made at HQ by us)
            try:
                stored = self.storage.add_review(
                    who,
                    review.instance_id,
                    review.decision,
                    review.comment,
                    dict(review.question_comments),
                )
            except PermissionError:
                return
            if stored is not None:
                sent_reviews.add(stored.id)
                report.hq_decisions += 1

    def _push(
        self,
        client: BatchClient,
        who: Any,
        forwarded: dict[str, str],
        report: ForwardReport,
        retry: Callable[[Callable[[], Any]], Any],
        emit: Callable[[ForwardProgress], None],
        save: Callable[[], None],
        budget: int,
    ) -> None:
        todo = [
            m
            for m in self._metas(who)
            if forwarded.get(m.instance_id) != m.content_hash and m.format == "envelope"
        ]
        report.skipped = sum(1 for m in self._metas(who) if m.format != "envelope")
        batch: list[SubmissionIn] = []
        used = 0
        done = 0
        for meta in todo:
            item = self._item(who, meta)
            size = item_size(item)
            if batch and (len(batch) >= MAX_BATCH_ITEMS or used + size > budget):
                done += self._send(client, batch, forwarded, report, retry)
                save()
                emit(ForwardProgress("push", done, len(todo)))
                batch, used = [], 0
            batch.append(item)
            used += size
        if batch:
            done += self._send(client, batch, forwarded, report, retry)
            save()
            emit(ForwardProgress("push", done, len(todo)))

    @property
    def inbox(self) -> Path:
        """USB transfer files imported on this laptop, kept (ciphertext) until HQ has them."""
        return self.path.parent / INBOX_DIR

    def keep_file(self, path: Path) -> Path:
        """Copy an imported transfer file into the inbox (atomic; named by its hash)."""
        data = path.read_bytes()
        self.inbox.mkdir(parents=True, exist_ok=True)
        target = self.inbox / f"{hashlib.sha256(data).hexdigest()}.fatransfer"
        if not target.exists():
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        return target

    def _push_inbox(
        self,
        session: Session,
        client: BatchClient,
        forwarded: dict[str, str],
        report: ForwardReport,
        retry: Callable[[Callable[[], Any]], Any],
        emit: Callable[[ForwardProgress], None],
        save: Callable[[], None],
        budget: int,
    ) -> None:
        """Submissions that came by USB (kept as the verified transfer files themselves): the
        accepted ones go to HQ like the hub's, owned by the file's enumerator; a file whose
        submissions HQ all confirmed is removed."""
        from sync import transfer

        if not self.inbox.is_dir():
            return
        for path in sorted(self.inbox.glob("*.fatransfer")):
            try:
                header, items = transfer.accepted_items(session, path)
            except FieldappError as exc:
                report.errors.append(f"{path.name}: {exc.render()}")
                continue
            owner = username_for(header.enumerator)
            todo = [
                i.model_copy(update={"owner": owner})
                for i in items
                if forwarded.get(i.instance_id) != i.content_hash
            ]
            batch: list[SubmissionIn] = []
            used = 0
            for item in todo:
                size = item_size(item)
                if batch and (len(batch) >= MAX_BATCH_ITEMS or used + size > budget):
                    self._send(client, batch, forwarded, report, retry)
                    save()
                    batch, used = [], 0
                batch.append(item)
                used += size
            if batch:
                self._send(client, batch, forwarded, report, retry)
                save()
            emit(ForwardProgress("push", report.forwarded, 0, path.name))
            if all(forwarded.get(i.instance_id) == i.content_hash for i in items):
                path.unlink()

    def _item(self, who: Any, meta: SubmissionMeta) -> SubmissionIn:
        full = self.storage.get_submission(who, meta.instance_id)
        files = {
            a.name: self.storage.get_attachment(who, meta.instance_id, a.name)
            for a in full.attachments
        }
        return SubmissionIn.build(
            instance_id=full.instance_id,
            form_id=full.form_id,
            form_version=full.form_version,
            payload=b64decode_strict(full.payload_b64 or ""),
            device_id=full.device_id,
            attachments=files,
            client_seq=full.client_seq,
            deprecated_id=full.deprecated_id,
            created_at=full.created_at,
            finalized_at=full.finalized_at,
            owner=full.owner,
        )

    def _send(
        self,
        client: BatchClient,
        batch: list[SubmissionIn],
        forwarded: dict[str, str],
        report: ForwardReport,
        retry: Callable[[Callable[[], Any]], Any],
    ) -> int:
        receipts = retry(lambda: client.push(batch))
        for item, receipt in zip(batch, receipts, strict=True):
            if receipt.ok and receipt.content_hash == item.content_hash:
                forwarded[item.instance_id] = item.content_hash
                report.forwarded += 1
            else:
                detail = receipt.detail or receipt.error_code or receipt.status.value
                report.failed.append(f"{item.instance_id}: {detail}")
        return len(batch)

    def _push_reviews(
        self,
        client: BatchClient,
        who: Any,
        forwarded: dict[str, str],
        sent_reviews: set[int],
        report: ForwardReport,
        retry: Callable[[Callable[[], Any]], Any],
        emit: Callable[[ForwardProgress], None],
        save: Callable[[], None],
    ) -> None:
        waiting = []
        for iid in forwarded:
            for review in self.storage.list_reviews(who, iid) or []:
                if review.id not in sent_reviews:
                    waiting.append(review)
        waiting.sort(key=lambda r: r.seq)
        for n, review in enumerate(waiting):
            body = ReviewIn(
                decision=review.decision,
                comment=review.comment,
                question_comments=dict(review.question_comments),
            )
            try:
                retry(lambda r=review, b=body: client.post_review(r.instance_id, b))  # type: ignore[misc]
            except FieldappError as exc:
                if is_transient(exc):
                    raise
                report.failed.append(f"{review.instance_id}: decision: {exc.message}")
                continue
            sent_reviews.add(review.id)
            report.decisions += 1
            save()
            emit(ForwardProgress("decisions", n + 1, len(waiting)))

    def ingest(self, items: list[SubmissionIn], owner: str | None) -> int:
        """Keep submissions imported from a USB transfer file on the hub as well (ciphertext
        as-is), so ``forward`` takes them to HQ; the enumerator's hub account is created when
        missing. Returns how many the hub stored or already had."""
        from sync.server.storage import Incoming

        if not items:
            return 0
        who = self._supervisor()
        name = username_for(owner) if owner else who.username
        if name != who.username and self.storage.user_credentials(name) is None:
            self.storage.create_user(who.project, name, Role.ENUMERATOR, [self.team()])
        receipts = self.storage.push(
            who,
            [
                Incoming(
                    instance_id=i.instance_id,
                    form_id=i.form_id,
                    form_version=i.form_version,
                    device_id=i.device_id,
                    payload=i.payload(),
                    format="envelope",
                    attachments={a.name: a.data() for a in i.attachments},
                    client_seq=i.client_seq,
                    deprecated_id=i.deprecated_id,
                    created_at=i.created_at,
                    finalized_at=i.finalized_at,
                    claimed_hash=i.content_hash,
                    owner=name,
                )
                for i in items
            ],
        )
        return sum(1 for r in receipts if r.ok)


def data_dir_of(session: Any) -> Path | None:
    """The data folder an unlocked profile lives in (None when it cannot be told)."""
    db_path = getattr(session, "db_path", None)
    if db_path is None:
        return None
    from fieldapp.core.store import Store

    candidate = Path(db_path).parents[2]
    return candidate if Store(candidate).db_path(session.name) == Path(db_path) else None


def keep_imported(data_dir: str | Path, session: Session, result: Any) -> int:
    """After a supervisor imported a USB transfer file (sync.transfer.ImportResult): keep its
    accepted sealed submissions for ``fieldapp hub forward`` to headquarters. Without this,
    the receipts would take them out of the enumerator's outbox while only this laptop holds
    them. With a field hub they go into its database (so decisions pushed to the hub find
    them); otherwise the verified file itself is kept (ciphertext) in the hub folder's inbox,
    which needs no server packages. Returns how many submissions are kept."""
    if getattr(result, "kind", None) != "submissions" or not result.items:
        return 0
    hub = Hub(data_dir, session.name)
    try:
        if hub.exists() and importlib.util.find_spec("sqlalchemy") is not None:
            stored = hub.ingest(result.items, result.enumerator)
            if stored == len(result.items):
                return stored
        # no hub database, or it refused some: keep the verified file itself
        hub.keep_file(Path(result.path))
        return len(result.items)
    finally:
        hub.close()
