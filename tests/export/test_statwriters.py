"""Our streaming .sav / .dta writers, read back by pyreadstat and pandas (the reference readers).

Writer level: numbers, system missing, value labels, Arabic text, very long strings (SPSS
segments) and strL (Stata). Export level: the real diaspora form with Arabic and long answers,
and the sink's memory: the tracemalloc peak does not grow with the row count.
"""

from __future__ import annotations

import math
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pandas as pd
import pyreadstat
import pytest

from fieldapp.core.export import ExportFilter, ExportRequest, build_export_model, export_submissions
from fieldapp.core.export.dta_writer import DtaVariable, DtaWriter
from fieldapp.core.export.outputs import AtomicOutputs
from fieldapp.core.export.rows import Record, RowMaker
from fieldapp.core.export.sav_writer import SavVariable, SavWriter
from fieldapp.core.export.statistical import StatSink
from fieldapp.core.store import ProfileSession
from tests.export.exportkit import REPO, copies, diaspora, receive

ARABIC = "جمعية الجالية المغربية في مدريد"
LONG = ("نص طويل جدا " * 60) + "end"  # ~ 700 bytes: three SPSS segments, a Stata str#
HUGE = "x" * 1000 + ARABIC * 60 + "!"  # ~ 4,500 bytes: Stata strL
NAN = math.nan


def _rows() -> list[list[float | str]]:
    return [
        [1.5, 1.0, "plain", ARABIC, LONG],
        [NAN, 2.0, "", "", ""],
        [-3.0, NAN, "é", LONG, HUGE],
    ]


def _width(values: list[str]) -> int:
    return max(max(len(v.encode("utf-8")) for v in values), 1)


def test_sav_writer_values_missing_labels_unicode_and_very_long_strings(tmp_path: Path) -> None:
    rows = _rows()
    variables = [
        SavVariable("amount", "Montant ?", 0),
        SavVariable("choice", "اختيار", 0, {1.0: "Oui", 2.0: "لا"}),
        SavVariable("short_text", "Short", _width([str(r[2]) for r in rows])),
        SavVariable("arabic_name_is_long", "Arabic", _width([str(r[3]) for r in rows])),
        SavVariable("very_long", "Very long", _width([str(r[4]) for r in rows])),
    ]
    path = tmp_path / "w.sav"
    with open(path, "wb") as handle:
        writer = SavWriter(handle, variables)
        writer.write_header()
        for row in rows:
            writer.write_case(row)
        writer.finish()
    df, meta = pyreadstat.read_sav(str(path))
    assert meta.number_rows == 3  # the patched case count
    assert list(df.columns) == [v.name for v in variables]
    assert df["amount"].iloc[0] == 1.5 and math.isnan(df["amount"].iloc[1])
    assert df["amount"].iloc[2] == -3.0 and math.isnan(df["choice"].iloc[2])
    assert meta.variable_value_labels["choice"] == {1.0: "Oui", 2.0: "لا"}
    assert meta.column_names_to_labels["choice"] == "اختيار"
    assert df["arabic_name_is_long"].tolist() == [ARABIC, "", LONG]
    assert df["very_long"].tolist() == [LONG, "", HUGE]
    assert df["short_text"].tolist() == ["plain", "", "é"]
    pdf = pd.read_spss(str(path), convert_categoricals=False)
    assert pdf["very_long"].iloc[2] == HUGE and pdf["arabic_name_is_long"].iloc[0] == ARABIC


