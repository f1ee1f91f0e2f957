"""`fieldapp form run` fills the built-in forms as an enumerator would: a realistic diaspora
interview (with repeats and the sensitive contact group), screening and "prefer not to answer"
rules, IPL randomised item order, and adaptation settings edited in the workbook."""

from __future__ import annotations

from pathlib import Path

import defusedxml.ElementTree as SafeET
import openpyxl

from fieldapp.core.scoring import score_ipl
from fieldapp.core.scoring.ipl_items import DIMENSIONS, items_by_dimension

from .ipl_fill import FORMS, form_scores, leaf_values, run_form, run_form_subprocess

D = "/diaspora"
DIASPORA_INTERVIEW = {
    f"{D}/interview/interview_mode": "phone",
    f"{D}/interview/interview_language": "es",
    f"{D}/interview/recruitment_channel": "referral",
    f"{D}/interview/referral_code_in": "A1B2C3D4",
    f"{D}/screening/adult": "yes",
    f"{D}/screening/elig_born": "yes",
    f"{D}/screening/consent": "yes",
    f"{D}/profile/age": "41",
    f"{D}/profile/sex": "female",
    f"{D}/profile/residence_country": "ESP",
    f"{D}/profile/residence_city": "Madrid",
    f"{D}/profile/citizenships": "ECU ESP",
    f"{D}/profile/household_size": "4",
    f"{D}/migration/year_left": "2001",
    f"{D}/migration/migration_reasons": "work economy",
    f"{D}/migration/legal_status": "citizen",
    f"{D}/migration/return_visits": "two_four",
    f"{D}/migration/return_intention": "yes_later",
    f"{D}/human_capital/education_level": "bachelor",
    f"{D}/human_capital/education_field": "health",
    f"{D}/human_capital/education_country": "ECU",
    f"{D}/human_capital/qualification_recognised": "partial",
    f"{D}/human_capital/work_status": "employee",
    f"{D}/human_capital/occupation": "Nurse",
    f"{D}/human_capital/work_sector": "health",
    f"{D}/human_capital/skills": "Intensive care nursing; Spanish nursing licence",
    f"{D}/human_capital/languages_spoken": "es en",
    f"{D}/economic_capital/remit_sends": "yes",
    f"{D}/economic_capital/remit_frequency": "monthly",
    f"{D}/economic_capital/remit_currency": "EUR",
    f"{D}/economic_capital/remit_amount": "1000_4999",
    f"{D}/economic_capital/remit_channels": "bank mobile",
    f"{D}/economic_capital/remit_purposes": "consumption education health",
    f"{D}/economic_capital/invest_has": "yes",
    f"{D}/economic_capital/invest_types": "property",
    f"{D}/economic_capital/invest_currency": "USD",
    f"{D}/economic_capital/invest_amount": "5000_plus",
    f"{D}/economic_capital/invest_obstacles": "bureaucracy information",
    f"{D}/economic_capital/trade_links": "no",
    f"{D}/economic_capital/donates": "yes",
    f"{D}/economic_capital/donation_types": "hometown emergency",
    f"{D}/economic_capital/visits_12m": "1",
    f"{D}/economic_capital/visit_currency": "USD",
    f"{D}/economic_capital/visit_spending": "1000_4999",
    f"{D}/social_capital/assoc_member": "yes",
    f"{D}/social_capital/associations[1]/assoc_name": "Asociación Rumiñahui",
    f"{D}/social_capital/associations[1]/assoc_type": "hometown",
    f"{D}/social_capital/associations[1]/assoc_role": "volunteer",
    f"{D}/social_capital/associations[1]/assoc_country": "ESP",
    f"{D}/social_capital/associations[2]/assoc_name": "Enfermeras Ecuatorianas en Europa",
    f"{D}/social_capital/associations[2]/assoc_type": "professional",
    f"{D}/social_capital/associations[2]/assoc_role": "founder",
    f"{D}/social_capital/associations[2]/assoc_country": "pna",
    f"{D}/social_capital/family_contact": "daily",
    f"{D}/social_capital/vote_origin": "yes",
    f"{D}/social_capital/vote_residence": "yes",
    f"{D}/social_capital/advocacy": "pna",
    f"{D}/cultural_capital/attachment_origin": "very_strong",
    f"{D}/cultural_capital/identity": "both",
    f"{D}/cultural_capital/transmit_language": "yes",
    f"{D}/cultural_capital/cultural_activities": "celebrations food",
    f"{D}/engagement/willing_contribute": "yes",
    f"{D}/engagement/contrib_sectors": "health education",
    f"{D}/engagement/contrib_modes": "skills mentoring virtual_return",
    f"{D}/engagement/barriers": "time information",
    f"{D}/engagement/gov_expectations": "recognition consular",
    f"{D}/communication/channels_used": "social_media associations consulate",
    f"{D}/communication/channel_trusted": "associations",
    f"{D}/recontact/recontact_consent": "yes",
    f"{D}/recontact/sensitive_contact/contact_name": "Rosa",
    f"{D}/recontact/sensitive_contact/contact_phone": "+34 600 123 456",
    f"{D}/recontact/sensitive_contact/contact_email": "-99",
    f"{D}/recontact/sensitive_contact/contact_preferred": "whatsapp",
    f"{D}/recontact/coupons_given": "3",
}


