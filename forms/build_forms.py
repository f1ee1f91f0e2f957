"""Write the built-in XLSForms (ipl12.xlsx, ipl24.xlsx, diaspora.xlsx) from their text sources.

The .xlsx files are what teams open in Excel; the sources are what we review in diffs:
fieldapp/core/scoring/ipl_items.py (IPL items, options and scores, shared with the scoring
module) and forms/diaspora_source.py (the diaspora questionnaire). Run after editing a source:

    .venv/bin/python forms/build_forms.py            # rewrite the three .xlsx files
    .venv/bin/python forms/build_forms.py --check    # exit 1 when a committed .xlsx is stale

A test compares the committed workbooks with a fresh build cell by cell.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill

FORMS_DIR = Path(__file__).resolve().parent
if str(FORMS_DIR) not in sys.path:
    sys.path.insert(0, str(FORMS_DIR))

from fieldapp.core.scoring.ipl_items import (  # noqa: E402
    CHOICE_LISTS,
    DIMENSIONS,
    LANGUAGE_COLUMNS,
    LANGUAGES,
    FormName,
    Text,
    items_by_dimension,
    items_for,
    score_text,
)

T = tuple[str, str, str, str, str]  # en, es, fr, pt, ar
Row = dict[str, str]
Sheet = list[Row]

FORM_VERSION = "2026112301"
DEFAULT_LANGUAGE = LANGUAGE_COLUMNS["en"]

# Deployment settings. Teams edit the `calculation` cells of these rows in Excel (one cell per
# language where the wording changes with the language); the defaults describe a deployment in
# Peru, one of the IOM pilot countries.
ADAPTATION_PER_LANGUAGE: dict[str, T] = {
    "host_country": ("Peru", "Perú", "Pérou", "Peru", "بيرو"),
    "in_country": ("in Peru", "en el Perú", "au Pérou", "no Peru", "في بيرو"),
    "citizens": ("Peruvians", "peruanos", "Péruviens", "peruanos", "البيروفيين"),
    "host_language": ("Spanish", "español", "espagnol", "espanhol", "الإسبانية"),
}
# Column `adaptation_note` (ignored by XLSForm converters) tells an Excel user what to edit.
ADAPTATION_NOTES = {
    "host_country": "host country name",
    "in_country": "locative phrase 'in <host country>' with the right preposition and article",
    "citizens": "plural noun for the host country's citizens (not only natives)",
    "host_language": "host language named in the language items (the one for legal information)",
    "origin_country": "origin country name (with its article where the language needs one)",
    "in_origin": "locative phrase 'in <origin country>'",
    "to_origin": "directional phrase 'to <origin country>'",
    "of_origin": "phrase 'of <origin country>' (French/Portuguese contract de + article)",
}


def setting_note(setting: str, lang: str) -> str:
    return f"EDIT: {ADAPTATION_NOTES[setting]}, in {LANGUAGE_COLUMNS[lang]}"


NOTE_CURRENCY = "EDIT: ISO 4217 code of the local currency"
NOTE_MEDIAN = "EDIT: national median monthly income in the local currency (brackets follow)"
NOTE_DERIVED = "computed from median_income: do not edit"
NOTE_EXPENSE = "EDIT: unexpected expense amount asked in eco4 (IPL-24), local currency"
NOTE_RANDOMIZE = "EDIT: 1 = random rotation of item order within each dimension, 0 = fixed"
ORIGIN_SETTINGS = {"origin_country", "in_origin", "to_origin", "of_origin"}  # diaspora form
TOKENS_PER_LANGUAGE = {
    "{country}": "host_country",
    "{in_country}": "in_country",
    "{citizens}": "citizens",
    "{language}": "host_language",
}
TOKENS_SHARED = {
    "{currency}": "${currency}",
    "{median}": "${median_income}",
    "{inc_half}": "${income_half}",
    "{inc_high}": "${income_high}",
    "{expense}": "${emergency_expense}",
}


def label_columns(prefix: str, text: T | Text | None) -> Row:
    """``label::English (en)`` ... cells for a text in the five languages, tokens resolved."""
    if text is None:
        return {}
    values = text if isinstance(text, tuple) else tuple(text.in_language(x) for x in LANGUAGES)
    row: Row = {}
    for lang, value in zip(LANGUAGES, values, strict=True):
        for token, setting in TOKENS_PER_LANGUAGE.items():
            value = value.replace(token, "${" + setting + "_" + lang + "}")
        for token, ref in TOKENS_SHARED.items():
            value = value.replace(token, ref)
        row[f"{prefix}::{LANGUAGE_COLUMNS[lang]}"] = value
    return row


def xpath_literal(value: str) -> str:
    """A string constant for a calculation cell (XPath 1.0 has no escapes: pick the quote)."""
    if "'" not in value:
        return f"'{value}'"
    if '"' in value:
        raise ValueError(f"a setting cannot contain both quote characters: {value}")
    return f'"{value}"'


def row(
    type_: str,
    name: str,
    label: T | Text | None = None,
    *,
    hint: T | None = None,
    constraint_message: T | None = None,
    **columns: str,
) -> Row:
    out: Row = {"type": type_, "name": name}
    out.update(label_columns("label", label))
    out.update(label_columns("hint", hint))
    out.update(label_columns("constraint_message", constraint_message))
    out.update({key: value for key, value in columns.items() if value})
    return out


def choice(list_name: str, name: str, label: T | Text, **extra: str) -> Row:
    out: Row = {"list_name": list_name, "name": name}
    out.update(label_columns("label", label))
    out.update(extra)
    return out


# --------------------------------------------------------------------------------------------
# IPL-12 / IPL-24
# --------------------------------------------------------------------------------------------

YES_NO = [
    ("yes", ("Yes", "Sí", "Oui", "Sim", "نعم")),
    ("no", ("No", "No", "Non", "Não", "لا")),
]
IPL_MODES = [
    ("in_person", ("In person", "En persona", "En personne", "Presencial", "وجهًا لوجه")),
    ("phone", ("By phone", "Por teléfono", "Par téléphone", "Por telefone", "عبر الهاتف")),
    (
        "messaging",
        (
            "By messaging or video call",
            "Por mensajería o videollamada",
            "Par messagerie ou appel vidéo",
            "Por mensagens ou videochamada",
            "عبر تطبيقات المراسلة أو مكالمة فيديو",
        ),
    ),
]
IPL_CONSENT_INFO: T = (
    "We are carrying out a short survey about the lives of people who moved to "
    "${host_country_en}. It takes about {minutes} minutes. Taking part is voluntary: you can "
    "skip any question or stop at any time, and this will not affect any help or service you "
    "receive. Your answers are confidential and will only be used for statistics.",
    "Estamos realizando una breve encuesta sobre la vida de las personas que se mudaron a "
    "${host_country_es}. Dura unos {minutes} minutos. Su participación es voluntaria: puede "
    "no responder cualquier pregunta o detenerse en cualquier momento, y esto no afectará "
    "ninguna ayuda ni servicio que reciba. Sus respuestas son confidenciales y solo se usarán "
    "con fines estadísticos.",
    "Nous menons une courte enquête sur la vie des personnes venues s'installer "
    "${in_country_fr}. Elle dure environ {minutes} minutes. La participation est volontaire : "
    "vous pouvez ne pas répondre à une question ou arrêter à tout moment, sans aucune "
    "conséquence sur l'aide ou les services que vous recevez. Vos réponses sont confidentielles "
    "et ne serviront qu'à des statistiques.",
    "Estamos fazendo uma breve pesquisa sobre a vida das pessoas que vieram morar "
    "${in_country_pt}. Ela leva cerca de {minutes} minutos. A participação é voluntária: você "
    "pode deixar de responder qualquer pergunta ou parar a qualquer momento, e isso não afetará "
    "nenhuma ajuda ou serviço que você recebe. Suas respostas são confidenciais e serão usadas "
    "apenas para fins estatísticos.",
    "نجري استبيانًا قصيرًا حول حياة الأشخاص الذين انتقلوا للعيش ${in_country_ar}. يستغرق نحو "
    "{minutes} دقيقة. المشاركة طوعية: يمكنك عدم الإجابة عن أي سؤال أو التوقف في أي وقت، ولن "
    "يؤثر ذلك على أي مساعدة أو خدمة تتلقاها. إجاباتك سرية وستُستخدم لأغراض إحصائية فقط.",
)
IPL_CONSENT_Q: T = (
    "Do you agree to take part in this survey?",
    "¿Acepta participar en esta encuesta?",
    "Acceptez-vous de participer à cette enquête ?",
    "Você aceita participar desta pesquisa?",
    "هل توافق على المشاركة في هذا الاستبيان؟",
)
NO_CONSENT_END: T = (
    "Thank you for your time. The interview ends here: save and close the form.",
    "Gracias por su tiempo. La entrevista termina aquí: guarde y cierre el formulario.",
    "Merci pour votre temps. L'entretien s'arrête ici : enregistrez et fermez le formulaire.",
    "Obrigado pelo seu tempo. A entrevista termina aqui: salve e feche o formulário.",
    "شكرًا على وقتك. تنتهي المقابلة هنا: احفظ النموذج وأغلقه.",
)
MODE_Q: T = (
    "Interview mode",
    "Modalidad de la entrevista",
    "Mode d'entretien",
    "Modo da entrevista",
    "طريقة إجراء المقابلة",
)
THANKS_END: T = (
    "These are all the questions. Thank you very much for your time!",
    "Estas son todas las preguntas. ¡Muchas gracias por su tiempo!",
    "C'est la fin du questionnaire. Merci beaucoup pour votre temps !",
    "Estas são todas as perguntas. Muito obrigado pelo seu tempo!",
    "انتهت الأسئلة. شكرًا جزيلًا على وقتك!",
)
DIMENSION_TITLES: dict[str, T] = {
    "psychological": ("Belonging", "Pertenencia", "Appartenance", "Pertencimento", "الانتماء"),
    "economic": (
        "Work and income",
        "Trabajo e ingresos",
        "Travail et revenus",
        "Trabalho e renda",
        "العمل والدخل",
    ),
    "political": (
        "Public affairs",
        "Asuntos públicos",
        "Vie publique",
        "Assuntos públicos",
        "الشؤون العامة",
    ),
    "social": (
        "Social contacts",
        "Contactos sociales",
        "Relations sociales",
        "Contatos sociais",
        "العلاقات الاجتماعية",
    ),
    "linguistic": ("Language", "Idioma", "Langue", "Idioma", "اللغة"),
    "navigational": (
        "Everyday life",
        "Vida cotidiana",
        "Vie quotidienne",
        "Vida cotidiana",
        "الحياة اليومية",
    ),
}
DIMENSION_PREFIX = {
    "psychological": "psy",
    "economic": "eco",
    "political": "pol",
    "social": "soc",
    "linguistic": "lin",
    "navigational": "nav",
}


def _scored(ref: str) -> str:
    return f"string-length({ref}) > 0"


def ipl_survey(form: FormName, extra: Sequence[str] = ()) -> Sheet:
    """The survey sheet: settings, consent, items in rotatable positions, scores."""
    rows: Sheet = [
        row("start", "start"),
        row("end", "end"),
    ]
    for setting, values in ADAPTATION_PER_LANGUAGE.items():
        for lang, value in zip(LANGUAGES, values, strict=True):
            rows.append(
                row(
                    "calculate",
                    f"{setting}_{lang}",
                    calculation=xpath_literal(value),
                    adaptation_note=setting_note(setting, lang),
                )
            )
    rows += [
        row("calculate", "currency", calculation="'PEN'", adaptation_note=NOTE_CURRENCY),
        row("calculate", "median_income", calculation="1500", adaptation_note=NOTE_MEDIAN),
        row(
            "calculate",
            "income_half",
            calculation="round(${median_income} div 2, 0)",
            adaptation_note=NOTE_DERIVED,
        ),
        row(
            "calculate",
            "income_high",
            calculation="round(${median_income} * 1.5, 0)",
            adaptation_note=NOTE_DERIVED,
        ),
        row("calculate", "emergency_expense", calculation="1000", adaptation_note=NOTE_EXPENSE),
        row("calculate", "randomize_items", calculation="0", adaptation_note=NOTE_RANDOMIZE),
        row("select_one ipl_mode", "interview_mode", MODE_Q, required="yes"),
        row("note", "consent_info", _minutes(IPL_CONSENT_INFO, "5" if form == "ipl12" else "10")),
        row("select_one yes_no", "consent", IPL_CONSENT_Q, required="yes"),
        row("note", "no_consent_end", NO_CONSENT_END, relevant="${consent} = 'no'"),
    ]
    dims = items_by_dimension(form, extra)
    for dim in DIMENSIONS:
        items = dims[dim]
        n = len(items)
        order = f"order_{DIMENSION_PREFIX[dim]}"
        rows.append(
            row(
                "begin_group",
                dim,
                DIMENSION_TITLES[dim],
                relevant="${consent} = 'yes'",
            )
        )
        # Rotation of the items: 0 keeps the source order; with randomize_items = 1 each
        # respondent gets a random rotation (every item appears in every position equally often).
        rows.append(
            row(
                "calculate",
                order,
                calculation=f"if(${{randomize_items}} = 1, once(int(random() * {n})), 0)",
            )
        )
        for position in range(n):
            for k, item in enumerate(items):
                rotation = (k - position) % n
                rows.append(
                    row(
                        f"select_one {item.list_name}",
                        f"{item.name}_p{position + 1}",
                        item.label,
                        required="yes",
                        relevant=f"${{{order}}} = {rotation}",
                    )
                )
        for k, item in enumerate(items):
            # Stable variable: the answer code whichever position showed the item.
            expr = f"${{{item.name}_p{(k - (n - 1)) % n + 1}}}"
            for rotation in range(n - 2, -1, -1):
                position = (k - rotation) % n
                expr = f"if(${{{order}}} = {rotation}, ${{{item.name}_p{position + 1}}}, {expr})"
            rows.append(row("calculate", item.name, calculation=expr))
            rows.append(
                row(
                    "calculate",
                    f"{item.name}_score",
                    calculation=(
                        f"instance('{item.list_name}')/root/item[name = ${{{item.name}}}]/score"
                    ),
                )
            )
        rows.append(row("end_group", ""))
    for dim in DIMENSIONS:
        items = dims[dim]
        refs = [f"${{{item.name}_score}}" for item in items]
        count = " + ".join(f"if({_scored(r)}, 1, 0)" for r in refs)
        total = " + ".join(f"if({_scored(r)}, number({r}), 0)" for r in refs)
        rows += [
            row("calculate", f"ipl_{dim}_n", calculation=count),
            row(
                "calculate",
                f"ipl_{dim}",
                calculation=f"if(${{ipl_{dim}_n}} > 0, ({total}) div ${{ipl_{dim}_n}}, '')",
            ),
            row(
                "calculate",
                f"ipl_{dim}_complete",
                calculation=f"if(${{ipl_{dim}_n}} = {len(items)}, 1, 0)",
            ),
        ]
    scored_dims = " + ".join(f"if(${{ipl_{dim}_n}} > 0, 1, 0)" for dim in DIMENSIONS)
    all_dims = " + ".join(f"${{ipl_{dim}}}" for dim in DIMENSIONS)
    all_complete = " and ".join(f"${{ipl_{dim}_complete}} = 1" for dim in DIMENSIONS)
    rows += [
        row("calculate", "ipl_dimensions_scored", calculation=scored_dims),
        row(
            "calculate",
            "ipl_index",
            calculation=f"if(${{ipl_dimensions_scored}} = 6, ({all_dims}) div 6, '')",
        ),
        row("calculate", "ipl_index_complete", calculation=f"if({all_complete}, 1, 0)"),
        row("note", "thanks_end", THANKS_END, relevant="${consent} = 'yes'"),
    ]
    return rows


def _minutes(text: T, minutes: str) -> T:
    en, es, fr, pt, ar = (part.replace("{minutes}", minutes) for part in text)
    return (en, es, fr, pt, ar)


def ipl_choices(form: FormName, extra: Sequence[str] = ()) -> Sheet:
    rows: Sheet = []
    rows += [choice("ipl_mode", code, label) for code, label in IPL_MODES]
    rows += [choice("yes_no", code, label) for code, label in YES_NO]
    used = {item.list_name for item in items_for(form, extra)}
    for name, choice_list in CHOICE_LISTS.items():
        if name not in used:
            continue
        for option in choice_list.options:
            score = "" if option.score is None else score_text(option.score)
            rows.append(choice(name, option.code, option.label, score=score))
    return rows


IPL_TITLES = {"ipl12": "IPL Integration Index (IPL-12)", "ipl24": "IPL Integration Index (IPL-24)"}


def ipl_settings(form: FormName, extra: Sequence[str] = ()) -> Sheet:
    suffix = "".join(f"_{dim}" for dim in extra)
    title = IPL_TITLES[form] + (" + IPL-24 " + ", ".join(extra) if extra else "")
    return [
        {
            "form_title": title,
            "form_id": form + suffix,
            "name": form,
            "version": FORM_VERSION,
            "default_language": DEFAULT_LANGUAGE,
        }
    ]


# --------------------------------------------------------------------------------------------
# Workbook writing
# --------------------------------------------------------------------------------------------

HEADER_FONT = Font(bold=True)
SETTING_FILL = PatternFill("solid", fgColor="FFF2CC")  # the cells a deployment edits


def _columns(rows: Iterable[Row], first: Sequence[str]) -> list[str]:
    columns = list(first)
    for r in rows:
        for key in r:
            if key not in columns:
                columns.append(key)
    return columns


def workbook_rows(sheets: dict[str, Sheet]) -> dict[str, list[list[str]]]:
    """Sheet name -> rows of cell values (header first): what gets written and compared."""
    order = {
        "survey": ["type", "name", *[f"label::{LANGUAGE_COLUMNS[x]}" for x in LANGUAGES]],
        "choices": ["list_name", "name", *[f"label::{LANGUAGE_COLUMNS[x]}" for x in LANGUAGES]],
        "settings": [],
    }
    out: dict[str, list[list[str]]] = {}
    for name, rows in sheets.items():
        columns = _columns(rows, order.get(name, []))
        out[name] = [columns] + [[r.get(c, "") for c in columns] for r in rows]
    return out


def is_setting_row(cells: list[str], header: list[str]) -> bool:
    if "calculation" not in header or "type" not in header:
        return False
    name = cells[header.index("name")]
    return cells[header.index("type")] == "calculate" and (
        name.rsplit("_", 1)[0] in {*ADAPTATION_PER_LANGUAGE, *ORIGIN_SETTINGS}
        or name
        in {"currency", "median_income", "emergency_expense", "randomize_items", "origin_iso"}
    )


def write_workbook(path: Path, sheets: dict[str, Sheet]) -> None:
    wb = openpyxl.Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    for name, rows in workbook_rows(sheets).items():
        ws = wb.create_sheet(name)
        header = rows[0]
        for cells in rows:
            ws.append([c if c != "" else None for c in cells])
        for cell in ws[1]:
            cell.font = HEADER_FONT
        ws.freeze_panes = "C2" if name == "survey" else "A2"
        if name == "survey":
            calc_col = header.index("calculation") + 1 if "calculation" in header else None
            for index, cells in enumerate(rows[1:], start=2):
                if calc_col and is_setting_row(cells, header):
                    ws.cell(row=index, column=calc_col).fill = SETTING_FILL
        for col_cells in ws.columns:
            width = max(len(str(c.value or "")) for c in col_cells[:200])
            ws.column_dimensions[col_cells[0].column_letter].width = min(max(width, 8), 60)
    wb.properties.creator = "fieldapp forms/build_forms.py"
    wb.save(path)


def all_forms() -> dict[str, dict[str, Sheet]]:
    """File name -> sheets, for every built-in form."""
    import diaspora_source

    forms: dict[str, dict[str, Sheet]] = {}
    for form in ("ipl12", "ipl24"):
        forms[f"{form}.xlsx"] = {
            "survey": ipl_survey(form),
            "choices": ipl_choices(form),
            "settings": ipl_settings(form),
        }
    forms["diaspora.xlsx"] = diaspora_source.sheets()
    return forms


def read_workbook(path: Path) -> dict[str, list[list[str]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    out = {
        ws.title: [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
        for ws in wb.worksheets
    }
    wb.close()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    parser.add_argument("--out", type=Path, default=FORMS_DIR, help="output folder")
    parser.add_argument(
        "--ipl12-plus",
        nargs="+",
        choices=DIMENSIONS,
        metavar="DIMENSION",
        help="instead, write ipl12_<dims>.xlsx: IPL-12 plus the IPL-24 items of these dimensions",
    )
    args = parser.parse_args(argv)
    if args.ipl12_plus:
        extra = [d for d in DIMENSIONS if d in args.ipl12_plus]
        target = args.out / ("ipl12" + "".join(f"_{d}" for d in extra) + ".xlsx")
        sheets = {
            "survey": ipl_survey("ipl12", extra),
            "choices": ipl_choices("ipl12", extra),
            "settings": ipl_settings("ipl12", extra),
        }
        write_workbook(target, sheets)
        print(f"wrote {target}")
        return 0
    stale = []
    for filename, sheets in all_forms().items():
        target = args.out / filename
        if args.check:
            if not target.is_file() or read_workbook(target) != workbook_rows(sheets):
                stale.append(filename)
            continue
        write_workbook(target, sheets)
        print(f"wrote {target}")
    if stale:
        print("stale (run forms/build_forms.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
