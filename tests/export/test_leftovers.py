"""Exports killed hard (kill -9) leave plaintext temporaries; the next export removes them, and
only them: other files, look-alike names and a running export's temporaries stay."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fieldapp.core.export import ExportFilter, ExportRequest, export_submissions
from fieldapp.core.export.leftovers import PARTIAL, SCRATCH
from fieldapp.core.export.outputs import AtomicOutputs
from fieldapp.core.store import ProfileSession
from tests.export.exportkit import PASS, REPO, copies, diaspora, make_store, receive

DECOY_FILES = (
    ".d.csv.partial",
    "notes.partial",
    ".d.zip.abc.partial",
    "d.csv",
    ".x.ABCDEFGH.partial",
)
DECOY_DIRS = (".export-notours", ".export-")


def test_leftovers_of_killed_exports_are_removed_by_the_next_export(
    sup: ProfileSession, tmp_path: Path
) -> None:
    _, xml = diaspora(associations=("Casa Ecuador", "Club"))
    receive(sup, "diaspora", copies(xml, 250))
    sup.lock()
    out = tmp_path / "out"
    out.mkdir()
    for name in DECOY_FILES:
        (out / name).write_text("not an export temporary")
    for name in DECOY_DIRS:
        (out / name).mkdir()
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.export.hang_worker",
                str(tmp_path / "data"),
                str(out / name),
                fmt,
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, fmt in (("d.zip", "csv"), ("d.xlsx", "xlsx"))
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            line = worker.stdout.readline()
            assert line == "WRITING\n", line + (worker.stderr.read() if worker.stderr else "")
    finally:
        for worker in workers:
            worker.kill()  # SIGKILL: no cleanup runs
            worker.wait(timeout=30)
    decoys = set(DECOY_FILES) | set(DECOY_DIRS)
    left = sorted(p for p in out.iterdir() if p.name not in decoys)
    names = [p.name for p in left]
    assert any(n.startswith(".diaspora.csv.") for n in names), names  # zip parts
    assert any(n.startswith(".diaspora-associations.csv.") for n in names), names
    assert any(n.startswith(".d.xlsx.") for n in names), names
    assert any(SCRATCH.fullmatch(n) for n in names), names  # the XLSX sheets folder
    assert all(PARTIAL.fullmatch(n) or SCRATCH.fullmatch(n) for n in names), names
    part = next(p for p in left if p.name.startswith(".diaspora-associations.csv."))
    assert "Casa Ecuador" in part.read_text(encoding="utf-8-sig")  # why they must not stay

    live = AtomicOutputs()  # an export running meanwhile (its temporary is locked)
    live_temp = live.new(out / "live.csv")
    session = make_store(tmp_path / "data").unlock("Sup", PASS)
    report = export_submissions(
        session, ExportRequest(ExportFilter("diaspora"), "csv", out / "e.csv")
    )
    assert sorted(report.leftovers_removed) == left
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*decoys, "e.csv", "e-associations.csv", live_temp.name]
    )
    live.abort()
    assert not live_temp.exists()
    again = export_submissions(
        session, ExportRequest(ExportFilter("diaspora"), "csv", out / "e.csv")
    )
    assert again.leftovers_removed == ()
    session.lock()
