"""The engine benchmark script runs in --quick mode (so it cannot rot); targets are not asserted."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_engine_quick() -> None:
    run_quick(
        "bench_engine.py",
        expect=(
            "(b)",
            "(c)",
            "(d)",
        ),
    )
