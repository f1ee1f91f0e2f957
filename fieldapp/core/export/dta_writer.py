"""Stata .dta (format 118, Stata 14+) writer that streams observations: memory stays flat.

Written from Stata's "dta 118" specification: the XML-like sections in order, a map of their
byte offsets, UTF-8 text. The observation count in the header and the offsets of the sections
after the data are written as zero first and patched by seeking back at the end. Strings are
``str#`` of a fixed width (the caller measures the longest value beforehand) up to 2045 bytes;
wider columns are ``strL``: the data holds a (variable, observation) reference and the text
itself goes to the ``<strls>`` section, written from a second pass over the rows.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

MAX_STR = 2045  # bytes: the widest str#; wider columns become strL
_DOUBLE = 65526
_STRL = 32768
_MISSING_VALUE = 2.0**1023  # packs as 0x7FE0000000000000: Stata's "." for a double


@dataclass
class DtaVariable:
    """One variable: ``width`` 0 = numeric (double), else the longest value in bytes."""

    name: str  # ASCII, <= 32 chars
    label: str
    width: int = 0
    value_labels: dict[int, str] = field(default_factory=dict)  # numeric variables only

    @property
    def type_code(self) -> int:
        if self.width == 0:
            return _DOUBLE
        return max(self.width, 1) if self.width <= MAX_STR else _STRL


def _fixed(text: str, size: int) -> bytes:
    """NUL-padded UTF-8 of at most ``size - 1`` bytes, never splitting a character."""
    data = text.encode("utf-8")[: size - 1]
    data = data.decode("utf-8", "ignore").encode("utf-8")
    return data + b"\0" * (size - len(data))


def _tag(name: str, body: bytes) -> bytes:
    return f"<{name}>".encode() + body + f"</{name}>".encode()


class DtaWriter:
    """``write(rows)`` writes the whole file; ``rows`` is called once, or twice with strL."""

    def __init__(self, handle: BinaryIO, variables: Sequence[DtaVariable], label: str = "") -> None:
        self.handle = handle
        self.variables = list(variables)
        self.label = label
        self.observations = 0

    def write(self, rows: Callable[[], Iterable[Sequence[float | str]]]) -> None:
        h = self.handle
        k = len(self.variables)
        types = [v.type_code for v in self.variables]
        base = h.tell()
        offsets = [0] * 14
        label = self.label.encode("utf-8")[:320]
        stamp = time.strftime("%d %b %Y %H:%M").encode("ascii")
        head = (
            b"<stata_dta><header><release>118</release><byteorder>LSF</byteorder>"
            + _tag("K", struct.pack("<H", k))
            + b"<N>"
        )
        n_at = base + len(head)
        head += (
            struct.pack("<Q", 0)
            + b"</N>"
            + _tag("label", struct.pack("<H", len(label)) + label)
            + _tag("timestamp", bytes([len(stamp)]) + stamp)
            + b"</header>"
        )
        h.write(head)
        offsets[1] = h.tell() - base
        h.write(_tag("map", b"\0" * 8 * 14))
        offsets[2] = h.tell() - base
        h.write(_tag("variable_types", struct.pack(f"<{k}H", *types)))
        offsets[3] = h.tell() - base
        h.write(_tag("varnames", b"".join(_fixed(v.name, 129) for v in self.variables)))
        offsets[4] = h.tell() - base
        h.write(_tag("sortlist", b"\0\0" * (k + 1)))
        offsets[5] = h.tell() - base
        formats = [
            "%10.0g" if v.width == 0 else "%9s" if t == _STRL else f"%{max(v.width, 1)}s"
            for v, t in zip(self.variables, types, strict=True)
        ]
        h.write(_tag("formats", b"".join(_fixed(f, 57) for f in formats)))
        offsets[6] = h.tell() - base
        names = [v.name if v.value_labels and v.width == 0 else "" for v in self.variables]
        h.write(_tag("value_label_names", b"".join(_fixed(n, 129) for n in names)))
        offsets[7] = h.tell() - base
        h.write(_tag("variable_labels", b"".join(_fixed(v.label, 321) for v in self.variables)))
        offsets[8] = h.tell() - base
        h.write(b"<characteristics></characteristics>")
        offsets[9] = h.tell() - base
        h.write(b"<data>")
        n = 0
        # one pack per observation: doubles, NUL-padded str#, 8-byte strL references
        case = struct.Struct(
            "<" + "".join("d" if t == _DOUBLE else "8s" if t == _STRL else f"{t}s" for t in types)
        )
        numeric = [i for i, t in enumerate(types) if t == _DOUBLE]
        strings = [i for i, t in enumerate(types) if t not in (_DOUBLE, _STRL)]
        strl = [i for i, t in enumerate(types) if t == _STRL]
        for row in rows():
            n += 1
            args: list[Any] = list(row)
            for i in numeric:
                value = args[i]
                if value != value:  # NaN: Stata's "."
                    args[i] = _MISSING_VALUE
            for i in strings:
                args[i] = args[i].encode("utf-8")
            for i in strl:  # (v, o): variable and observation, 1-based; (0, 0) = ""
                args[i] = struct.pack("<HQ", i + 1, n)[:8] if args[i] else b""
            h.write(case.pack(*args))
        h.write(b"</data>")
        offsets[10] = h.tell() - base
        h.write(b"<strls>")
        if strl:
            for o, row in enumerate(rows(), start=1):
                for i in strl:
                    value = row[i]
                    if value:
                        assert isinstance(value, str)
                        data = value.encode("utf-8") + b"\0"
                        h.write(b"GSO" + struct.pack("<IQBI", i + 1, o, 130, len(data)) + data)
        h.write(b"</strls>")
        offsets[11] = h.tell() - base
        h.write(b"<value_labels>")
        for var in self.variables:
            if not var.value_labels or var.width:
                continue
            items = sorted(var.value_labels.items())
            texts = [t.encode("utf-8") + b"\0" for _, t in items]
            starts, at = [], 0
            for encoded in texts:
                starts.append(at)
                at += len(encoded)
            table = (
                struct.pack("<ii", len(items), at)
                + struct.pack(f"<{len(items)}i", *starts)
                + struct.pack(f"<{len(items)}i", *(v for v, _ in items))
                + b"".join(texts)
            )
            body = struct.pack("<i", len(table)) + _fixed(var.name, 129) + b"\0" * 3 + table
            h.write(_tag("lbl", body))
        h.write(b"</value_labels>")
        offsets[12] = h.tell() - base
        h.write(b"</stata_dta>")
        offsets[13] = h.tell() - base
        end = h.tell()
        h.seek(n_at)
        h.write(struct.pack("<Q", n))
        h.seek(base + offsets[1] + len(b"<map>"))
        h.write(struct.pack("<14Q", *offsets))
        h.seek(end)
        h.flush()
        self.observations = n