def test_diaspora_full_interview_through_the_command(tmp_path: Path) -> None:
    proc = run_form_subprocess(FORMS / "diaspora.xlsx", DIASPORA_INTERVIEW, tmp_path)
    assert proc.returncode == 0, proc.stderr
    root = SafeET.fromstring(proc.stdout.encode("utf-8"))
    assert root.tag == "diaspora"
    assocs = root.findall("./social_capital/associations")
    assert [a.findtext("assoc_name") for a in assocs] == [
        "Asociación Rumiñahui",
        "Enfermeras Ecuatorianas en Europa",
    ]
    assert assocs[1].findtext("assoc_country") == "pna"
    contact = root.find("./recontact/sensitive_contact")
    assert contact is not None
    assert contact.findtext("contact_phone") == "+34 600 123 456"
    assert contact.findtext("contact_email") == "-99"
    # the amounts keep the currency they were stated in
    econ = root.find("./economic_capital")
    assert econ is not None
    assert (econ.findtext("remit_currency"), econ.findtext("remit_amount")) == ("EUR", "1000_4999")
    assert root.findtext("./profile/citizenships") == "ECU ESP"
    # RDS: a code to hand on was generated; the received code is kept
    out_code = root.findtext("./interview/referral_code_out") or ""
    assert len(out_code) == 8
    assert root.findtext("./interview/referral_code_in") == "A1B2C3D4"
    # not relevant: no trade types when there is no trade
    assert econ.find("trade_types") is None


def test_diaspora_prefer_not_to_answer_cannot_be_combined(tmp_path: Path) -> None:
    answers = {
        **DIASPORA_INTERVIEW,
        f"{D}/engagement/barriers": "time pna",
        f"{D}/profile/age": "7",
        f"{D}/recontact/sensitive_contact/contact_email": "rosa-at-example",
    }
    rc, xml, stderr = run_form(FORMS / "diaspora.xlsx", answers, tmp_path)
    assert rc == 1
    assert f"{D}/engagement/barriers" in stderr
    assert f"{D}/profile/age" in stderr
    assert f"{D}/recontact/sensitive_contact/contact_email" in stderr
    values = leaf_values(xml)
    assert values["barriers"] == "" and values["age"] == "" and values["contact_email"] == ""
    # typed answers accept -99 = prefer not to answer
    answers[f"{D}/engagement/barriers"] = "pna"
    answers[f"{D}/profile/age"] = "-99"
    answers[f"{D}/recontact/sensitive_contact/contact_email"] = "rosa@example.org"
    rc, xml, stderr = run_form(FORMS / "diaspora.xlsx", answers, tmp_path)
    assert rc == 0, stderr
    assert leaf_values(xml)["age"] == "-99"


def test_diaspora_screening_and_recontact_opt_out(tmp_path: Path) -> None:
    # not eligible (no link to the origin country): no module after screening is kept
    answers = {
        f"{D}/interview/interview_mode": "in_person",
        f"{D}/interview/interview_language": "en",
        f"{D}/interview/recruitment_channel": "event",
        f"{D}/screening/adult": "yes",
        f"{D}/screening/elig_born": "no",
        f"{D}/screening/elig_parent": "no",
        f"{D}/screening/elig_identify": "no",
        f"{D}/profile/age": "30",
    }
    rc, xml, stderr = run_form(FORMS / "diaspora.xlsx", answers, tmp_path)
    assert rc == 0, stderr
    root = SafeET.fromstring(xml)
    assert root.findtext("./screening/eligible") == "0"
    assert root.find("./profile") is None and root.find("./screening/consent") is None
    # recontact declined: the sensitive group is not in the submission at all
    no_contact = {**DIASPORA_INTERVIEW, f"{D}/recontact/recontact_consent": "no"}
    rc, xml, stderr = run_form(FORMS / "diaspora.xlsx", no_contact, tmp_path)
    assert rc == 0, stderr
    assert SafeET.fromstring(xml).find("./recontact/sensitive_contact") is None


