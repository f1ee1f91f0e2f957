"""OpenRosa client: forms from and submissions to ODK Central, KoboToolbox or fieldapp-server.

Implements the OpenRosa 1.0 HTTP API as ODK Collect uses it (odk-compat.md):

* every request carries ``X-OpenRosa-Version: 1.0``; replies are XML read with defusedxml;
* ``formList`` (``<xforms xmlns="http://openrosa.org/xforms/xformsList">``), form download with
  its ``md5:`` hash checked, manifest + media download with hashes checked and only changed files
  fetched again (callers pass the hashes they already hold);
* submission: ``HEAD`` first (auth challenge + ``X-OpenRosa-Accept-Content-Length``), then
  multipart ``POST`` with ``xml_submission_file`` and one part per attachment; sets larger than
  the accepted length are split over several POSTs that repeat the same XML; only 201/202 with an
  ``<OpenRosaResponse>`` body counts as success;
* ODK Central app-user URLs (``/v1/key/{token}/projects/{id}``) and project URLs with Basic auth;
  KoboToolbox ``https://kc.../{username}`` with Digest/Basic or an API token.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from defusedxml import ElementTree as SafeET
from pydantic import BaseModel, ConfigDict, Field
from urllib3 import encode_multipart_formdata

from fieldapp.errors import FieldappError
from sync.client.safe_http import (
    BasicAuth,
    Credentials,
    HttpSettings,
    KoboToken,
    Reply,
    SafeHttp,
    raise_for_status,
    safe_file_name,
)

OPENROSA_HEADERS = {"X-OpenRosa-Version": "1.0"}
DEFAULT_ACCEPT_LENGTH = 10 * 1024 * 1024
"""Per-POST budget when the server's HEAD does not say (Collect's default)."""
MULTIPART_OVERHEAD = 1024
MAX_FORM_BYTES = 20 * 1024 * 1024
MAX_MEDIA_BYTES = 64 * 1024 * 1024
MAX_LIST_BYTES = 8 * 1024 * 1024


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class FormListEntry(_Model):
    form_id: str
    name: str = ""
    version: str = ""
    hash: str = ""
    """``md5:<hex>`` of the form XML (may be empty on old servers)."""
    download_url: str
    manifest_url: str | None = None


class MediaEntry(_Model):
    filename: str
    hash: str = ""
    download_url: str


class SubmitResult(_Model):
    instance_id: str
    status: int
    message: str = ""
    posts: int = Field(1, description="number of POSTs (attachment sets may be split)")


@dataclass(frozen=True)
class DownloadedForm:
    entry: FormListEntry
    xml: bytes
    media: dict[str, bytes]
    """Only files that are new or whose hash changed."""
    media_hashes: dict[str, str]
    """Every media file's ``md5:`` hash as the server lists it now."""


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse_xml(reply: Reply) -> Any:
    try:
        return SafeET.fromstring(reply.body)
    except Exception as exc:  # defusedxml: ParseError, DTDForbidden, EntitiesForbidden...
        raise FieldappError(
            "N107", url=reply.url, detail=f"not safe, well-formed XML ({exc})"
        ) from None


def _child_texts(el: Any) -> dict[str, str]:
    return {_local(c.tag): (c.text or "").strip() for c in el}


def md5_hash(data: bytes) -> str:
    return "md5:" + hashlib.md5(data, usedforsecurity=False).hexdigest()


def openrosa_message(body: bytes) -> str | None:
    """The ``<message>`` text of an ``<OpenRosaResponse>`` body, or None when it is not one."""
    try:
        root = SafeET.fromstring(body)
    except Exception:  # not XML, or forbidden constructs: not an OpenRosa response
        return None
    if _local(root.tag) != "OpenRosaResponse":
        return None
    return " ".join((e.text or "").strip() for e in root.iter() if _local(e.tag) == "message")


