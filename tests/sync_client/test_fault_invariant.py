"""Randomized: 1,000 sync attempts through the fault proxy, with server restarts.

Invariant, checked after every attempt and at the end: every finalized submission is on the
server exactly once or still in the outbox - 0 lost, 0 duplicated. A submission marked sent must
be on the server with the hash of its receipt. At the end, with the faults switched off, one
more sync empties the outbox.

Seed: $FIELDAPP_FAULT_SEED (printed, so a failure can be replayed).
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.client.engine import Progress, RetryPolicy
from sync.client.safe_http import HttpSettings
from tests.sync_client.conftest import ServerEnv, make_server
from tests.sync_client.device import Device, make_device
from tests.sync_client.fault_proxy import Fault, FaultProxy, random_policy
from tests.sync_client.server_truth import stored_hashes, stored_submissions

ATTEMPTS = int(os.environ.get("FIELDAPP_FAULT_ATTEMPTS", "1000"))
WEIGHTS = {
    Fault.RESET_UPLOAD: 0.06,
    Fault.RESET_AFTER_COMMIT: 0.06,
    Fault.ERROR_5XX: 0.04,
    Fault.ERROR_AFTER_COMMIT: 0.04,
    Fault.TIMEOUT: 0.015,
    Fault.TIMEOUT_AFTER_COMMIT: 0.015,
    Fault.SLOW: 0.04,
    Fault.TRUNCATE: 0.04,
    Fault.DUPLICATE: 0.04,
    Fault.LATE_REPLAY: 0.04,
}


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerEnv]:
    env = make_server(tmp_path_factory.mktemp("fault-srv"))
    yield env
    env.server.stop()


def check_invariant(
    device: Device, created: list[str], db: str, verified: set[str] | None = None
) -> tuple[int, int]:
    """(sent, waiting); raises AssertionError on a lost or duplicated submission.

    ``verified``: ids whose receipt hash was already compared (a sent record keeps it).
    """
    counts = stored_submissions(db)
    hashes = stored_hashes(db)
    outbox, sent = device.outbox_ids(), device.sent_ids()
    seen = verified if verified is not None else set()
    for iid in created:
        assert counts[iid] <= 1, f"{iid} duplicated on the server"
        if iid in sent:
            assert counts[iid] == 1, f"{iid} marked sent but not on the server"
            if iid not in seen:
                assert device.session.load(iid).receipt_hash == hashes[iid]
                seen.add(iid)
        else:
            assert iid in outbox, f"{iid} lost: neither sent nor in the outbox"
    assert not (outbox & sent)
    return len(sent), len(outbox)


@pytest.mark.slow
def test_thousand_attempts_nothing_lost_nothing_duplicated(
    own_server: ServerEnv, tmp_path: Path
) -> None:
    seed = int(os.environ.get("FIELDAPP_FAULT_SEED", str(random.randrange(1 << 30))))
    print(f"fault seed {seed}")
    rng = random.Random(seed)
    device = make_device(tmp_path)
    created: list[str] = []
    verified: set[str] = set()
    settings = HttpSettings(connect_timeout=0.5, read_timeout=0.2, total_timeout=3)
    started = time.monotonic()
    outcomes: Counter[str] = Counter()
    restarts = 0
    mid_done = False
    with FaultProxy(own_server.server.port, hang_seconds=0.3, replay_delay=0.05) as proxy:
        proxy.policy = random_policy(random.Random(seed + 1), WEIGHTS)
        for attempt in range(ATTEMPTS):
            if rng.random() < 0.35 or (not mid_done and attempt >= ATTEMPTS // 2):
                for _ in range(rng.randint(1, 3)):
                    photo = bytes([rng.randrange(256)]) * rng.randint(0, 3000)
                    created.append(device.finalize(f"a{attempt}", photo=photo or None))
            restart_mid_run = not mid_done and attempt >= ATTEMPTS // 2
            if attempt in (ATTEMPTS // 4, 3 * ATTEMPTS // 4):
                own_server.server.stop()  # down between syncs, back before the next one
                own_server.server.start()
                restarts += 1
            timers: list[threading.Timer] = []

            def progress(p: Progress, mid: bool = restart_mid_run, t: list = timers) -> None:  # type: ignore[type-arg]
                if mid and p.phase == "push" and not t:
                    own_server.server.stop()  # down in the middle of this sync
                    t.append(threading.Timer(0.3, own_server.server.start))
                    t[0].start()

            engine = device.engine(
                proxy.url,
                own_server.tokens["ana"],
                settings=settings,
                retry=RetryPolicy(
                    attempts=20 if restart_mid_run else 1, base_delay=0.1, max_delay=1.0
                ),
                push_budget=3000 if restart_mid_run else rng.choice([3000, 20_000, 1_000_000]),
                progress=progress,
            )
            report = engine.run(pull=attempt % 25 == 0)
            outcomes["ok" if report.ok else ("offline" if report.offline else "failed")] += 1
            for timer in timers:
                timer.join()
                restarts += 1
                mid_done = True
            check_invariant(device, created, own_server.db, verified)
        proxy.policy = lambda _r: Fault.PASS
        proxy.wait_idle()
        for _ in range(5):
            final = device.engine(proxy.url, own_server.tokens["ana"]).run()  # no faults, patient
            if not device.outbox_ids():
                break
        assert final.ok, final
        sent, waiting = check_invariant(device, created, own_server.db)
        faults = dict(proxy.counts)
    elapsed = time.monotonic() - started
    counts = stored_submissions(own_server.db)
    print(
        f"{ATTEMPTS} sync attempts in {elapsed:.1f} s, {len(created)} submissions, "
        f"{restarts} server restarts, outcomes {dict(outcomes)}, faults "
        f"{ {f.value: n for f, n in faults.items()} }"
    )
    assert waiting == 0 and sent == len(created)
    assert all(counts[i] == 1 for i in created)
    lost = [i for i in created if counts[i] == 0]
    duplicated = [i for i in created if counts[i] > 1]
    print(f"lost {len(lost)}, duplicated {len(duplicated)}")
    assert lost == [] and duplicated == []
    # every kind of fault really happened
    assert all(faults.get(f, 0) > 0 for f in WEIGHTS), faults
    assert outcomes["ok"] > 0 and outcomes["ok"] < ATTEMPTS
    assert mid_done and restarts == 3