def _edit_setting(src: Path, dest: Path, settings: dict[str, str]) -> None:
    """What a team does in Excel: change the calculation cell of a settings row."""
    wb = openpyxl.load_workbook(src)
    ws = wb["survey"]
    header = [c.value for c in ws[1]]
    name_col, calc_col = header.index("name") + 1, header.index("calculation") + 1
    for row in range(2, ws.max_row + 1):
        name = ws.cell(row=row, column=name_col).value
        if name in settings:
            ws.cell(row=row, column=calc_col).value = settings.pop(name)
    assert settings == {}, f"settings rows not found: {settings}"
    wb.save(dest)


def test_ipl_adaptation_cells(tmp_path: Path) -> None:
    adapted = tmp_path / "ipl12_brazil.xlsx"
    _edit_setting(
        FORMS / "ipl12.xlsx",
        adapted,
        {
            "host_country_pt": "'Brasil'",
            "in_country_pt": "'no Brasil'",
            "currency": "'BRL'",
            "median_income": "2000",
        },
    )
    rc, xml, stderr = run_form(
        adapted, {"/ipl12/interview_mode": "phone", "/ipl12/consent": "no"}, tmp_path
    )
    assert rc == 0, stderr
    values = leaf_values(xml)
    assert (values["host_country_pt"], values["in_country_pt"]) == ("Brasil", "no Brasil")
    assert (values["currency"], values["income_half"], values["income_high"]) == (
        "BRL",
        "1000",
        "3000",
    )


def test_ipl24_randomised_item_order_keeps_stable_names_and_scores(tmp_path: Path) -> None:
    """randomize_items = 1: each dimension gets a random rotation; whatever position showed an
    item, its answer lands in the stable variable and is scored from its own option list."""
    randomised = tmp_path / "ipl24_random.xlsx"
    _edit_setting(FORMS / "ipl24.xlsx", randomised, {"randomize_items": "1"})
    by_dim = items_by_dimension("ipl24")
    answers = {"/ipl24/interview_mode": "in_person", "/ipl24/consent": "yes"}
    for dim, items in by_dim.items():
        for item in items:
            for position in range(1, 5):
                # a different, valid code per position (membership has only 3 options)
                answers[f"/ipl24/{dim}/{item.name}_p{position}"] = (
                    str(position) if position <= 3 else "98"
                )
    rotations_seen: set[int] = set()
    for _ in range(2):
        rc, xml, stderr = run_form(randomised, answers, tmp_path)
        assert rc == 0, stderr
        values = leaf_values(xml)
        for dim, items in by_dim.items():
            rotation = int(values[f"order_{dim[:3]}"])
            assert 0 <= rotation < 4
            rotations_seen.add(rotation)
            for k, item in enumerate(items):
                position = (k - rotation) % 4 + 1
                # only the position that showed the item is in the submission
                asked = [p for p in range(1, 5) if f"{item.name}_p{p}" in values]
                assert asked == [position], (item.name, rotation, asked)
                expected = str(position) if position <= 3 else "98"
                assert values[item.name] == expected, (item.name, rotation)
        calc = form_scores(xml)
        scores = score_ipl(xml)
        for dim in DIMENSIONS:
            got, want = scores.dimensions[dim].score, calc[f"ipl_{dim}"]
            assert (got is None and want is None) or abs((got or 0) - (want or 0)) < 1e-9
    # 12 rotations drawn: all zero would mean the setting does nothing (p = 4^-12)
    assert rotations_seen != {0}


def test_ipl24_interview_through_the_command(tmp_path: Path) -> None:
    """The installed `fieldapp form run` (not the in-process entry point) fills an IPL-24."""
    from .ipl_fill import ipl_answers
    from .test_ipl_scoring import IPL24

    _name, codes, _consent, dims, index, _counts = next(p for p in IPL24 if p[0] == "mixed")
    proc = run_form_subprocess(FORMS / "ipl24.xlsx", ipl_answers("ipl24", codes), tmp_path)
    assert proc.returncode == 0, proc.stderr
    calc = form_scores(proc.stdout.encode("utf-8"))
    assert calc["ipl_index"] is not None and index is not None
    assert abs(calc["ipl_index"] - index) < 1e-9  # 245/432, worked out in test_ipl_scoring
    assert abs((calc["ipl_political"] or 0) - (dims[2] or 0)) < 1e-9
