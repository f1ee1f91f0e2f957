"""bench_central_pull.py in --quick mode, so the benchmark script cannot rot."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_central_pull_quick() -> None:
    run_quick(
        "bench_central_pull.py",
        expect=(
            "submissions/s",
            "ratio pull / floor",
        ),
    )
