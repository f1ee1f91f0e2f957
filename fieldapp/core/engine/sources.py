"""Reading form files safely: XLSForm (via pyxform) and XForm XML, plus their media folder.

Everything a form file can do to the machine that opens it is stopped here, before the engine
sees it: zip bombs in .xlsx files (checked from the zip directory before anything is
decompressed), oversized files, DTDs / entity expansion / external references in XML (refused by
defusedxml), absurd nesting or element counts, and media references that point outside the
form's media folder. Each refusal is a :class:`~fieldapp.errors.FieldappError` with an ``F`` code
whose location names the file (and the sheet/row or element when known).

The engine calls :func:`read_form` (files) or :func:`parse_xform_bytes` (XForms downloaded from a
server) and resolves ``jr://`` media through :func:`resolve_media`.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml import ElementTree as SafeET

from fieldapp.errors import FieldappError

XFORMS_NS = "http://www.w3.org/2002/xforms"
XHTML_NS = "http://www.w3.org/1999/xhtml"

_XLSX_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls"})
TEXT_XLSFORM_SUFFIXES = frozenset({".csv", ".md"})
XFORM_SUFFIXES = frozenset({".xml", ".xhtml"})


@dataclass(frozen=True)
class SourceLimits:
    """Caps on what a form file may cost to open. Defaults leave ~10x headroom over the
    largest real forms we know (WHO VA: 1.6 MB / 16k elements; Nigeria wards with an internal
    secondary instance: 3 MB / 62k elements, depth 7)."""

    max_xml_bytes: int = 64 * 1024 * 1024
    max_elements: int = 500_000
    max_depth: int = 200
    max_spreadsheet_bytes: int = 50 * 1024 * 1024  # the .xlsx / .xls file itself
    max_text_xlsform_bytes: int = 20 * 1024 * 1024  # .csv / .md XLSForms
    max_unzipped_bytes: int = 200 * 1024 * 1024  # sum of declared member sizes
    max_member_ratio: float = 200.0  # uncompressed / compressed, per member
    ratio_floor_bytes: int = 1024 * 1024  # members smaller than this may be very compressible
    max_zip_members: int = 10_000
    # Documents with more '<' than this are parsed incrementally so depth and element caps
    # stop the parser early instead of after building a pathological tree.
    stream_threshold_tags: int = 250_000


DEFAULT_LIMITS = SourceLimits()


@dataclass(frozen=True)
class FormSource:
    """A form file read and parsed, ready for the engine."""

    name: str  # file name for messages
    xml: bytes  # the XForm XML (converted if the input was an XLSForm)
    root: Element  # parsed with defusedxml (no DTD, no entities, no external refs)
    media_dir: Path | None
    warnings: tuple[str, ...] = ()  # pyxform warnings, etc.
    itemsets_csv: str | None = None  # pyxform's itemsets.csv text for external choices


# --- XML ------------------------------------------------------------------------------------


def parse_xml_safely(
    data: bytes, name: str, *, limits: SourceLimits = DEFAULT_LIMITS, what: str = "form"
) -> Element:
    """Parse untrusted XML: no DTD, entities or external references, capped size/depth/count.

    ``what`` words the size message ("form", "external instance").
    """
    if len(data) > limits.max_xml_bytes:
        raise FieldappError(
            "F111", location=name, limit=f"{limits.max_xml_bytes:,}", what=f"bytes for a {what}"
        )
    try:
        if data.count(b"<") > limits.stream_threshold_tags:
            return _parse_streaming(data, name, limits)
        root: Element = SafeET.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except defusedxml.DTDForbidden as exc:
        raise FieldappError("F104", location=name, construct="a DTD (<!DOCTYPE ...>)") from exc
    except defusedxml.EntitiesForbidden as exc:
        raise FieldappError("F104", location=name, construct="entity declarations") from exc
    except defusedxml.ExternalReferenceForbidden as exc:
        raise FieldappError("F104", location=name, construct="an external reference") from exc
    except defusedxml.DefusedXmlException as exc:
        raise FieldappError("F104", location=name, construct=str(exc)) from exc
    except ParseError as exc:
        raise FieldappError("F103", location=name, detail=str(exc)) from exc
    _check_tree_shape(root, name, limits)
    return root


def _parse_streaming(data: bytes, name: str, limits: SourceLimits) -> Element:
    """Incremental parse that stops as soon as the depth or element cap is passed."""
    depth = 0
    count = 0
    root: Element | None = None
    for event, elem in SafeET.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        forbid_dtd=True,
        forbid_entities=True,
        forbid_external=True,
    ):
        if event == "start":
            if root is None:
                root = elem
            depth += 1
            count += 1
            if depth > limits.max_depth:
                raise FieldappError(
                    "F111",
                    location=f"{name}: <{_local(elem.tag)}>",
                    limit=limits.max_depth,
                    what="levels of nested elements",
                )
            if count > limits.max_elements:
                raise FieldappError(
                    "F111", location=name, limit=f"{limits.max_elements:,}", what="elements"
                )
        else:
            depth -= 1
    if root is None:  # pragma: no cover - expat raises on empty documents
        raise FieldappError("F103", location=name, detail="the document has no element")
    return root


def _check_tree_shape(root: Element, name: str, limits: SourceLimits) -> None:
    """Depth and element count of an already parsed (small enough) tree, level by level."""
    level = [root]
    depth = 0
    count = 0
    while level:
        depth += 1
        count += len(level)
        if depth > limits.max_depth:
            raise FieldappError(
                "F111",
                location=f"{name}: <{_local(level[0].tag)}>",
                limit=limits.max_depth,
                what="levels of nested elements",
            )
        if count > limits.max_elements:
            raise FieldappError(
                "F111", location=name, limit=f"{limits.max_elements:,}", what="elements"
            )
        level = [child for elem in level for child in elem]


def _has_model(head: Element) -> bool:
    return any(child.tag in (f"{{{XFORMS_NS}}}model", "model") for child in head)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def parse_xform_bytes(
    data: bytes,
    name: str,
    media_dir: Path | None = None,
    *,
    limits: SourceLimits = DEFAULT_LIMITS,
    warnings: tuple[str, ...] = (),
    itemsets_csv: str | None = None,
) -> FormSource:
    """Parse XForm XML as a server serves it; refuse anything that is not an XForm."""
    root = parse_xml_safely(data, name, limits=limits)
    if _local(root.tag) != "html":
        raise FieldappError(
            "F106",
            location=name,
            detail=f"the root element is <{_local(root.tag)}>, an XForm starts with <h:html>",
        )
    # JavaRosa also accepts forms that forget the default XForms namespace (<model> with no
    # namespace); several of its own fixtures do, so accept both spellings.
    if not any(_local(head.tag) == "head" and _has_model(head) for head in root):
        raise FieldappError(
            "F106",
            location=name,
            detail="<h:head> has no <model> (XForms namespace " + XFORMS_NS + ")",
        )
    return FormSource(
        name=name,
        xml=data,
        root=root,
        media_dir=media_dir,
        warnings=warnings,
        itemsets_csv=itemsets_csv,
    )


# --- XLSForm --------------------------------------------------------------------------------


def check_xlsx_zip(data: bytes, name: str, limits: SourceLimits = DEFAULT_LIMITS) -> None:
    """Refuse zip bombs from the zip directory alone, before any member is decompressed.

    Declared sizes can't be used to lie past these checks: Python's zipfile stops at the
    declared size and then fails the CRC check.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise FieldappError(
            "F150", location=name, detail=f"the .xlsx (zip) structure is damaged ({exc})"
        ) from exc
    if len(members) > limits.max_zip_members:
        raise FieldappError(
            "F105",
            location=name,
            path=name,
            size=f"{len(members):,} members",
            ratio="n/a",
            limit=f"{limits.max_zip_members:,} members",
        )
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size >= limits.ratio_floor_bytes:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > limits.max_member_ratio:
                raise FieldappError(
                    "F105",
                    location=f"{name}: {member.filename}",
                    path=name,
                    size=f"{member.file_size:,} bytes",
                    ratio=f"{ratio:,.0f}:1",
                    limit=f"a ratio of {limits.max_member_ratio:,.0f}:1 per member",
                )
    if total > limits.max_unzipped_bytes:
        raise FieldappError(
            "F105",
            location=name,
            path=name,
            size=f"{total:,} bytes",
            ratio=f"{total / max(len(data), 1):,.0f}:1 overall",
            limit=f"{limits.max_unzipped_bytes:,} bytes uncompressed",
        )


