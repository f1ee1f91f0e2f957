"""regex(value, pattern) with a bound on matching time.

Python's ``re`` backtracks and cannot be interrupted, so a hostile or careless pattern such as
``(a+)+$`` could hang the app. Before compiling, the pattern's parse tree is checked:

- refused (X104): back-references, a repeat nested inside another repeat (``(a+)+``,
  ``(\\w*\\s?)*``), and a repeat over alternatives that can start with the same character
  (``(a|ab)*``) - the constructions that make backtracking exponential;
- what remains backtracks at most polynomially, with degree = 1 + the number of unbounded
  repeats, so the input length is capped so that ``len(value) ** degree`` stays under a fixed
  work budget (and at most 10,000 characters); longer input is refused (X104).

The value must match the whole pattern, as in JavaRosa and the ODK documentation ("an exact
and complete match"); Enketo and Web Forms search instead, so patterns anchored with ``^...$``
behave the same everywhere. Compiled patterns are cached.
"""

from __future__ import annotations

import functools
import re
import re._constants as _c  # the stdlib's own parser, used read-only to inspect patterns
import re._parser as _p
from typing import Any

from fieldapp.errors import FieldappError

MAX_PATTERN = 1_000
MAX_INPUT = 10_000
WORK_BUDGET = 100_000_000
_UNBOUNDED = 16  # a repeat allowing more than this many copies counts as unbounded
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)} - {None}


def _refuse(pattern: str, detail: str) -> FieldappError:
    return FieldappError("X104", pattern=pattern, detail=detail)


def _first_chars(items: Any) -> set[Any] | None:
    """Characters (or classes) a sub-pattern may start with; None = could be anything/empty."""
    for op, av in items:
        if op is _c.LITERAL:
            return {("lit", av)}
        if op in (_c.AT,):
            continue
        if op is _c.SUBPATTERN:
            return _first_chars(av[-1])
        return None
    return None


def _overlapping(branches: list[Any]) -> bool:
    seen: set[Any] = set()
    for branch in branches:
        first = _first_chars(branch)
        if first is None:
            return True
        if first & seen:
            return True
        seen |= first
    return False


def _walk(items: Any, pattern: str, in_repeat: bool, counter: list[int]) -> None:
    for op, av in items:
        if op in _REPEATS:
            _, hi, body = av
            many = hi is _c.MAXREPEAT or hi > _UNBOUNDED
            if many:
                counter[0] += 1
            if in_repeat and (hi is _c.MAXREPEAT or hi > 1):
                raise _refuse(pattern, "a repeated group contains another repeat (e.g. (a+)+)")
            repeated = hi is _c.MAXREPEAT or hi > 1
            for sub_op, sub_av in body if repeated else ():
                if sub_op is _c.SUBPATTERN:
                    inner = sub_av[-1]
                    for o2, a2 in inner:
                        if o2 is _c.BRANCH and _overlapping(a2[1]):
                            raise _refuse(pattern, "a repeated choice has overlapping alternatives")
                if sub_op is _c.BRANCH and _overlapping(sub_av[1]):
                    raise _refuse(pattern, "a repeated choice has overlapping alternatives")
            _walk(body, pattern, in_repeat or hi is _c.MAXREPEAT or hi > 1, counter)
        elif op is _c.SUBPATTERN:
            _walk(av[-1], pattern, in_repeat, counter)
        elif op is _c.BRANCH:
            for branch in av[1]:
                _walk(branch, pattern, in_repeat, counter)
        elif op in (_c.GROUPREF, getattr(_c, "GROUPREF_EXISTS", None)):
            raise _refuse(pattern, "back-references are not supported")
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _walk(av[1], pattern, in_repeat, counter)


@functools.lru_cache(maxsize=512)
def compile_guarded(pattern: str) -> tuple[re.Pattern[str], int]:
    """The compiled pattern and the longest input it may run on."""
    if len(pattern) > MAX_PATTERN:
        raise _refuse(pattern[:40] + "...", f"patterns are limited to {MAX_PATTERN} characters")
    try:
        parsed = _p.parse(pattern)
        compiled = re.compile(pattern)
    except (re.error, OverflowError, RecursionError) as exc:
        raise _refuse(pattern, str(exc)) from None
    counter = [0]
    _walk(parsed, pattern, False, counter)
    degree = counter[0]  # a full match has one start position
    if degree > 5:
        raise _refuse(pattern, "too many open-ended repeats (at most 5)")
    limit = MAX_INPUT if degree <= 1 else min(MAX_INPUT, int(WORK_BUDGET ** (1 / degree)))
    return compiled, limit


def regex_test(value: str, pattern: str) -> bool:
    """``regex(value, pattern)``: True when the whole value matches the pattern."""
    compiled, limit = compile_guarded(pattern)
    if len(value) > limit:
        raise _refuse(
            pattern,
            f"the value is {len(value)} characters long; this pattern may only test "
            f"values up to {limit} characters",
        )
    return compiled.fullmatch(value) is not None
