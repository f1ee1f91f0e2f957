"""Benchmark (e): whole-form fill of the largest real corpus forms, against JavaRosa.

Forms: smoketests/whova_form.xml (WHO verbal autopsy), smoketests/child_vaccination_VOL_tool_v12.xml
and eIMCI-by-D-Tree.xml from the shared corpus. Each is loaded and walked page by page through the
session API, in two modes:

- ``empty``: answer nothing, just step to the end (what the JavaRosa harness does too);
- ``plausible``: answer every editable question with a fixed value per type (first choice of a
  select, 1 for integers, 1.5 for decimals, 2020-01-01 for dates, "x" for text), same rule as
  the harness.

Baseline in the same run: tests/benchmarks/javarosa_harness/FormFill.java, compiled with javac
into a temporary folder against the ODK Validate jar in pyxform's wheel (JavaRosa inside), run
warm (median after warm-ups in one JVM) and cold (first load in a fresh JVM). Without Java the
script prints absolute times only.

    .venv/bin/python tests/benchmarks/bench_fill.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pyxform

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus" / "javarosa" / "resources"
FORMS = {
    "whova": CORPUS / "smoketests" / "whova_form.xml",
    "child-vaccination": CORPUS / "smoketests" / "child_vaccination_VOL_tool_v12.xml",
    "eIMCI": CORPUS / "eIMCI-by-D-Tree.xml",
}
HARNESS = Path(__file__).resolve().parent / "javarosa_harness" / "FormFill.java"
VALIDATE_JAR = (
    Path(pyxform.__file__).parent / "validators" / "odk_validate" / "bin" / "ODK_Validate.jar"
)
FIXED_NOW = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
MAX_PAGES = 100_000  # a walk longer than this is a bug, not a benchmark
NON_ANSWERABLE = {"note", "trigger", "upload"}


@dataclass
class Timing:
    load_ms: float  # parse + build definition (JavaRosa: XFormParser)
    start_ms: float  # new session (JavaRosa: FormDef.initialize + controller)
    walk_ms: float  # step through every page to the end
    questions: int  # questions visited

    @property
    def open_ms(self) -> float:
        return self.load_ms + self.start_ms

    @property
    def total_ms(self) -> float:
        return self.load_ms + self.start_ms + self.walk_ms


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


def plausible_value(question: Any) -> str | None:
    """The same fixed answer per type as FormFill.java; None leaves the question empty."""
    if question.readonly or question.kind in NON_ANSWERABLE:
        return None
    if question.kind in ("select1", "select"):
        return question.choices[0].value if question.choices else None
    if question.kind != "input":
        return None
    return {
        "int": "1",
        "integer": "1",
        "decimal": "1.5",
        "date": "2020-01-01",
        "string": "x",
    }.get(question.datatype)


def fill_once(path: Path, plausible: bool) -> Timing:
    api = engine_api()
    assert api is not None
    load_form_xml, form_session = api
    data = path.read_bytes()
    gc.collect()
    t0 = time.perf_counter()
    definition = load_form_xml(data, name=path.name, media_dir=path.parent)
    t1 = time.perf_counter()
    session = form_session.start(
        definition,
        now=lambda: FIXED_NOW,
        tz=UTC,
        properties={"deviceid": "bench", "username": "bench"},
        random_seed=1,
    )
    t2 = time.perf_counter()
    questions = 0
    page = session.first()
    for _ in range(MAX_PAGES):
        if page.kind == "end":
            break
        if page.kind == "questions":
            for question in page.questions:
                questions += 1
                if plausible:
                    value = plausible_value(question)
                    if value is not None:
                        session.answer(question.ref, value)
        page = session.next()  # a repeat prompt is declined by going on
    else:
        raise RuntimeError(f"{path.name}: walk did not reach the end in {MAX_PAGES} pages")
    t3 = time.perf_counter()
    return Timing((t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3, questions)


def median_timing(runs: list[Timing]) -> Timing:
    return Timing(
        statistics.median(r.load_ms for r in runs),
        statistics.median(r.start_ms for r in runs),
        statistics.median(r.walk_ms for r in runs),
        runs[-1].questions,
    )


def ours(path: Path, plausible: bool, runs: int) -> tuple[Timing, Timing]:
    """(first run in this process, median of ``runs`` later runs)."""
    first = fill_once(path, plausible)
    later = [fill_once(path, plausible) for _ in range(runs)]
    return first, median_timing(later)


def java_available() -> bool:
    return bool(shutil.which("java") and shutil.which("javac") and VALIDATE_JAR.is_file())


def javarosa(
    paths: list[Path], plausible: bool, warmups: int, runs: int, classes: Path
) -> dict[str, Timing]:
    mode = "plausible" if plausible else "empty"
    cmd = [
        "java",
        "-Djava.awt.headless=true",
        "-cp",
        f"{VALIDATE_JAR}{':' if sys.platform != 'win32' else ';'}{classes}",
        "FormFill",
        mode,
        str(warmups),
        str(runs),
        *map(str, paths),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    results: dict[str, Timing] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT\t"):
            _, path, parse, init, walk, questions = line.split("\t")
            results[path] = Timing(float(parse), float(init), float(walk), int(questions))
    if len(results) != len(paths):
        raise RuntimeError(
            f"JavaRosa harness failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
        )
    return results


def compile_harness(into: Path) -> None:
    subprocess.run(
        ["javac", "-nowarn", "-cp", str(VALIDATE_JAR), "-d", str(into), str(HARNESS)],
        check=True,
        capture_output=True,
        timeout=300,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="one small form, empty answers, one run (CI smoke)"
    )
    parser.add_argument("--no-java", action="store_true", help="skip the JavaRosa baseline")
    args = parser.parse_args(argv)
    if engine_api() is None:
        print(
            "NOTE: fieldapp.core.engine has no load_form_xml/FormSession yet: nothing to measure."
        )
        return 3
    forms = {"child-vaccination": FORMS["child-vaccination"]} if args.quick else FORMS
    runs = 1 if args.quick else 5
    warmups = 0 if args.quick else 5
    use_java = java_available() and not args.no_java
    if not use_java:
        print("NOTE: java/javac or the ODK Validate jar not found: absolute times only.")

    with tempfile.TemporaryDirectory(prefix="bench-fill-") as tmpdir:
        classes = Path(tmpdir)
        if use_java:
            compile_harness(classes)
        modes = (False,) if args.quick else (False, True)
        for plausible in modes:
            mode = "plausible answers" if plausible else "empty answers"
            paths = list(forms.values())
            warm_jr: dict[str, Timing] = {}
            cold_jr: dict[str, Timing] = {}
            if use_java:
                warm_jr = javarosa(paths, plausible, warmups, runs, classes)
                if args.quick:  # one JVM only: its figures stand in for both
                    cold_jr = warm_jr
                for path in paths if not args.quick else []:
                    # a fresh JVM per form: what a user opening it waits for
                    cold_jr.update(javarosa([path], plausible, 0, 1, classes))
            print(f"\n(e) whole-form fill, {mode}; ours: median of {runs} run(s) after a first run")
            print(
                f"{'form':<18} {'questions':>9} {'open ms':>9} {'walk ms':>9} {'total ms':>9}"
                + (
                    f" | {'JR warm':>8} {'ratio':>6} | {'JR cold':>8} {'ours 1st':>8} {'ratio':>6}"
                    if use_java
                    else ""
                )
            )
            for label, path in forms.items():
                first, ours_t = ours(path, plausible, runs)
                line = (
                    f"{label:<18} {ours_t.questions:>9} {ours_t.open_ms:>9.1f} "
                    f"{ours_t.walk_ms:>9.1f} {ours_t.total_ms:>9.1f}"
                )
                if use_java:
                    warm = warm_jr[str(path)]
                    cold = cold_jr[str(path)]
                    line += (
                        f" | {warm.total_ms:>8.1f} {ours_t.total_ms / warm.total_ms:>5.2f}x"
                        f" | {cold.total_ms:>8.1f} {first.total_ms:>8.1f}"
                        f" {first.total_ms / cold.total_ms:>5.2f}x"
                    )
                    if warm.questions != ours_t.questions:
                        line += f"  (JavaRosa visited {warm.questions} questions)"
                print(line)
    print("\nratio = ours / JavaRosa (below 1.00x: faster than JavaRosa)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
