"""Property test of push idempotency on both backends (Hypothesis).

Random interleavings of users pushing, re-pushing (duplicates), pushing changed content under
the same instanceID (conflicts) and batches mixing all of these. Invariants: every instanceID is
stored exactly once; it keeps the content of its first successful push; a receipt is a success
exactly when the stored hash equals the pushed content's hash; the changes feed lists each
created submission once, in increasing sequence.
"""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.protocol import ItemStatus, content_hash
from sync.server.storage import Incoming
from tests.sync_server.conftest import Team

USERS = ["enum_a", "enum_a2", "enum_b"]
ops = st.lists(
    st.lists(
        st.tuples(st.sampled_from(USERS), st.integers(0, 7), st.integers(0, 2)),
        min_size=1,
        max_size=6,
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batches=ops)
def test_push_invariants(team: Team, batches: list[list[tuple[str, int, int]]]) -> None:
    st_ = team.storage
    run = uuid.uuid4().hex  # fresh instanceIDs per example: the fixture's database is reused
    first: dict[str, tuple[str, str]] = {}  # instance -> (owner, hash) of the first success
    for batch in batches:
        by_user: dict[str, list[Incoming]] = {}
        for user, n, variant in batch:
            payload = f"content-{n}-{variant}".encode()
            by_user.setdefault(user, []).append(
                Incoming(
                    instance_id=f"uuid:{run}-{n}",
                    form_id="f1",
                    form_version="1",
                    device_id="d",
                    payload=payload,
                    format="envelope",
                )
            )
        for user, items in by_user.items():
            receipts = st_.push(team.principal(user), items)
            assert len(receipts) == len(items)
            for item, receipt in zip(items, receipts, strict=True):
                digest = content_hash(item.payload)
                owner_hash = first.get(item.instance_id)
                if owner_hash is None:
                    assert receipt.status is ItemStatus.CREATED
                    first[item.instance_id] = (user, digest)
                elif owner_hash == (user, digest):
                    assert receipt.status is ItemStatus.DUPLICATE
                else:
                    assert receipt.status is ItemStatus.CONFLICT
                    assert receipt.content_hash in {None, owner_hash[1]}
                    if owner_hash[0] != user:
                        assert receipt.content_hash is None  # no peeking at others' hashes
                assert receipt.ok == (receipt.content_hash == digest)
    admin = team.principal("admin")
    for iid, (owner, digest) in first.items():
        meta = st_.get_submission(admin, iid, with_payload=False)
        assert meta is not None and meta.owner == owner and meta.content_hash == digest
    feed = [
        c.submission.instance_id
        for c in st_.changes(admin, 0, 1000).changes
        if c.submission and c.submission.instance_id.startswith(f"uuid:{run}-")
    ]
    assert sorted(feed) == sorted(first) and len(feed) == len(set(feed))
