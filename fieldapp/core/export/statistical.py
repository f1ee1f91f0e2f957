"""SPSS .sav and Stata .dta through pyreadstat, with variable and value labels.

pyreadstat writes a whole pandas DataFrame, so these two formats hold the exported rows in
memory (compact columns: floats for numbers, strings otherwise) — unlike CSV / XLSX, which
stream. The format rules are handled by an explicit mapping, written next to the data as
``<name>-codebook.csv`` (file, variable, original column, label, codes):

- Variable names: ASCII letters, digits and ``_``, starting with a letter, at most 27
  characters (Stata allows 32, but pyreadstat names each value-label set after its variable
  plus a number, which must fit in 32 too; SPSS allows 64), not a reserved word of either
  program, unique ignoring case. The field's own name is used (``age``), its group path when
  that is taken (``profile_age``), then a numeric suffix.
- Variable labels: the question label in the chosen language, cut to 80 characters for Stata
  and 255 bytes (UTF-8) for SPSS, with "…" where cut. Value labels: 120 bytes (SPSS) / 32,000
  (Stata).
- Select one: Stata puts value labels on numbers only, so choices become numeric codes: the
  choice values themselves when every value is an integer, else 1..k in choice-list order
  (values found in the data but not in any list get the next codes, labelled with the value).
- Numbers (int, decimal, 0/1 choice columns, scores) are numeric unless some value is not a
  number, then the column stays text (nothing is lost). Dates and times stay ISO 8601 text.
"""

from __future__ import annotations

import csv
import math
import os
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from fieldapp.core.export.columns import Column, ColumnModel
from fieldapp.core.export.flatten import Row
from fieldapp.core.export.outputs import AtomicOutputs, write_error
from fieldapp.core.export.tabular import _zip_files, is_numeric, table_file_names
from fieldapp.errors import FieldappError

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


@dataclass
class _Buffer:
    column: Column
    variable: str
    numbers: array[float] = field(default_factory=lambda: array("d"))
    texts: list[str] | None = None
    flags: bytearray | None = None  # 0/1 choice columns: one byte a row, 2 = empty
    seen: dict[str, str] | None = field(default_factory=dict)

    def add(self, text: str) -> None:
        if self.flags is not None:
            self.flags.append(2 if not text else 1 if text == "1" else 0)
            return
        if self.texts is not None:
            seen = self.seen
            if seen is not None:  # one object per distinct value: answers repeat a lot
                text = seen.setdefault(text, text)
                if len(seen) > _MAX_DISTINCT:
                    self.seen = None  # mostly distinct values (names, dates): stop looking
            self.texts.append(text)
            return
        if not text:
            self.numbers.append(math.nan)
            return
        try:
            self.numbers.append(float(text))
        except ValueError:
            self._to_text()
            assert self.texts is not None
            self.texts.append(text)

    def _to_text(self) -> None:
        self.texts = ["" if math.isnan(v) else _number_text(v) for v in self.numbers]
        self.numbers = array("d")


def _flag_column(flags: bytearray) -> Any:
    """0/1 choice columns as pandas' nullable Int8: 2 bytes a row instead of a float's 8."""
    import numpy as np
    import pandas as pd

    values = np.frombuffer(bytes(flags), dtype=np.int8).copy()
    missing = values == 2
    values[missing] = 0
    return pd.arrays.IntegerArray(values, missing)


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


