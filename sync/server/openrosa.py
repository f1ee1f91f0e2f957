"""OpenRosa endpoints so ODK Collect, Enketo and other OpenRosa clients can use the server.

Mounted three times: at the root (``/formList``, ``/submission``; the caller's project), under
``/v1/projects/{project_id}`` (ODK Central layout) and under
``/v1/key/{token}/projects/{project_id}`` (Central app-user token URLs).

Submissions are stored as received (plain XML, or the ODK encrypted manifest plus ``.enc``
files), idempotent like Central: the same instanceID with the same XML again is 201, different
XML is 409, an edit carries a new instanceID and ``meta/deprecatedID``. Attachment sets split over
several POSTs that repeat the same XML are merged.
"""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from defusedxml import ElementTree as SafeET
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from sync.protocol import (
    FILE_NAME_PATTERN,
    INSTANCE_ID_PATTERN,
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    MAX_BODY_BYTES,
    MAX_PAYLOAD_BYTES,
    NAME_PATTERN,
    ItemStatus,
)
from sync.server.auth import authenticate, storage_of
from sync.server.storage import Incoming, Principal

XML = "text/xml; charset=utf-8"
_DEVICE_CHARS = re.compile(r"[^A-Za-z0-9._-]")
PREFIXES = ("", "/v1/projects/{project_id}", "/v1/key/{token}/projects/{project_id}")


class OpenRosaNotFound(Exception):
    """404 for a project or form the caller cannot see."""


def _principal(request: Request, who: Annotated[Principal, Depends(authenticate)]) -> Principal:
    project = request.path_params.get("project_id")
    if project is not None and str(project) != str(who.project_id):
        raise OpenRosaNotFound
    return who


OrCaller = Annotated[Principal, Depends(_principal)]


def _base(request: Request) -> str:
    params = request.path_params
    root = str(request.base_url).rstrip("/")
    if "token" in params:
        return (
            f"{root}/v1/key/{quote(str(params['token']), safe='')}/projects/{params['project_id']}"
        )
    if "project_id" in params:
        return f"{root}/v1/projects/{params['project_id']}"
    return root


def openrosa_message(text: str, status: int, nature: str = "") -> Response:
    attr = f' nature="{escape(nature)}"' if nature else ""
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<OpenRosaResponse xmlns="http://openrosa.org/http/response">'
        f"<message{attr}>{escape(text)}</message></OpenRosaResponse>"
    )
    return Response(body, status_code=status, media_type=XML)


def _form_url(base: str, form_id: str, version: str) -> str:
    return f"{base}/forms/{quote(form_id, safe='')}/{quote(version, safe='')}"


def form_list(
    request: Request,
    who: OrCaller,
    formID: str | None = None,
) -> Response:
    """OpenRosa formList: the latest version of each published form."""
    forms = storage_of(request).list_forms(who.project_id, latest_only=True)
    base = _base(request)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<xforms xmlns="http://openrosa.org/xforms/xformsList">'
    ]
    for f in forms:
        if formID and f.form_id != formID:
            continue
        url = _form_url(base, f.form_id, f.version)
        parts.append(
            f"<xform><formID>{escape(f.form_id)}</formID><name>{escape(f.title)}</name>"
            f"<version>{escape(f.version)}</version><hash>{f.md5}</hash>"
            f"<downloadUrl>{escape(url)}/form.xml</downloadUrl>"
            + (f"<manifestUrl>{escape(url)}/manifest</manifestUrl>" if f.media else "")
            + "</xform>"
        )
    parts.append("</xforms>")
    return Response("".join(parts), media_type=XML)


def form_xml(request: Request, form_id: str, version: str, who: OrCaller) -> Response:
    stored = storage_of(request).get_form(who.project_id, form_id, version)
    if stored is None:
        raise OpenRosaNotFound
    return Response(stored.xform, media_type=XML)


def manifest(request: Request, form_id: str, version: str, who: OrCaller) -> Response:
    stored = storage_of(request).get_form(who.project_id, form_id, version)
    if stored is None:
        raise OpenRosaNotFound
    url = _form_url(_base(request), form_id, version)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="http://openrosa.org/xforms/xformsManifest">'
    ]
    for m in stored.info.media:
        parts.append(
            f"<mediaFile><filename>{escape(m.name)}</filename><hash>{m.md5}</hash>"
            f"<downloadUrl>{escape(url)}/media/{quote(m.name, safe='')}</downloadUrl></mediaFile>"
        )
    parts.append("</manifest>")
    return Response("".join(parts), media_type=XML)


def media_file(request: Request, form_id: str, version: str, name: str, who: OrCaller) -> Response:
    data = storage_of(request).get_form_media(who.project_id, form_id, version, name)
    if data is None:
        raise OpenRosaNotFound
    return Response(data, media_type="application/octet-stream")


def submission_head(who: OrCaller) -> Response:
    """Pre-flight: 204 with the largest body we accept."""
    return Response(
        status_code=204, headers={"X-OpenRosa-Accept-Content-Length": str(MAX_BODY_BYTES)}
    )


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_submission_xml(xml: bytes) -> dict[str, str | None]:
    """Form id, version, instanceID, deprecatedID and deviceID of a submission (or manifest)."""
    root = SafeET.fromstring(xml)
    found: dict[str, str | None] = {
        "form_id": root.attrib.get("id"),
        "version": root.attrib.get("version", ""),
        "instanceID": None,
        "deprecatedID": None,
        "deviceID": None,
    }
    for el in root.iter():
        if _local(el.tag) != "meta":
            continue
        for child in el:
            name = _local(child.tag)
            if name in {"instanceID", "deprecatedID", "deviceID"} and child.text:
                found[name] = child.text.strip()
        break
    return found


