"""Frozen cold start to the first screen vs a minimal frozen PySide6 app built in the same run.

Target: <= 1.5x. Also prints the bundle size and what dominates it.

    .venv/bin/python tests/benchmarks/bench_frozen.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.packaging.frozen_build import build_bundle, build_minimal, time_to_ready

# Qt ~96 MB, Python ~35 MB, .pyc files ~30 MB, SQLAlchemy + FastAPI for the field hub ~20 MB
BUDGET_MB = 260


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="one start each")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    runs = 1 if args.quick else args.runs
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        app = build_bundle(out)
        minimal = build_minimal(out)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            FIELDAPP_EXIT_WHEN_READY="1",
            FIELDAPP_DATA_DIR=str(out / "data"),
            HOME=str(out),
        )
        # first start warms the page cache for both (a "cold" start here = new process)
        time_to_ready([str(app)], env)
        time_to_ready([str(minimal)], env)
        ours = [time_to_ready([str(app)], env) for _ in range(runs)]
        base = [time_to_ready([str(minimal)], env) for _ in range(runs)]
        o, b = statistics.median(ours), statistics.median(base)
        print(
            f"frozen start to first screen: fieldapp {o * 1000:.0f} ms, minimal PySide6 "
            f"{b * 1000:.0f} ms, ratio {o / b:.2f}x (target <= 1.5x)"
        )
        bundle = app.parent
        total = dir_size(bundle)
        print(
            f"bundle size: {total / 1e6:.1f} MB (budget {BUDGET_MB} MB), "
            f"minimal PySide6 bundle {dir_size(minimal.parent) / 1e6:.1f} MB"
        )
        internal = bundle / "_internal"
        parts = sorted(
            (
                (dir_size(p) if p.is_dir() else p.lstat().st_size, p.name)
                for p in internal.iterdir()
                if not p.is_symlink()
            ),
            reverse=True,
        )[:8]
        for size, name in parts:
            print(f"  {size / 1e6:7.1f} MB  {name}")
        if total / 1e6 > BUDGET_MB:
            print("OVER BUDGET")
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