class StatSink:
    """Buffers rows per table, then writes one .sav/.dta per table (+ codebook) at ``close``."""

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
        self.buffers: list[list[_Buffer]] = []
        for table in model.tables:
            names = VariableNames()
            self.buffers.append(
                [
                    _Buffer(
                        c,
                        variable_name(names, c),
                        texts=None if is_numeric(c.kind, c.datatype) else [],
                        flags=bytearray() if c.kind == "choice" else None,
                    )
                    for c in table.columns
                ]
            )
        self.warnings: list[str] = []

    def open(self) -> None:
        """Nothing to open yet: the files are written at ``close`` (pyreadstat needs all rows)."""

    def write(self, table: int, row: Row) -> None:
        for buffer, text in zip(self.buffers[table], row, strict=True):
            buffer.add(text)  # select one: kept as text, coded at the end (choices + data)
        self.rows[table] += 1

    def close(self) -> list[Path]:
        import pandas as pd
        import pyreadstat

        codebook: list[list[str]] = []
        written: list[tuple[Path, str]] = []
        for ti, name in enumerate(self.names):
            frame: dict[str, Any] = {}
            labels: dict[str, str | None] = {}
            value_labels: dict[str, dict[int | float, str]] = {}
            for buffer in self.buffers[ti]:
                var, column = buffer.variable, buffer.column
                label = self._label(column.label or column.name)
                labels[var] = label
                if column.datatype == "select1":
                    codes, mapping, direct = _encode_select(buffer)
                    frame[var] = codes
                    value_labels[var] = {k: self._value_label(v) for k, (_, v) in mapping.items()}
                    for code, (value, choice_label) in mapping.items():
                        codebook.append(
                            [
                                name,
                                var,
                                column.name,
                                label,
                                "code" if not direct else "value",
                                _number_text(float(code)),
                                value,
                                choice_label,
                            ]
                        )
                elif buffer.texts is not None:
                    frame[var] = buffer.texts
                    if self.fmt == "sav" and any(len(t) > 32767 for t in buffer.texts):
                        self.warnings.append(f"{name}: {var}: text over 32,767 characters was cut")
                        frame[var] = [t[:32767] for t in buffer.texts]
                else:
                    frame[var] = (
                        _flag_column(buffer.flags) if buffer.flags is not None else (buffer.numbers)
                    )
                    if buffer.flags is not None:
                        value_labels[var] = {0: "No", 1: "Yes"}
                codebook.append(
                    [
                        name,
                        var,
                        column.name,
                        label,
                        "text"
                        if buffer.texts is not None and column.datatype != "select1"
                        else "number",
                        "",
                        "",
                        "",
                    ]
                )
            df = pd.DataFrame(frame, columns=[b.variable for b in self.buffers[ti]])
            frame.clear()
            self.buffers[ti] = []  # the DataFrame holds the data now: free the row buffers
            path = (
                self.outputs.scratch(self.out, name)
                if self.zipped
                else self.outputs.new(self.out.parent / name)
            )
            try:
                if self.fmt == "sav":
                    pyreadstat.write_sav(
                        df, str(path), column_labels=labels, variable_value_labels=value_labels
                    )
                else:
                    pyreadstat.write_dta(
                        df, str(path), column_labels=labels, variable_value_labels=value_labels
                    )
            except OSError as exc:
                raise write_error(self.out, exc) from None
            except Exception as exc:  # pyreadstat's ReadstatError: a rule we missed, or I/O
                if "write" in str(exc).lower():
                    raise _probe_write_error(self.out, path) from None
                raise FieldappError(
                    "R158",
                    location=str(self.out),
                    path=str(self.out),
                    fmt=self.fmt,
                    detail=str(exc),
                ) from None
            _fsync(path, self.out)
            written.append((path, name))
        codebook_path = (
            self.outputs.scratch(self.out, self.codebook_name)
            if self.zipped
            else self.outputs.new(self.out.parent / self.codebook_name)
        )
        try:
            with open(codebook_path, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(
                    [
                        "file",
                        "variable",
                        "column",
                        "label",
                        "type",
                        "code",
                        "choice_value",
                        "choice_label",
                    ]
                )
                writer.writerows(codebook)
        except OSError as exc:
            raise write_error(self.out, exc) from None
        written.append((codebook_path, self.codebook_name))
        self.buffers = []
        if not self.zipped:
            return self.outputs.commit(first=[self.out.parent / self.names[0]])
        zip_temp = self.outputs.new(self.out)
        _zip_files(zip_temp, written, self.out)
        return self.outputs.commit()

    def abort(self) -> None:
        self.buffers = []
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
    buffer: _Buffer,
) -> tuple[list[float], dict[int, tuple[str, str]], bool]:
    """Codes of a select one: (codes per row, code -> (choice value, label), direct codes)."""
    texts = buffer.texts or []
    choices = buffer.column.choices
    seen_values = set(texts) - {""}
    direct = all(_is_int(c.value) for c in choices) and all(_is_int(v) for v in seen_values)
    mapping: dict[int, tuple[str, str]] = {}
    to_code: dict[str, int] = {}
    if direct:
        for c in choices:
            mapping.setdefault(int(c.value), (c.value, c.label))
        for v in seen_values:
            mapping.setdefault(int(v), (v, v))
        return [float(int(t)) if t else math.nan for t in texts], mapping, True
    for n, c in enumerate(choices, start=1):
        to_code[c.value] = n
        mapping[n] = (c.value, c.label)
    for v in sorted(seen_values - set(to_code)):
        code = len(to_code) + 1
        to_code[v] = code
        mapping[code] = (v, v)
    return [float(to_code[t]) if t else math.nan for t in texts], mapping, False


def _probe_write_error(final: Path, temp: Path) -> FieldappError:
    """pyreadstat says only "Unable to write data": find out why by writing a block ourselves
    (a full disk or a file size limit then shows its errno), else report the message as is."""
    probe = temp.with_name(temp.name + ".probe")
    try:
        with open(probe, "wb") as handle:
            handle.write(b"\0" * 1_048_576)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        return write_error(final, exc)
    finally:
        probe.unlink(missing_ok=True)
    return FieldappError(
        "R154", location=str(final), path=str(final), detail="pyreadstat: unable to write data"
    )


def _fsync(path: Path, final: Path) -> None:
    try:
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError as exc:
        raise write_error(final, exc) from None
