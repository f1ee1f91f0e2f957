"""SPSS system file (.sav) writer that streams cases: memory does not grow with the row count.

Written from the PSPP developer guide's "System File Format": an uncompressed little-endian
file with UTF-8 text (encoding record, subtype 20). The header's case count starts as -1
(unknown) and is patched by seeking back once the last case is written, so the file needs no
pass over the data beforehand — only the variable widths, which the caller knows.

Strings wider than 255 bytes are "very long strings" (subtype 14): segments of 255 bytes, one
per 252 bytes of width, each its own variable record with its own short name.
"""

from __future__ import annotations

import struct
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

MAX_WIDTH = 32767  # bytes: SPSS's longest string
SYSMIS = -sys.float_info.max
_HIGHEST = sys.float_info.max
_LOWEST = struct.unpack("<d", bytes.fromhex("feffffffffffefff"))[0]  # next above SYSMIS
_NCASES_AT = 4 + 60 + 4 + 4 + 4 + 4  # byte offset of the case count in the header


@dataclass
class SavVariable:
    """One variable: ``width`` 0 = numeric, else a string width in bytes (1..32767)."""

    name: str  # long name, ASCII, <= 64 chars
    label: str
    width: int = 0
    value_labels: dict[float, str] = field(default_factory=dict)  # numeric variables only


def _segments(width: int) -> list[int]:
    """Widths of the segments a string of ``width`` bytes is stored as (one when <= 255)."""
    if width <= 255:
        return [width]
    n = (width + 251) // 252
    return [255] * (n - 1) + [width - (n - 1) * 252]


def _units(width: int) -> int:
    """8-byte units one segment takes in a case (a numeric takes one)."""
    return 1 if width == 0 else (width + 7) // 8


def _short_names(names: Sequence[str], counts: Sequence[int]) -> list[list[str]]:
    """8-byte upper-case short names, unique, one per segment."""
    used: set[str] = set()
    out: list[list[str]] = []

    def fresh(base: str) -> str:
        base = base.upper()[:8]
        if base not in used:
            used.add(base)
            return base
        n = 1
        while True:
            tail = f"_{n}" if n < 10 else f"{n}"
            candidate = base[: 8 - len(tail)] + tail
            if candidate not in used:
                used.add(candidate)
                return candidate
            n += 1

    for name, count in zip(names, counts, strict=True):
        out.append([fresh(name)] + [fresh(name[:5] + f"{k}") for k in range(1, count)])
    return out


def _i32(*values: int) -> bytes:
    return struct.pack(f"<{len(values)}i", *values)


def _padded(data: bytes, size: int) -> bytes:
    return data + b" " * (size - len(data))


