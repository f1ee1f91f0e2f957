"""The batch sync API (``/api/v1``) used by fieldapp clients; contract in sync.protocol."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from sync.protocol import (
    API_PREFIX,
    INSTANCE_ID_PATTERN,
    MAX_ATTACHMENT_BYTES,
    MAX_PAYLOAD_BYTES,
    MAX_PULL_LIMIT,
    NAME_PATTERN,
    ChangesResponse,
    ErrorBody,
    FormList,
    ItemStatus,
    LoginRequest,
    ProjectKeys,
    PushRequest,
    PushResponse,
    Receipt,
    ReviewIn,
    ReviewOut,
    ReviewState,
    ServerInfo,
    SubmissionList,
    SubmissionMeta,
    TokenResponse,
    WhoAmI,
)
from sync.server.auth import (
    AuthError,
    authenticate,
    check_password_login,
    client_ip,
    require_reviewer,
    storage_of,
)
from sync.server.credentials import new_token
from sync.server.storage import Incoming, Principal, Storage, utcnow

LOGIN_TOKEN_DAYS = 30
Caller = Annotated[Principal, Depends(authenticate)]
InstanceId = Annotated[str, Query(pattern=INSTANCE_ID_PATTERN)]
_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorBody, "description": "Not authenticated"},
    404: {"model": ErrorBody, "description": "Not found or not visible to the caller"},
}

router = APIRouter(prefix=API_PREFIX, tags=["sync"], responses=_ERRORS)


class NotFound(Exception):
    """404 for objects that do not exist or that the caller may not see (no existence leak)."""


def _cursor(value: str) -> int:
    """Cursors are decimal server sequence numbers; anything else is a client error (400)."""
    if not value:
        return 0
    if not value.isdigit() or int(value) >= 2**62:
        raise HTTPException(400, "invalid cursor: pass back the cursor the server returned")
    return int(value)


def _etag(*parts: object) -> str:
    raw = "|".join(str(p) for p in parts)
    return '"' + hashlib.sha256(raw.encode()).hexdigest()[:32] + '"'


def _not_modified(request: Request, etag: str) -> Response | None:
    inm = request.headers.get("if-none-match", "")
    if etag in {t.strip() for t in inm.split(",")} or inm.strip() == "*":
        return Response(status_code=304, headers={"ETag": etag})
    return None


@router.get("/info", response_model=ServerInfo)
def info() -> ServerInfo:
    """Protocol version and size limits (no authentication needed)."""
    return ServerInfo()


@router.post("/login", response_model=TokenResponse, responses={429: {"model": ErrorBody}})
def login(body: LoginRequest, request: Request) -> TokenResponse:
    """Exchange a password for a bearer token (30 days; bound to ``device_id`` if given)."""
    storage = storage_of(request)
    principal = check_password_login(storage, body.username, body.password, client_ip(request))
    token = new_token()
    expires = utcnow() + timedelta(days=LOGIN_TOKEN_DAYS)
    token_id = storage.issue_token(
        principal.username, token, label="login", device_id=body.device_id, expires_at=expires
    )
    return TokenResponse(
        token=token,
        token_id=token_id,
        expires_at=expires,
        username=principal.username,
        role=principal.role,
        project=principal.project,
    )


@router.post("/logout", status_code=204, response_class=Response)
def logout(who: Caller, request: Request) -> Response:
    """Revoke the token used for this request."""
    if who.token_id is not None:
        storage_of(request).revoke_token(who.token_id)
    return Response(status_code=204)


@router.get("/me", response_model=WhoAmI)
def me(who: Caller) -> WhoAmI:
    return WhoAmI(
        username=who.username,
        role=who.role,
        project=who.project,
        teams=list(who.team_names),
        device_id=who.device_id,
    )


@router.get("/project/keys", response_model=ProjectKeys, responses={304: {}})
def project_keys(who: Caller, request: Request, response: Response) -> ProjectKeys | Response:
    """The project's public keys that devices encrypt submissions to."""
    keys = storage_of(request).project_keys(who.project_id)
    etag = _etag("keys", keys.key_id)
    cached = _not_modified(request, etag)
    if cached is not None:
        return cached
    response.headers["ETag"] = etag
    return keys


_PUSH_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
    }
}


@router.post("/push", response_model=PushResponse, openapi_extra=_PUSH_BODY)
async def push(who: Caller, request: Request) -> Response:
    """Store many submissions; one receipt per item, idempotent by instanceID + content hash.

    The body is parsed by pydantic-core straight from bytes (``model_validate_json``) and the
    receipts serialised the same way: FastAPI's generic path (json.loads, validation, encoder)
    cost more than the database insert for a batch of 500.
    """
    raw = await request.body()
    return await run_in_threadpool(_push, raw, who, storage_of(request))


def _push(raw: bytes, who: Principal, storage: Storage) -> Response:
    try:
        body = PushRequest.model_validate_json(raw)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    items: list[Incoming] = []
    bad: dict[int, Receipt] = {}
    for index, i in enumerate(body.items):
        try:
            payload = i.payload()
            files = {a.name: a.data() for a in i.attachments}
        except ValueError:
            bad[index] = Receipt(
                instance_id=i.instance_id,
                status=ItemStatus.REJECTED,
                error_code="bad_base64",
                detail="payload_b64 or an attachment is not valid base64",
            )
            continue
        if len(payload) > MAX_PAYLOAD_BYTES or any(
            len(d) > MAX_ATTACHMENT_BYTES for d in files.values()
        ):
            bad[index] = Receipt(
                instance_id=i.instance_id,
                status=ItemStatus.REJECTED,
                error_code="too_large",
                detail=f"payload over {MAX_PAYLOAD_BYTES} or attachment over "
                f"{MAX_ATTACHMENT_BYTES} bytes",
            )
            continue
        items.append(
            Incoming(
                instance_id=i.instance_id,
                form_id=i.form_id,
                form_version=i.form_version,
                device_id=i.device_id,
                payload=payload,
                format="envelope",
                attachments=files,
                client_seq=i.client_seq,
                deprecated_id=i.deprecated_id,
                created_at=i.created_at,
                finalized_at=i.finalized_at,
                claimed_hash=i.content_hash,
                owner=i.owner,
            )
        )
    stored = iter(storage.push(who, items) if items else [])
    receipts = [bad[n] if n in bad else next(stored) for n in range(len(body.items))]
    results = PushResponse(results=receipts)
    return Response(results.model_dump_json(), media_type="application/json")


