"""Exports read back with pandas and pyreadstat: values, labels, repeats, sensitive fields."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pyreadstat
import pytest

from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions
from fieldapp.core.scoring import score_ipl
from fieldapp.core.store import ProfileSession
from tests.export.exportkit import PHONE, diaspora, ipl12, receive

BEST = {"psy1": "5", "psy2": "1", "eco1": "1", "eco2": "4", "pol1": "1", "pol2": "5",
        "soc1": "5", "soc2": "5", "lin1": "1", "lin2": "1", "nav1": "1", "nav2": "1"}  # fmt: skip


def _two(sup: ProfileSession) -> tuple[str, str]:
    a = diaspora(age="34", citizenships="ECU ESP", associations=("Casa Ecuador", "=1+1"))
    b = diaspora(age="61", sex="male", citizenships="ECU", associations=())
    receive(sup, "diaspora", [a, b])
    return a[0], b[0]


def test_csv_zip_wide_rows_repeats_linked_sensitive_left_out(
    sup: ProfileSession, out_dir: Path
) -> None:
    a, b = _two(sup)
    report = export_submissions(
        sup, ExportRequest(ExportFilter("diaspora"), "csv", out_dir / "d.zip")
    )
    assert report.exported == 2 and not report.skipped
    assert report.repeat_rows == {"associations": 2}
    assert [p.name for p in report.files] == ["d.zip"]
    assert sorted(p.name for p in out_dir.iterdir()) == ["d.zip"]  # no temporary left over
    with zipfile.ZipFile(out_dir / "d.zip") as zf:
        assert sorted(zf.namelist()) == ["diaspora-associations.csv", "diaspora.csv"]
        main = pd.read_csv(zf.open("diaspora.csv"), dtype=str, keep_default_na=False)
        reps = pd.read_csv(zf.open("diaspora-associations.csv"), dtype=str, keep_default_na=False)
    rows = {r["KEY"]: r for r in main.to_dict("records")}
    assert rows[a]["profile-age"] == "34" and rows[b]["profile-age"] == "61"
    assert rows[a]["profile-sex"] == "female"
    assert rows[a]["profile-citizenships"] == "ECU ESP"
    assert rows[a]["profile-citizenships/ESP"] == "1" and rows[a]["profile-citizenships/FRA"] == "0"
    assert rows[b]["profile-citizenships/ESP"] == "0" and rows[b]["profile-citizenships/ECU"] == "1"
    assert rows[a]["meta-instanceID"] == a and rows[a]["Status"] == "received"
    assert rows[a]["SubmissionDate"].startswith("20") and rows[a]["FormVersion"]
    assert next(iter(main.columns)) == "SubmissionDate"
    # sensitive contact fields: absent by default, and the phone number nowhere in the files
    assert not [c for c in main.columns if "sensitive" in c or "contact_phone" in c]
    assert PHONE not in main.to_csv()
    assert report.sensitive_left_out and all(
        "sensitive_contact" in c for c in report.sensitive_left_out
    )
    # repeats: one row per association, linked to its submission like ODK Central
    assert reps["PARENT_KEY"].tolist() == [a, a]
    assert reps["KEY"].tolist() == [
        f"{a}/social_capital/associations[1]",
        f"{a}/social_capital/associations[2]",
    ]
    assert reps["assoc_name"].tolist() == ["Casa Ecuador", "=1+1"]
    assert reps["assoc_type"].tolist() == ["professional", "professional"]


def test_csv_files_next_to_main_and_sensitive_on_request(
    sup: ProfileSession, out_dir: Path
) -> None:
    a, _ = _two(sup)
    report = export_submissions(
        sup,
        ExportRequest(
            ExportFilter("diaspora"), "csv", out_dir / "survey.csv", include_sensitive=True
        ),
    )
    assert sorted(p.name for p in out_dir.iterdir()) == ["survey-associations.csv", "survey.csv"]
    assert not report.sensitive_left_out
    main = pd.read_csv(out_dir / "survey.csv", dtype=str, keep_default_na=False)
    row = main[main["KEY"] == a].iloc[0]
    assert row["recontact-sensitive_contact-contact_phone"] == PHONE


def test_xlsx_sheets_numbers_and_no_formulas(sup: ProfileSession, out_dir: Path) -> None:
    a, b = _two(sup)
    report = export_submissions(
        sup, ExportRequest(ExportFilter("diaspora"), "xlsx", out_dir / "d.xlsx", language="fr")
    )
    assert [p.name for p in report.files] == ["d.xlsx"]
    assert sorted(p.name for p in out_dir.iterdir()) == ["d.xlsx"]  # scratch folder removed
    sheets = pd.read_excel(out_dir / "d.xlsx", sheet_name=None)
    assert list(sheets) == ["diaspora", "associations"]
    main = sheets["diaspora"].set_index("KEY")
    assert main.loc[a, "profile-age"] == 34 and main.loc[b, "profile-age"] == 61  # numbers
    assert main.loc[a, "profile-citizenships/ESP"] == 1
    assert main.loc[a, "profile-sex"] == "female"
    reps = sheets["associations"]
    assert reps["assoc_name"].tolist() == ["Casa Ecuador", "=1+1"]  # text, never a formula
    import openpyxl

    ws = openpyxl.load_workbook(out_dir / "d.xlsx")["associations"]
    assert ws["A3"].data_type == "s" and ws["A3"].value == "=1+1"


def test_sav_variable_and_value_labels_in_the_chosen_language(
    sup: ProfileSession, out_dir: Path
) -> None:
    a, _ = _two(sup)
    report = export_submissions(
        sup, ExportRequest(ExportFilter("diaspora"), "sav", out_dir / "d.sav", language="fr")
    )
    assert report.language == "French (fr)"
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "d-associations.sav",
        "d-codebook.csv",
        "d.sav",
    ]
    df, meta = pyreadstat.read_sav(str(out_dir / "d.sav"))
    labels = meta.column_names_to_labels
    assert labels["age"] == "Quel âge avez-vous ?"
    assert sorted(df["age"].tolist()) == [34.0, 61.0]
    # select one with text codes -> codes 1..k labelled with the choices, mapped in the codebook
    sex_labels = meta.variable_value_labels["sex"]
    row = df[df["KEY"] == a].iloc[0]
    assert sex_labels[row["sex"]] == "Femme"
    book = pd.read_csv(out_dir / "d-codebook.csv", dtype=str, keep_default_na=False)
    sex = book[(book["variable"] == "sex") & (book["choice_value"] == "female")].iloc[0]
    assert float(sex["code"]) == row["sex"] and sex["column"] == "profile-sex"
    # select multiple: text column plus 0/1 columns named after the choice
    assert row["citizenships"] == "ECU ESP" and row["citizenships_ESP"] == 1.0
    assert labels["citizenships_ESP"].startswith("[Espagne] Quelles nationalités")
    assert meta.variable_value_labels["citizenships_ESP"] == {0: "No", 1: "Yes"}
    assert df[df["KEY"] != a].iloc[0]["citizenships_FRA"] == 0  # answered, not chosen
    assert "contact_phone" not in df.columns
    reps, rmeta = pyreadstat.read_sav(str(out_dir / "d-associations.sav"))
    assert reps["PARENT_KEY"].tolist() == [a, a]
    assert rmeta.column_names_to_labels["assoc_name"] == "Nom de l'association"
    assert rmeta.variable_value_labels["assoc_type"]


def test_dta_names_labels_and_limits(sup: ProfileSession, out_dir: Path) -> None:
    a, _ = _two(sup)
    export_submissions(sup, ExportRequest(ExportFilter("diaspora"), "dta", out_dir / "d.zip"))
    with zipfile.ZipFile(out_dir / "d.zip") as zf:
        assert sorted(zf.namelist()) == [
            "diaspora-associations.dta",
            "diaspora-codebook.csv",
            "diaspora.dta",
        ]
        zf.extractall(out_dir / "x")
    df, meta = pyreadstat.read_dta(str(out_dir / "x" / "diaspora.dta"))
    for name in df.columns:
        assert len(name) <= 27 and name[0].isalpha() and name.replace("_", "").isalnum(), name
    assert all(len(label or "") <= 80 for label in meta.column_labels)
    assert meta.column_names_to_labels["age"] == "How old are you?"
    row = df[df["KEY"] == a].iloc[0]
    assert meta.variable_value_labels["sex"][row["sex"]] == "Female"
    assert row["age"] == 34


def test_ipl_scores_are_columns_and_agree_with_the_scoring_module(
    sup: ProfileSession, out_dir: Path
) -> None:
    iid, xml = ipl12(BEST)
    receive(sup, "ipl12", [(iid, xml)])
    export_submissions(sup, ExportRequest(ExportFilter("ipl12"), "csv", out_dir / "ipl.csv"))
    main = pd.read_csv(out_dir / "ipl.csv")
    row = main.iloc[0]
    expected = score_ipl(xml).as_flat_dict()
    assert row["fieldapp_scores-ipl_index"] == pytest.approx(expected["ipl_index"])
    assert row["fieldapp_scores-ipl_economic"] == pytest.approx(expected["ipl_economic"])
    assert row["fieldapp_scores-ipl_index_complete"] == 1
    assert row["fieldapp_scores-ipl_index"] == pytest.approx(float(row["ipl_index"]))  # form's own
    # item codes exported under their stable names, with value labels in SPSS
    export_submissions(sup, ExportRequest(ExportFilter("ipl12"), "sav", out_dir / "ipl.sav"))
    df, meta = pyreadstat.read_sav(str(out_dir / "ipl.sav"))
    assert df["psy1_p1"].iloc[0] == 5.0  # integer choice codes kept as they are
    assert meta.variable_value_labels["psy1_p1"][5.0]
    # the form's own ipl_index keeps its name; fieldapp's score gets its group prefix
    assert df["fieldapp_scores_ipl_index"].iloc[0] == pytest.approx(expected["ipl_index"])
    assert "computed by fieldapp" in meta.column_names_to_labels["fieldapp_scores_ipl_index"]
