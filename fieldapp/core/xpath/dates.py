"""Dates, times and dateTimes as ODK XForms reads and writes them.

Choices (from the ODK XForms spec, "number()" and the data types table):

- A date or dateTime converts to a number of days since 1970-01-01 UTC: a date is whole
  days (``2020-01-02`` -> 18263), a dateTime is fractional days of its instant (its own
  offset applied; no offset means the environment's time zone).
- A number converts back with ``date()`` to the calendar date ``1970-01-01 + floor(n)`` and
  with ``date-time()`` to the instant ``n`` days after the epoch, shown in the environment's
  time zone with its offset.
- A time converts to the fraction of a day elapsed, in the environment's time zone when the
  time carries an offset (``decimal-time``).
- Text that does not read as a date gives NaN as a number and "" from ``date()``; Collect
  shows an error dialog there, but a form must keep working, so we do not raise.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

EPOCH_DATE = date(1970, 1, 1)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
DAY_SECONDS = 86400.0

_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")  # JavaRosa also reads 2020-1-1
_OFFSET = r"(Z|[+-]\d{2}(?::?\d{2})?)?"
_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?" + _OFFSET + "$"
)
_TIME = re.compile(r"^(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?" + _OFFSET + "$")

SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class DateValue(str):
    """A date/dateTime/time result (of today(), now(), date() ...): text plus its day number.

    It is a ``str`` (XPath sees a string, stored as text) that also remembers it is a date, so
    comparisons and arithmetic use ``days``.
    """

    days: float
    kind: str

    def __new__(cls, text: str, days: float, kind: str = "date") -> DateValue:
        obj = super().__new__(cls, text)
        obj.days = days
        obj.kind = kind
        return obj


def _offset(text: str | None) -> tzinfo | None:
    if not text:
        return None
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    body = text[1:].replace(":", "")
    hours = int(body[:2])
    minutes = int(body[2:4]) if len(body) >= 4 else 0
    if hours > 23 or minutes > 59:
        raise ValueError("offset out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _fraction_us(text: str | None) -> int:
    if not text:
        return 0
    return int((text + "000000")[:6])


def parse_date(text: str) -> date | None:
    """``YYYY-MM-DD`` (surrounding whitespace allowed) or None."""
    m = _DATE.match(text.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse_datetime(text: str, tz: tzinfo) -> datetime | None:
    """A dateTime (``YYYY-MM-DDTHH:MM[:SS[.fff]][offset]``) as an aware datetime, or None.

    Without an offset the time is read in ``tz``.
    """
    m = _DATETIME.match(text.strip())
    if not m:
        return None
    try:
        zone = _offset(m[8]) or tz
        hour = int(m[4])
        extra = timedelta(0)
        if hour == 24:  # XML Schema allows 24:00:00 as the end of the day
            hour, extra = 0, timedelta(days=1)
        value = datetime(
            int(m[1]),
            int(m[2]),
            int(m[3]),
            hour,
            int(m[5]),
            int(m[6] or 0),
            _fraction_us(m[7]),
            tzinfo=zone,
        )
        return value + extra
    except ValueError:
        return None


def parse_time(text: str) -> tuple[time, tzinfo | None] | None:
    """``HH:MM[:SS[.fff]][offset]`` as (naive time, offset or None), or None."""
    m = _TIME.match(text.strip())
    if not m:
        return None
    try:
        return time(int(m[1]), int(m[2]), int(m[3] or 0), _fraction_us(m[4])), _offset(m[5])
    except ValueError:
        return None


def date_days(value: date) -> int:
    return (value - EPOCH_DATE).days


def datetime_days(value: datetime) -> float:
    return (value - EPOCH).total_seconds() / DAY_SECONDS


def time_fraction(text: str, tz: tzinfo) -> float:
    """Fraction of the day elapsed at a time value, in ``tz`` when the time has an offset."""
    parsed = parse_time(text)
    if parsed is None:
        dt = parse_datetime(text, tz)
        if dt is None:
            return math.nan
        local = dt.astimezone(tz)
        return _seconds_of_day(local.time()) / DAY_SECONDS
    value, zone = parsed
    if zone is not None:
        anchor = datetime.combine(date(2000, 1, 1), value, tzinfo=zone).astimezone(tz)
        value = anchor.time()
    return _seconds_of_day(value) / DAY_SECONDS


def _seconds_of_day(value: time) -> float:
    return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6


def text_to_days(text: str, tz: tzinfo) -> float | None:
    """Days since the epoch for date or dateTime text, else None."""
    d = parse_date(text)
    if d is not None:
        return float(date_days(d))
    dt = parse_datetime(text, tz)
    if dt is not None:
        return datetime_days(dt)
    return None


def format_iso_datetime(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS.mmm+HH:MM`` as ODK writes dateTimes (offset kept, never Z)."""
    offset = value.utcoffset() or timedelta(0)
    total = int(offset.total_seconds() // 60)
    sign = "-" if total < 0 else "+"
    total = abs(total)
    ms = value.microsecond // 1000
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:"
        f"{value.minute:02d}:{value.second:02d}.{ms:03d}{sign}{total // 60:02d}:{total % 60:02d}"
    )


def date_value(value: date) -> DateValue:
    return DateValue(value.isoformat(), float(date_days(value)), "date")


def datetime_value(value: datetime) -> DateValue:
    return DateValue(format_iso_datetime(value), datetime_days(value), "dateTime")


def days_to_date(days: float) -> date | None:
    if math.isnan(days) or math.isinf(days) or abs(days) > 2_900_000:
        return None
    return EPOCH_DATE + timedelta(days=math.floor(days))


def days_to_datetime(days: float, tz: tzinfo) -> datetime | None:
    if math.isnan(days) or math.isinf(days) or abs(days) > 2_900_000:
        return None
    return (EPOCH + timedelta(days=days)).astimezone(tz)


def format_date(value: datetime, pattern: str) -> str:
    """format-date / format-date-time with the ODK identifiers (%Y %y %m %n %b %d %e %a
    %H %h %M %S %3); an unknown identifier is copied as written."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        code = pattern[i + 1]
        i += 2
        if code == "Y":
            out.append(f"{value.year:04d}")
        elif code == "y":
            out.append(f"{value.year % 100:02d}")
        elif code == "m":
            out.append(f"{value.month:02d}")
        elif code == "n":
            out.append(str(value.month))
        elif code == "b":
            out.append(SHORT_MONTHS[value.month - 1])
        elif code == "d":
            out.append(f"{value.day:02d}")
        elif code == "e":
            out.append(str(value.day))
        elif code == "a":
            out.append(SHORT_DAYS[value.weekday()])
        elif code == "H":
            out.append(f"{value.hour:02d}")
        elif code == "h":
            out.append(str(value.hour))
        elif code == "M":
            out.append(f"{value.minute:02d}")
        elif code == "S":
            out.append(f"{value.second:02d}")
        elif code == "3":
            out.append(f"{value.microsecond // 1000:03d}")
        elif code == "%":
            out.append("%")
        else:
            out.append("%" + code)
    return "".join(out)
