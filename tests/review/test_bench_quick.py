"""tests/benchmarks/bench_review.py must keep working: run it in --quick mode (a few seconds)."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_review_quick() -> None:
    run_quick(
        "bench_review.py",
        "--n",
        "1200",
        expect=(
            "setup: 1,200 received",
            "latest versions only",
            "no filter (first page)",
            "enumerator + status=received",
            "flag=duplicate (rare)",
            "status counts (4 tabs)",
            "refresh_flags",
        ),
    )
