"""Deterministic synthetic XLSForms for benchmarks: N questions, 25% selects, 25% calculates,
50% inputs with relevance (integer and text), in groups of 50.

The expressions are shaped like real forms: calculates chain on earlier calculates and test
earlier selects; relevance depends on selects, integers and calculates. Nothing is random: the
same N always gives the same form (benchmarks compare runs).

    .venv/bin/python tests/benchmarks/synthetic_forms.py 1000 /tmp/synthetic-1000.xlsx
"""

from __future__ import annotations

import sys
from pathlib import Path

SURVEY_HEADER = ["type", "name", "label", "relevant", "calculation"]
CHOICES_HEADER = ["list_name", "name", "label"]
LISTS = 10
CHOICES_PER_LIST = 5
GROUP_SIZE = 50


def question_row(i: int) -> list[str]:
    """The survey row of question i (0-based); the kind is i % 4."""
    kind = i % 4
    if kind == 0:
        return [f"select_one list{(i // 4) % LISTS}", f"s{i}", f"Select {i}", "", ""]
    if kind == 1:
        chained = f"if(selected(${{s{i - 1}}}, 'c1'), ${{c{i - 4}}} + 1, {i})"
        calc = chained if i >= 5 else str(i)
        return ["calculate", f"c{i}", "", "", calc]
    if kind == 2:
        return ["integer", f"n{i}", f"Number {i}", f"${{s{i - 2}}} != 'c3'", ""]
    return ["text", f"t{i}", f"Text {i}", f"${{n{i - 1}}} > 2 or ${{c{i - 2}}} > 10", ""]


def synthetic_sheets(n: int) -> dict[str, list[list[str]]]:
    """Sheets (header row first) of the synthetic form with ``n`` questions."""
    survey: list[list[str]] = [SURVEY_HEADER]
    for i in range(n):
        if i % GROUP_SIZE == 0:
            survey.append(["begin_group", f"g{i // GROUP_SIZE}", f"Part {i // GROUP_SIZE}", "", ""])
        survey.append(question_row(i))
        if i % GROUP_SIZE == GROUP_SIZE - 1 or i == n - 1:
            survey.append(["end_group", "", "", "", ""])
    choices: list[list[str]] = [CHOICES_HEADER]
    for lst in range(LISTS):
        for c in range(1, CHOICES_PER_LIST + 1):
            choices.append([f"list{lst}", f"c{c}", f"Choice {c}"])
    settings = [["form_id", "version", "form_title"], [f"synthetic_{n}", "1", f"Synthetic {n}"]]
    return {"survey": survey, "choices": choices, "settings": settings}


def synthetic_markdown(n: int) -> str:
    """The form as pyxform markdown (no spreadsheet library needed)."""
    lines: list[str] = []
    for sheet, rows in synthetic_sheets(n).items():
        lines.append(f"| {sheet} |")
        lines.extend("| | " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def write_markdown(n: int, path: Path) -> Path:
    path.write_text(synthetic_markdown(n), encoding="utf-8")
    return path


def write_xlsx(n: int, path: Path) -> Path:
    """The form as a real .xlsx (xlsxwriter, a runtime dependency)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path))
    for sheet, rows in synthetic_sheets(n).items():
        worksheet = workbook.add_worksheet(sheet)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value:
                    worksheet.write_string(r, c, value)
    workbook.close()
    return path


def write_form(n: int, path: Path) -> Path:
    """.md or .xlsx by the path's suffix."""
    if path.suffix == ".xlsx":
        return write_xlsx(n, path)
    if path.suffix == ".md":
        return write_markdown(n, path)
    raise ValueError(f"use .md or .xlsx, not {path.suffix}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    print(write_form(int(sys.argv[1]), Path(sys.argv[2])))
