"""Benchmark (a): opening big forms, against pyxform's conversion of the same form.

For synthetic XLSForms of 1,000 and 5,000 questions (tests/benchmarks/synthetic_forms.py:
25% selects, 25% calculates, 50% with relevance):

- baseline: pyxform converting the .xlsx to XForm XML (what every XLSForm user already waits for);
- engine open: ``fieldapp.core.engine.load_form_xml(xml)`` + ``FormSession.start(definition)``;
  target <= 0.5x the baseline;
- read_form's own share: ``parse_xform_bytes`` (defusedxml parse + safety checks) of that XML.

Also (sources): a 50,000-row external CSV instance loaded as an XPath tree, against the csv
module merely reading the same file (the floor), target well under 1 s.

    .venv/bin/python tests/benchmarks/bench_open.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fieldapp.core.engine.external_instances import load_external_instance
from fieldapp.core.engine.sources import parse_xform_bytes
from tests.benchmarks.synthetic_forms import write_xlsx

TARGET_RATIO = 0.5


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds over ``repeat`` runs (GC settled before each) and the last result."""
    times = []
    result: Any = None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def engine_api() -> tuple[Any, Any] | None:
    """(load_form_xml, FormSession) when the engine exists, else None (imported lazily)."""
    try:
        from fieldapp.core import engine
    except ImportError:
        return None
    load = getattr(engine, "load_form_xml", None)
    session = getattr(engine, "FormSession", None)
    if load is None or session is None:
        return None
    return load, session


def bench_form(n: int, repeat: int, tmp: Path) -> dict[str, float | None]:
    from pyxform.xls2xform import convert

    xlsx = write_xlsx(n, tmp / f"synthetic_{n}.xlsx")
    pyxform_s, result = timed(lambda: convert(str(xlsx), validate=False), repeat)
    xml = result.xform.encode("utf-8")
    parse_s, _ = timed(lambda: parse_xform_bytes(xml, xlsx.name), repeat)
    row: dict[str, float | None] = {
        "n": n,
        "pyxform": pyxform_s,
        "parse": parse_s,
        "engine": None,
    }
    api = engine_api()
    if api is not None:
        load_form_xml, form_session = api

        def open_form() -> Any:
            definition = load_form_xml(xml, name=xlsx.name)
            return form_session.start(definition)

        engine_s, _ = timed(open_form, repeat)
        row["engine"] = engine_s
    return row


def bench_csv(rows: int, tmp: Path, repeat: int) -> tuple[float, float]:
    import csv

    path = tmp / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "label", "parent", "population"])
        for i in range(rows):
            writer.writerow([f"n{i}", f"Place, number {i}", f"p{i % 500}", str(i * 7)])

    def read_only() -> int:
        with path.open(encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.reader(handle))

    floor_s, _ = timed(read_only, repeat)
    load_s, doc = timed(lambda: load_external_instance("jr://file-csv/big.csv", tmp, "big"), repeat)
    assert len(doc.children[0].children) == rows
    return load_s, floor_s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run (CI smoke)")
    args = parser.parse_args(argv)
    sizes = (40,) if args.quick else (1000, 5000)
    repeat = 1 if args.quick else 3
    csv_rows = 2_000 if args.quick else 50_000

    if engine_api() is None:
        print(
            "NOTE: fieldapp.core.engine has no load_form_xml/FormSession yet: engine open times "
            "are not measured, only pyxform and read_form."
        )
    print(f"(a) open synthetic forms, median of {repeat} run(s)")
    print(
        f"{'questions':>9}  {'pyxform xlsx->xml':>17}  {'engine open':>11}  {'ratio':>6}  "
        f"{'target':>6}  {'read_form parse':>15}  {'parse share':>11}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-open-") as tmpdir:
        tmp = Path(tmpdir)
        for n in sizes:
            row = bench_form(n, repeat, tmp)
            pyxform_s = float(row["pyxform"] or 0.0)
            parse_s = float(row["parse"] or 0.0)
            engine_s = row["engine"]
            if engine_s is None:
                engine_txt, ratio_txt, verdict, share = "n/a", "n/a", "n/a", "n/a"
            else:
                ratio = engine_s / pyxform_s
                engine_txt = f"{engine_s * 1000:.0f} ms"
                ratio_txt = f"{ratio:.2f}x"
                verdict = "MET" if ratio <= TARGET_RATIO else "MISSED"
                share = f"{parse_s / engine_s:.0%}"
            print(
                f"{n:>9}  {pyxform_s * 1000:>14.0f} ms  {engine_txt:>11}  {ratio_txt:>6}  "
                f"{verdict:>6}  {parse_s * 1000:>12.1f} ms  {share:>11}"
            )
        load_s, floor_s = bench_csv(csv_rows, tmp, repeat)
        print(
            f"(sources) {csv_rows:,}-row CSV external instance: {load_s * 1000:.0f} ms "
            f"(csv module alone {floor_s * 1000:.0f} ms, ratio {load_s / floor_s:.1f}x; "
            f"target < 1000 ms: {'MET' if load_s < 1.0 else 'MISSED'})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
