"""Malicious and broken form inputs: each is refused with its F code, names the file, and is quick.

Every input is generated here in tmp_path (no fixtures on disk), so the table shows exactly what
each attack looks like.
"""

from __future__ import annotations

import io
import os
import socket
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldapp.core.engine.external_instances import load_external_instance
from fieldapp.core.engine.sources import (
    SourceLimits,
    parse_xform_bytes,
    read_form,
    resolve_media,
)
from fieldapp.errors import FieldappError

pytestmark = pytest.mark.timeout(60)

QUICK_SECONDS = 10.0  # "no hang": generous for a loaded 2-core CI box, far below any real hang

XFORM_HEAD = (
    '<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">'
    '<h:head><h:title>t</h:title><model><instance><data id="t"><q/></data></instance>'
    '<bind nodeset="/data/q" type="string"/></model></h:head>'
    '<h:body><input ref="/data/q"><label>&ent;</label></input></h:body></h:html>'
)


def _xform_with_doctype(doctype: str) -> bytes:
    return (doctype + XFORM_HEAD).encode()


BILLION_LAUGHS = _xform_with_doctype(
    '<?xml version="1.0"?><!DOCTYPE h:html ['
    '<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + '<!ENTITY ent "&lol9;">]>'
)
XXE_FILE = _xform_with_doctype('<!DOCTYPE h:html [<!ENTITY ent SYSTEM "file:///etc/passwd">]>')


@dataclass
class Listener:
    """A loopback socket that records whether anything connected (XXE network probes)."""

    port: int
    sock: socket.socket

    def was_contacted(self) -> bool:
        self.sock.setblocking(False)
        try:
            conn, _ = self.sock.accept()
        except BlockingIOError:
            return False
        conn.close()
        return True


@pytest.fixture
def listener() -> Iterator[Listener]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    try:
        yield Listener(sock.getsockname()[1], sock)
    finally:
        sock.close()


def _write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _zip_bytes(members: dict[str, bytes], level: int = 9) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


def _corpus_xlsx(corpus: Path) -> Path:
    return (
        corpus
        / "odk-web-forms/fixtures/preview-service/xlsforms/socio-economic-survey-v20240515.xlsx"
    )


@dataclass(frozen=True)
class Case:
    id: str
    code: str
    make: Callable[[Path, Path, int], Callable[[], object]]  # (tmp, corpus, port) -> action
    names: str  # text the message must contain (the file or reference)
    seconds: float = QUICK_SECONDS  # "no hang" bound; larger where the cap itself takes work


