"""The streaming XLSX writer: a package openpyxl and pandas read back exactly."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from fieldapp.core.export.spreadsheet import XlsxWriter, column_letters
from fieldapp.errors import FieldappError


def test_column_letters() -> None:
    letters = column_letters(800)
    assert letters[:3] == ["A", "B", "C"]
    assert letters[25:28] == ["Z", "AA", "AB"]
    assert letters[701:703] == ["ZZ", "AAA"]


def test_cells_text_numbers_escapes_and_limits(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    writer = XlsxWriter(out, out, [("Data & more's", ["name", "n", "code"]), ("rep", ["k"])])
    numeric = [False, True, True]
    writer.write(0, ["<b>A & B</b>", "34", "007"], numeric)
    writer.write(0, ["=1+1", "-2.5e3", "1,5"], numeric)
    writer.write(0, ["tab\there\x01ctl", "", "nan"], numeric)
    writer.write(0, ["x" * 40_000, "0", ""], numeric)
    writer.write(1, ["عربي é"], [False])
    writer.close()
    assert writer.cut == 1
    assert not list(tmp_path.glob(".export-*"))  # scratch folder removed
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Data & more's", "rep"]
    ws = book["Data & more's"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "name" and ws["A1"].font.b
    assert ws["A2"].value == "<b>A & B</b>" and ws["B2"].value == 34 and ws["C2"].value == "007"
    assert ws["A3"].value == "=1+1" and ws["A3"].data_type == "s"  # text, never a formula
    assert ws["B3"].value == -2500 and ws["C3"].value == "1,5"
    assert ws["A4"].value == "tab\there_x0001_ctl" and ws["B4"].value is None
    assert ws["C4"].value == "nan"  # not a number for Excel: kept as text
    assert len(ws["A5"].value) == 32_767 and ws["B5"].value == 0
    assert book["rep"]["A2"].value == "عربي é"
    frames = pd.read_excel(out, sheet_name=None)
    assert frames["rep"]["k"].tolist() == ["عربي é"]
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
        assert "xl/worksheets/sheet2.xml" in zf.namelist()


def test_too_many_columns_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FieldappError) as err:
        XlsxWriter(tmp_path / "t.xlsx", tmp_path / "t.xlsx", [("s", ["c"] * 16_385)])
    assert err.value.code == "R151"
    assert list(tmp_path.iterdir()) == []