class OpenRosaClient:
    """One OpenRosa server (a Central project, a Kobo account, a fieldapp-server project)."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials | None = None,
        settings: HttpSettings | None = None,
        *,
        max_post_bytes: int | None = None,
    ) -> None:
        self.http = SafeHttp(base_url, credentials, settings, default_headers=OPENROSA_HEADERS)
        self.max_post_bytes = max_post_bytes
        """Our own per-POST cap (slow links); the server's accepted length still applies."""
        self._accept_length: int | None = None

    @classmethod
    def central(
        cls,
        server: str,
        project_id: int,
        *,
        app_user_token: str | None = None,
        credentials: Credentials | None = None,
        settings: HttpSettings | None = None,
    ) -> OpenRosaClient:
        """ODK Central: an app-user token URL, or the project URL with web-user credentials."""
        root = server.rstrip("/")
        if app_user_token:
            base = f"{root}/v1/key/{quote(app_user_token, safe='')}/projects/{int(project_id)}"
            return cls(base, None, settings)
        return cls(f"{root}/v1/projects/{int(project_id)}", credentials, settings)

    @classmethod
    def kobo(
        cls,
        server: str,
        username: str,
        *,
        token: str | None = None,
        password: str | None = None,
        settings: HttpSettings | None = None,
    ) -> OpenRosaClient:
        """KoboToolbox's OpenRosa root (``https://kc.kobotoolbox.org/<username>``)."""
        creds: Credentials | None = None
        if token:
            creds = KoboToken(token)
        elif password is not None:
            creds = BasicAuth(username, password)
        return cls(f"{server.rstrip('/')}/{quote(username, safe='')}", creds, settings)

    def close(self) -> None:
        self.http.close()

    # --- forms ---------------------------------------------------------------------------------
    def form_list(self) -> list[FormListEntry]:
        reply = self.http.request("GET", "formList", max_bytes=MAX_LIST_BYTES)
        raise_for_status(reply)
        root = _parse_xml(reply)
        if _local(root.tag) != "xforms":
            raise FieldappError("N107", url=reply.url, detail="not an OpenRosa formList")
        entries = []
        for el in root:
            if _local(el.tag) != "xform":
                continue
            t = _child_texts(el)
            if not t.get("formID") or not t.get("downloadUrl"):
                raise FieldappError("N107", url=reply.url, detail="a form lacks formID/downloadUrl")
            entries.append(
                FormListEntry(
                    form_id=t["formID"],
                    name=t.get("name", ""),
                    version=t.get("version", ""),
                    hash=t.get("hash", ""),
                    download_url=t["downloadUrl"],
                    manifest_url=t.get("manifestUrl") or None,
                )
            )
        return entries

    def download_form_xml(self, entry: FormListEntry) -> bytes:
        reply = self.http.request("GET", entry.download_url, max_bytes=MAX_FORM_BYTES)
        raise_for_status(reply)
        if entry.hash and md5_hash(reply.body) != entry.hash.lower():
            raise FieldappError(
                "N112",
                name=f"{entry.form_id}.xml",
                expected=entry.hash,
                actual=md5_hash(reply.body),
            )
        return reply.body

    def manifest(self, entry: FormListEntry) -> list[MediaEntry]:
        if not entry.manifest_url:
            return []
        reply = self.http.request("GET", entry.manifest_url, max_bytes=MAX_LIST_BYTES)
        raise_for_status(reply)
        root = _parse_xml(reply)
        if _local(root.tag) != "manifest":
            raise FieldappError("N107", url=reply.url, detail="not an OpenRosa manifest")
        files = []
        for el in root:
            if _local(el.tag) != "mediaFile":
                continue
            t = _child_texts(el)
            if not t.get("filename") or not t.get("downloadUrl"):
                raise FieldappError("N107", url=reply.url, detail="a media file lacks its name/URL")
            files.append(
                MediaEntry(
                    filename=safe_file_name(t["filename"]),
                    hash=t.get("hash", ""),
                    download_url=t["downloadUrl"],
                )
            )
        return files

    def download_media(self, media: MediaEntry) -> bytes:
        reply = self.http.request("GET", media.download_url, max_bytes=MAX_MEDIA_BYTES)
        raise_for_status(reply)
        if media.hash and md5_hash(reply.body) != media.hash.lower():
            raise FieldappError(
                "N112", name=media.filename, expected=media.hash, actual=md5_hash(reply.body)
            )
        return reply.body

    def download_form(
        self, entry: FormListEntry, have_media: Mapping[str, str] | None = None
    ) -> DownloadedForm:
        """The form XML and the media files that are new or changed (by manifest hash)."""
        xml = self.download_form_xml(entry)
        held = dict(have_media or {})
        fetched: dict[str, bytes] = {}
        hashes: dict[str, str] = {}
        for media in self.manifest(entry):
            hashes[media.filename] = media.hash
            if media.hash and held.get(media.filename) == media.hash:
                continue
            fetched[media.filename] = self.download_media(media)
        return DownloadedForm(entry, xml, fetched, hashes)

    # --- submissions -------------------------------------------------------------------------
    def accept_length(self) -> int:
        """HEAD /submission: answers the auth challenge and tells how large a POST may be."""
        if self._accept_length is None:
            reply = self.http.request("HEAD", "submission")
            if reply.status in (401, 403, 408, 429) or (
                reply.status in range(500, 600) and reply.status != 501
            ):
                raise_for_status(reply)
            value = reply.header("x-openrosa-accept-content-length")
            # HEAD is optional in OpenRosa: any other answer means "use the default"
            ok = 200 <= reply.status < 300 and value.isdigit()
            self._accept_length = int(value) if ok else DEFAULT_ACCEPT_LENGTH
        return self._accept_length

    def submit(
        self,
        xml: bytes,
        attachments: Mapping[str, bytes] | None = None,
        *,
        instance_id: str,
    ) -> SubmitResult:
        """Upload one submission; raise N110 (refused), N111 (conflict) or N10x (transient)."""
        limit = self.accept_length()
        if self.max_post_bytes:
            limit = min(limit, self.max_post_bytes)
        batches = split_attachments(xml, attachments or {}, limit, instance_id)
        result: SubmitResult | None = None
        for batch in batches:
            result = self._post(xml, batch, instance_id, len(batches))
        assert result is not None
        return result

    def _post(
        self, xml: bytes, files: Mapping[str, bytes], instance_id: str, posts: int
    ) -> SubmitResult:
        fields: list[tuple[str, tuple[str, bytes, str]]] = [
            ("xml_submission_file", ("submission.xml", xml, "text/xml"))
        ]
        for name, data in files.items():
            kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
            fields.append((name, (name, data, kind)))
        body, content_type = encode_multipart_formdata(fields)
        reply = self.http.request(
            "POST",
            "submission",
            data=body,
            headers={"Content-Type": content_type},
            max_bytes=1024 * 1024,
        )
        message = openrosa_message(reply.body)
        if reply.status in (201, 202) and message is not None:
            return SubmitResult(
                instance_id=instance_id, status=reply.status, message=message, posts=posts
            )
        if reply.status == 409:
            raise FieldappError("N111", instance_id=instance_id)
        if reply.status in (400, 413, 422):
            raise FieldappError(
                "N110", instance_id=instance_id, detail=message or f"HTTP {reply.status}"
            )
        if 200 <= reply.status < 300:  # e.g. a captive portal's 200 page: not a receipt
            raise FieldappError(
                "N117", url=reply.url, status=reply.status, detail="no OpenRosaResponse receipt"
            )
        raise_for_status(reply, message or "")
        raise FieldappError("N117", url=reply.url, status=reply.status, detail=message or "")


def split_attachments(
    xml: bytes, attachments: Mapping[str, bytes], limit: int, instance_id: str
) -> list[dict[str, bytes]]:
    """Group attachments so each POST (XML + its files) stays within the accepted length."""
    budget = limit - len(xml) - MULTIPART_OVERHEAD
    batches: list[dict[str, bytes]] = [{}]
    used = 0
    for name, data in attachments.items():
        size = len(data) + len(name) + 256
        if size > budget:
            raise FieldappError(
                "N110",
                instance_id=instance_id,
                detail=f"{name} ({len(data)} bytes) exceeds the server's limit of {limit} bytes",
            )
        if used + size > budget and batches[-1]:
            batches.append({})
            used = 0
        batches[-1][name] = data
        used += size
    return batches