async def submission_post(request: Request, who: OrCaller) -> Response:
    """Multipart submission: ``xml_submission_file`` plus one part per attachment."""
    try:
        async with request.form(
            max_files=MAX_ATTACHMENTS + 1, max_fields=20, max_part_size=MAX_PAYLOAD_BYTES
        ) as form:
            xml: bytes | None = None
            files: dict[str, bytes] = {}
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    data = await value.read(MAX_ATTACHMENT_BYTES + 1)
                    name = value.filename or key
                else:
                    data = value.encode("utf-8")
                    name = key
                if key == "xml_submission_file":
                    xml = data
                    continue
                if len(data) > MAX_ATTACHMENT_BYTES:
                    return openrosa_message(f"attachment {name} is too large", 413)
                name = name.replace("\\", "/").rsplit("/", 1)[-1]
                if not re.match(FILE_NAME_PATTERN, name) or ".." in name:
                    return openrosa_message(f"attachment name {name!r} is not allowed", 400)
                files[name] = data
    except (ValueError, KeyError) as exc:
        return openrosa_message(f"malformed multipart body: {exc}", 400)
    if xml is None:
        return openrosa_message("the part xml_submission_file is missing", 400)
    if len(xml) > MAX_PAYLOAD_BYTES:
        return openrosa_message("xml_submission_file is too large", 413)
    try:
        meta = parse_submission_xml(xml)
    except Exception:  # defusedxml: ParseError, DTDForbidden, EntitiesForbidden, ...
        return openrosa_message("xml_submission_file is not safe, well-formed XML", 400)
    instance_id = meta["instanceID"] or ""
    form_id = meta["form_id"] or ""
    if not re.match(INSTANCE_ID_PATTERN, instance_id):
        return openrosa_message("the submission has no valid meta/instanceID", 400)
    if not re.match(NAME_PATTERN, form_id):
        return openrosa_message("the submission's root element has no valid form id", 400)
    deprecated = meta["deprecatedID"]
    if deprecated and not re.match(INSTANCE_ID_PATTERN, deprecated):
        deprecated = None
    device = _DEVICE_CHARS.sub("_", meta["deviceID"] or "")[:64].lstrip("._-") or "openrosa"
    if who.device_id:
        device = who.device_id
    item = Incoming(
        instance_id=instance_id,
        form_id=form_id,
        form_version=(meta["version"] or "")[:64],
        device_id=device,
        payload=xml,
        format="openrosa",
        attachments=files,
        deprecated_id=deprecated,
    )
    receipt = (await run_in_threadpool(storage_of(request).push, who, [item]))[0]
    if receipt.status is ItemStatus.CREATED:
        return openrosa_message("Form received successfully.", 201, "submit_success")
    if receipt.status is ItemStatus.DUPLICATE:
        return openrosa_message("This submission was already received.", 201, "submit_success")
    if receipt.status is ItemStatus.CONFLICT:
        return openrosa_message(
            "A submission with this instanceID and different content already exists.", 409
        )
    return openrosa_message(receipt.detail or "submission refused", 400)


def _project_param(project_id: int) -> None:
    """Declares the path parameter for the OpenAPI spec; _principal checks it."""


def _token_param(token: str) -> None:
    """Declares the path parameter for the OpenAPI spec; authenticate() resolves it."""


def build_router(prefix: str) -> APIRouter:
    declared = []
    if "{project_id}" in prefix:
        declared.append(Depends(_project_param))
    if "{token}" in prefix:
        declared.append(Depends(_token_param))
    router = APIRouter(prefix=prefix, tags=["openrosa"], dependencies=declared)
    xml_ok: dict[int | str, dict[str, Any]] = {200: {"content": {"text/xml": {}}}}
    router.add_api_route(
        "/formList", form_list, methods=["GET"], response_class=Response, responses=xml_ok
    )
    router.add_api_route(
        "/forms/{form_id}/{version}/form.xml",
        form_xml,
        methods=["GET"],
        response_class=Response,
        responses=xml_ok,
    )
    router.add_api_route(
        "/forms/{form_id}/{version}/manifest",
        manifest,
        methods=["GET"],
        response_class=Response,
        responses=xml_ok,
    )
    router.add_api_route(
        "/forms/{form_id}/{version}/media/{name}",
        media_file,
        methods=["GET"],
        response_class=Response,
        responses={200: {"content": {"application/octet-stream": {}}}},
    )
    router.add_api_route(
        "/submission", submission_head, methods=["HEAD"], response_class=Response, status_code=204
    )
    router.add_api_route(
        "/submission",
        submission_post,
        methods=["POST"],
        response_class=Response,
        status_code=201,
        responses={201: {"content": {"text/xml": {}}}, 409: {"content": {"text/xml": {}}}},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "required": ["xml_submission_file"],
                            "properties": {
                                "xml_submission_file": {"type": "string", "format": "binary"}
                            },
                        }
                    }
                },
            }
        },
    )
    return router
