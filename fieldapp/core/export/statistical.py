"""SPSS .sav and Stata .dta with variable and value labels, streamed (memory stays flat).

The files are written by our own writers (sav_writer.py, dta_writer.py; pyreadstat is only
used by the tests to read them back). Rows go to a scratch file as they come; at the end each
column's type, width and codes are known and the rows are streamed from the scratch file into
the statistical file. The format rules are handled by an explicit mapping, written next to
the data as ``<name>-codebook.csv`` (file, variable, original column, label, codes):

- Variable names: ASCII letters, digits and ``_``, starting with a letter, at most 27
  characters (Stata allows 32, SPSS 64; 27 leaves room for suffixes that other tools add to
  value-label set names, and keeps names the same as earlier exports), not a reserved word of either
  program, unique ignoring case. The field's own name is used (``age``), its group path when
  that is taken (``profile_age``), then a numeric suffix.
- Variable labels: the question label in the chosen language, cut to 80 characters for Stata
  and 255 bytes (UTF-8) for SPSS, with "…" where cut. Value labels: 120 bytes (SPSS) / 32,000
  (Stata).
- Select one: Stata puts value labels on numbers only, so choices become numeric codes: the
  choice values themselves when every value is an integer, else 1..k in choice-list order
  (values found in the data but not in any list get the next codes, labelled with the value).
- Text: SPSS strings as wide as the longest value (up to 32,767 bytes, longer is cut with a
  warning); Stata ``str#`` up to 2,045 bytes, ``strL`` beyond.
- Numbers (int, decimal, 0/1 choice columns, scores) are numeric unless some value is not a
  number, then the column stays text (nothing is lost). Dates and times stay ISO 8601 text.
"""

from __future__ import annotations

import contextlib
import csv
import math
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

from fieldapp.core.export.columns import Column, ColumnModel
from fieldapp.core.export.dta_writer import DtaVariable, DtaWriter
from fieldapp.core.export.flatten import Row
from fieldapp.core.export.outputs import AtomicOutputs, write_error
from fieldapp.core.export.sav_writer import MAX_WIDTH as MAX_SAV_WIDTH
from fieldapp.core.export.sav_writer import SavVariable, SavWriter, utf8_cut
from fieldapp.core.export.tabular import _zip_files, is_numeric, table_file_names

StatFormat = Literal["sav", "dta"]
MAX_NAME = 27
_MAX_DISTINCT = 5000
_RESERVED = {
    # SPSS
    "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with",
    # Stata
    "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n",
    "_pi", "_pred", "_rc", "_skip", "strl", "using", "str", "_se",
}  # fmt: skip
_STR_N = re.compile(r"^str\d+$", re.IGNORECASE)
_BAD = re.compile(r"[^A-Za-z0-9_]+")


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _BAD.sub("_", plain).strip("_")


def _fit(base: str) -> str:
    name = _ascii(base) or "v"
    if not name[0].isalpha():
        name = "v_" + name
    name = name[:MAX_NAME].rstrip("_") or "v"
    if name.casefold() in _RESERVED or _STR_N.match(name):
        name = (name + "_")[:MAX_NAME]
    return name


