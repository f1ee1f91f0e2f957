"""Bad records are skipped and reported; write failures and cancellation leave no file behind;
filters, form versions, progress and the CLI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from fieldapp.cli.main import main as fieldapp_main
from fieldapp.core.engine import load_form_xml
from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions
from fieldapp.core.export.flatten import parse_instance
from fieldapp.core.export.statistical import VariableNames
from fieldapp.core.review.flags import Flag
from fieldapp.core.store import FlagUpdate, ProfileSession, ReceivedSubmission
from fieldapp.errors import FieldappError
from tests.engine.formkit import xlsform_xml
from tests.export.exportkit import (
    PASS,
    REPO,
    add_form,
    copies,
    definition,
    diaspora,
    make_store,
    receive,
)


def _csv(sup: ProfileSession, out: Path, **flt: object) -> object:
    return export_submissions(sup, ExportRequest(ExportFilter("diaspora", **flt), "csv", out))  # type: ignore[arg-type]


def test_damaged_unreadable_and_unknown_version_records_are_skipped_and_reported(
    sup: ProfileSession, out_dir: Path
) -> None:
    good = [diaspora(age=str(20 + i)) for i in range(3)]
    receive(sup, "diaspora", good)
    receive(sup, "diaspora", [("uuid:old-version", good[0][1])], version="1999")
    sup.put_received(
        [
            ReceivedSubmission(
                "uuid:broken-xml",
                "diaspora",
                definition("diaspora").version or "",
                b"<diaspora><unclosed>",
            )
        ]
    )
    # flip one byte of a stored record (what a damaged disk or an attacker would do)
    with sqlite3.connect(sup.db_path, isolation_level=None) as conn:
        blob = bytearray(
            conn.execute(
                "SELECT sealed FROM submissions WHERE rec_id = ?", (good[1][0],)
            ).fetchone()[0]
        )
        blob[len(blob) // 2] ^= 1
        conn.execute(
            "UPDATE submissions SET sealed = ? WHERE rec_id = ?", (bytes(blob), good[1][0])
        )
    conn.close()
    report = _csv(sup, out_dir / "d.csv")
    assert report.exported == 2  # type: ignore[attr-defined]
    skipped = {s.instance_id: s for s in report.skipped}  # type: ignore[attr-defined]
    assert set(skipped) == {good[1][0], "uuid:old-version", "uuid:broken-xml"}
    assert skipped[good[1][0]].code == "S124"
    assert (
        skipped["uuid:old-version"].code == "R153" and "1999" in skipped["uuid:old-version"].message
    )
    assert skipped["uuid:broken-xml"].code == "R152"
    main = pd.read_csv(out_dir / "d.csv", dtype=str)
    assert sorted(main["KEY"]) == sorted([good[0][0], good[2][0]])


def test_unknown_form_and_bad_requests_are_clear_errors(sup: ProfileSession, out_dir: Path) -> None:
    with pytest.raises(FieldappError) as err:
        export_submissions(sup, ExportRequest(ExportFilter("nope"), "csv", out_dir / "x.csv"))
    assert err.value.code == "R150"
    with pytest.raises(FieldappError) as err:
        _csv(sup, out_dir / "x.csv", versions=("1999",))
    assert err.value.code == "R150" and "1999" in err.value.message
    with pytest.raises(FieldappError) as err:
        export_submissions(sup, ExportRequest(ExportFilter("diaspora"), "csv", out_dir / "x.xlsx"))
    assert err.value.code == "R151"
    with pytest.raises(FieldappError) as err:
        export_submissions(
            sup, ExportRequest(ExportFilter("diaspora"), "xlsx", out_dir / "x.xlsx", language="xx")
        )
    assert err.value.code == "R159" and "French (fr)" in err.value.message
    with pytest.raises(FieldappError) as err:
        _csv(sup, out_dir / "x.csv", statuses=("lost",))
    assert err.value.code == "R160"
    assert list(out_dir.iterdir()) == []


def test_unwritable_destination_is_a_clear_error(sup: ProfileSession, tmp_path: Path) -> None:
    receive(sup, "diaspora", [diaspora()])
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    for fmt, name in (("csv", "d.csv"), ("xlsx", "d.xlsx"), ("sav", "d.zip")):
        with pytest.raises(FieldappError) as err:
            export_submissions(sup, ExportRequest(ExportFilter("diaspora"), fmt, blocker / name))  # type: ignore[arg-type]
        assert err.value.code == "R154", fmt
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize(("fmt", "name"), [("csv", "d.csv"), ("xlsx", "d.xlsx"), ("dta", "d.zip")])
def test_disk_full_leaves_no_file_that_looks_complete(
    sup: ProfileSession, tmp_path: Path, fmt: str, name: str
) -> None:
    _, xml = diaspora()
    receive(sup, "diaspora", copies(xml, 150))
    sup.lock()
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "tests.export.export_worker", str(tmp_path / "data"),
         str(out / name), fmt, str(48 * 1024)],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ERROR R155 The disk is full"), done.stdout + done.stderr
    assert f"the export {out / name}. " in done.stdout  # the user's file, not a temporary name
    assert list(out.iterdir()) == []  # neither the file nor a temporary nor a scratch folder


def test_cancel_removes_everything_and_progress_reaches_the_total(
    sup: ProfileSession, out_dir: Path
) -> None:
    _, xml = diaspora()
    receive(sup, "diaspora", copies(xml, 450))
    calls: list[tuple[int, int]] = []
    report = export_submissions(
        sup,
        ExportRequest(ExportFilter("diaspora"), "xlsx", out_dir / "d.xlsx"),
        progress=lambda done, total: calls.append((done, total)),
    )
    assert report.exported == 450
    assert calls[0] == (200, 450) and calls[-1] == (450, 450)
    (out_dir / "d.xlsx").unlink()
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > 300

    for fmt, name in (("csv", "d.zip"), ("xlsx", "d.xlsx"), ("sav", "d.sav")):
        polls = 0
        with pytest.raises(FieldappError) as err:
            export_submissions(
                sup,
                ExportRequest(ExportFilter("diaspora"), fmt, out_dir / name),  # type: ignore[arg-type]
                cancelled=cancelled,
            )
        assert err.value.code == "R156"
        assert list(out_dir.iterdir()) == [], fmt


def test_filters_like_the_review_queue(sup: ProfileSession, out_dir: Path) -> None:
    a, b, c = diaspora(age="20"), diaspora(age="30"), diaspora(age="40")
    receive(sup, "diaspora", [a], received_at="2026-10-01T10:00:00Z", enumerator="ana")
    receive(sup, "diaspora", [b, c], received_at="2026-11-15T10:00:00Z", enumerator="ben")
    sup.mark_approved(c[0])

    def keys(**flt: object) -> list[str]:
        _csv(sup, out_dir / "f.csv", **flt)
        return sorted(pd.read_csv(out_dir / "f.csv", dtype=str)["KEY"].dropna())

    assert keys() == sorted([a[0], b[0], c[0]])
    assert keys(statuses=("approved",)) == [c[0]]
    assert keys(enumerators=("ben",)) == sorted([b[0], c[0]])
    assert keys(date_from=datetime(2026, 11, 1, tzinfo=UTC)) == sorted([b[0], c[0]])
    assert keys(date_to=datetime(2026, 11, 1, tzinfo=UTC)) == [a[0]]
    row = pd.read_csv(out_dir / "f.csv", dtype=str).iloc[0]
    assert row["SubmissionDate"] == "2026-10-01T10:00:00.000000Z"  # when the server got it
    assert row["Enumerator"] == "ana"
    _csv(sup, out_dir / "f.csv", statuses=("approved",))
    row = pd.read_csv(out_dir / "f.csv", dtype=str).iloc[0]
    assert row["Status"] == "approved" and row["ReviewState"] == "approved"
    assert row["Enumerator"] == "ben"


V1 = """
| survey |        |       |            |
|        | type   | name  | label      |
|        | text   | q1    | First      |
|        | integer| q2    | Second     |
| settings |      |       |            |
|        | form_id | version |          |
|        | uv     | 1     |            |
"""
V2 = """
| survey |                     |      |           |
|        | type                | name | label     |
|        | text                | q1   | First     |
|        | select_multiple abc | q3   | Third     |
| choices |                    |      |           |
|        | list_name           | name | label     |
|        | abc                 | a    | A         |
|        | abc                 | b    | B         |
| settings |                   |      |           |
|        | form_id             | version |        |
|        | uv                  | 2    |           |
"""


def test_several_versions_give_the_union_of_their_columns(
    sup: ProfileSession, out_dir: Path
) -> None:
    v1, v2 = load_form_xml(xlsform_xml(V1)), load_form_xml(xlsform_xml(V2))
    add_form(sup, v1)
    add_form(sup, v2)
    sup.put_received(
        [
            ReceivedSubmission("uuid:1", "uv", "1", b"<data id='uv' version='1'><q1>x</q1>"
                               b"<q2>7</q2><meta><instanceID>uuid:1</instanceID></meta></data>"),
            ReceivedSubmission("uuid:2", "uv", "2", b"<data id='uv' version='2'><q1>y</q1>"
                               b"<q3>b</q3><meta><instanceID>uuid:2</instanceID></meta></data>"),
        ]
    )  # fmt: skip
    export_submissions(sup, ExportRequest(ExportFilter("uv"), "csv", out_dir / "uv.csv"))
    main = pd.read_csv(out_dir / "uv.csv", dtype=str, keep_default_na=False)
    form_columns = [c for c in main.columns if c in {"q1", "q2", "q3", "q3/a", "q3/b"}]
    assert form_columns == ["q1", "q2", "q3", "q3/a", "q3/b"]  # q2 (v1 only) right after q1
    rows = main.set_index("KEY")
    assert rows.loc["uuid:1", "q2"] == "7" and rows.loc["uuid:1", "q3"] == ""
    assert rows.loc["uuid:2", "q3/b"] == "1" and rows.loc["uuid:2", "q3/a"] == "0"
    assert rows.loc["uuid:2", "FormVersion"] == "2"
    export_submissions(
        sup, ExportRequest(ExportFilter("uv", versions=("1",)), "csv", out_dir / "v1.csv")
    )
    only = pd.read_csv(out_dir / "v1.csv", dtype=str)
    assert only["KEY"].tolist() == ["uuid:1"] and "q3" not in only.columns


def test_statistics_variable_names_follow_both_programs_rules() -> None:
    names = VariableNames()
    assert names.take("age") == "age"
    assert names.take("AGE", "profile_age") == "profile_age"  # SPSS ignores case
    assert names.take("if") == "if_"  # reserved in Stata
    assert names.take("str12") == "str12_"
    assert names.take("1st") == "v_1st"
    assert names.take("Año-de-llegada") == "Ano_de_llegada"
    long = "x" * 40
    first = names.take(long)
    second = names.take(long)
    assert len(first) == 27 and len(second) == 27 and first != second


def test_cli_export_progress_summary_and_exit_codes(
    sup: ProfileSession, out_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    good = diaspora()
    receive(sup, "diaspora", [good])
    sup.lock()
    monkeypatch.setenv("FIELDAPP_PASSPHRASE", PASS)
    base = ["export", "diaspora", "--data-dir", str(tmp_path / "data"), "--format", "csv"]
    assert fieldapp_main([*base, "--out", str(out_dir / "d.zip"), "--lang", "es"]) == 0
    captured = capsys.readouterr()
    assert "export: 1 / 1 (100%)" in captured.err
    assert "Exported 1 submissions" in captured.out and "NOT encrypted" in captured.out
    assert "--include-sensitive" in captured.out
    assert (out_dir / "d.zip").exists()
    assert fieldapp_main([*base, "--out", str(out_dir / "e.csv"), "--to", "2000-01-01"]) == 0
    assert "Exported 0 submissions" in capsys.readouterr().out
    assert fieldapp_main([*base, "--out", str(out_dir / "e.csv"), "--from", "yesterday"]) == 2
    assert "not a date" in capsys.readouterr().err
    # a record of a form version the profile lacks: exported the rest, exit status 1
    session = make_store_unlock(tmp_path)
    receive(session, "diaspora", [("uuid:v9", good[1])], version="9")
    session.lock()
    assert fieldapp_main([*base, "--out", str(out_dir / "f.csv")]) == 1
    err = capsys.readouterr().err
    assert "skipped:" in err and "uuid:v9" in err and "[R153]" in err


def make_store_unlock(tmp_path: Path) -> ProfileSession:
    return make_store(tmp_path / "data").unlock("Sup", PASS)


def test_flags_column_from_the_review_flags(sup: ProfileSession, out_dir: Path) -> None:
    a, b = diaspora(), diaspora()
    receive(sup, "diaspora", [a, b])
    sup.put_review_flags([FlagUpdate(a[0], int(Flag.SHORT_INTERVIEW | Flag.DUPLICATE), {})])
    _csv(sup, out_dir / "f.csv")
    rows = pd.read_csv(out_dir / "f.csv", dtype=str, keep_default_na=False).set_index("KEY")
    assert rows.loc[a[0], "Flags"] == "short_interview duplicate"
    assert rows.loc[b[0], "Flags"] == ""


def test_enumerator_exports_their_own_finalized_interviews(tmp_path: Path) -> None:
    store = make_store(tmp_path / "data")
    store.create_profile("Ana", "enumerator", PASS)
    ana = store.unlock("Ana", PASS)
    defn = definition("diaspora")
    add_form(ana, defn)
    (done_id, done_xml), (draft_id, draft_xml) = diaspora(age="44"), diaspora(age="55")
    ana.finalize(done_id, done_xml, form_id=defn.form_id, form_version=defn.version or "")
    ana.save_draft(defn.form_id, defn.version or "", draft_id, draft_xml)
    out = tmp_path / "mine.csv"
    report = export_submissions(ana, ExportRequest(ExportFilter("diaspora"), "csv", out))
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert report.exported == 1 and rows["KEY"].tolist() == [done_id]
    assert rows["Status"].tolist() == ["finalized"] and rows["Enumerator"].tolist() == [""]
    export_submissions(
        ana, ExportRequest(ExportFilter("diaspora", statuses=("draft",)), "csv", out)
    )
    assert pd.read_csv(out, dtype=str)["profile-age"].tolist() == ["55"]
    with pytest.raises(FieldappError) as err:
        export_submissions(
            ana, ExportRequest(ExportFilter("diaspora", enumerators=("ana",)), "csv", out)
        )
    assert err.value.code == "R160"
    ana.lock()


def test_instances_with_a_dtd_are_refused_not_parsed(sup: ProfileSession, out_dir: Path) -> None:
    ok = diaspora()
    version = definition("diaspora").version or ""
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><diaspora><x>&b;</x></diaspora>'
    )
    external = (
        b'<!DOCTYPE d [<!ENTITY f SYSTEM "file:///etc/passwd">]><diaspora><x>&f;</x></diaspora>'
    )
    receive(sup, "diaspora", [ok])
    sup.put_received(
        ReceivedSubmission(iid, "diaspora", version, xml)
        for iid, xml in (("uuid:laughs", laughs), ("uuid:ext", external))
    )
    report = _csv(sup, out_dir / "d.csv")
    skipped = {s.instance_id: s for s in report.skipped}  # type: ignore[attr-defined]
    assert set(skipped) == {"uuid:laughs", "uuid:ext"}
    assert all(s.code == "R152" for s in skipped.values())
    assert "DTD" in skipped["uuid:ext"].message
    assert report.exported == 1  # type: ignore[attr-defined]
    assert "root:" not in (out_dir / "d.csv").read_text(encoding="utf-8-sig")


def test_parse_instance_refuses_other_encodings() -> None:
    with pytest.raises(FieldappError) as err:
        parse_instance("<d><a>é</a></d>".encode("utf-16"), "uuid:x")
    assert err.value.code == "R152" and "UTF-8" in err.value.message
    assert parse_instance("<d><a>é</a></d>".encode(), "uuid:y").find("a").text == "é"  # type: ignore[union-attr]


def test_a_question_named_like_a_meta_column_keeps_its_answer(
    sup: ProfileSession, out_dir: Path
) -> None:
    form = load_form_xml(
        xlsform_xml(
            """
            | survey   |         |        |        |
            |          | type    | name   | label  |
            |          | text    | Status | Yours  |
            | settings |         |        |        |
            |          | form_id | version |       |
            |          | st      | 1      |        |
            """
        )
    )
    add_form(sup, form)
    xml = b"<data id='st'><Status>mine</Status><meta><instanceID>uuid:s</instanceID></meta></data>"
    sup.put_received([ReceivedSubmission("uuid:s", "st", "1", xml)])
    export_submissions(sup, ExportRequest(ExportFilter("st"), "csv", out_dir / "st.csv"))
    row = pd.read_csv(out_dir / "st.csv", dtype=str).iloc[0]
    assert row["Status"] == "mine" and row["Status.1"] == "received"  # pandas renames the 2nd


def test_no_plaintext_goes_to_the_system_temp_folder(
    sup: ProfileSession, out_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scratch files (zip parts, XLSX sheets) live next to the export, never in $TMPDIR."""
    watched = tmp_path / "system-temp"
    watched.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    receive(sup, "diaspora", [diaspora(associations=("Casa", "Club"))])
    for fmt, name in (("csv", "d.zip"), ("xlsx", "d.xlsx"), ("sav", "s.zip"), ("dta", "t.dta")):
        export_submissions(sup, ExportRequest(ExportFilter("diaspora"), fmt, out_dir / name))  # type: ignore[arg-type]
        assert list(watched.iterdir()) == [], fmt
    assert sorted(p.name for p in out_dir.iterdir() if p.name.startswith(".")) == []


