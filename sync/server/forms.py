"""Turning a form file (XLSForm or XForm) plus a media folder into a publishable form version.

XLSForms go through pyxform (via ``fieldapp.core.engine.sources.read_form`` when that module is
present, which adds zip-bomb and XXE checks; otherwise straight through pyxform). The project's
RSA key is inserted into ``<submission base64RsaPublicKey=...>`` by editing the XML text, not by
re-serialising a parsed tree: ElementTree would rename namespace prefixes (``jr:``, ``odk:``)
that XPath expressions inside attribute values still refer to.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import ElementTree as SafeET

from fieldapp.errors import FieldappError
from sync.protocol import FILE_NAME_PATTERN, MAX_ATTACHMENT_BYTES, NAME_PATTERN

XFORMS_NS = "http://www.w3.org/2002/xforms"
XHTML_NS = "http://www.w3.org/1999/xhtml"
MAX_FORM_BYTES = 20 * 1024 * 1024
MAX_MEDIA_FILES = 500
XLSFORM_SUFFIXES = {".xlsx", ".xls", ".csv", ".md"}
XML_SUFFIXES = {".xml", ".xhtml"}


@dataclass(frozen=True)
class PreparedForm:
    form_id: str
    version: str
    title: str
    xform: bytes
    media: dict[str, bytes]
    encrypted: bool


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def read_xform(path: Path) -> bytes:
    if not path.is_file():
        raise FieldappError("V107", path=path, detail="file not found")
    suffix = path.suffix.lower()
    if suffix not in XLSFORM_SUFFIXES | XML_SUFFIXES:
        raise FieldappError("V107", path=path, detail="use .xlsx, .xls, .csv, .md or .xml")
    try:  # the app's safe reader (zip-bomb, XXE and size checks), when importable
        from fieldapp.core.engine.sources import read_form
    except ImportError:
        pass
    else:
        try:
            return bytes(read_form(path).xml)
        except FieldappError as exc:
            raise FieldappError("V107", path=path, detail=exc.render()) from exc
    if suffix in XML_SUFFIXES:
        if path.stat().st_size > MAX_FORM_BYTES:
            raise FieldappError("V107", path=path, detail="the XML file is too large")
        return path.read_bytes()
    from pyxform.xls2xform import convert

    try:
        return str(convert(xlsform=str(path), validate=False).xform).encode("utf-8")
    except Exception as exc:  # pyxform raises many types; its message names sheet and row
        raise FieldappError("V107", path=path, detail=str(exc)) from exc


def form_identity(xform: bytes, name: str) -> tuple[str, str, str]:
    """(form id, version, title) from the XForm's primary instance and <h:title>."""
    try:
        root = SafeET.fromstring(xform)
    except Exception as exc:  # defusedxml raises ParseError and its own Forbidden* types
        raise FieldappError("V107", path=name, detail=f"not safe, well-formed XML: {exc}") from exc
    model = next((e for e in root.iter() if _local(e.tag) == "model"), None)
    if model is None:
        raise FieldappError("V107", path=name, detail="no XForms <model>")
    instance = next(
        (e for e in model if _local(e.tag) == "instance" and "id" not in e.attrib), None
    )
    if instance is None or len(instance) == 0:
        raise FieldappError("V107", path=name, detail="no primary <instance>")
    data = instance[0]
    form_id = data.attrib.get("id", "")
    if not re.match(NAME_PATTERN, form_id):
        raise FieldappError("V111", what="Form id", name=form_id)
    version = data.attrib.get("version", "")
    if not version:
        version = "h" + hashlib.md5(xform, usedforsecurity=False).hexdigest()[:10]
    if not re.match(NAME_PATTERN, version):
        raise FieldappError("V111", what="Form version", name=version)
    title_el = next((e for e in root.iter() if _local(e.tag) == "title"), None)
    title = (title_el.text or "").strip() if title_el is not None else ""
    return form_id, version, title or form_id


_MODEL_CLOSE = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?model\s*>")
_SUBMISSION_OPEN = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?submission)\b([^>]*?)(/?)>")


def insert_public_key(xform: bytes, rsa_public_b64: str, name: str) -> bytes:
    """Set base64RsaPublicKey on the model's <submission>, adding the element if needed."""
    attr = b'base64RsaPublicKey="' + rsa_public_b64.encode("ascii") + b'"'
    match = _SUBMISSION_OPEN.search(xform)
    if match:
        attrs = re.sub(rb'\s+base64RsaPublicKey\s*=\s*"[^"]*"', b"", match.group(2))
        new = b"<" + match.group(1) + attrs + b" " + attr + match.group(3) + b">"
        out = xform[: match.start()] + new + xform[match.end() :]
    else:
        close = _MODEL_CLOSE.search(xform)
        if close is None:
            raise FieldappError("V107", path=name, detail="no </model> to add <submission> to")
        prefix = close.group(0)[2:].split(b":")[0] + b":" if b":" in close.group(0) else b""
        element = b"<" + prefix + b"submission " + attr + b"/>"
        out = xform[: close.start()] + element + xform[close.start() :]
    root = SafeET.fromstring(out)
    subs = [e for e in root.iter() if _local(e.tag) == "submission"]
    if not subs or subs[0].attrib.get("base64RsaPublicKey") != rsa_public_b64:
        raise FieldappError("V107", path=name, detail="could not insert the public key")
    return out


def read_media(media_dir: Path | None) -> dict[str, bytes]:
    if media_dir is None:
        return {}
    if not media_dir.is_dir():
        raise FieldappError("V107", path=media_dir, detail="the media folder does not exist")
    files: dict[str, bytes] = {}
    for entry in sorted(media_dir.iterdir()):
        if not entry.is_file() or entry.is_symlink() or entry.name.startswith("."):
            continue
        if not re.match(FILE_NAME_PATTERN, entry.name):
            raise FieldappError("V111", what="Media file name", name=entry.name)
        if entry.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise FieldappError("V107", path=entry, detail="media file too large")
        files[entry.name] = entry.read_bytes()
        if len(files) > MAX_MEDIA_FILES:
            raise FieldappError("V107", path=media_dir, detail="too many media files")
    return files


def prepare_form(
    path: Path, media_dir: Path | None, rsa_public_b64: str | None = None
) -> PreparedForm:
    xform = read_xform(path)
    if rsa_public_b64:
        xform = insert_public_key(xform, rsa_public_b64, str(path))
    form_id, version, title = form_identity(xform, str(path))
    encrypted = b"base64RsaPublicKey" in xform
    return PreparedForm(form_id, version, title, xform, read_media(media_dir), encrypted)
