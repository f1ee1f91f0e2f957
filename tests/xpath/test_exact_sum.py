"""sum() is the exact sum rounded once: the same float whatever the order of the terms.

The engine keeps running totals of sum() (engine/aggregates.py) as exact integers rounded with
``round_scaled``; they must give the very float that evaluating sum() from scratch gives.
"""

from __future__ import annotations

import math
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from fieldapp.core.xpath import DefaultEnvironment, EvalContext, Node, compile_xpath
from fieldapp.core.xpath.conversions import exact_sum, round_scaled, scaled_int

finite = st.floats(allow_nan=False, allow_infinity=False)


@given(st.lists(finite, max_size=40))
def test_fsum_path_equals_exact_integer_path(values: list[float]) -> None:
    exact = round_scaled(sum(scaled_int(x) for x in values))
    assert exact_sum(values) == exact
    assert exact == exact  # finite terms never sum to NaN
    assert exact_sum(list(reversed(values))) == exact_sum(values)


@given(finite)
def test_scaled_int_is_exact(x: float) -> None:
    assert Fraction(scaled_int(x), 2**1074) == Fraction(x)
    assert round_scaled(scaled_int(x)) == x


def test_special_terms() -> None:
    inf = math.inf
    assert math.isnan(exact_sum([1.0, math.nan]))
    assert math.isnan(exact_sum([inf, -inf]))  # math.fsum raises here
    assert exact_sum([inf, 1.0]) == inf
    assert exact_sum([-inf, 1.0]) == -inf
    assert exact_sum([1e308, 1e308]) == inf  # overflow: math.fsum raises here
    assert exact_sum([1e308, 1e308, -1e308]) == 1e308  # exact despite the intermediate overflow
    assert exact_sum([-1e308, -1e308]) == -inf
    assert math.copysign(1, exact_sum([-0.0])) == 1.0  # never -0
    assert exact_sum([]) == 0.0
    assert exact_sum([0.1, 0.2]) == 0.30000000000000004  # the nearest float to 0.1 + 0.2


def test_sum_function_uses_it() -> None:
    doc = Node("")
    root = doc.append(Node("data"))
    for text in ("0.1", "0.2", "0.3", "9" * 400):
        root.append(Node("v", text))
    env = DefaultEnvironment()
    ctx = EvalContext(node=root, env=env)
    assert compile_xpath("sum(/data/v)").evaluate(ctx) == math.inf
    root.children[-1].value = "-" + "9" * 400
    assert compile_xpath("sum(/data/v)").evaluate(ctx) == -math.inf
    root.children[-1].value = "0"
    assert compile_xpath("sum(/data/v)").evaluate(ctx) == 0.6
