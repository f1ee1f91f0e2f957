"""A device for tests: a real encrypted profile (cheap Argon2 parameters) and its sync engine."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from fieldapp.core.store import CHEAP_TEST_KDF, ProfileSession, Status, Store
from sync.client.batch import BatchClient
from sync.client.engine import FieldappTarget, RetryPolicy, SyncEngine
from sync.client.profile_store import ProfileSyncStore
from sync.client.safe_http import BearerToken, HttpSettings

PASSPHRASE = "device passphrase 1"
FORM_ID = "household"
FORM_VERSION = "2024010101"


@dataclass
class Device:
    data_dir: Path
    session: ProfileSession

    @property
    def store(self) -> ProfileSyncStore:
        return ProfileSyncStore(self.session)

    def finalize(
        self,
        text: str,
        *,
        photo: bytes | None = None,
        iid: str | None = None,
        version: str = FORM_VERSION,
    ) -> str:
        """A finalized interview in the outbox (through the real store)."""
        iid = iid or f"uuid:{uuid.uuid4()}"
        xml = (
            f'<data id="{FORM_ID}" version="{version}"><name>{text}</name>'
            f"<photo>{'p.jpg' if photo else ''}</photo>"
            f"<meta><instanceID>{iid}</instanceID></meta></data>"
        ).encode()
        if photo is not None:
            self.session.put_attachment(iid, "p.jpg", photo, "image/jpeg")
        self.session.finalize(iid, xml, name=text, form_id=FORM_ID, form_version=version)
        return iid

    def status(self, iid: str) -> str:
        return self.session.load(iid).status

    def outbox_ids(self) -> set[str]:
        page = self.session.outbox(limit=1000)
        return {r.instance_id for r in page.rows}

    def sent_ids(self) -> set[str]:
        page = self.session.list_submissions(status=Status.SENT, limit=1000)
        return {r.instance_id for r in page.rows}

    def engine(
        self,
        url: str,
        token: str,
        *,
        settings: HttpSettings | None = None,
        retry: RetryPolicy | None = None,
        push_budget: int | None = None,
        **kw: object,
    ) -> SyncEngine:
        client = BatchClient(url, BearerToken(token), settings)
        extra = {"push_budget": push_budget} if push_budget else {}
        return SyncEngine(
            self.store,
            FieldappTarget(client, **extra),  # type: ignore[arg-type]
            retry=retry or RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.5),
            **kw,  # type: ignore[arg-type]
        )


def make_device(data_dir: Path, name: str = "ana", role: str = "enumerator") -> Device:
    store = Store(data_dir, kdf=CHEAP_TEST_KDF)
    store.create_profile(name, role, PASSPHRASE)
    return Device(data_dir, store.unlock(name, PASSPHRASE))