def sniff_spreadsheet(data: bytes, name: str) -> str:
    """The real spreadsheet type by magic bytes: ".xlsx" (zip) or ".xls" (OLE2)."""
    if data.startswith(_XLSX_MAGIC):
        return ".xlsx"
    if data.startswith(_OLE2_MAGIC):
        return ".xls"
    raise FieldappError(
        "F150",
        location=name,
        detail="it is neither an Excel .xlsx (zip) nor a legacy .xls workbook",
    )


def convert_xlsform_bytes(
    data: bytes, name: str, file_type: str, *, stem: str = "data"
) -> tuple[str, tuple[str, ...], str | None]:
    """XLSForm bytes -> (XForm XML text, pyxform warnings, itemsets CSV). Never runs Java.

    ``stem`` is the fallback form id (ODK uses the file name when settings has no form_id).
    Callers must have run the size / zip checks first (:func:`read_form` does).
    """
    from pyxform.errors import PyXFormError
    from pyxform.xls2json_backends import Definition, SupportedFileTypes
    from pyxform.xls2xform import convert

    warnings: list[str] = []
    definition = Definition(
        data=io.BytesIO(data), file_type=SupportedFileTypes(file_type), file_path_stem=stem
    )
    try:
        result = convert(definition, warnings=warnings, validate=False, enketo=False)
    except PyXFormError as exc:
        raise FieldappError("F102", location=name, detail=str(exc).strip()) from exc
    except zipfile.BadZipFile as exc:
        raise FieldappError("F150", location=name, detail=str(exc)) from exc
    except RecursionError as exc:
        raise FieldappError("F102", location=name, detail="the form nests too deeply") from exc
    except Exception as exc:  # readers (openpyxl, xlrd, csv) raise many types on bad files
        if _caused_by_defusedxml(exc):  # openpyxl parses the sheets with defusedxml
            raise FieldappError(
                "F104", location=name, construct="a DTD or entities inside the spreadsheet's XML"
            ) from exc
        raise FieldappError(
            "F102", location=name, detail=f"{type(exc).__name__}: {exc}".strip()
        ) from exc
    return result.xform, tuple(str(w) for w in warnings), result.itemsets