@router.get(
    "/changes", response_model=ChangesResponse, responses={304: {}, 400: {"model": ErrorBody}}
)
def changes(
    who: Caller,
    request: Request,
    response: Response,
    since: Annotated[str, Query(max_length=20, pattern=r"^[0-9]*$")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500,
    kinds: Annotated[str, Query(max_length=40, pattern=r"^((form|review|submission),?)*$")] = "",
) -> ChangesResponse | Response:
    """Changes after ``since`` visible to the caller, in server order (see sync.protocol).

    ``kinds`` (comma-separated form, review, submission; default all) leaves the others out,
    e.g. a field hub forwarding to headquarters needs forms and decisions, not the team's
    ciphertext it just sent."""
    storage = storage_of(request)
    since_seq = _cursor(since)
    wanted = tuple(sorted({k for k in kinds.split(",") if k})) or None
    etag = _etag(
        "changes",
        who.user_id,
        who.role,
        who.team_ids,
        since_seq,
        limit,
        wanted,
        storage.current_seq(),
    )
    cached = _not_modified(request, etag)
    if cached is not None:
        return cached
    response.headers["ETag"] = etag
    return storage.changes(who, since_seq, limit, kinds=wanted)


@router.get("/submissions", response_model=SubmissionList, responses={400: {"model": ErrorBody}})
def list_submissions(
    who: Caller,
    request: Request,
    since: Annotated[str, Query(max_length=20, pattern=r"^[0-9]*$")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 100,
    form_id: Annotated[str | None, Query(pattern=NAME_PATTERN)] = None,
    state: ReviewState | None = None,
) -> SubmissionList:
    """Metadata of submissions visible to the caller (no payloads), by server sequence."""
    return storage_of(request).list_submissions(
        who, since=_cursor(since), limit=limit, form_id=form_id, state=state
    )


@router.get("/submissions/{instance_id}", response_model=SubmissionMeta)
def get_submission(instance_id: str, who: Caller, request: Request) -> SubmissionMeta:
    found = storage_of(request).get_submission(who, instance_id)
    if found is None:
        raise NotFound
    return found


@router.get(
    "/submissions/{instance_id}/attachments/{name}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def get_attachment(instance_id: str, name: str, who: Caller, request: Request) -> Response:
    data = storage_of(request).get_attachment(who, instance_id, name)
    if data is None:
        raise NotFound
    return Response(
        data,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"},
    )


@router.post(
    "/submissions/{instance_id}/reviews",
    response_model=ReviewOut,
    status_code=201,
    responses={403: {"model": ErrorBody}},
)
def add_review(instance_id: str, body: ReviewIn, who: Caller, request: Request) -> ReviewOut:
    """Approve, return to the enumerator (with comments), mark as having issues, or reject."""
    require_reviewer(who)
    try:
        review = storage_of(request).add_review(
            who, instance_id, body.decision, body.comment, body.question_comments
        )
    except PermissionError as exc:
        raise AuthError(403, str(exc)) from None
    if review is None:
        raise NotFound
    return review


@router.get("/submissions/{instance_id}/reviews", response_model=list[ReviewOut])
def list_reviews(instance_id: str, who: Caller, request: Request) -> list[ReviewOut]:
    reviews = storage_of(request).list_reviews(who, instance_id)
    if reviews is None:
        raise NotFound
    return reviews


@router.get("/forms", response_model=FormList, responses={304: {}})
def list_forms(
    who: Caller, request: Request, response: Response, all_versions: bool = False
) -> FormList | Response:
    """Published forms of the caller's project (latest version of each unless all_versions)."""
    storage = storage_of(request)
    forms = storage.list_forms(who.project_id, latest_only=not all_versions)
    etag = _etag("forms", who.project_id, all_versions, *(f.seq for f in forms))
    cached = _not_modified(request, etag)
    if cached is not None:
        return cached
    response.headers["ETag"] = etag
    return FormList(forms=forms)


@router.get(
    "/forms/{form_id}/versions/{version}/xform",
    response_class=Response,
    responses={200: {"content": {"application/xml": {}}}},
)
def get_xform(form_id: str, version: str, who: Caller, request: Request) -> Response:
    stored = storage_of(request).get_form(who.project_id, form_id, version)
    if stored is None:
        raise NotFound
    etag = '"' + stored.info.sha256[:32] + '"'
    return _not_modified(request, etag) or Response(
        stored.xform, media_type="application/xml", headers={"ETag": etag}
    )


@router.get(
    "/forms/{form_id}/versions/{version}/media/{name}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def get_form_media(
    form_id: str, version: str, name: str, who: Caller, request: Request
) -> Response:
    data = storage_of(request).get_form_media(who.project_id, form_id, version, name)
    if data is None:
        raise NotFound
    return Response(data, media_type="application/octet-stream")
