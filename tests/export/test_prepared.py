"""Prepared export rows (fieldapp.core.export.prepared): an export that takes them writes exactly
what parsing every record writes, and falls back to parsing whenever they do not fit."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from fieldapp.core.engine import load_form_xml
from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions
from fieldapp.core.export.prepared import FORMAT, prepare_rows
from fieldapp.core.store import Comment, ProfileSession, ReceivedSubmission, Status
from tests.engine.formkit import xlsform_xml
from tests.export.exportkit import add_form, definition, diaspora, ipl12, receive
from tests.export.test_formats import BEST
from tests.export.test_robustness import NESTED, V1, V2

MARKER = "Prepared-Marker-7Q"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _csv_twice(
    sup: ProfileSession, tmp: Path, requests: list[tuple[str, ExportFilter, dict[str, object]]]
) -> list[tuple[int, int]]:
    """Export each request before and after prepare_rows; the CSV files must be identical.
    Returns (exported, prepared) of the second export of each."""
    for name, flt, options in requests:
        folder = tmp / "before" / name
        folder.mkdir(parents=True)
        report = export_submissions(sup, ExportRequest(flt, "csv", folder / "x.csv", **options))  # type: ignore[arg-type]
        assert report.prepared == 0
    prepare_rows(sup)
    counts = []
    for name, flt, options in requests:
        folder = tmp / "after" / name
        folder.mkdir(parents=True)
        report = export_submissions(sup, ExportRequest(flt, "csv", folder / "x.csv", **options))  # type: ignore[arg-type]
        assert _files(folder) == _files(tmp / "before" / name), name
        counts.append((report.exported, report.prepared))
    return counts


def test_prepared_rows_give_byte_identical_csv(sup: ProfileSession, tmp_path: Path) -> None:
    receive(
        sup,
        "diaspora",
        [
            diaspora(age="34", citizenships="ECU ESP", associations=('Casa, "Ecuador"', "=1+1")),
            diaspora(age="61", sex="male", citizenships="ECU", associations=(MARKER,)),
            diaspora(age="40", associations=("línea\nnueva", "B", "C")),
        ],
    )
    iid, xml = ipl12(BEST)
    bad_id, bad = ipl12(BEST)
    bad = re.sub(rb"<psy1>\d</psy1>", b"<psy1>9</psy1>", bad)  # not a valid code
    receive(sup, "ipl12", [(iid, xml), (bad_id, bad)])
    sup.put_received(  # not XML at all: skipped and reported the same way by both paths
        [ReceivedSubmission("uuid:broken", "diaspora", definition("diaspora").version or "", b"<a")]
    )
    sup.decide_review(
        iid, Status.APPROVED, [], decision="approved", comment="", question_comments={},
        reviewer="sup",
    )  # fmt: skip
    counts = _csv_twice(
        sup,
        tmp_path,
        [
            ("default", ExportFilter("diaspora"), {}),
            ("sensitive", ExportFilter("diaspora"), {"include_sensitive": True}),
            ("ipl", ExportFilter("ipl12"), {}),
            ("no-scores", ExportFilter("ipl12"), {"include_scores": False}),
            ("approved", ExportFilter("ipl12", statuses=("approved",)), {}),
        ],
    )
    assert counts == [(3, 4), (3, 4), (2, 2), (2, 2), (1, 1)]  # 4 = 3 + the unreadable one
    after = export_submissions(
        sup, ExportRequest(ExportFilter("ipl12"), "csv", tmp_path / "again.csv")
    )
    assert len(after.warnings) == 1 and bad_id in after.warnings[0]  # R161, as when parsed
    # the rows hold answers: sealed like the rest, never on disk in plaintext
    data = sup.db_path.parent
    for path in data.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path


def test_decisions_keep_prepared_rows_and_new_xml_drops_them(
    sup: ProfileSession, tmp_path: Path
) -> None:
    a, b = diaspora(age="30"), diaspora(age="31")
    receive(sup, "diaspora", [a, b])
    assert prepare_rows(sup).prepared == 2
    assert prepare_rows(sup).prepared == 0  # nothing left: one plaintext count per form
    sup.verify_integrity(deep=True)  # resealed bodies open; the manifest still matches
    sup.mark_returned(a[0], [Comment(author="sup", text="check age", at="2026-11-23T10:00:00Z")])
    version = definition("diaspora").version or ""
    sup.replace_submission(  # an import rewrote b with other answers
        instance_id=b[0],
        form_id="diaspora",
        form_version=version,
        status=Status.RECEIVED,
        created_at="2026-11-01T08:00:00.000000Z",
        updated_at="2026-11-02T08:00:00.000000Z",
        name=None,
        xml=b[1].replace(b"<age>31</age>", b"<age>99</age>"),
        position={},
        comments=(),
        receipt_hash=None,
        sent_at=None,
        history=(),
        routing=sup.load(b[0]).routing,
    )
    report = export_submissions(
        sup, ExportRequest(ExportFilter("diaspora"), "csv", tmp_path / "x.csv")
    )
    assert report.exported == 2 and report.prepared == 1  # a kept its rows, b is parsed
    rows = pd.read_csv(tmp_path / "x.csv", dtype=str).set_index("KEY")
    assert rows.loc[b[0], "profile-age"] == "99" and rows.loc[a[0], "Status"] == "returned"
    assert prepare_rows(sup).prepared == 1


def test_rows_made_from_other_xml_are_never_used(sup: ProfileSession, tmp_path: Path) -> None:
    """The digest of the XML in the prepared rows must match the record's XML."""
    a, other = diaspora(age="30"), diaspora(age="77")
    receive(sup, "diaspora", [a])
    prepare_rows(sup)
    rows = dict(sup.load(a[0]).prepared or {})
    assert rows["tag"] and rows["sha"]
    forged = dict(rows, sha="0:00000000")
    assert sup.put_prepared([(a[0], a[1], forged)]) == 1
    assert sup.put_prepared([(a[0], other[1], rows)]) == 0  # not this record's XML: refused
    report = export_submissions(
        sup, ExportRequest(ExportFilter("diaspora"), "csv", tmp_path / "x.csv")
    )
    assert report.prepared == 0
    assert pd.read_csv(tmp_path / "x.csv", dtype=str)["profile-age"].tolist() == ["30"]
    # rows of the right XML but not the layout's shape (a repeat row a cell short, so its
    # cells would shift) are not used either
    (table, repeat_row), *_ = rows["rows"][1:]
    short = dict(rows, rows=[rows["rows"][0], [table, repeat_row.partition("\x1f")[2]]])
    assert sup.put_prepared([(a[0], a[1], short)]) == 1
    out = tmp_path / "y.csv"
    report = export_submissions(sup, ExportRequest(ExportFilter("diaspora"), "csv", out))
    assert report.prepared == 0
    assert out.read_bytes() == (tmp_path / "x.csv").read_bytes()


