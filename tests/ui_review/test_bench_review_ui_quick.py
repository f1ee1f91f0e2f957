"""tests/benchmarks/bench_review_ui.py must keep working: run it in --quick mode (seconds)."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_review_ui_quick() -> None:
    run_quick(
        "bench_review_ui.py",
        "--n",
        "600",
        expect=(
            "no filter (first page)",
            "enumerator + status",
            "jump to row 300",
            "filter bar (page + status counts)",
            "rows/s",
        ),
    )
