"""bench_xpath.py runs end to end in --quick mode, so it can't rot."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_xpath_quick() -> None:
    run_quick(
        "bench_xpath.py",
        expect=(
            "compile:",
            "evaluate:",
            "first refilter",
            "subsequent refilters",
            "naive",
        ),
        timeout=120,
    )