def _read(name: str, data: bytes, limits: SourceLimits | None = None) -> Callable[..., object]:
    def make(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
        path = _write(tmp, name, data)
        if limits is None:
            return lambda: read_form(path)
        return lambda: read_form(path, limits=limits)

    return make


def _xxe_network(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    doctype = f'<!DOCTYPE h:html [<!ENTITY ent SYSTEM "http://127.0.0.1:{port}/leak">]>'
    path = _write(tmp, "xxe-net.xml", _xform_with_doctype(doctype))
    return lambda: read_form(path)


def _external_dtd(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    doctype = f'<!DOCTYPE h:html SYSTEM "http://127.0.0.1:{port}/evil.dtd">'
    path = _write(tmp, "ext-dtd.xml", _xform_with_doctype(doctype).replace(b"&ent;", b"x"))
    return lambda: read_form(path)


def _parameter_entity(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    doctype = (
        f'<!DOCTYPE h:html [<!ENTITY % p SYSTEM "http://127.0.0.1:{port}/p.dtd"> %p;'
        '<!ENTITY ent "x">]>'
    )
    path = _write(tmp, "param-entity.xml", _xform_with_doctype(doctype))
    return lambda: read_form(path)


def _zip_bomb_ratio(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    # 64 MB of zeros deflates to ~64 KB: ratio ~1000:1 in a "worksheet".
    data = _zip_bytes(
        {"[Content_Types].xml": b"<Types/>", "xl/worksheets/sheet1.xml": bytes(64 << 20)}
    )
    path = _write(tmp, "bomb.xlsx", data)
    return lambda: read_form(path)


def _zip_bomb_total(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    # Many members, each plausible on its own, adding up past the total cap.
    chunk = os.urandom(256 << 10)
    members = {f"xl/worksheets/sheet{i}.xml": chunk for i in range(12)}
    path = _write(tmp, "wide.xlsx", _zip_bytes(members, level=1))
    limits = SourceLimits(max_unzipped_bytes=2 << 20)
    return lambda: read_form(path, limits=limits)


def _zip_many_members(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    members = {f"m/{i}.xml": b"" for i in range(10_001)}
    path = _write(tmp, "many.xlsx", _zip_bytes(members, level=1))
    return lambda: read_form(path)


def _xxe_inside_xlsx(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    """A real workbook whose sheet XML carries an XXE DOCTYPE (openpyxl + defusedxml refuse)."""
    import xlsxwriter

    plain = tmp / "plain.xlsx"
    workbook = xlsxwriter.Workbook(str(plain))
    sheet = workbook.add_worksheet("survey")
    for col, value in enumerate(["type", "name", "label"]):
        sheet.write_string(0, col, value)
    for col, value in enumerate(["text", "q", "Q"]):
        sheet.write_string(1, col, value)
    workbook.close()
    members = {}
    with zipfile.ZipFile(plain) as archive:
        for member in archive.namelist():
            data = archive.read(member)
            if member == "xl/worksheets/sheet1.xml":
                decl_end = data.index(b"?>") + 2
                doctype = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                data = data[:decl_end] + doctype + data[decl_end:]
            members[member] = data
    path = _write(tmp, "xxe-sheet.xlsx", _zip_bytes(members))
    return lambda: read_form(path)


def _renamed_non_zip(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    path = _write(tmp, "notes.xlsx", b"type,name,label\ntext,q,Question\n")
    return lambda: read_form(path)


def _truncated_xlsx(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    data = _corpus_xlsx(corpus).read_bytes()
    path = _write(tmp, "truncated.xlsx", data[: len(data) // 2])
    return lambda: read_form(path)


def _xlsx_garbage_members(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    # A valid zip whose members are not a workbook: openpyxl fails inside pyxform.
    path = _write(tmp, "hollow.xlsx", _zip_bytes({"hello.txt": b"hi"}))
    return lambda: read_form(path)


def _oversized_xls(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    path = _write(tmp, "legacy.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2 << 20))
    limits = SourceLimits(max_spreadsheet_bytes=1 << 20)
    return lambda: read_form(path, limits=limits)


def _damaged_xls(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    path = _write(tmp, "legacy.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096))
    return lambda: read_form(path)


def _deep_nesting_fast(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    depth = 20_000
    body = b"<g>" * depth + b"</g>" * depth
    path = _write(
        tmp,
        "deep.xml",
        XFORM_HEAD.replace("&ent;", "x").encode().replace(b"<q/>", b"<q>" + body + b"</q>"),
    )
    return lambda: read_form(path)


def _deep_nesting_streamed(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    # More tags than the fast-path threshold: the streaming parser stops at the depth cap.
    depth = 2_000_000
    path = _write(tmp, "deeper.xml", b"<a>" * depth + b"</a>" * depth)
    return lambda: read_form(path)


def _many_elements(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    items = b"<i/>" * 600_000
    path = _write(tmp, "wide.xml", b"<h:html xmlns:h='x'>" + items + b"</h:html>")
    return lambda: read_form(path)


def _many_elements_small_cap(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
    items = b"<i/>" * 5_000
    path = _write(
        tmp,
        "wide-small.xml",
        XFORM_HEAD.replace("&ent;", "x").encode().replace(b"<q/>", b"<q>" + items + b"</q>"),
    )
    limits = SourceLimits(max_elements=1_000)
    return lambda: read_form(path, limits=limits)


def _media(
    src: str, setup: Callable[[Path], None] | None = None
) -> Callable[..., Callable[[], object]]:
    def make(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
        media = tmp / "form-media"
        media.mkdir()
        (media / "ok.csv").write_text("name,label\na,A\n")
        if setup is not None:
            setup(tmp)
        return lambda: resolve_media(src, media)

    return make


def _escaping_symlink(tmp: Path) -> None:
    secret = tmp / "secret.csv"
    secret.write_text("name\nsecret\n")
    (tmp / "form-media" / "link.csv").symlink_to(secret)


def _escaping_dir_symlink(tmp: Path) -> None:
    (tmp / "outside").mkdir()
    (tmp / "outside" / "x.csv").write_text("name\nx\n")
    (tmp / "form-media" / "sub").symlink_to(tmp / "outside", target_is_directory=True)


def _instance(src: str) -> Callable[..., Callable[[], object]]:
    def make(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
        media = tmp / "form-media"
        media.mkdir()
        return lambda: load_external_instance(src, media, "inst", form="survey.xml")

    return make


def _geojson(name: str) -> Callable[..., Callable[[], object]]:
    def make(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
        folder = corpus / "javarosa/resources/org/javarosa/core/model/instance/geojson"
        return lambda: load_external_instance(f"jr://file/{name}", folder, "geo")

    return make


def _instance_file(name: str, data: bytes) -> Callable[..., Callable[[], object]]:
    def make(tmp: Path, corpus: Path, port: int) -> Callable[[], object]:
        _write(tmp, name, data)
        scheme = "jr://file-csv/" if name.endswith(".csv") else "jr://file/"
        return lambda: load_external_instance(scheme + name, tmp, "inst")

    return make


CASES = [
    Case("billion-laughs", "F104", _read("laughs.xml", BILLION_LAUGHS), "laughs.xml"),
    Case("xxe-file-read", "F104", _read("xxe.xml", XXE_FILE), "xxe.xml"),
    Case("xxe-network", "F104", _xxe_network, "xxe-net.xml"),
    Case("external-dtd", "F104", _external_dtd, "ext-dtd.xml"),
    Case("parameter-entity", "F104", _parameter_entity, "param-entity.xml"),
    Case(
        "xxe-in-server-bytes",
        "F104",
        lambda t, c, p: lambda: parse_xform_bytes(XXE_FILE, "download.xml"),
        "download.xml",
    ),
    Case("zip-bomb-ratio", "F105", _zip_bomb_ratio, "bomb.xlsx"),
    Case("zip-bomb-total-size", "F105", _zip_bomb_total, "wide.xlsx"),
    Case("zip-member-count", "F105", _zip_many_members, "many.xlsx"),
    Case("xxe-inside-xlsx-sheet", "F104", _xxe_inside_xlsx, "xxe-sheet.xlsx"),
    Case("renamed-non-zip-xlsx", "F150", _renamed_non_zip, "notes.xlsx"),
    Case("truncated-xlsx", "F150", _truncated_xlsx, "truncated.xlsx"),
    Case("zip-not-a-workbook", "F102", _xlsx_garbage_members, "hollow.xlsx"),
    Case("oversized-xls", "F111", _oversized_xls, "legacy.xls"),
    Case("damaged-xls", "F102", _damaged_xls, "legacy.xls"),
    Case(
        "corrupt-xml",
        "F103",
        _read("broken.xml", b"<h:html><h:head><model></h:head>"),
        "broken.xml",
    ),
    Case("empty-xml", "F103", _read("empty.xml", b""), "empty.xml"),
    Case("binary-as-xml", "F103", _read("noise.xml", bytes(range(256)) * 4), "noise.xml"),
    Case("not-an-xform", "F106", _read("data.xml", b"<root><item>1</item></root>"), "data.xml"),
    Case(
        "html-without-model",
        "F106",
        _read("page.xhtml", b"<html xmlns='http://www.w3.org/1999/xhtml'><head/><body/></html>"),
        "page.xhtml",
    ),
    Case("deep-nesting", "F111", _deep_nesting_fast, "deep.xml"),
    Case("deep-nesting-streamed", "F111", _deep_nesting_streamed, "deeper.xml"),
    # Streams 500k elements before refusing: ~2 s on an idle 2-core box, more under load.
    Case("huge-element-count", "F111", _many_elements, "wide.xml", seconds=30.0),
    Case("element-count-cap", "F111", _many_elements_small_cap, "wide-small.xml"),
    Case(
        "oversized-xml",
        "F111",
        _read("big.xml", b"<a>" + b" " * (2 << 20) + b"</a>", SourceLimits(max_xml_bytes=1 << 20)),
        "big.xml",
    ),
    Case("unsupported-extension", "F101", _read("form.docx", b"PK\x03\x04"), "form.docx"),
    Case(
        "missing-form", "F100", lambda t, c, p: lambda: read_form(t / "nowhere.xml"), "nowhere.xml"
    ),
    Case(
        "pyxform-error",
        "F102",
        _read(
            "bad.md", b"| survey |\n| | type | name | label |\n| | select_one nolist | q | Q |\n"
        ),
        "bad.md",
    ),
    Case(
        "media-parent-traversal", "F110", _media("jr://file/../../etc/passwd"), "../../etc/passwd"
    ),
    Case("media-nested-traversal", "F110", _media("jr://file-csv/sub/../../x.csv"), "x.csv"),
    Case("media-absolute", "F110", _media("jr://file//etc/passwd"), "/etc/passwd"),
    Case("media-bare-absolute", "F110", _media("/etc/passwd"), "/etc/passwd"),
    Case("media-drive-letter", "F110", _media("jr://images/C:\\Windows\\win.ini"), "win.ini"),
    Case("media-drive-relative", "F110", _media("jr://images/C:win.ini"), "win.ini"),
    Case("media-backslash-traversal", "F110", _media("jr://file/..\\..\\secret.xml"), "secret.xml"),
    Case("media-reserved-con", "F110", _media("jr://file-csv/CON"), "CON"),
    Case("media-reserved-with-ext", "F110", _media("jr://file-csv/aux.csv"), "aux.csv"),
    Case("media-reserved-com1", "F110", _media("jr://audio/com1.mp3"), "com1.mp3"),
    Case("media-trailing-dot", "F110", _media("jr://file-csv/ok.csv."), "ok.csv."),
    Case("media-other-scheme", "F110", _media("http://127.0.0.1/x.csv"), "x.csv"),
    Case("media-nul-byte", "F110", _media("jr://file/ok.csv\x00.png"), "ok.csv"),
    Case(
        "media-symlink-escape",
        "F110",
        _media("jr://file-csv/link.csv", _escaping_symlink),
        "link.csv",
    ),
    Case(
        "media-dir-symlink-escape",
        "F110",
        _media("jr://file-csv/sub/x.csv", _escaping_dir_symlink),
        "x.csv",
    ),
    Case("media-missing", "F108", _media("jr://file-csv/absent.csv"), "absent.csv"),
    Case(
        "media-no-folder",
        "F108",
        lambda t, c, p: lambda: resolve_media("jr://file/x.csv", None),
        "x.csv",
    ),
    Case("instance-traversal", "F110", _instance("jr://file/../../etc/passwd"), "etc/passwd"),
    Case("instance-missing", "F108", _instance("jr://file-csv/towns.csv"), "towns.csv"),
    Case("instance-unsupported-type", "F153", _instance_file("towns.txt", b"x"), "towns.txt"),
    Case(
        "instance-xml-billion-laughs",
        "F104",
        _instance_file("laughs.xml", BILLION_LAUGHS),
        "laughs.xml",
    ),
    Case(
        "instance-xml-corrupt",
        "F103",
        _instance_file("towns.xml", b"<root><item></root>"),
        "towns.xml",
    ),
    Case(
        "instance-csv-not-utf8",
        "F109",
        _instance_file("latin.csv", "name\ncaf\xe9\n".encode("latin-1")),
        "latin.csv",
    ),
    Case(
        "instance-csv-bad-column",
        "F109",
        _instance_file("cols.csv", b"name,first name\na,b\n"),
        "cols.csv",
    ),
    Case(
        "instance-csv-duplicate-column",
        "F109",
        _instance_file("dup.csv", b"name,name\na,b\n"),
        "dup.csv",
    ),
    Case("instance-csv-empty", "F109", _instance_file("empty.csv", b""), "empty.csv"),
    Case(
        "instance-geojson-not-json", "F109", _instance_file("x.geojson", b"{not json"), "x.geojson"
    ),
    Case(
        "instance-geojson-deep",
        "F109",
        _instance_file("deep.geojson", b"[" * 200_000 + b"]" * 200_000),
        "deep.geojson",
    ),
    Case(
        "instance-geojson-nested-property",
        "F109",
        _instance_file(
            "nested.geojson",
            b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"a":{"b":1}}}]}',
        ),
        "nested.geojson",
    ),
    Case(
        "instance-geojson-bad-point",
        "F109",
        _instance_file(
            "pt.geojson",
            b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":["x"]}}]}',
        ),
        "pt.geojson",
    ),
    Case("last-saved", "F152", _instance("jr://instance/last-saved"), "inst"),
] + [
    Case(f"corpus-{name}", "F109", _geojson(name), name)
    for name in (
        "not-object.geojson",
        "invalid-type.geojson",
        "bad-futures-collection.geojson",
        "bad-features-not-array.geojson",
        "bad-feature-not-feature.geojson",
        "feature-collection-with-unsupported-type.geojson",
    )
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_refused_with_code_naming_the_file_quickly(
    case: Case, tmp_path: Path, corpus_dir: Path, listener: Listener
) -> None:
    action = case.make(tmp_path, corpus_dir, listener.port)
    started = time.perf_counter()
    with pytest.raises(FieldappError) as info:
        action()
    elapsed = time.perf_counter() - started
    err = info.value
    assert err.code == case.code, str(err)
    assert case.names in str(err), f"message does not name {case.names!r}: {err}"
    assert f"[{case.code}]" in str(err)
    assert "{" not in err.message, f"unfilled template parameter: {err.message}"
    assert elapsed < case.seconds, f"{case.id} took {elapsed:.1f}s"
    assert not listener.was_contacted(), "the parser reached out to the network"


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """Patch a zip's local and central headers so ``member`` claims ``size`` bytes."""
    out = bytearray(data)
    name = member.encode()
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := out.find(signature, start)) != -1:
            if out[start + name_offset : start + name_offset + len(name)] == name:
                out[start + size_offset : start + size_offset + 4] = size.to_bytes(4, "little")
            start += 4
    return bytes(out)


def test_zip_bomb_is_refused_from_the_directory_before_decompressing(tmp_path: Path) -> None:
    """A member that declares 1 GB is refused from the zip directory alone. Its real payload is
    4 KB, so had anything been inflated the error would be a CRC failure (F150/F102), not F105."""
    data = _zip_bytes({"xl/worksheets/sheet1.xml": b"<x/>" * 1000})
    data = _declare_size(data, "xl/worksheets/sheet1.xml", 1 << 30)
    path = _write(tmp_path, "gigabyte.xlsx", data)
    started = time.perf_counter()
    with pytest.raises(FieldappError) as info:
        read_form(path)
    assert info.value.code == "F105"
    assert "1,073,741,824 bytes" in str(info.value)
    assert time.perf_counter() - started < QUICK_SECONDS


def test_zip_that_understates_its_size_cannot_inflate_past_it(tmp_path: Path) -> None:
    """A member declaring fewer bytes than it holds passes the directory check, but zipfile
    stops at the declared size and fails the CRC: the reader never inflates the real payload."""
    sheet = "xl/worksheets/sheet1.xml"
    data = _declare_size(_zip_bytes({sheet: bytes(8 << 20)}), sheet, 1000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.getinfo(sheet).file_size == 1000
        with pytest.raises(zipfile.BadZipFile):
            archive.read(sheet)
    path = _write(tmp_path, "liar.xlsx", data)
    with pytest.raises(FieldappError) as info:
        read_form(path)
    assert info.value.code in {"F102", "F150"}
    assert "liar.xlsx" in str(info.value)


def test_ole2_workbook_named_xlsx_is_read_by_magic_bytes(corpus_dir: Path) -> None:
    xlsforms = corpus_dir / "odk-web-forms/fixtures/preview-service/xlsforms"
    path = xlsforms / "ifrc-distribution-site-assessment-v1.xlsx"
    assert path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    source = read_form(path)
    assert b"distributionsite_assessment_v1_0" in source.xml


def test_pyxform_message_keeps_sheet_and_row(tmp_path: Path) -> None:
    form = _write(
        tmp_path,
        "rows.md",
        b"| survey |\n| | type | name | label |\n| | text | a | A |\n| | integer | | B |\n",
    )
    with pytest.raises(FieldappError) as info:
        read_form(form)
    assert info.value.code == "F102"
    message = str(info.value)
    assert "rows.md" in message
    assert "[row : 3]" in message  # pyxform's own location, kept as is


def test_markup_in_labels_stays_text(tmp_path: Path) -> None:
    """A label with HTML/script is data: it arrives as text, not as elements."""
    label = "<script>alert(1)</script><b>bold</b> & more"
    md = f"| survey |\n| | type | name | label |\n| | text | q | {label} |\n"
    source = read_form(_write(tmp_path, "markup.md", md.encode()))
    labels = [el for el in source.root.iter("{http://www.w3.org/2002/xforms}label") if el.text]
    assert any(el.text == label for el in labels), [el.text for el in labels]
    assert not any(el.tag.endswith("script") for el in source.root.iter())


def test_no_network_or_file_leak_for_xxe_with_default_parser(tmp_path: Path) -> None:
    """The refusal is not cosmetic: nothing from /etc/passwd appears anywhere in the error."""
    with pytest.raises(FieldappError) as info:
        parse_xform_bytes(XXE_FILE, "xxe.xml")
    assert "root:" not in str(info.value)
