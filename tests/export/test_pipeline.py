"""CSV rows made by helper processes (pipeline.py) are byte for byte the rows made in-process,
on real forms: groups, select multiples, repeats (nested too), several versions, IPL scores,
unreadable records; a helper that dies fails the export cleanly (R162, nothing on disk)."""

from __future__ import annotations

import multiprocessing
import zipfile
from pathlib import Path

import pytest

from fieldapp.core.engine import load_form_xml
from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions
from fieldapp.core.export.pipeline import BATCH
from fieldapp.core.store import ProfileSession, ReceivedSubmission
from fieldapp.errors import FieldappError
from tests.engine.formkit import xlsform_xml
from tests.export.exportkit import add_form, copies, definition, diaspora, ipl12, receive
from tests.export.test_formats import BEST
from tests.export.test_robustness import NESTED, V1, V2


def _both(sup: ProfileSession, out_dir: Path, form: str, **options: object) -> dict[str, bytes]:
    """Export in-process and with 2 helpers; the zips' members must be identical."""
    members: list[dict[str, bytes]] = []
    reports = []
    for workers in (0, 2):
        out = out_dir / f"{form}-{workers}.zip"
        request = ExportRequest(ExportFilter(form), "csv", out, **options)  # type: ignore[arg-type]
        reports.append(export_submissions(sup, request, workers=workers))
        with zipfile.ZipFile(out) as zf:
            members.append({name: zf.read(name) for name in zf.namelist()})
    assert members[0] == members[1]
    a, b = reports
    assert (a.exported, a.repeat_rows, a.columns) == (b.exported, b.repeat_rows, b.columns)
    assert sorted(a.skipped, key=str) == sorted(b.skipped, key=str)
    assert a.warnings == b.warnings
    return members[0]


def test_helpers_write_the_same_bytes_as_the_export_process(
    sup: ProfileSession, out_dir: Path
) -> None:
    people = [
        diaspora(
            age=str(20 + i),
            sex=("female", "male", "other")[i % 3],
            citizenships=("ECU ESP", "ECU", "ESP ITA FRA")[i % 3],
            associations=tuple(f'Asociación {i}-{k}, "quoted"\nline' for k in range(i % 4)),
        )
        for i in range(12)
    ]
    items = [p for person in people for p in copies(person[1], 60)]  # 720: several batches
    assert len(items) > 2 * BATCH
    receive(sup, "diaspora", items)
    version = definition("diaspora").version or ""
    sup.put_received([ReceivedSubmission("uuid:broken", "diaspora", version, b"<diaspora><open>")])
    files = _both(sup, out_dir, "diaspora", include_sensitive=True)
    assert files["diaspora-associations.csv"].count(b"\r\n") > 700  # rows with line breaks too
    # several versions, nested repeats, IPL scores
    add_form(sup, load_form_xml(xlsform_xml(V1)))
    add_form(sup, load_form_xml(xlsform_xml(V2)))
    sup.put_received(
        ReceivedSubmission(
            f"uuid:v{i}", "uv", str(1 + i % 2),
            f"<data><q1>x{i}</q1><q2>{i}</q2><q3>a b</q3><meta/></data>".encode(),
        )
        for i in range(300)
    )  # fmt: skip
    _both(sup, out_dir, "uv")
    add_form(sup, load_form_xml(xlsform_xml(NESTED)))
    nested = (
        b"<data id='nest'><hh><member><name>Ana</name><job><title>nurse</title></job>"
        b"<job><title>cook</title></job></member><member><name>Ben</name></member></hh>"
        b"<sensitive_ids><doc><number>X1</number></doc></sensitive_ids><meta/></data>"
    )
    sup.put_received(ReceivedSubmission(f"uuid:n{i}", "nest", "1", nested) for i in range(260))
    nest = _both(sup, out_dir, "nest")
    assert nest["nest-job.csv"].count(b"\r\n") == 1 + 2 * 260
    receive(sup, "ipl12", [ipl12(BEST) for _ in range(3)])
    _both(sup, out_dir, "ipl12")


def test_a_helper_that_dies_fails_the_export_and_leaves_nothing(
    sup: ProfileSession, out_dir: Path
) -> None:
    _, xml = diaspora()
    receive(sup, "diaspora", copies(xml, 5 * BATCH))

    def progress(done: int, total: int) -> None:
        if done == 4 * 200:
            for child in multiprocessing.active_children():
                if child.name == "export":
                    child.kill()

    with pytest.raises(FieldappError) as err:
        export_submissions(
            sup,
            ExportRequest(ExportFilter("diaspora"), "csv", out_dir / "d.csv"),
            progress,
            workers=2,
        )
    assert err.value.code == "R162"
    assert list(out_dir.iterdir()) == []
    assert not [c for c in multiprocessing.active_children() if c.name == "export"]


def test_helpers_that_die_while_starting_fail_the_export_instead_of_hanging(
    sup: ProfileSession, tmp_path: Path, out_dir: Path
) -> None:
    """Their setup (columns of a 477-column form: far over a pipe's 64 KB) once went through
    multiprocessing's start-up pipe, whose write never returned when the child died first."""
    import subprocess
    import sys

    _, xml = diaspora()
    receive(sup, "diaspora", copies(xml, 3))
    sup.lock()
    done = subprocess.run(
        [sys.executable, "-m", "tests.export.startup_death_worker", str(tmp_path / "data"),
         str(out_dir / "d.csv")],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert done.stdout.strip() == "R162", done.stdout + done.stderr
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGSTOP"), reason="needs POSIX signals")
def test_cancel_works_while_the_helpers_are_stuck(sup: ProfileSession, out_dir: Path) -> None:
    """Helpers that stop answering (here: suspended) must not make Cancel hang: the export's
    thread waits on queues only, never on a pipe."""
    import os
    import signal
    import time

    _, xml = diaspora()
    receive(sup, "diaspora", copies(xml, 8 * BATCH))
    state: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        if done == 200 and not state:
            for child in multiprocessing.active_children():
                if child.name == "export" and child.pid is not None:
                    os.kill(child.pid, signal.SIGSTOP)
            state["stopped_at"] = time.monotonic()

    def cancelled() -> bool:
        return bool(state) and time.monotonic() - state["stopped_at"] > 1.0

    started = time.monotonic()
    with pytest.raises(FieldappError) as err:
        export_submissions(
            sup,
            ExportRequest(ExportFilter("diaspora"), "csv", out_dir / "d.csv"),
            progress,
            cancelled,
            workers=2,
        )
    assert err.value.code == "R156"
    assert time.monotonic() - started < 30
    assert list(out_dir.iterdir()) == []
    assert not [c for c in multiprocessing.active_children() if c.name == "export"]
