"""Server benchmarks (issue 6), all in one run, printing figures and same-run ratios.

1. Load: 200 concurrent clients x 50 submissions each (5 batches of 10) against a real server on
   SQLite and on PostgreSQL (two app processes on one database); checks 0 lost / 0 duplicated
   and prints p50 / p99 request latency.
2. Throughput over loopback: 10,000 submissions through the batch API (batches of 1,000, the
   protocol maximum) vs the OpenRosa baseline, one HEAD + one multipart POST per submission.
   Targets: >= 20x and >= 10,000 submissions/s.
3. Server ingest rate (Storage.push without HTTP) on SQLite and PostgreSQL.

Run: ``.venv/bin/python tests/benchmarks/bench_server.py`` (``--quick`` for the pytest smoke run,
``--backends sqlite`` to skip PostgreSQL). PostgreSQL is started by tests/pg_server.py.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sync.protocol import PushRequest, PushResponse, Role, SubmissionIn  # noqa: E402
from sync.server.credentials import new_token  # noqa: E402
from sync.server.storage import Incoming, Storage  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402
from tests.sync_server.live_server import LiveServer  # noqa: E402

PAYLOAD_BYTES = 1024


@dataclass
class LoadResult:
    backend: str
    clients: int
    per_client: int
    stored: int
    lost: int
    duplicated: int
    failed_requests: int
    p50_ms: float
    p99_ms: float
    seconds: float


def prepare(db_url: str, users: int) -> list[str]:
    """Initialise the database and return one token per enumerator."""
    storage = Storage.open(db_url, check_schema=False)
    storage.initialise()
    tokens = []
    for i in range(users):
        name = f"enum{i:04d}"
        storage.create_user("default", name, Role.ENUMERATOR, [f"team{i % 10}"])
        tok = new_token()
        storage.issue_token(name, tok)
        tokens.append(tok)
    storage.close()
    return tokens


def make_item(client: int, n: int) -> SubmissionIn:
    return SubmissionIn.build(
        instance_id=f"uuid:{uuid.uuid4()}",
        form_id="household",
        form_version="1",
        payload=os.urandom(PAYLOAD_BYTES),
        device_id=f"dev{client}",
        client_seq=n,
    )


async def _client(
    url: str, token: str, items: list[SubmissionIn], batch: int, latencies: list[float]
) -> int:
    failed = 0
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:
        for start in range(0, len(items), batch):
            chunk = items[start : start + batch]
            body = PushRequest(items=chunk).model_dump_json()
            for _attempt in range(5):  # a client retries; idempotency makes that safe
                t0 = time.perf_counter()
                try:
                    r = await client.post("/api/v1/push", content=body, headers=headers)
                except httpx.HTTPError:
                    failed += 1
                    continue
                latencies.append(time.perf_counter() - t0)
                if r.status_code == 200:
                    results = PushResponse.model_validate_json(r.content).results
                    if all(
                        x.ok and x.content_hash == i.content_hash
                        for x, i in zip(results, chunk, strict=True)
                    ):
                        break
                failed += 1
    return failed


def run_load(
    backend: str,
    db_url: str,
    urls: Sequence[str],
    tokens: Sequence[str],
    per_client: int,
    batch: int = 10,
) -> LoadResult:
    """N concurrent clients (one per token) each pushing ``per_client`` submissions."""
    work = [[make_item(c, n) for n in range(per_client)] for c in range(len(tokens))]
    latencies: list[float] = []

    async def main() -> list[int]:
        return await asyncio.gather(
            *(
                _client(urls[c % len(urls)], tok, work[c], batch, latencies)
                for c, tok in enumerate(tokens)
            )
        )

    t0 = time.perf_counter()
    failed = sum(asyncio.run(main()))
    seconds = time.perf_counter() - t0
    storage = Storage.open(db_url)
    expected = {i.instance_id for items in work for i in items}
    from sqlalchemy import func, select

    from sync.server import db

    with storage.engine.connect() as conn:
        rows = conn.execute(
            select(db.submissions.c.instance_id, func.count()).group_by(
                db.submissions.c.instance_id
            )
        ).all()
    storage.close()
    stored = {iid for iid, _ in rows}
    latencies.sort()
    return LoadResult(
        backend=backend,
        clients=len(tokens),
        per_client=per_client,
        stored=len(stored & expected),
        lost=len(expected - stored),
        duplicated=sum(1 for _, n in rows if n > 1),
        failed_requests=failed,
        p50_ms=1000 * latencies[len(latencies) // 2] if latencies else 0.0,
        p99_ms=1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        if latencies
        else 0.0,
        seconds=seconds,
    )


def batch_throughput(url: str, token: str, count: int, batch: int = 1000) -> float:
    """Submissions/s through the batch API: one client, sequential batches, serialising included."""
    items = [make_item(0, n) for n in range(count)]
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    with httpx.Client(base_url=url, timeout=120) as client:
        t0 = time.perf_counter()
        for start in range(0, count, batch):
            chunk = items[start : start + batch]
            r = client.post(
                "/api/v1/push", content=PushRequest(items=chunk).model_dump_json(), headers=headers
            )
            r.raise_for_status()
            assert all(x["status"] == "created" for x in r.json()["results"])
        return count / (time.perf_counter() - t0)


def openrosa_throughput(url: str, token: str, count: int) -> float:
    """Submissions/s with one HEAD + one multipart POST per submission (ODK Collect's pattern)."""
    headers = {"Authorization": f"Bearer {token}", "X-OpenRosa-Version": "1.0"}
    docs = []
    for _ in range(count):
        iid = f"uuid:{uuid.uuid4()}"
        filler = os.urandom(PAYLOAD_BYTES // 2).hex()
        docs.append(
            f'<data id="household" version="1"><x>{filler}</x>'
            f"<meta><instanceID>{iid}</instanceID></meta></data>".encode()
        )
    with httpx.Client(base_url=url, timeout=60) as client:
        t0 = time.perf_counter()
        for xml in docs:
            assert client.head("/submission", headers=headers).status_code == 204
            r = client.post(
                "/submission",
                files={"xml_submission_file": ("submission.xml", xml, "text/xml")},
                headers=headers,
            )
            assert r.status_code == 201, r.text
        return count / (time.perf_counter() - t0)


def ingest_rate(db_url: str, count: int, batch: int = 500) -> float:
    """Storage.push without HTTP: what the database layer sustains."""
    storage = Storage.open(db_url)
    who = storage.resolve_token(prepare_one(storage))
    assert who is not None
    items = [
        Incoming(
            instance_id=f"uuid:{uuid.uuid4()}",
            form_id="household",
            form_version="1",
            device_id="dev",
            payload=os.urandom(PAYLOAD_BYTES),
            format="envelope",
        )
        for _ in range(count)
    ]
    t0 = time.perf_counter()
    for start in range(0, count, batch):
        assert all(r.ok for r in storage.push(who, items[start : start + batch]))
    rate = count / (time.perf_counter() - t0)
    storage.close()
    return rate


def prepare_one(storage: Storage) -> str:
    name = f"ingest{uuid.uuid4().hex[:8]}"
    storage.create_user("default", name, Role.ENUMERATOR, ["ingest"])
    tok = new_token()
    storage.issue_token(name, tok)
    return tok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes for the pytest smoke test")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument(
        "--openrosa-count",
        type=int,
        default=10_000,
        help="submissions for the HEAD+POST baseline (default: the same 10,000; ~2 min)",
    )
    args = parser.parse_args(argv)
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    clients, per_client = (10, 5) if args.quick else (200, 50)
    n_batch, n_openrosa, n_ingest = (
        (500, 50, 500) if args.quick else (10_000, args.openrosa_count, 10_000)
    )
    pg: PostgresServer | None = None
    ok = True
    load = os.getloadavg()
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load[0]:.1f} / {load[1]:.1f} / "
        f"{load[2]:.1f} (figures scale down when other work shares the CPUs)"
    )
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        try:
            for backend in backends:
                if backend == "sqlite":
                    url = f"sqlite:///{Path(tmp) / 'load.db'}"
                else:
                    pg = pg or PostgresServer.start()
                    url = pg.create_database("bench_load")
                tokens = prepare(url, clients)
                servers = [LiveServer(url).start() for _ in range(1 if backend == "sqlite" else 2)]
                try:
                    res = run_load(backend, url, [s.url for s in servers], tokens, per_client)
                finally:
                    for s in servers:
                        s.stop()
                print(
                    f"load[{backend}, {len(servers)} process(es)]: {res.clients} clients x "
                    f"{res.per_client} = {res.clients * res.per_client} submissions in "
                    f"{res.seconds:.1f} s; stored {res.stored}, lost {res.lost}, duplicated "
                    f"{res.duplicated}, retried requests {res.failed_requests}; "
                    f"p50 {res.p50_ms:.0f} ms, p99 {res.p99_ms:.0f} ms"
                )
                ok = ok and res.lost == 0 and res.duplicated == 0

            url = f"sqlite:///{Path(tmp) / 'throughput.db'}"
            token = prepare(url, 1)[0]
            with LiveServer(url) as srv:
                batch_rate = batch_throughput(srv.url, token, n_batch)
                or_rate = openrosa_throughput(srv.url, token, n_openrosa)
            ratio = batch_rate / or_rate
            print(
                f"throughput[sqlite, loopback]: batch API {batch_rate:,.0f} submissions/s "
                f"({n_batch} submissions); OpenRosa HEAD+POST {or_rate:,.0f} submissions/s "
                f"({n_openrosa} submissions); ratio {ratio:.1f}x (target >= 20x, >= 10,000/s)"
            )
            for backend in backends:
                if backend == "sqlite":
                    url = f"sqlite:///{Path(tmp) / 'ingest.db'}"
                    prepare(url, 0)
                else:
                    pg = pg or PostgresServer.start()
                    url = pg.create_database("bench_ingest")
                    prepare(url, 0)
                rate = ingest_rate(url, n_ingest)
                print(
                    f"ingest[{backend}]: {rate:,.0f} submissions/s (Storage.push, batches of 500)"
                )
        finally:
            if pg is not None:
                pg.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
