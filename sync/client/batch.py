"""Client of fieldapp-server's batch API (``/api/v1``; contract in sync.protocol).

Pushes many envelopes per request (gzip), pulls changes since a cursor with ETags, fetches the
project's public keys and published forms. Every reply is read through safe_http (caps,
timeouts) and validated with the protocol's pydantic models before anything trusts it.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Sequence
from typing import TypeVar
from urllib.parse import quote, urlencode

import orjson
from pydantic import BaseModel, ValidationError

from fieldapp.errors import FieldappError
from sync.client.openrosa import md5_hash
from sync.client.safe_http import Credentials, HttpSettings, Reply, SafeHttp, raise_for_status
from sync.protocol import (
    API_PREFIX,
    MAX_BATCH_ITEMS,
    MAX_BODY_BYTES,
    ChangesResponse,
    FormList,
    FormVersionInfo,
    MediaInfo,
    ProjectKeys,
    PushResponse,
    Receipt,
    ReviewIn,
    ReviewOut,
    ServerInfo,
    SubmissionIn,
    SubmissionMeta,
    WhoAmI,
)

M = TypeVar("M", bound=BaseModel)
PUSH_BYTE_BUDGET = 16 * 1024 * 1024
"""Split pushes so one request body stays well below the server's cap (and slow links cope)."""
MAX_CHANGES_REPLY = 96 * 1024 * 1024


class BatchClient:
    """One fieldapp-server; ``credentials`` is normally a BearerToken."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials | None = None,
        settings: HttpSettings | None = None,
    ) -> None:
        self.http = SafeHttp(base_url, credentials, settings)
        self._etags: dict[str, tuple[str, bytes]] = {}

    def close(self) -> None:
        self.http.close()

    def _api(self, path: str) -> str:
        return f"{API_PREFIX}/{path.lstrip('/')}"

    def _model(self, reply: Reply, model: type[M]) -> M:
        raise_for_status(reply)
        try:
            return model.model_validate_json(reply.body)
        except ValidationError as exc:
            raise FieldappError(
                "N107", url=reply.url, detail=f"not a valid {model.__name__}: {exc.errors()[0]}"
            ) from None

    def _get_cached(self, path: str, max_bytes: int | None = None) -> Reply:
        """GET with If-None-Match; a 304 gives back the body seen with that ETag."""
        cached = self._etags.get(path)
        headers = {"Accept-Encoding": "gzip"}
        if cached:
            headers["If-None-Match"] = cached[0]
        reply = self.http.request("GET", path, headers=headers, max_bytes=max_bytes)
        if reply.status == 304 and cached:
            return Reply(reply.url, 200, reply.headers, cached[1])
        etag = reply.header("etag")
        if reply.status == 200 and etag:
            self._etags[path] = (etag, reply.body)
        return reply

    def info(self) -> ServerInfo:
        return self._model(self.http.request("GET", self._api("info")), ServerInfo)

    def me(self) -> WhoAmI:
        return self._model(self.http.request("GET", self._api("me")), WhoAmI)

    def project_keys(self) -> ProjectKeys:
        return self._model(self._get_cached(self._api("project/keys")), ProjectKeys)

    def push(self, items: Sequence[SubmissionIn]) -> list[Receipt]:
        """One request; one receipt per item, in order (checked)."""
        if not items:
            return []
        if len(items) > MAX_BATCH_ITEMS:
            raise ValueError(f"at most {MAX_BATCH_ITEMS} items per push")
        raw = orjson.dumps({"items": [i.model_dump(mode="json") for i in items]})
        body = gzip.compress(raw, compresslevel=5)
        if len(raw) > MAX_BODY_BYTES:
            raise ValueError("push body larger than the server accepts; split the batch")
        reply = self.http.request(
            "POST",
            self._api("push"),
            data=body,
            headers={
                "Content-Type": "application/json",
                "Content-Encoding": "gzip",
                "Accept-Encoding": "gzip",
            },
            max_bytes=8 * 1024 * 1024,
        )
        response = self._model(reply, PushResponse)
        if [r.instance_id for r in response.results] != [i.instance_id for i in items]:
            raise FieldappError(
                "N107", url=reply.url, detail="the receipts do not match the pushed items"
            )
        return response.results

    def changes(
        self, since: str = "", limit: int = 500, kinds: Sequence[str] = ()
    ) -> ChangesResponse:
        """Changes since a cursor; ``kinds`` (form, review, submission) restricts them."""
        params: dict[str, str | int] = {"since": since, "limit": limit}
        if kinds:
            params["kinds"] = ",".join(kinds)
        query = urlencode(params)
        reply = self._get_cached(self._api(f"changes?{query}"), MAX_CHANGES_REPLY)
        return self._model(reply, ChangesResponse)

    def submission(self, instance_id: str) -> SubmissionMeta:
        """One submission with its payload (reviewers see their teams')."""
        path = self._api(f"submissions/{quote(instance_id, safe='')}")
        return self._model(
            self.http.request("GET", path, max_bytes=MAX_CHANGES_REPLY), SubmissionMeta
        )

    def download_attachment(self, instance_id: str, name: str) -> bytes:
        path = self._api(
            f"submissions/{quote(instance_id, safe='')}/attachments/{quote(name, safe='')}"
        )
        reply = self.http.request("GET", path, max_bytes=64 * 1024 * 1024)
        raise_for_status(reply)
        return reply.body

    def post_review(self, instance_id: str, review: ReviewIn) -> ReviewOut:
        """A supervisor's decision on one submission (201). The server stores the same decision
        repeated on a submission only once, so retrying after a lost reply is safe."""
        path = self._api(f"submissions/{quote(instance_id, safe='')}/reviews")
        reply = self.http.request(
            "POST",
            path,
            data=review.model_dump_json().encode(),
            headers={"Content-Type": "application/json"},
            max_bytes=1024 * 1024,
        )
        return self._model(reply, ReviewOut)

    def forms(self) -> list[FormVersionInfo]:
        return self._model(self._get_cached(self._api("forms")), FormList).forms

    def download_xform(self, form: FormVersionInfo) -> bytes:
        reply = self.http.request("GET", form.xform_path, max_bytes=32 * 1024 * 1024)
        raise_for_status(reply)
        actual = "sha256:" + hashlib.sha256(reply.body).hexdigest()
        wanted = form.sha256 if form.sha256.startswith("sha256:") else "sha256:" + form.sha256
        if actual != wanted and md5_hash(reply.body) != form.md5:
            raise FieldappError(
                "N112", name=f"{form.form_id}.xml", expected=form.sha256, actual=actual
            )
        return reply.body

    def download_media(self, form: FormVersionInfo, media: MediaInfo) -> bytes:
        reply = self.http.request("GET", media.path, max_bytes=64 * 1024 * 1024)
        raise_for_status(reply)
        expected = media.md5 if media.md5.startswith("md5:") else "md5:" + media.md5
        if md5_hash(reply.body) != expected:
            raise FieldappError(
                "N112", name=media.name, expected=media.md5, actual=md5_hash(reply.body)
            )
        return reply.body

    def xform_url(self, form: FormVersionInfo) -> str:
        return self.http.url(
            f"{API_PREFIX}/forms/{quote(form.form_id, safe='')}/versions/"
            f"{quote(form.version, safe='')}/xform"
        )


def item_size(item: SubmissionIn) -> int:
    """Approximate bytes an item adds to a push body (before gzip)."""
    return len(item.payload_b64) + sum(len(a.data_b64) for a in item.attachments) + 512
