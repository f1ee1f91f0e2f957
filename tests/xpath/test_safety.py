"""Limits: expression length, nesting, evaluation budget, regex guard; randomize seeds."""

from __future__ import annotations

import time

import pytest

from fieldapp.core.xpath import (
    MAX_LENGTH,
    MAX_NESTING,
    EvalContext,
    Node,
    compile_xpath,
    to_string,
)
from fieldapp.core.xpath.regex_guard import compile_guarded, regex_test
from fieldapp.errors import FieldappError


def _x103(expr: str) -> FieldappError:
    with pytest.raises(FieldappError) as err:
        compile_xpath(expr)
    assert err.value.code == "X103"
    return err.value


def test_too_long() -> None:
    assert "characters" in _x103("1" + "+1" * (MAX_LENGTH // 2)).message


def test_nesting_limit() -> None:
    ok = "(" * MAX_NESTING + "1" + ")" * MAX_NESTING
    assert compile_xpath(ok).evaluate(EvalContext(Node("x"))) == 1.0
    assert "nesting" in _x103("(" * (MAX_NESTING + 1) + "1" + ")" * (MAX_NESTING + 1)).message
    _x103("-" * (MAX_NESTING + 1) + "1")
    _x103("concat(" * (MAX_NESTING + 1) + "'a'" + ")" * (MAX_NESTING + 1))
    _x103("a[" * (MAX_NESTING + 1) + "1" + "]" * (MAX_NESTING + 1))


def test_deepest_allowed_function_nesting_evaluates() -> None:
    expr = "concat(" * MAX_NESTING + "'a'" + ")" * MAX_NESTING
    assert compile_xpath(expr).evaluate(EvalContext(Node("x"))) == "a"
    expr = "if(true(), " * MAX_NESTING + "1" + ", 0)" * MAX_NESTING
    assert compile_xpath(expr).evaluate(EvalContext(Node("x"))) == 1.0


def test_long_flat_chains_are_fine() -> None:
    expr = " + ".join(["1"] * 3000)
    assert compile_xpath(expr).evaluate(EvalContext(Node("x"))) == 3000.0
    expr = " or ".join(["false()"] * 1500)
    assert compile_xpath(expr).evaluate(EvalContext(Node("x"))) is False


def test_evaluation_budget_stops_quadratic_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldapp.core.xpath import MAX_STEPS, context

    assert MAX_STEPS == 5_000_000  # the real limit; lowered here to keep the test fast
    monkeypatch.setattr(context, "MAX_STEPS", 200_000)
    doc = Node("")
    root = doc.append(Node("data"))
    for i in range(2500):
        root.append(Node("n", str(i)))
    start = time.perf_counter()
    with pytest.raises(FieldappError) as err:
        compile_xpath("count(//n[count(//n) > 0])").evaluate(EvalContext(root))
    assert err.value.code == "X103"
    assert "node visits" in err.value.message
    assert "count(//n[count(//n) > 0])" in err.value.message
    assert "200,000" in err.value.message
    assert time.perf_counter() - start < 2
    # the same work on a small tree is fine
    assert (
        compile_xpath("count(/data/n[. < 10][count(../n) > 0])").evaluate(EvalContext(root)) == 10.0
    )


def test_variables_are_refused() -> None:
    with pytest.raises(FieldappError) as err:
        compile_xpath("$x + 1")
    assert err.value.code == "X100"
    assert "variables" in err.value.message


# --- regex ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "pattern",
    [
        "(a+)+$",
        "(a*)*b",
        r"(\w+\s?)*$",
        "(a|a)*b",
        "(a|ab)*c",
        "((ab)*)+",
        r"(.*,){5}x" if False else "(.*a)+b",
        r"(a)\1",
        "a*a*a*a*a*a*b",
        "[",
        "x" * 1001,
    ],
)
def test_regex_guard_refuses(pattern: str) -> None:
    with pytest.raises(FieldappError) as err:
        regex_test("aaaa", pattern)
    assert err.value.code == "X104"


@pytest.mark.parametrize(
    ("value", "pattern", "result"),
    [
        ("0712345678", r"^0[0-9]{9}$", True),
        ("ana@example.org", r"^[\w.]+@\w+\.\w+$", True),
        ("yesno", "^(yes|no)+$", True),
        ("bc", "(a|b)?c", True),
        ("abc", "b", False),  # a complete match, as JavaRosa and the ODK docs
        ("ABC-123", "^[A-Z]{3}-[0-9]{3}$", True),
        ("abc", "^$", False),
        ("héllo", "^h.llo$", True),
    ],
)
def test_regex_allowed_patterns(value: str, pattern: str, result: bool) -> None:
    assert regex_test(value, pattern) is result


def test_regex_input_cap_bounds_worst_case_time() -> None:
    pattern = "^.*a.*a.*a$"
    _, limit = compile_guarded(pattern)
    start = time.perf_counter()
    assert regex_test("a" * (limit - 1) + "!", pattern) is False
    assert time.perf_counter() - start < 2.0
    with pytest.raises(FieldappError) as err:
        regex_test("a" * (limit + 1), pattern)
    assert err.value.code == "X104"
    assert str(limit) in err.value.message


# --- randomize: seeded shuffles match the other ODK engines ---------------------------------
# Expected orders from getodk/web-forms packages/xpath/test/xforms/randomize.test.ts.
SEEDS = [
    ("42", "AFCBDE"),
    ("'42'", "AFCBDE"),
    ("-42", "EDAFBC"),
    ("1", "BFEACD"),
    ("11111111", "ACDBFE"),
    ("int(1)", "BFEACD"),
    ("1.1", "BFEACD"),
    ("0", "CBEAFD"),
    ("0 div 0", "CBEAFD"),
    ("1 div 0", "CBEAFD"),
    ("-1 div 0", "CBEAFD"),
    ("floor(1.1)", "BFEACD"),
    ("/r/p", "BFEACD"),
]


@pytest.mark.parametrize(("seed", "expected"), SEEDS)
def test_randomize_with_seed(seed: str, expected: str) -> None:
    doc = Node("")
    r = doc.append(Node("r"))
    for ch in "ABCDEF":
        r.append(Node("d", ch))
    for n in "1234":
        r.append(Node("p", n))
    nodes = compile_xpath(f"randomize(/r/d, {seed})").evaluate_nodes(EvalContext(r))
    assert "".join(n.value for n in nodes) == expected


def test_randomize_without_seed_uses_environment_random() -> None:
    from fieldapp.core.xpath import DefaultEnvironment

    doc = Node("")
    r = doc.append(Node("r"))
    for ch in "ABCDEFGHIJ":
        r.append(Node("d", ch))
    expr = compile_xpath("randomize(/r/d)")
    a = expr.evaluate_nodes(EvalContext(r, env=DefaultEnvironment(seed=1)))
    b = expr.evaluate_nodes(EvalContext(r, env=DefaultEnvironment(seed=1)))
    c = expr.evaluate_nodes(EvalContext(r, env=DefaultEnvironment(seed=2)))
    assert a == b and a != c
    assert sorted(to_string([n]) for n in a) == list("ABCDEFGHIJ")
