"""XPath 1.0 type conversions (string(), number(), boolean()) with the ODK date extension.

A value is ``str | float | bool | list[Node]``; a node-set is a list of nodes in document
order. Node values are strings; a node whose ``datatype`` is date/dateTime/time converts to
a number of days (see ``dates``), as does any text that reads as a date or dateTime (the
ODK spec extends ``number()`` that way).
"""

from __future__ import annotations

import math
import re
from datetime import UTC, tzinfo
from decimal import Decimal

from fieldapp.core.xpath.dates import DateValue, text_to_days, time_fraction
from fieldapp.core.xpath.nodes import Node

Value = str | float | bool | list[Node]

NAN = math.nan
DATE_TYPES = frozenset({"date", "dateTime", "time"})
_NUMBER = re.compile(r"^[ \t\r\n]*(-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))[ \t\r\n]*$")


def format_number(x: float) -> str:
    """XPath 1.0 number -> string: NaN, Infinity, -Infinity, integers without ".0", never an
    exponent, -0 as "0"."""
    if x != x:
        return "NaN"
    if x == math.inf:
        return "Infinity"
    if x == -math.inf:
        return "-Infinity"
    if x == int(x) and abs(x) < 2**53:
        return str(int(x))
    text = repr(x)  # the shortest digits that read back as x, then without exponent
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


_NUMBERS: dict[str, float | None] = {}
_NUMBERS_MAX = 8192


def _plain_number(text: str) -> float | None:
    """The XPath Number in ``text``, cached (forms compare the same few values again).

    A plain dict emptied when full, not an LRU: an LRU entry is a container the cyclic
    collector tracks, and thousands of fresh calculation results a second would churn them
    into the oldest generation and set off full collections (50 ms pauses in big forms).
    """
    found = _NUMBERS.get(text, _MISSING)
    if found is not _MISSING:
        return found  # type: ignore[return-value]
    m = _NUMBER.match(text)
    value = float(m[1]) if m is not None else None
    if len(_NUMBERS) >= _NUMBERS_MAX:
        _NUMBERS.clear()
    _NUMBERS[text] = value
    return value


_MISSING = object()


def string_to_number(text: str, tz: tzinfo = UTC) -> float:
    """XPath 1.0 string -> number (no exponent, no "+", surrounding whitespace allowed) plus
    date and dateTime text as days since 1970-01-01."""
    plain = _plain_number(text)
    if plain is not None:
        return plain
    if isinstance(text, DateValue):
        return text.days
    if len(text) >= 10 and text.strip()[:1].isdigit():
        days = text_to_days(text, tz)
        if days is not None:
            return days
    return NAN


def node_number(node: Node, tz: tzinfo = UTC) -> float:
    """A node's value as a number; time nodes give the fraction of the day."""
    if node.children:
        return string_to_number(node.string_value(), tz)
    if node.datatype == "time" and node.value.strip():
        return time_fraction(node.value, tz)
    return string_to_number(node.value, tz)


_SCALE = 1 << 1074  # every finite float is an integer multiple of 2**-1074


def scaled_int(x: float) -> int:
    """A finite float as an exact integer count of 2**-1074 (so sums of them are exact)."""
    num, den = x.as_integer_ratio()
    return num << (1075 - den.bit_length())


def round_scaled(total: int) -> float:
    """The float nearest ``total * 2**-1074`` (int division rounds correctly, ties to even)."""
    try:
        return total / _SCALE
    except OverflowError:
        return math.inf if total > 0 else -math.inf


def special_sum(nan: int, pos_inf: int, neg_inf: int) -> float | None:
    """The sum when NaN or infinite terms decide it (counts of each), else None."""
    if nan or (pos_inf and neg_inf):
        return NAN
    if pos_inf:
        return math.inf
    if neg_inf:
        return -math.inf
    return None


def exact_sum(values: list[float]) -> float:
    """XPath sum() of numbers: the exact sum rounded once (order does not matter, so a
    running total kept by the engine gives the very same float); NaN when a term is NaN or
    +Infinity meets -Infinity; never -0."""
    try:
        return math.fsum(values) + 0.0  # fsum is correctly rounded, like round_scaled
    except (ValueError, OverflowError):  # inf - inf, or an intermediate overflow
        pass
    nan = sum(1 for x in values if x != x)
    pos = sum(1 for x in values if x == math.inf)
    neg = sum(1 for x in values if x == -math.inf)
    special = special_sum(nan, pos, neg)
    if special is not None:
        return special
    return round_scaled(sum(scaled_int(x) for x in values))


def to_string(value: Value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | int):
        return format_number(float(value))
    if not value:
        return ""
    first = value[0]
    return first.value if not first.children else first.string_value()


def to_number(value: Value, tz: tzinfo = UTC) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float | int):
        return float(value)
    if isinstance(value, str):
        return string_to_number(value, tz)
    if not value:
        return NAN
    return node_number(value[0], tz)


def to_boolean(value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float | int):
        return not (value == 0 or value != value)
    if isinstance(value, str):
        return len(value) > 0
    return len(value) > 0


def node_string(node: Node) -> str:
    return node.value if not node.children else node.string_value()
