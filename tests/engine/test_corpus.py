"""Every form of the shared corpus: invalid ones give clear errors, all others load and fill.

`form run` with empty answers is exercised in-process (the same autofill the CLI calls), to keep
the whole corpus under a minute on two cores.
"""

from __future__ import annotations

import time
from pathlib import Path

from fieldapp.core.engine import FormSession, load_form
from fieldapp.core.engine.autofill import fill
from fieldapp.errors import FieldappError
from tests.engine.formkit import NOW

# file name (relative to a corpus set root) -> the code the engine must refuse it with
EXPECTED_INVALID = {
    "bad-range-form.xml": "F114",
    "body-before-model.xml": "F112",
    "invalid-events.xml": "F113",
    "setgeopoint-action-bad-namespace.xml": "F113",
    "internal_empty_select.xml": "F115",
    "simple-dag-cycle.xml": "E100",
    "xpath-syntax-error.xml": "X100",
    "xpath-unknown-function.xml": "X101",
}
# forms whose attachments do not exist upstream (corpus README): a clear F108 is right
MISSING_ATTACHMENTS = {"external-secondary-instance.xml", "external-secondary-instance-large.xml"}


def corpus_forms(corpus: Path) -> list[Path]:
    forms = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix not in (".xml", ".xhtml") or not path.is_file():
            continue
        head = path.read_bytes()[:4000]
        if b"<h:html" in head or b":html" in head or b"<html" in head:
            forms.append(path)
    forms += sorted((corpus / "odk-web-forms").rglob("preview-service/xlsforms/*.xlsx"))
    return forms


def test_corpus(corpus_dir: Path) -> None:
    loaded = rejected = missing = 0
    failures: list[str] = []
    slow: list[tuple[float, str]] = []
    for path in corpus_forms(corpus_dir):
        rel = str(path.relative_to(corpus_dir))
        t0 = time.perf_counter()
        expected = EXPECTED_INVALID.get(path.name)
        media = None
        if path.suffix == ".xlsx" and (path.parent.parent / "xforms").is_dir():
            media = path.parent.parent / "xforms"  # attachments sit beside the converted XForms
        try:
            defn = load_form(path, media)
        except FieldappError as exc:
            if expected == exc.code and exc.message:
                rejected += 1
            elif path.name in MISSING_ATTACHMENTS and exc.code == "F108":
                missing += 1
            else:
                failures.append(f"{rel}: load: {exc.render()}")
            continue
        except Exception as exc:
            failures.append(f"{rel}: load crashed: {type(exc).__name__}: {exc}")
            continue
        if expected is not None:
            failures.append(f"{rel}: loaded but should be refused with {expected}")
            continue
        try:
            session = FormSession.start(defn, now=lambda: NOW)
            fill(session, {})
            session.to_xml()
            session.to_xml(draft=True)
            loaded += 1
        except Exception as exc:
            failures.append(f"{rel}: run: {type(exc).__name__}: {exc}")
        slow.append((time.perf_counter() - t0, rel))
    slow.sort(reverse=True)
    print(
        f"\ncorpus: loaded+run {loaded}, expected-invalid rejected {rejected}, "
        f"missing attachments {missing}, failures {len(failures)}"
    )
    print("slowest:", ", ".join(f"{r} {t:.2f}s" for t, r in slow[:3]))
    assert not failures, "\n".join(failures)
    assert rejected == 2 * 5 + 3  # javarosa's 5 are also copied into web-forms' fixtures
