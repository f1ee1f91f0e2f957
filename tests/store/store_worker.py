"""Subprocess side of the crash, disk-full and marker tests (run as ``python -m``).

Modes:
  zygote DATA         imports once, then forks one writer per "spawn RUN ACKFILE" line; each
                      writer saves drafts forever and appends "ACK <instance> <run> <seq>" to
                      ACKFILE after each save returns, until the test SIGKILLs it; "reap PID"
                      collects it. Forking keeps 200+ kills within about a minute.
  crash DATA          save a few drafts, then os._exit without closing (an unclean stop)
  diskfull DATA LIMIT set RLIMIT_FSIZE to LIMIT bytes, try a big save, print the error code,
                      then check that earlier data still reads
  markers DATA        write marker strings through every path of the store API, then export
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

from fieldapp.core.store import Comment, ReceivedSubmission
from fieldapp.errors import FieldappError
from tests.store.storekit import PASS, make_store

SLOTS = 20


def draft_xml(run: int, seq: int, pad: int = 400) -> bytes:
    return f"<d><run>{run}</run><seq>{seq}</seq><p>{'x' * pad}</p></d>".encode()


def writer(data: Path, run: int, ackfile: Path) -> None:
    session = make_store(data).unlock("Ana", PASS)
    fd = os.open(ackfile, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    seq = 0
    while True:
        instance = f"k{(run * 7 + seq) % SLOTS}"
        session.save_draft("f", "1", instance, draft_xml(run, seq), name=f"n{run}-{seq}")
        if seq % 10 == 9:
            session.record_audit(instance, [{"run": run, "seq": seq}])
        os.write(fd, f"ACK {instance} {run} {seq}\n".encode())  # one write: all or nothing
        seq += 1


def zygote(data: Path) -> None:
    for line in sys.stdin:
        parts = line.split()
        if parts and parts[0] == "spawn":
            pid = os.fork()
            if pid == 0:
                try:
                    writer(data, int(parts[1]), Path(parts[2]))
                finally:
                    os._exit(3)
            print(f"PID {pid}", flush=True)
        elif parts and parts[0] == "reap":
            _, status = os.waitpid(int(parts[1]), 0)
            print(f"STATUS {status}", flush=True)


def crash(data: Path) -> None:
    session = make_store(data).unlock("Ana", PASS)
    for i in range(5):
        session.save_draft("f", "1", f"late{i}", b"<d>late</d>")
    print("SAVED", flush=True)
    os._exit(0)


def diskfull(data: Path, limit: int) -> None:
    session = make_store(data).unlock("Ana", PASS)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of dying
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        session.save_draft("f", "1", "big", os.urandom(3_000_000).hex().encode())
        print("SAVED-BIG", flush=True)
    except FieldappError as exc:
        print(f"ERROR {exc.code} {exc.message}", flush=True)
    sub = session.load("small")
    print(f"READ {sub.xml.decode()}", flush=True)
    session.lock()


def markers(data: Path, marker: str) -> None:
    store = make_store(data)
    store.create_profile("Ana", "enumerator", PASS)
    s = store.unlock("Ana", PASS)
    s.add_form(
        "f", "1", "Household", b"<h:html/>", {"people.csv": f"name\n{marker}-preload".encode()}
    )
    s.set_setting("language", "fr")
    for i in range(30):
        xml = f"<d><name>{marker}-answer-{i}</name><income>{marker}-income</income></d>".encode()
        s.save_draft(
            "f",
            "1",
            f"uuid:{i}",
            xml,
            name=f"{marker}-instance-name-{i}",
            position={"ref": "/d/name"},
        )
        s.save_draft("f", "1", f"uuid:{i}", xml + b" ", name=f"{marker}-instance-name-{i}")
        s.record_audit(
            f"uuid:{i}", [{"event": "answer", "node": "/d/name", "new-value": f"{marker}-audit"}]
        )
        if i % 2:
            s.finalize(f"uuid:{i}", xml)
        if i % 4 == 1:
            s.mark_sent(f"uuid:{i}", "sha256:receipt")
            s.mark_returned(
                f"uuid:{i}", [Comment("sup", f"{marker}-comment", "2026-01-01T00:00:00Z")]
            )
    s.put_attachment("uuid:0", f"{marker}-photo.jpg", f"{marker}-attachment-bytes".encode() * 100)
    s.set_secret("server.token", f"{marker}-token")
    s.delete_draft("uuid:0")  # deleted data must not linger in plaintext either
    s.put_attachment("uuid:2", f"{marker}-photo2.jpg", f"{marker}-attachment-bytes".encode() * 100)
    export = data / "exchange.fae"
    s.export_to(export, "export passphrase")
    s.lock()
    store.create_profile("Sup", "supervisor", PASS)
    sup = store.unlock("Sup", PASS)
    sup.import_from(export, "export passphrase")
    sup.put_received(
        [
            ReceivedSubmission(
                "r1", "f", "1", f"<d>{marker}-received</d>".encode(), name=f"{marker}-rn"
            )
        ]
    )
    found = sup.load("uuid:1")
    assert marker.encode() in found.xml
    sup.lock()
    print("DONE", flush=True)


def main() -> int:
    mode, data = sys.argv[1], Path(sys.argv[2])
    if mode == "zygote":
        zygote(data)
    elif mode == "crash":
        crash(data)
    elif mode == "diskfull":
        diskfull(data, int(sys.argv[3]))
    elif mode == "markers":
        markers(data, sys.argv[3])
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
