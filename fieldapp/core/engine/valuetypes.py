"""Check and normalise answers given in XForms text format, per bind type.

The session calls this before storing a value, so an int question never holds "12.5" and a
date question never holds "12/03/2024"; the message tells the enumerator what to type instead.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time

_INT = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_TIME = re.compile(r"^(\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$")
MAX_INT = 2**31 - 1


def normalize(datatype: str, value: str) -> tuple[str, str | None]:
    """(normalised value, None) or (value, message why it is not acceptable)."""
    v = value.strip()
    if v == "":
        return "", None
    check = _CHECKS.get(datatype)
    if check is None:
        return value, None
    return check(v)


def _int(v: str) -> tuple[str, str | None]:
    if not _INT.match(v):
        return v, f"{v!r} is not a whole number."
    n = int(v)
    if abs(n) > MAX_INT:
        return v, f"{v} is too large for a whole number."
    return str(n), None


def _decimal(v: str) -> tuple[str, str | None]:
    if not _DECIMAL.match(v):
        return v, f"{v!r} is not a number."
    x = float(v)
    if not math.isfinite(x):
        return v, f"{v!r} is not a number."
    return v.lstrip("+"), None


def _date(v: str) -> tuple[str, str | None]:
    try:
        d = date.fromisoformat(v[:10])
    except ValueError:
        return v, f"{v!r} is not a date: use YYYY-MM-DD."
    if len(v) != 10:
        return v, f"{v!r} is not a date: use YYYY-MM-DD."
    return d.isoformat(), None


def _time(v: str) -> tuple[str, str | None]:
    m = _TIME.match(v)
    if not m:
        return v, f"{v!r} is not a time: use HH:MM or HH:MM:SS."
    try:
        time(int(m.group(1)), int(m.group(2)), int(m.group(4) or 0))
    except ValueError:
        return v, f"{v!r} is not a valid time of day."
    return v, None


def _datetime(v: str) -> tuple[str, str | None]:
    text = v.replace("Z", "+00:00")
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return v, f"{v!r} is not a date and time: use YYYY-MM-DDTHH:MM:SS with an offset."
    if "T" not in v:
        return v, f"{v!r} is not a date and time: use YYYY-MM-DDTHH:MM:SS with an offset."
    return v, None


def _geo_point(text: str) -> str | None:
    parts = text.split()
    if not 2 <= len(parts) <= 4:
        return "a location is 'latitude longitude [altitude [accuracy]]'"
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        return "a location must be numbers: 'latitude longitude [altitude [accuracy]]'"
    if not all(math.isfinite(n) for n in nums):
        return "a location must be finite numbers"
    if not -90 <= nums[0] <= 90:
        return f"latitude {parts[0]} is outside -90..90"
    if not -180 <= nums[1] <= 180:
        return f"longitude {parts[1]} is outside -180..180"
    if len(nums) == 4 and nums[3] < 0:
        return "accuracy cannot be negative"
    return None


def _geopoint(v: str) -> tuple[str, str | None]:
    err = _geo_point(v)
    return (v, None) if err is None else (v, err[0].upper() + err[1:] + ".")


def _geoshape(v: str) -> tuple[str, str | None]:
    points = [p.strip() for p in v.split(";") if p.strip()]
    for p in points:
        err = _geo_point(p)
        if err:
            return v, f"Point {p!r}: {err}."
    if not points:
        return v, "A shape needs at least one point."
    return "; ".join(points), None


def _boolean(v: str) -> tuple[str, str | None]:
    if v in ("true", "1"):
        return "true", None
    if v in ("false", "0"):
        return "false", None
    return v, f"{v!r} is not true or false."


_CHECKS = {
    "int": _int,
    "integer": _int,
    "long": _int,
    "short": _int,
    "decimal": _decimal,
    "double": _decimal,
    "float": _decimal,
    "date": _date,
    "time": _time,
    "dateTime": _datetime,
    "geopoint": _geopoint,
    "geotrace": _geoshape,
    "geoshape": _geoshape,
    "boolean": _boolean,
}


def check_range(value: str, params: dict[str, str]) -> str | None:
    """A range answer must be inside start..end and on a step."""
    try:
        x = float(value)
        start = float(params.get("start", "0") or 0)
        end = float(params.get("end", "10") or 10)
        step = float(params.get("step", "1") or 1)
    except ValueError:
        return f"{value!r} is not a number."
    lo, hi = min(start, end), max(start, end)
    if not lo <= x <= hi:
        return f"{value} is outside the range {params.get('start')}..{params.get('end')}."
    if step and abs(step) > 0:
        k = (x - start) / step
        if abs(k - round(k)) > 1e-9:
            return f"{value} is not a step of {params.get('step')} from {params.get('start')}."
    return None
