"""Generate iso3166_countries.csv and iso4217_currencies.csv once, from Debian's iso-codes.

Run on a Debian/Ubuntu machine with the `iso-codes` package (it ships the ISO 3166-1 and
ISO 4217 lists as JSON plus gettext translations). The CSVs are committed, so neither the app
nor the tests need iso-codes or pycountry; rerun only to pick up ISO changes:

    .venv/bin/python forms/data/make_iso_csv.py
"""

from __future__ import annotations

import csv
import gettext
import json
from pathlib import Path

ISO_JSON = Path("/usr/share/iso-codes/json")
LOCALE_DIR = "/usr/share/locale"
HERE = Path(__file__).resolve().parent
LANGS = {"es": "Spanish (es)", "fr": "French (fr)", "pt": "Portuguese (pt)", "ar": "Arabic (ar)"}


def _translators(domain: str) -> dict[str, gettext.NullTranslations]:
    return {
        lang: gettext.translation(domain, localedir=LOCALE_DIR, languages=[lang], fallback=True)
        for lang in LANGS
    }


def countries() -> list[dict[str, str]]:
    data = json.loads((ISO_JSON / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    tr = _translators("iso_3166-1")
    rows = []
    for entry in data:
        english = entry.get("common_name", entry["name"])
        row = {
            "name": entry["alpha_3"],
            "alpha_2": entry["alpha_2"],
            "numeric": entry["numeric"],
            "label::English (en)": english,
        }
        for lang, column in LANGS.items():
            translated = tr[lang].gettext(english)
            if translated == english and "common_name" in entry:
                translated = tr[lang].gettext(entry["name"])
            row[f"label::{column}"] = translated
        rows.append(row)
    return sorted(rows, key=lambda r: r["label::English (en)"])


def currencies() -> list[dict[str, str]]:
    data = json.loads((ISO_JSON / "iso_4217.json").read_text(encoding="utf-8"))["4217"]
    tr = _translators("iso_4217")
    rows = []
    for entry in data:
        row = {
            "name": entry["alpha_3"],
            "numeric": entry.get("numeric", ""),
            "label::English (en)": f"{entry['name']} ({entry['alpha_3']})",
        }
        for lang, column in LANGS.items():
            row[f"label::{column}"] = f"{tr[lang].gettext(entry['name'])} ({entry['alpha_3']})"
        rows.append(row)
    return sorted(rows, key=lambda r: r["name"])


def write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {path} ({len(rows)} rows)")


if __name__ == "__main__":
    write(HERE / "iso3166_countries.csv", countries())
    write(HERE / "iso4217_currencies.csv", currencies())