def test_dta_writer_values_missing_labels_unicode_and_strl(tmp_path: Path) -> None:
    rows = _rows()
    variables = [
        DtaVariable("amount", "Montant ?", 0),
        DtaVariable("choice", "اختيار", 0, {1: "Oui", 2: "لا"}),
        DtaVariable("short_text", "Short", _width([str(r[2]) for r in rows])),
        DtaVariable("arabic", "Arabic", _width([str(r[3]) for r in rows])),
        DtaVariable("huge", "Huge", _width([str(r[4]) for r in rows])),  # > 2045: strL
    ]
    path = tmp_path / "w.dta"
    with open(path, "wb") as handle:
        DtaWriter(handle, variables).write(lambda: iter(rows))
    df, meta = pyreadstat.read_dta(str(path))
    assert meta.number_rows == 3
    assert df["amount"].iloc[0] == 1.5 and math.isnan(df["amount"].iloc[1])
    assert meta.variable_value_labels["choice"] == {1: "Oui", 2: "لا"}
    assert meta.column_names_to_labels["choice"] == "اختيار"
    assert df["arabic"].tolist() == [ARABIC, "", LONG]
    assert df["huge"].tolist() == [LONG, "", HUGE]
    pdf = pd.read_stata(str(path), convert_categoricals=False)
    assert pdf["huge"].tolist() == [LONG, "", HUGE]
    assert math.isnan(pdf["amount"].iloc[1]) and pdf["short_text"].iloc[2] == "é"
    with pd.io.stata.StataReader(str(path)) as reader:
        assert reader.value_labels()["choice"] == {1: "Oui", 2: "لا"}
        assert reader.variable_labels()["huge"] == "Huge"


def _export(sup: ProfileSession, fmt: str, out: Path) -> str:
    a = diaspora(age="34", associations=(ARABIC, LONG, HUGE))
    b = diaspora(age="61", sex="male", citizenships="ECU", associations=())
    receive(sup, "diaspora", [a, b])
    report = export_submissions(sup, ExportRequest(ExportFilter("diaspora"), fmt, out))  # type: ignore[arg-type]
    assert report.exported == 2 and report.repeat_rows == {"associations": 3}
    return a[0]


@pytest.mark.parametrize("fmt", ["sav", "dta"])
def test_real_form_export_arabic_long_answers_missing_values(
    sup: ProfileSession, out_dir: Path, fmt: str
) -> None:
    a = _export(sup, fmt, out_dir / "d.zip")
    with zipfile.ZipFile(out_dir / "d.zip") as zf:
        zf.extractall(out_dir / "x")
    assert sorted(p.name for p in out_dir.iterdir()) == ["d.zip", "x"]  # no scratch left over
    main = out_dir / "x" / f"diaspora.{fmt}"
    reps_path = out_dir / "x" / f"diaspora-associations.{fmt}"
    read = pyreadstat.read_sav if fmt == "sav" else pyreadstat.read_dta
    df, meta = read(str(main))
    reps, rmeta = read(str(reps_path))
    assert reps["assoc_name"].tolist() == [ARABIC, LONG, HUGE]
    assert reps["PARENT_KEY"].tolist() == [a, a, a]
    assert rmeta.variable_value_labels["assoc_type"]
    row = df[df["KEY"] == a].iloc[0]
    assert row["age"] == 34 and meta.variable_value_labels["sex"][row["sex"]] == "Female"
    assert meta.variable_value_labels["citizenships_ESP"] == {0: "No", 1: "Yes"}
    # a numeric question nobody answered: missing in every row, not 0
    empty = [c for c in df.columns if meta.readstat_variable_types[c] == "double"]
    assert any(df[c].isna().all() for c in empty)
    # pandas' own readers agree
    if fmt == "dta":
        pdf = pd.read_stata(str(reps_path), convert_categoricals=False)
    else:
        pdf = pd.read_spss(str(reps_path), convert_categoricals=False)
    assert pdf["assoc_name"].tolist() == [ARABIC, LONG, HUGE]


