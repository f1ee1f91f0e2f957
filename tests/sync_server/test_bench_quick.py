"""tests/benchmarks/bench_server.py must keep working: run it in --quick mode (about 8 s)."""

from __future__ import annotations

from tests.benchmarks.quick import run_quick


def test_bench_server_quick() -> None:
    run_quick(
        "bench_server.py",
        "--backends",
        "sqlite",
        expect=(
            "lost 0, duplicated 0",
            "throughput[sqlite, loopback]: batch API",
            "ingest[sqlite]",
        ),
    )
