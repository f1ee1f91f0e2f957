"""UI benchmarks, each against a baseline measured in the same run.

1. Cold start to the home screen (a new process, profile unlocked with cheap test Argon2
   parameters so key derivation doesn't hide the UI's own cost) vs a bare QApplication +
   QMainWindow process shown on screen.
2. Next-page latency (click on Next -> the new page built and laid out):
   a) onto a 200-question field-list page, vs building the same number of bare QLabel +
      QLineEdit pairs (the floor of any widget toolkit page); target <= 50 ms;
   b) on the 5,000-question synthetic form (tests/benchmarks/synthetic_forms.py), vs the
      engine's own ``session.next()``; target <= 50 ms. Only the current page is ever built.
3. Typing latency in a field with 1,000 dependents (1,000 calculates read it): one key press
   processed, vs the same key press in a bare QLineEdit; target <= 16 ms (one frame). The
   engine is reached once the typing pauses; that commit (answer + refresh) is reported too.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from fieldapp.core.engine import FormSession, load_form
from fieldapp.ui.appearance import load_style
from fieldapp.ui.interview_host import MemoryHost
from fieldapp.ui.interview_screen import InterviewScreen
from tests.benchmarks.synthetic_forms import write_markdown

REPO = Path(__file__).resolve().parents[2]
PAGE_TARGET_MS = 50.0
TYPING_TARGET_MS = 16.0


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


# -- 1. cold start ---------------------------------------------------------------------------
_BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1000, 720)
    window.show()
    def ready():
        print("READY", flush=True)
        app.quit()
    QTimer.singleShot(0, ready)
    app.exec()
    """
)

_APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from fieldapp.ui.app import MainWindow
    from fieldapp.ui.appearance import create_app, load_style
    from fieldapp.ui.translations import apply_language, load_preferences
    app = create_app()
    data_dir = Path(sys.argv[1])
    load_style(app)
    apply_language(app, load_preferences(data_dir).language)
    window = MainWindow(data_dir)
    window.show()
    unlock = window.stack.currentWidget()
    unlock.passphrase.setText(sys.argv[2])
    unlock.submit()  # what Enter in the passphrase field does
    def poll():
        if window.home is not None and window.home.isVisible():
            print("READY", flush=True)
            app.quit()
        else:
            QTimer.singleShot(1, poll)
    QTimer.singleShot(0, poll)
    app.exec()
    """
)

PASSPHRASE = "bench passphrase"


def _spawn_until_ready(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=str(REPO),
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"the process never got ready (exit {proc.wait()})")
    proc.wait(timeout=60)
    return elapsed


def bench_cold_start(runs: int) -> None:
    from fieldapp.ui.store_bridge import open_store

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        store = open_store(data_dir, test_kdf=True)  # cheap Argon2: time the UI, not the KDF
        store.create_profile("bench", "enumerator", PASSPHRASE)
        _spawn_until_ready(_APP, str(data_dir), PASSPHRASE)  # first unlock imports built-ins
        bare = [_spawn_until_ready(_BARE) for _ in range(runs)]
        app = [_spawn_until_ready(_APP, str(data_dir), PASSPHRASE) for _ in range(runs)]
    bare_ms, app_ms = _ms(statistics.median(bare)), _ms(statistics.median(app))
    print(
        f"cold start to home: fieldapp {app_ms:7.1f} ms | bare QMainWindow {bare_ms:7.1f} ms | "
        f"ratio {app_ms / bare_ms:.2f}x (median of {runs})"
    )


# -- 2. next page ----------------------------------------------------------------------------
def _field_list_form(n: int, path: Path) -> Path:
    rows = ["| survey |", "| | type | name | label | appearance |"]
    rows.append("| | text | intro | Before the list | |")
    rows.append("| | begin_group | block | A long page | field-list |")
    for i in range(n):
        kind = ("text", "integer", "select_one yn", "decimal")[i % 4]
        rows.append(f"| | {kind} | q{i} | Question {i} | |")
    rows.append("| | end_group | | | |")
    rows.append("| | text | outro | After the list | |")
    rows += ["| choices |", "| | list_name | name | label |"]
    rows += ["| | yn | yes | Yes |", "| | yn | no | No |"]
    rows += ["| settings |", "| | form_id | version |", f"| | field_list_{n} | 1 |"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _screen(path: Path) -> tuple[InterviewScreen, FormSession]:
    definition = load_form(path)
    session = FormSession.start(definition)
    screen = InterviewScreen(session, MemoryHost(), title=definition.title)
    screen.resize(1000, 720)
    screen.show()
    QApplication.processEvents()
    return screen, session


def _click_next(screen: InterviewScreen) -> tuple[float, float]:
    """Click Next: seconds until the new page is painted (the screen's page_shown signal), and
    until the last widget of a long page is built (the rest streams in between frames)."""
    shown: list[float] = []

    def record() -> None:
        shown.append(time.perf_counter())

    screen.page_shown.connect(record)
    start = time.perf_counter()
    QTest.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    screen.page_shown.disconnect(record)
    while screen.streaming():
        QApplication.processEvents()
    QApplication.processEvents()
    done = time.perf_counter()
    assert shown, "Next did not change the page"
    return shown[0] - start, done - start


def _bare_page(n: int) -> float:
    start = time.perf_counter()
    page = QWidget()
    layout = QVBoxLayout(page)
    for i in range(n):
        layout.addWidget(QLabel(f"Question {i}"))
        layout.addWidget(QLineEdit())
    page.resize(1000, 720)
    page.show()
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    page.close()
    page.deleteLater()
    return elapsed


def bench_field_list(n: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        screen, _session = _screen(_field_list_form(n, Path(tmp) / f"list{n}.md"))
        samples, complete = [], []
        for _ in range(runs):
            first, whole = _click_next(screen)  # intro -> the field-list page
            samples.append(first)
            complete.append(whole)
            assert screen.page is not None and len(screen.widgets) == n
            QTest.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
            QApplication.processEvents()
        bare = [_bare_page(n) for _ in range(runs)]
        screen.close()
    median, p95 = _summary([_ms(s) for s in samples])
    whole_ms = _ms(statistics.median(complete))
    bare_ms = _ms(statistics.median(bare))
    verdict = "OK" if p95 <= PAGE_TARGET_MS else "OVER TARGET"
    print(
        f"next page onto a {n}-question field-list: first frame median {median:6.1f} ms, p95 "
        f"{p95:6.1f} ms (target <= {PAGE_TARGET_MS:.0f}: {verdict}); all {n} widgets built "
        f"{whole_ms:6.1f} ms | bare {n} label+line edits shown at once {bare_ms:6.1f} ms | "
        f"ratio first frame / bare {median / bare_ms:.2f}x"
    )


def bench_big_form(n: int, pages: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_markdown(n, Path(tmp) / f"synthetic-{n}.md")
        screen, _session = _screen(path)
        samples = []
        for _ in range(pages):
            if screen.page is None or screen.page.kind == "end":
                break
            # answer what is on the page so relevance keeps later questions coming
            for widget in list(screen.widgets.values()):
                q = widget.question
                if q.kind == "select1" and q.choices and not q.value:
                    screen.answer(q.ref, q.choices[0].value)
                elif q.datatype == "int" and not q.value:
                    screen.answer(q.ref, "5")
            samples.append(_click_next(screen)[0])
        screen.close()
        engine_only = FormSession.start(load_form(path))
        engine = []
        for _ in range(len(samples)):
            start = time.perf_counter()
            page = engine_only.next()
            engine.append(time.perf_counter() - start)
            if page.kind == "end":
                break
    median, p95 = _summary([_ms(s) for s in samples])
    engine_ms = _ms(statistics.median(engine))
    verdict = "OK" if p95 <= PAGE_TARGET_MS else "OVER TARGET"
    print(
        f"next page on the {n}-question form ({len(samples)} pages): median {median:6.1f} ms, "
        f"p95 {p95:6.1f} ms (target <= {PAGE_TARGET_MS:.0f}: {verdict}) | engine next() alone "
        f"{engine_ms:6.2f} ms | ratio {median / max(engine_ms, 1e-6):.1f}x"
    )


# -- 3. typing -------------------------------------------------------------------------------
def _dependents_form(n: int, path: Path) -> Path:
    rows = ["| survey |", "| | type | name | label | calculation |"]
    rows.append("| | text | source | Type here | |")
    for i in range(n):
        rows.append(f"| | calculate | d{i} | | concat(${{source}}, '{i}') |")
    rows.append("| | note | shown | Length: ${d0} | |")
    rows += ["| settings |", "| | form_id | version |", f"| | dependents_{n} | 1 |"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _key_latency(edit: QLineEdit, keys: str) -> list[float]:
    samples = []
    for char in keys:
        start = time.perf_counter()
        QTest.keyClick(edit, char)
        QApplication.processEvents()
        samples.append(time.perf_counter() - start)
    return samples


def bench_typing(n: int, keys: int) -> None:
    text = ("field work " * (keys // 10 + 1))[:keys]
    with tempfile.TemporaryDirectory() as tmp:
        screen, session = _screen(_dependents_form(n, Path(tmp) / f"dep{n}.md"))
        widget = screen.widgets["/data/source"]
        edit = widget.findChild(QLineEdit)
        assert edit is not None
        edit.setFocus()
        typing = _key_latency(edit, text)
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)  # commit: answer + dependents + refresh
        QApplication.processEvents()
        commit = time.perf_counter() - start
        assert session.value("/data/d0") == text.strip() + "0", session.value("/data/d0")
        screen.close()
    bare_window = QMainWindow()
    bare = QLineEdit()
    bare_window.setCentralWidget(bare)
    bare_window.show()
    bare.setFocus()
    baseline = _key_latency(bare, text)
    bare_window.close()
    median, p95 = _summary([_ms(s) for s in typing])
    base_median, _base_p95 = _summary([_ms(s) for s in baseline])
    verdict = "OK" if p95 <= TYPING_TARGET_MS else "OVER TARGET"
    print(
        f"typing in a field with {n} dependents: per key median {median:5.2f} ms, p95 "
        f"{p95:5.2f} ms (target <= {TYPING_TARGET_MS:.0f}: {verdict}) | bare QLineEdit "
        f"{base_median:5.2f} ms | ratio {median / max(base_median, 1e-6):.2f}x | commit after "
        f"the pause (answer + {n} recomputed) {_ms(commit):6.1f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, few runs (CI smoke)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_style(app)  # measure with the real style sheet, as users see it
    if args.quick:
        bench_cold_start(runs=1)
        bench_field_list(20, runs=2)
        bench_big_form(60, pages=10)
        bench_typing(20, keys=5)
    else:
        bench_cold_start(runs=5)
        bench_field_list(200, runs=10)
        bench_big_form(5000, pages=150)
        bench_typing(1000, keys=40)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