def _peak(sup: ProfileSession, out: Path, fmt: str, n: int) -> int:
    model, _ = build_export_model(sup, ExportFilter("diaspora"))
    maker = RowMaker(model, None)
    iid, xml = diaspora(age="40", associations=(ARABIC,))
    made = maker.make(Record(iid, "1", "received", "2026-01-01T00:00:00Z", "ana", "", xml))
    rows = made.rows
    tracemalloc.start()
    try:
        sink = StatSink(model, out, AtomicOutputs(), fmt)  # type: ignore[arg-type]
        sink.open()
        for i in range(n):
            for table, row in rows:
                row = list(row)
                row[-1] = f"{i}"  # a value that changes per row
                sink.write(table, row)
        sink.close()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["sav", "dta"])
def test_memory_stays_flat_with_ten_times_the_rows(
    sup: ProfileSession, out_dir: Path, fmt: str
) -> None:
    small = _peak(sup, out_dir / f"small.{fmt}", fmt, 300)
    big = _peak(sup, out_dir / f"big.{fmt}", fmt, 3000)
    assert big <= 1.2 * small, (small, big)
    df, _ = (pyreadstat.read_sav if fmt == "sav" else pyreadstat.read_dta)(
        str(out_dir / f"big.{fmt}")
    )
    assert len(df) == 3000 and df.iloc[-1, -1] in ("2999", 2999.0)


@pytest.mark.parametrize("fmt", ["sav", "dta"])
def test_text_over_spss_limit_cut_with_a_warning_kept_whole_in_stata(
    sup: ProfileSession, out_dir: Path, fmt: str
) -> None:
    model, _ = build_export_model(sup, ExportFilter("diaspora"))
    maker = RowMaker(model, None)
    iid, xml = diaspora(age="40", associations=("x",))
    made = maker.make(Record(iid, "1", "received", "2026-01-01T00:00:00Z", "ana", "", xml))
    table = next(i for i, t in enumerate(model.tables) if t.repeat is not None)
    at = [c.name for c in model.tables[table].columns].index("assoc_name")
    giant = "ب" * 20_000 + "end"  # 40,003 bytes
    sink = StatSink(model, out_dir / f"g.{fmt}", AtomicOutputs(), fmt)  # type: ignore[arg-type]
    sink.open()
    for t, row in made.rows:
        if t == table:
            row = list(row)
            row[at] = giant
        sink.write(t, row)
    sink.close()
    read = pyreadstat.read_sav if fmt == "sav" else pyreadstat.read_dta
    reps, _ = read(str(out_dir / f"g-associations.{fmt}"))
    value = reps["assoc_name"].iloc[0]
    if fmt == "sav":
        assert sink.warnings == ["g-associations.sav: assoc_name: text over 32,767 bytes was cut"]
        assert value == "ب" * (32_767 // 2)  # cut between characters, never inside one
    else:
        assert not sink.warnings and value == giant


@pytest.mark.parametrize("fmt", ["sav", "dta"])
def test_disk_full_while_writing_the_statistical_file_leaves_nothing(
    sup: ProfileSession, tmp_path: Path, fmt: str
) -> None:
    """The row scratch file fits under the size limit, the .sav / .dta does not: R155, no file."""
    _, xml = diaspora()
    receive(sup, "diaspora", copies(xml, 150))
    sizes = {}
    for kind in ("csv", fmt):  # the scratch file holds the rows as CSV: at most the CSV's size
        probe = tmp_path / f"probe-{kind}"
        probe.mkdir()
        export_submissions(sup, ExportRequest(ExportFilter("diaspora"), kind, probe / f"d.{kind}"))  # type: ignore[arg-type]
        sizes[kind] = (probe / f"d.{kind}").stat().st_size
    limit = (sizes["csv"] + sizes[fmt]) // 2
    assert sizes["csv"] < limit < sizes[fmt]
    sup.lock()
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "tests.export.export_worker", str(tmp_path / "data"),
         str(out / f"d.{fmt}"), fmt, str(limit)],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ERROR R155 The disk is full"), done.stdout + done.stderr
    assert list(out.iterdir()) == []  # neither the file, nor its scratch, nor the codebook
