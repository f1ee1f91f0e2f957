"""Dates, times and dateTimes with an injected clock and time zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from fieldapp.core.xpath import DefaultEnvironment, EvalContext, Node, compile_xpath, to_string
from tests.xpath.conftest import World

DATE_CASES = [
    ("today()", "2024-03-10"),  # 01:30 in +03:00, still 2024-03-09 in UTC
    ("now()", "2024-03-10T01:30:45.123+03:00"),
    ("date(0)", "1970-01-01"),
    ("date(1.9)", "1970-01-02"),
    ("date(-1)", "1969-12-31"),
    ("date(19792)", "2024-03-10"),
    ("date('19792')", "2024-03-10"),
    ("date('2020-02-30')", ""),
    ("date('abc')", ""),
    ("date('')", ""),
    ("date(/data/missing)", ""),
    ("date(0 div 0)", ""),
    ("date('2020-1-1')", "2020-01-01"),  # lenient like JavaRosa
    ("date('2020-01-01T23:30:00-05:00')", "2020-01-02"),
    ("date(/data/dob)", "2000-02-29"),
    ("date(today())", "2024-03-10"),
    ("date(today() + 7)", "2024-03-17"),
    ("date(/data/dob + 1)", "2000-03-01"),
    ("today() - date('2024-01-01')", "69"),
    ("date-time(0)", "1970-01-01T03:00:00.000+03:00"),
    ("date-time(0.5)", "1970-01-01T15:00:00.000+03:00"),
    ("date-time('2020-01-01')", "2020-01-01T00:00:00.000+03:00"),
    ("date-time('2024-03-10T01:30:45Z')", "2024-03-10T04:30:45.000+03:00"),
    ("date-time('nope')", ""),
    ("decimal-date-time('1970-01-02T00:00:00Z')", "1"),
    ("decimal-date-time('1970-01-01T12:00:00.000+00:00')", "0.5"),
    ("decimal-date-time('1970-01-01T03:00:00.000+03:00')", "0"),
    ("decimal-date-time('1970-01-01')", "0"),
    ("decimal-date-time(/data/when)", "18262.333333333332"),
    ("decimal-date-time(2.5)", "2.5"),
    ("decimal-date-time('x')", "NaN"),
    ("decimal-time('12:00:00.000+03:00')", "0.5"),
    ("decimal-time('06:00')", "0.25"),
    ("decimal-time('18:00:00Z')", "0.875"),
    ("decimal-time('x')", "NaN"),
    ("decimal-time('')", "NaN"),
    ("decimal-time(/data/t)", "0.5416666666666666"),
    ("format-date('2024-03-10', '%Y-%m-%d %y %n/%e %b %a')", "2024-03-10 24 3/10 Mar Sun"),
    ("format-date('2024-01-05', '%d.%m.%Y')", "05.01.2024"),
    ("format-date-time('2024-03-10T05:06:07.089+03:00', '%H:%M:%S.%3 %h')", "05:06:07.089 5"),
    ("format-date-time(now(), '%Y%m%d %H%M')", "20240310 0130"),
    ("format-date-time('2020-01-01T23:00:00Z', '%d %H')", "02 02"),
    ("format-date(0, '%Y-%m-%d')", "1970-01-01"),
    ("format-date(today() + 1, '%a %e %b')", "Mon 11 Mar"),
    ("format-date('', '%Y')", ""),
    ("format-date('nonsense', '%Y')", ""),
    ("format-date(today(), '%q %%')", "%q %"),
    ("format-date(/data/dob, '%e %b %Y')", "29 Feb 2000"),
    ("format-date(/data/when, '%H:%M')", "11:00"),
    ("format-date-time(date-time(0.25), '%H:%M')", "09:00"),
    ("/data/dob < today()", "true"),
    ("today() > '2024-03-09'", "true"),
    ("now() < '2024-03-10T00:00:00+03:00'", "false"),
    ("now() > '2024-03-09T22:30:00Z'", "true"),
    ("today() = date(decimal-date-time(today()))", "true"),
    ("number(now()) - number(today()) < 0", "true"),
    ("date('2024-02-29') + 365", "20147"),
    ("int((today() - /data/dob) div 365.25)", "24"),
]


@pytest.mark.parametrize(("expr", "expected"), DATE_CASES)
def test_dates(world: World, expr: str, expected: str) -> None:
    assert world.string(expr) == expected


def test_spec_choice_date_is_utc_midnight(world: World) -> None:
    """Documented choice (ODK spec, number()): a date is days since 1970-01-01 UTC, so shortly
    after local midnight east of UTC, now() is numerically before today(); Collect counts a
    date from local midnight instead."""
    assert world.value("number(today())") == 19792.0
    now_days = world.value("decimal-date-time(now())")
    assert isinstance(now_days, float) and 19791.9 < now_days < 19792.0


def test_now_follows_injected_zone_with_daylight_saving() -> None:
    paris = ZoneInfo("Europe/Paris")
    node = Node("x")
    summer = DefaultEnvironment(now=datetime(2024, 7, 1, 12, 0, tzinfo=paris), tz=paris)
    winter = DefaultEnvironment(now=datetime(2024, 1, 1, 12, 0, tzinfo=paris), tz=paris)
    assert to_string(compile_xpath("now()").evaluate(EvalContext(node, env=summer))) == (
        "2024-07-01T12:00:00.000+02:00"
    )
    assert to_string(compile_xpath("now()").evaluate(EvalContext(node, env=winter))) == (
        "2024-01-01T12:00:00.000+01:00"
    )


def test_clock_is_read_per_evaluation() -> None:
    ticks = iter([datetime(2024, 1, 1, 23, 59, 59), datetime(2024, 1, 2, 0, 0, 1)])
    env = DefaultEnvironment(now=lambda: next(ticks), tz=ZoneInfo("UTC"))
    expr = compile_xpath("today()")
    ctx = EvalContext(Node("x"), env=env)
    assert expr.evaluate_string(ctx) == "2024-01-01"
    assert expr.evaluate_string(ctx) == "2024-01-02"


@pytest.mark.parametrize(
    ("datatype", "value", "expr", "expected"),
    [
        ("date", "2024-03-10", ". = today()", "true"),
        ("date", "2024-03-10", ". + 1", "19793"),
        ("date", "", ". = ''", "true"),
        ("date", "", ". + 1", "NaN"),
        ("dateTime", "2024-03-10T01:30:45.123+03:00", ". = now()", "true"),
        ("dateTime", "2024-03-09T22:30:45.123Z", ". = now()", "true"),
        ("dateTime", "2024-03-09T22:30:45.123Z", ". = '2024-03-10T01:30:45.123+03:00'", "true"),
        ("string", "2024-03-09T22:30:45.123Z", ". = '2024-03-10T01:30:45.123+03:00'", "false"),
        ("time", "06:00", ". * 4", "1"),
        ("time", "06:00", ". < '07:00'", "false"),  # a literal time is not a number
    ],
)
def test_typed_nodes(datatype: str, value: str, expr: str, expected: str) -> None:
    node = Node("d", value, datatype=datatype)
    doc = Node("")
    doc.append(node)
    env = DefaultEnvironment(
        now=datetime(2024, 3, 10, 1, 30, 45, 123000, tzinfo=ZoneInfo("Africa/Nairobi")),
        tz=ZoneInfo("Africa/Nairobi"),
    )
    assert compile_xpath(expr).evaluate_string(EvalContext(node, env=env)) == expected