def test_versions_nested_repeats_and_meta_named_questions(
    sup: ProfileSession, tmp_path: Path
) -> None:
    add_form(sup, load_form_xml(xlsform_xml(V1)))
    add_form(sup, load_form_xml(xlsform_xml(V2)))
    add_form(sup, load_form_xml(xlsform_xml(NESTED)))
    sup.put_received(
        [
            ReceivedSubmission("uuid:1", "uv", "1", b"<data id='uv' version='1'><q1>x</q1>"
                               b"<q2>7</q2><meta><instanceID>uuid:1</instanceID></meta></data>"),
            ReceivedSubmission("uuid:2", "uv", "2", b"<data id='uv' version='2'><q1>y</q1>"
                               b"<q3>b</q3><meta><instanceID>uuid:2</instanceID></meta></data>"),
            ReceivedSubmission("uuid:3", "uv", "3", b"<data id='uv' version='3'><q1>z</q1>"
                               b"<meta><instanceID>uuid:3</instanceID></meta></data>"),
            ReceivedSubmission("uuid:n", "nest", "1",
                b"<data id='nest'><hh><member><name>Ana</name><job><title>nurse</title></job>"
                b"<job><title>cook</title></job></member><member><name>Ben</name></member></hh>"
                b"<sensitive_ids><doc><number>X123</number></doc></sensitive_ids>"
                b"<meta><instanceID>uuid:n</instanceID></meta></data>"),
        ]
    )  # fmt: skip
    counts = _csv_twice(
        sup,
        tmp_path,
        [
            ("union", ExportFilter("uv"), {}),  # each version lacks a column of the other
            ("v1", ExportFilter("uv", versions=("1",)), {}),
            ("v2", ExportFilter("uv", versions=("2",)), {}),
            ("nest", ExportFilter("nest"), {}),
            ("nest-all", ExportFilter("nest"), {"include_sensitive": True}),
        ],
    )
    # union: parsed (no prepared layout covers q2 and q3); version 3 is not held: skipped
    assert counts == [(2, 0), (1, 1), (1, 1), (1, 1), (1, 1)]
    assert prepare_rows(sup).waiting == 1  # uuid:3 waits for its form version


