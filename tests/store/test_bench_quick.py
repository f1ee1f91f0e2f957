"""tests/benchmarks/bench_store.py must keep working: run it in --quick mode (a few seconds)."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_store_quick() -> None:
    run_quick(
        "bench_store.py",
        "--n",
        "1500",
        expect=(
            "draft save, 1,000 answers",
            "p99 ratio",
            "bulk store of 1,500",
            "first page",
            "created in a 30-day window",
            "unlock at production Argon2id",
        ),
    )
