"""kill -9 a writer process at random points, hundreds of times: no acknowledged save lost.

A "zygote" subprocess imports the store once and forks one writer per cycle (a real process,
killed with SIGKILL), so 200+ kills fit in about a minute. Each writer appends an ack line with a
single write() after each save returns. After every kill the parent opens the store in-process:
the manifest verifies, quick_check (and every 20th cycle integrity_check plus decrypting every
record) passes, and each slot holds the last acknowledged save or a newer one (the write in flight
at the kill may or may not have committed; never an older one).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store.store_worker import SLOTS
from tests.store.storekit import PASS, make_store

REPO = Path(__file__).resolve().parents[2]
KILLS = 200
_SEQ = re.compile(rb"<run>(\d+)</run><seq>(\d+)</seq>")


def _ask(zygote: subprocess.Popen[str], command: str) -> str:
    assert zygote.stdin is not None and zygote.stdout is not None
    zygote.stdin.write(command + "\n")
    zygote.stdin.flush()
    return zygote.stdout.readline().strip()


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_kill_dash_nine_never_loses_an_acknowledged_save(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = make_store(data)
    store.create_profile("Ana", "enumerator", PASS)
    rng = random.Random(20261123)
    acked: dict[str, tuple[int, int]] = {}
    total_acks = in_flight_commits = 0
    zygote = subprocess.Popen(
        [sys.executable, "-m", "tests.store.store_worker", "zygote", str(data)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        for run in range(KILLS):
            ackfile = tmp_path / f"acks-{run}.log"
            pid = int(_ask(zygote, f"spawn {run} {ackfile}").split()[1])
            deadline = time.monotonic() + 30
            while not (ackfile.exists() and ackfile.stat().st_size):  # first save is durable
                assert time.monotonic() < deadline, "writer never acknowledged a save"
                time.sleep(0.002)
            time.sleep(rng.uniform(0.0, 0.03))
            os.kill(pid, signal.SIGKILL)
            status = int(_ask(zygote, f"reap {pid}").split()[1])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            # A final line without "\n" would be a torn ack; writes are single syscalls so none.
            for line in ackfile.read_bytes().split(b"\n")[:-1]:
                _, instance, r, seq = line.split()
                acked[instance.decode()] = (int(r), int(seq))
                total_acks += 1
            session = store.unlock("Ana", PASS)  # verifies the manifest, runs quick_check
            try:
                session.verify_integrity(deep=run % 20 == 0)
                for instance, expected in acked.items():
                    found = _SEQ.search(session.load(instance).xml)
                    assert found is not None
                    stored = (int(found.group(1)), int(found.group(2)))
                    assert stored >= expected, f"{instance}: acked {expected}, found {stored}"
                    in_flight_commits += stored > expected
            finally:
                session.lock()
    finally:
        zygote.kill()
        zygote.wait()
    assert len(acked) == SLOTS
    assert total_acks >= KILLS
    session = store.unlock("Ana", PASS)
    session.verify_integrity(deep=True)
    assert session.count_submissions(status="draft") == SLOTS
    session.lock()
    print(f"{KILLS} kills, {total_acks} acknowledged saves, {in_flight_commits} in-flight commits")