def test_helper_processes_take_prepared_rows_too(sup: ProfileSession, tmp_path: Path) -> None:
    receive(sup, "diaspora", [diaspora(age=str(20 + k)) for k in range(6)])
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = export_submissions(
        sup, ExportRequest(ExportFilter("diaspora"), "csv", tmp_path / "a" / "x.csv"), workers=0
    )
    prepare_rows(sup)
    two = export_submissions(
        sup, ExportRequest(ExportFilter("diaspora"), "csv", tmp_path / "b" / "x.csv"), workers=1
    )
    assert (one.prepared, two.prepared) == (0, 6)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


@pytest.mark.parametrize("fmt", ["xlsx", "sav"])
def test_other_formats_read_back_the_same(sup: ProfileSession, tmp_path: Path, fmt: str) -> None:
    import pyreadstat

    receive(sup, "diaspora", [diaspora(associations=("Casa", "Club")), diaspora(age="70")])
    paths = []
    for step in ("before", "after"):
        if step == "after":
            prepare_rows(sup)
        out = tmp_path / step / f"x.{fmt}"
        out.parent.mkdir()
        report = export_submissions(sup, ExportRequest(ExportFilter("diaspora"), fmt, out))  # type: ignore[arg-type]
        assert report.prepared == (2 if step == "after" else 0)
        paths.append(out)
    if fmt == "xlsx":
        for sheet in (0, 1):
            a, b = (pd.read_excel(p, sheet_name=sheet, dtype=str) for p in paths)
            pd.testing.assert_frame_equal(a, b)
    else:
        (a, ma), (b, mb) = (pyreadstat.read_sav(str(p)) for p in paths)
        pd.testing.assert_frame_equal(a, b)
        assert ma.variable_value_labels == mb.variable_value_labels


def test_format_constant_is_part_of_the_layout() -> None:
    """Changing how rows are flattened must re-prepare them: FORMAT is hashed into the tag."""
    from fieldapp.core.export.prepared import layout_tag, version_layout

    _, layout = version_layout("diaspora", definition("diaspora"))
    import fieldapp.core.export.prepared as prepared

    tag = layout_tag(layout, None)
    prepared.FORMAT = FORMAT + 1
    try:
        assert layout_tag(layout, None) != tag
    finally:
        prepared.FORMAT = FORMAT


def test_csv_line_writes_what_csv_writer_writes() -> None:
    """Rows joined directly must be the bytes csv.writer writes, quoting included."""
    import csv
    import io
    import random

    from fieldapp.core.export.tabular import csv_line

    rng = random.Random(7)
    pieces = ["", "a", "0", "1", ",", '"', "\n", "\r", " ", "é", "ع", "=1+1", "x y", "\t", "''"]
    rows: list[list[object]] = [[""], ["a"], [",", ""], ["", ""], [None, "a"], [1, 2.5, "x"]]
    for _ in range(3000):
        width = rng.randint(1, 8)
        rows.append(["".join(rng.choices(pieces, k=rng.randint(0, 3))) for _ in range(width)])
    for row in rows:
        buffer = io.StringIO()
        csv.writer(buffer).writerow(row)
        assert csv_line(row) == buffer.getvalue(), row


def test_a_damaged_record_is_left_alone_and_the_rest_prepared(
    sup: ProfileSession, tmp_path: Path
) -> None:
    import sqlite3

    a, b = diaspora(age="30"), diaspora(age="31")
    receive(sup, "diaspora", [a, b])
    with sqlite3.connect(sup.db_path) as conn:
        blob = bytearray(conn.execute("SELECT sealed FROM submissions WHERE rec_id = ?", (a[0],))
                         .fetchone()[0])  # fmt: skip
        blob[40] ^= 1
        conn.execute("UPDATE submissions SET sealed = ? WHERE rec_id = ?", (bytes(blob), a[0]))
    conn.close()
    assert prepare_rows(sup).prepared == 1  # b; a fails its check and is not touched
    assert sup.put_prepared([(a[0], a[1], {"tag": "t"})]) == 0
    report = export_submissions(
        sup, ExportRequest(ExportFilter("diaspora"), "csv", tmp_path / "x.csv")
    )
    assert report.exported == 1 and report.prepared == 1
    assert [s.instance_id for s in report.skipped] == [a[0]] and report.skipped[0].code == "S124"