def _caused_by_defusedxml(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, defusedxml.DefusedXmlException):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def default_media_dir(path: Path) -> Path:
    """ODK convention: "<stem>-media" beside the form if it exists, else the form's folder."""
    candidate = path.with_name(f"{path.stem}-media")
    return candidate if candidate.is_dir() else path.parent


def read_form(
    path: str | Path,
    media_dir: str | Path | None = None,
    *,
    limits: SourceLimits = DEFAULT_LIMITS,
) -> FormSource:
    """Read an XLSForm (.xlsx/.xls/.csv/.md, converted with pyxform) or an XForm (.xml/.xhtml)."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise FieldappError("F100", location=name, path=str(path))
    suffix = path.suffix.lower()
    if not path.is_file() or suffix not in (
        SPREADSHEET_SUFFIXES | TEXT_XLSFORM_SUFFIXES | XFORM_SUFFIXES
    ):
        raise FieldappError("F101", location=name, path=str(path))
    media = Path(media_dir) if media_dir is not None else default_media_dir(path)

    if suffix in XFORM_SUFFIXES:
        cap, what = limits.max_xml_bytes, "bytes for a form"
    elif suffix in SPREADSHEET_SUFFIXES:
        cap, what = limits.max_spreadsheet_bytes, "bytes for a spreadsheet"
    else:
        cap, what = limits.max_text_xlsform_bytes, f"bytes for a {suffix} XLSForm"
    data = _read_capped(path, name, cap, what)

    if suffix in XFORM_SUFFIXES:
        return parse_xform_bytes(data, name, media, limits=limits)

    if suffix in SPREADSHEET_SUFFIXES:
        file_type = sniff_spreadsheet(data, name)
        if file_type == ".xlsx":
            check_xlsx_zip(data, name, limits)
            if suffix == ".xlsm":
                file_type = ".xlsm"
    else:
        file_type = suffix
    xform, warnings, itemsets = convert_xlsform_bytes(data, name, file_type, stem=path.stem)
    xml_bytes = xform.encode("utf-8")
    return parse_xform_bytes(
        xml_bytes, name, media, limits=limits, warnings=warnings, itemsets_csv=itemsets
    )


def _read_capped(path: Path, name: str, cap: int, what: str) -> bytes:
    """Read at most ``cap`` bytes; a bigger file is refused without reading it all."""
    try:
        with path.open("rb") as handle:
            data = handle.read(cap + 1)
    except OSError as exc:
        raise FieldappError(
            "F151", location=name, path=str(path), detail=exc.strerror or exc
        ) from exc
    if len(data) > cap:
        raise FieldappError("F111", location=name, limit=f"{cap:,}", what=what)
    return data


# --- media ----------------------------------------------------------------------------------

MEDIA_SCHEMES = (
    "jr://file-csv/",
    "jr://file/",
    "jr://images/",
    "jr://image/",
    "jr://audio/",
    "jr://video/",
)
_WINDOWS_RESERVED = re.compile(
    r"^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE
)
_BAD_CHARS = re.compile(r'[\x00-\x1f<>:"|?*]')


def media_relative_name(src: str) -> str:
    """The file name part of a media reference (``jr://images/a.png`` -> ``a.png``)."""
    for scheme in MEDIA_SCHEMES:
        if src.startswith(scheme):
            return src[len(scheme) :]
    return src


def _refuse_unsafe(src: str, rel: str) -> None:
    if not rel or rel.startswith(("/", "\\")) or "://" in rel:
        raise FieldappError("F110", location=src, name=src)
    if _BAD_CHARS.search(rel):  # drive letters (C:), streams (a:b), control characters
        raise FieldappError("F110", location=src, name=src)
    for part in rel.replace("\\", "/").split("/"):
        if part in ("", ".", ".."):
            raise FieldappError("F110", location=src, name=src)
        if part != part.rstrip(" ."):  # Windows silently strips these: "a.csv." == "a.csv"
            raise FieldappError("F110", location=src, name=src)
        if _WINDOWS_RESERVED.match(part.split(".")[0].rstrip()):
            raise FieldappError("F110", location=src, name=src)


def resolve_media(src: str, media_dir: Path | None) -> Path:
    """Map ``jr://file/x`` (and file-csv, images, audio, video) to a file inside ``media_dir``.

    Refuses (F110) ``..``, absolute paths, drive letters, reserved Windows names and symlinks
    that leave the folder; a missing file is F108.
    """
    rel = media_relative_name(src.strip())
    _refuse_unsafe(src, rel)
    if media_dir is None:
        raise FieldappError("F108", location=src, name=rel, media="(no media folder was given)")
    base = Path(media_dir)
    candidate = base.joinpath(*rel.replace("\\", "/").split("/"))
    try:
        real = candidate.resolve()
        real_base = base.resolve()
    except (OSError, RuntimeError) as exc:  # symlink loops
        raise FieldappError("F110", location=src, name=src) from exc
    if not real.is_relative_to(real_base):
        raise FieldappError("F110", location=src, name=src)
    if not real.is_file():
        raise FieldappError("F108", location=src, name=rel, media=str(base))
    return real
