"""bench_transfer.py in --quick mode, so the benchmark script cannot rot."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_transfer_quick() -> None:
    run_quick(
        "bench_transfer.py",
        expect=(
            "export 20 submissions",
            "reply round trip 20",
        ),
    )