class VariableNames:
    """Unique, legal names for one file (case-insensitive uniqueness, as SPSS wants)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, *candidates: str) -> str:
        for candidate in candidates:
            name = _fit(candidate)
            if name.casefold() not in self.used:
                self.used.add(name.casefold())
                return name
        base = _fit(candidates[-1])
        n = 2
        while True:
            tail = f"_{n}"
            name = base[: MAX_NAME - len(tail)] + tail
            if name.casefold() not in self.used:
                self.used.add(name.casefold())
                return name
            n += 1


def variable_name(names: VariableNames, column: Column) -> str:
    if column.kind in ("meta", "key"):
        return names.take(column.name)
    path = column.name.replace("/", "-").split("-")
    if column.kind == "choice":
        leaf = column.name.rpartition("/")[0].rpartition("-")[2]
        return names.take(f"{leaf}_{column.choice}", "_".join(path))
    return names.take(path[-1], "_".join(path))


def _cut_chars(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cut_bytes(text: str, limit: int) -> str:
    if len(text.encode("utf-8")) <= limit:
        return text
    out = text
    while len(out.encode("utf-8")) > limit - 3:
        out = out[:-1]
    return out + "…"


class _Stats:
    """What one column needs known before its data is written: type, width, codes."""

    __slots__ = ("column", "flags", "numeric", "seen", "select", "variable", "width")

    def __init__(self, column: Column, variable: str) -> None:
        self.column = column
        self.variable = variable
        self.select = column.datatype == "select1"
        self.flags = column.kind == "choice"  # 0/1 choice columns
        self.numeric = not self.select and is_numeric(column.kind, column.datatype)
        self.width = 0  # longest value in UTF-8 bytes
        self.seen: set[str] = set()  # select one: the distinct values

    def add(self, text: str) -> None:
        if self.flags or not text:
            return
        if self.select:
            if text not in self.seen:
                self.seen.add(text)
            return
        if self.numeric:
            try:
                float(text)
            except ValueError:
                self.numeric = False  # some value is not a number: the column stays text
        if len(text) * 4 > self.width:  # a character is 1..4 bytes: measure only if it may matter
            self.width = max(self.width, len(text.encode("utf-8")))


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _to_float(text: str) -> float:
    return float(text) if text else math.nan


def _flag(text: str) -> float:
    return math.nan if not text else 1.0 if text == "1" else 0.0


class StatSink:
    """Streams rows to one scratch file per table, then writes each .sav/.dta from it.

    The rows pass through a scratch CSV next to the export (the folder the user chose, locked
    and deleted like every temporary of the export, as the XLSX writer's row files are) so that
    each column's type, width and codes are known before the statistical file's dictionary is
    written; memory holds only those per-column facts, never the rows.
    """

    def __init__(
        self, model: ColumnModel, out: Path, outputs: AtomicOutputs, fmt: StatFormat
    ) -> None:
        self.model = model
        self.out = out
        self.outputs = outputs
        self.fmt = fmt
        self.zipped = out.suffix.lower() == ".zip"
        stem = model.form_id if self.zipped else out.stem
        self.names = table_file_names(model, stem, f".{fmt}")
        self.codebook_name = f"{stem}-codebook.csv"
        self.rows = [0] * len(model.tables)
        self.stats: list[list[_Stats]] = []
        for table in model.tables:
            names = VariableNames()
            self.stats.append([_Stats(c, variable_name(names, c)) for c in table.columns])
        # the columns whose values matter before writing (0/1 choice columns, most of a wide
        # form, need nothing): looked at per row, the rest only go to the scratch file
        self.watched = [[(i, s) for i, s in enumerate(t) if not s.flags] for t in self.stats]
        self.spools: list[IO[str]] = []
        self.spool_paths: list[Path] = []
        self.writers: list[Any] = []
        self.warnings: list[str] = []

    def open(self) -> None:
        for name in self.names:
            path = self.outputs.scratch(self.out, name + ".rows")
            try:
                handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as exc:
                raise write_error(self.out, exc) from None
            self.spools.append(handle)
            self.spool_paths.append(path)
            self.writers.append(csv.writer(handle))

    def write(self, table: int, row: Row) -> None:
        if len(row) != len(self.stats[table]):
            raise ValueError(f"row of {len(row)} cells for {len(self.stats[table])} columns")
        for i, stats in self.watched[table]:
            text = row[i]
            if text:
                stats.add(text)
        try:
            self.writers[table].writerow(row)
        except OSError as exc:
            raise write_error(self.out, exc) from None
        self.rows[table] += 1

    def close(self) -> list[Path]:
        codebook: list[list[str]] = []
        written: list[tuple[Path, str]] = []
        try:
            for spool in self.spools:
                spool.close()
        except OSError as exc:
            raise write_error(self.out, exc) from None
        for ti, name in enumerate(self.names):
            variables: list[tuple[str, str, int, dict[int, str]]] = []
            convert: list[Any] = []
            for stats in self.stats[ti]:
                var, column = stats.variable, stats.column
                label = self._label(column.label or column.name)
                value_labels: dict[int, str] = {}
                width = 0
                if stats.select:
                    to_code, mapping, direct = _encode_select(column, stats.seen)
                    value_labels = {k: self._value_label(v) for k, (_, v) in mapping.items()}
                    convert.append(lambda t, m=to_code: m[t] if t else math.nan)
                    for code, (value, choice_label) in mapping.items():
                        codebook.append(
                            [name, var, column.name, label, "code" if not direct else "value",
                             _number_text(float(code)), value, choice_label]
                        )  # fmt: skip
                elif stats.flags:
                    value_labels = {0: "No", 1: "Yes"}
                    convert.append(_flag)
                elif stats.numeric:
                    convert.append(_to_float)
                else:
                    width = max(stats.width, 1)
                    if self.fmt == "sav" and width > MAX_SAV_WIDTH:
                        self.warnings.append(f"{name}: {var}: text over 32,767 bytes was cut")
                        width = MAX_SAV_WIDTH
                        convert.append(lambda t: utf8_cut(t, MAX_SAV_WIDTH).decode("utf-8"))
                    else:
                        convert.append(None)
                variables.append((var, label, width, value_labels))
                codebook.append(
                    [name, var, column.name, label, "text" if width else "number", "", "", ""]
                )
            path = (
                self.outputs.scratch(self.out, name)
                if self.zipped
                else self.outputs.new(self.out.parent / name)
            )
            spool_path = self.spool_paths[ti]

            def rows(spool: Path = spool_path, convert: list[Any] = convert) -> Iterator[list[Any]]:
                with open(spool, encoding="utf-8", newline="") as handle:
                    for row in csv.reader(handle):
                        yield [t if f is None else f(t) for f, t in zip(convert, row, strict=True)]

            try:
                with open(path, "wb") as handle:
                    if self.fmt == "sav":
                        sav = SavWriter(
                            handle,
                            [
                                SavVariable(v, lab, w, {float(k): t for k, t in vl.items()})
                                for v, lab, w, vl in variables
                            ],
                        )
                        sav.write_header()
                        for row in rows():
                            sav.write_case(row)
                        sav.finish()
                    else:
                        DtaWriter(
                            handle, [DtaVariable(v, lab, w, vl) for v, lab, w, vl in variables]
                        ).write(rows)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError as exc:
                raise write_error(self.out, exc) from None
            spool_path.unlink(missing_ok=True)  # done with it: free the disk space now
            written.append((path, name))
        codebook_path = (
            self.outputs.scratch(self.out, self.codebook_name)
            if self.zipped
            else self.outputs.new(self.out.parent / self.codebook_name)
        )
        try:
            with open(codebook_path, "w", encoding="utf-8-sig", newline="") as book:
                writer = csv.writer(book)
                writer.writerow(
                    ["file", "variable", "column", "label", "type", "code", "choice_value",
                     "choice_label"]
                )  # fmt: skip
                writer.writerows(codebook)
        except OSError as exc:
            raise write_error(self.out, exc) from None
        written.append((codebook_path, self.codebook_name))
        if not self.zipped:
            return self.outputs.commit(first=[self.out.parent / self.names[0]])
        zip_temp = self.outputs.new(self.out)
        _zip_files(zip_temp, written, self.out)
        return self.outputs.commit()

    def abort(self) -> None:
        for spool in self.spools:
            with contextlib.suppress(OSError):
                spool.close()
        self.outputs.abort()

    def _label(self, text: str) -> str:
        return _cut_chars(text, 80) if self.fmt == "dta" else _cut_bytes(text, 255)

    def _value_label(self, text: str) -> str:
        return _cut_chars(text, 32000) if self.fmt == "dta" else _cut_bytes(text, 120)


def _is_int(text: str) -> bool:
    try:
        value = int(text)
    except ValueError:
        return False
    return abs(value) < 2**31 - 100


def _encode_select(
    column: Column, seen: set[str]
) -> tuple[dict[str, float], dict[int, tuple[str, str]], bool]:
    """Codes of a select one: (value -> code, code -> (choice value, label), direct codes)."""
    choices = column.choices
    direct = all(_is_int(c.value) for c in choices) and all(_is_int(v) for v in seen)
    mapping: dict[int, tuple[str, str]] = {}
    to_code: dict[str, int] = {}
    if direct:
        for c in choices:
            mapping.setdefault(int(c.value), (c.value, c.label))
        for v in seen:
            mapping.setdefault(int(v), (v, v))
        return {v: float(int(v)) for v in seen}, mapping, True
    for n, c in enumerate(choices, start=1):
        to_code[c.value] = n
        mapping[n] = (c.value, c.label)
    for v in sorted(seen - set(to_code)):
        code = len(to_code) + 1
        to_code[v] = code
        mapping[code] = (v, v)
    return {v: float(code) for v, code in to_code.items()}, mapping, False
