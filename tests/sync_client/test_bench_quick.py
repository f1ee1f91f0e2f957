"""bench_sync_client.py in --quick mode, so the benchmark script cannot rot."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_sync_client_quick() -> None:
    run_quick(
        "bench_sync_client.py",
        expect=(
            "envelopes/s",
            "push 20 submissions",
        ),
    )