def utf8_cut(text: str, limit: int) -> bytes:
    """``text`` in UTF-8, at most ``limit`` bytes, never splitting a character."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return data
    return data[:limit].decode("utf-8", "ignore").encode("utf-8")


def _segmented(value: str, layout: list[tuple[int, int]]) -> bytes:
    """A very long string: 255 bytes of it per segment, each padded to its allocation."""
    data = value.encode("utf-8")  # the caller made the width fit every value
    parts: list[bytes] = []
    at = 0
    for width, size in layout:
        parts.append(data[at : at + width].ljust(size))
        at += width
    return b"".join(parts)


class SavWriter:
    """``write_header`` once, ``write_case`` per row, then ``finish`` (patches the case count)."""

    def __init__(self, handle: BinaryIO, variables: Sequence[SavVariable]) -> None:
        self.handle = handle
        self.variables = list(variables)
        self.cases = 0
        # per variable: list of (bytes in the segment, bytes allocated for it); numeric: []
        self._layout: list[list[tuple[int, int]]] = []
        for var in self.variables:
            if var.width == 0:
                self._layout.append([])
            else:
                segs = _segments(var.width)
                self._layout.append([(255 if w == 255 else w, _units(w) * 8) for w in segs])
        # one pack per case: a double per numeric, the padded bytes of each string
        fields = ["d" if not lay else f"{sum(size for _, size in lay)}s" for lay in self._layout]
        self._case = struct.Struct("<" + "".join(fields))

    def write_header(self) -> None:
        out: list[bytes] = []
        counts = [len(_segments(v.width)) if v.width else 1 for v in self.variables]
        shorts = _short_names([v.name for v in self.variables], counts)
        case_size = sum(
            sum(_units(w) for w in _segments(v.width)) if v.width else 1 for v in self.variables
        )
        now = time.localtime()
        product = b"@(#) SPSS DATA FILE fieldapp"
        out.append(b"$FL2" + _padded(product, 60))
        out.append(_i32(2, case_size, 0, 0, -1))
        out.append(struct.pack("<d", 100.0))
        out.append(time.strftime("%d %b %y", now).encode("ascii")[:9].ljust(9))
        out.append(time.strftime("%H:%M:%S", now).encode("ascii"))
        out.append(b" " * 64 + b"\0\0\0")
        index = 1  # dictionary index (1-based, in 8-byte units) of each variable's first unit
        first_unit: list[int] = []
        for var, names in zip(self.variables, shorts, strict=True):
            first_unit.append(index)
            widths = _segments(var.width) if var.width else [0]
            for k, (width, short) in enumerate(zip(widths, names, strict=True)):
                label = utf8_cut(var.label, 255) if k == 0 and var.label else b""
                fmt = (5 << 16) | (8 << 8) | 2 if width == 0 else (1 << 16) | (width << 8)
                out.append(_i32(2, width, 1 if label else 0, 0, fmt, fmt))
                out.append(_padded(short.encode("ascii"), 8))
                if label:
                    out.append(_i32(len(label)) + _padded(label, (len(label) + 3) // 4 * 4))
                for _ in range(_units(width) - 1):
                    out.append(_i32(2, -1, 0, 0, 0, 0) + b" " * 8)
                index += _units(width)
        for var, unit in zip(self.variables, first_unit, strict=True):
            if not var.value_labels or var.width:
                continue
            out.append(_i32(3, len(var.value_labels)))
            for value, text in var.value_labels.items():
                data = utf8_cut(text, 120)
                out.append(struct.pack("<dB", value, len(data)))
                out.append(_padded(data, (len(data) + 1 + 7) // 8 * 8 - 1))
            out.append(_i32(4, 1, unit))
        out.append(_i32(7, 3, 4, 8, 20, 0, 0, -1, 1, 1, 2, 65001))
        out.append(_i32(7, 4, 8, 3) + struct.pack("<3d", SYSMIS, _HIGHEST, _LOWEST))
        long_names = "\t".join(
            f"{names[0]}={v.name}" for v, names in zip(self.variables, shorts, strict=True)
        ).encode("ascii")
        out.append(_i32(7, 13, 1, len(long_names)) + long_names)
        very_long = b"".join(
            f"{names[0]}={v.width:05d}".encode("ascii") + b"\0\t"
            for v, names in zip(self.variables, shorts, strict=True)
            if v.width > 255
        )
        if very_long:
            out.append(_i32(7, 14, 1, len(very_long)) + very_long)
        out.append(_i32(7, 20, 1, 5) + b"UTF-8")
        out.append(_i32(999, 0))
        self.handle.write(b"".join(out))

    def write_case(self, values: Iterable[float | str]) -> None:
        """One case: floats for numeric variables (NaN = system missing), str for strings."""
        args: list[float | bytes] = []
        for value, layout in zip(values, self._layout, strict=True):
            if not layout:
                args.append(value if value == value else SYSMIS)  # type: ignore[arg-type]
            elif len(layout) == 1:
                args.append(value.encode("utf-8").ljust(layout[0][1]))  # type: ignore[union-attr]
            else:
                args.append(_segmented(value, layout))  # type: ignore[arg-type]
        self.handle.write(self._case.pack(*args))
        self.cases += 1

    def finish(self) -> None:
        """Patch the header's case count (the file must be seekable), then flush."""
        self.handle.seek(_NCASES_AT)
        self.handle.write(_i32(self.cases))
        self.handle.seek(0, 2)
        self.handle.flush()