NESTED = """
| survey |              |         |           |
|        | type         | name    | label     |
|        | begin group  | hh      | Household |
|        | begin repeat | member  | Member    |
|        | text         | name    | Name      |
|        | begin repeat | job     | Job       |
|        | text         | title   | Title     |
|        | end repeat   |         |           |
|        | end repeat   |         |           |
|        | end group    |         |           |
|        | begin group  | sensitive_ids | IDs |
|        | begin repeat | doc     | Document  |
|        | text         | number  | Number    |
|        | end repeat   |         |           |
|        | end group    |         |           |
| settings |            |         |           |
|        | form_id      | version |           |
|        | nest         | 1       |           |
"""


def test_nested_repeats_are_linked_and_sensitive_repeats_left_out(
    sup: ProfileSession, out_dir: Path
) -> None:
    add_form(sup, load_form_xml(xlsform_xml(NESTED)))
    xml = (
        b"<data id='nest'><hh>"
        b"<member><name>Ana</name><job><title>nurse</title></job><job><title>cook</title></job>"
        b"</member><member><name>Ben</name></member></hh>"
        b"<sensitive_ids><doc><number>X123</number></doc></sensitive_ids>"
        b"<meta><instanceID>uuid:n</instanceID></meta></data>"
    )
    sup.put_received([ReceivedSubmission("uuid:n", "nest", "1", xml)])
    report = export_submissions(sup, ExportRequest(ExportFilter("nest"), "csv", out_dir / "n.zip"))
    assert report.repeat_rows == {"member": 2, "job": 2}
    assert report.sensitive_left_out == ("doc: (whole repeat)",)
    with zipfile.ZipFile(out_dir / "n.zip") as zf:
        assert sorted(zf.namelist()) == ["nest-job.csv", "nest-member.csv", "nest.csv"]
        members = pd.read_csv(zf.open("nest-member.csv"), dtype=str, keep_default_na=False)
        jobs = pd.read_csv(zf.open("nest-job.csv"), dtype=str, keep_default_na=False)
    assert members["KEY"].tolist() == ["uuid:n/hh/member[1]", "uuid:n/hh/member[2]"]
    assert members["PARENT_KEY"].tolist() == ["uuid:n", "uuid:n"]
    assert members["name"].tolist() == ["Ana", "Ben"]
    assert jobs["KEY"].tolist() == ["uuid:n/hh/member[1]/job[1]", "uuid:n/hh/member[1]/job[2]"]
    assert jobs["PARENT_KEY"].tolist() == ["uuid:n/hh/member[1]"] * 2
    assert jobs["title"].tolist() == ["nurse", "cook"]
    everything = export_submissions(
        sup,
        ExportRequest(ExportFilter("nest"), "xlsx", out_dir / "n.xlsx", include_sensitive=True),
    )
    assert everything.repeat_rows == {"member": 2, "job": 2, "doc": 1}
    docs = pd.read_excel(out_dir / "n.xlsx", sheet_name="doc", dtype=str)
    assert docs["number"].tolist() == ["X123"] and docs["PARENT_KEY"].tolist() == ["uuid:n"]
