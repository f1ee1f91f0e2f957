"""The storage contract: every backend (SQLite file, PostgreSQL) must pass all of these."""

from __future__ import annotations

import base64
import threading
import time
import uuid
from datetime import timedelta

import pytest

from fieldapp.errors import FieldappError
from sync.protocol import (
    Decision,
    ItemStatus,
    ReviewState,
    Role,
    content_hash,
)
from sync.server.credentials import hash_password, new_token
from sync.server.storage import (
    LOGIN_MAX_FAILURES,
    Incoming,
    Storage,
    utcnow,
)
from tests.sync_server.conftest import Team

pytestmark = pytest.mark.postgres


def sub(iid: str | None = None, payload: bytes = b"cipher", **kw: object) -> Incoming:
    base: dict[str, object] = {
        "instance_id": iid or f"uuid:{uuid.uuid4()}",
        "form_id": "f1",
        "form_version": "1",
        "device_id": "dev1",
        "payload": payload,
        "format": "envelope",
    }
    base.update(kw)
    return Incoming(**base)  # type: ignore[arg-type]


def test_initialise_is_idempotent_and_versioned(storage: Storage) -> None:
    assert storage.initialise() is False
    storage.check_schema()
    assert storage.migrate()[1] == storage.schema_version()
    assert [p["name"] for p in storage.list_projects()] == ["default"]


def test_unknown_project_and_duplicate_user(storage: Storage) -> None:
    with pytest.raises(FieldappError) as err:
        storage.create_user("nope", "u", Role.ENUMERATOR)
    assert err.value.code == "V102"
    storage.create_user("default", "u", Role.ENUMERATOR, ["t1"])
    with pytest.raises(FieldappError) as err:
        storage.create_user("default", "u", Role.ENUMERATOR)
    assert err.value.code == "V104"


def test_tokens_resolve_revoke_expire(storage: Storage) -> None:
    storage.create_user("default", "u", Role.SUPERVISOR, ["a", "b"])
    tok = new_token()
    tid = storage.issue_token("u", tok, device_id="d1")
    who = storage.resolve_token(tok)
    assert who is not None and who.username == "u" and who.team_names == ("a", "b")
    assert who.device_id == "d1" and who.role is Role.SUPERVISOR
    assert storage.resolve_token(tok + "x") is None
    assert storage.revoke_token(tid) is True
    assert storage.revoke_token(tid) is False
    assert storage.resolve_token(tok) is None
    old = new_token()
    storage.issue_token("u", old, expires_at=utcnow() - timedelta(seconds=1))
    assert storage.resolve_token(old) is None
    live = new_token()
    storage.issue_token("u", live)
    storage.set_disabled("u", True)
    assert storage.resolve_token(live) is None
    storage.set_disabled("u", False)
    assert storage.resolve_token(live) is not None
    assert storage.revoke_user_tokens("u") == 2  # the expired one too
    assert storage.resolve_token(live) is None


def test_password_credentials(storage: Storage) -> None:
    storage.create_user("default", "u", Role.ENUMERATOR, password_hash=hash_password("pw"))
    creds = storage.user_credentials("u")
    assert creds is not None and creds.password_hash
    assert creds.password_hash.startswith("$argon2id$")
    assert storage.user_credentials("ghost") is None


def test_login_throttle_counts_and_resets(storage: Storage) -> None:
    now = time.time()
    for _ in range(LOGIN_MAX_FAILURES - 1):
        storage.login_failed("u|1.2.3.4", now)
    assert storage.login_retry_after("u|1.2.3.4", now) == 0
    storage.login_failed("u|1.2.3.4", now)
    assert storage.login_retry_after("u|1.2.3.4", now) > 800
    assert storage.login_retry_after("u|5.6.7.8", now) == 0  # per user + IP
    assert storage.login_retry_after("u|1.2.3.4", now + 901) == 0  # window over
    storage.login_failed("u|1.2.3.4", now + 901)  # new window starts at 1
    assert storage.login_retry_after("u|1.2.3.4", now + 902) == 0
    storage.login_succeeded("u|1.2.3.4")
    assert storage.login_retry_after("u|1.2.3.4", now) == 0


def test_push_is_idempotent_by_content_hash(team: Team) -> None:
    st, who = team.storage, team.principal("enum_a")
    item = sub(attachments={"a.jpg": b"img"})
    first = st.push(who, [item])[0]
    assert first.status is ItemStatus.CREATED
    assert first.content_hash == content_hash(b"cipher", [("a.jpg", b"img")])
    again = st.push(who, [item])[0]
    assert again.status is ItemStatus.DUPLICATE
    assert again.content_hash == first.content_hash and again.server_seq == first.server_seq
    changed = st.push(who, [sub(item.instance_id, payload=b"other")])[0]
    assert changed.status is ItemStatus.CONFLICT and changed.content_hash == first.content_hash
    assert st.count_submissions() == 1


def test_same_instance_twice_in_one_batch(team: Team) -> None:
    st, who = team.storage, team.principal("enum_a")
    a = sub("uuid:x1")
    results = st.push(who, [a, a, sub("uuid:x1", payload=b"zz")])
    assert [r.status for r in results] == [
        ItemStatus.CREATED,
        ItemStatus.DUPLICATE,
        ItemStatus.CONFLICT,
    ]


def test_other_users_instance_id_is_a_conflict_without_hash(team: Team) -> None:
    st = team.storage
    st.push(team.principal("enum_a"), [sub("uuid:shared")])
    r = st.push(team.principal("enum_b"), [sub("uuid:shared")])[0]
    assert r.status is ItemStatus.CONFLICT and r.content_hash is None


def test_claimed_hash_and_device_binding(team: Team) -> None:
    st = team.storage
    who = team.principal("enum_a")
    bad = sub(claimed_hash="sha256:" + "0" * 64)
    r = st.push(who, [bad])[0]
    assert r.status is ItemStatus.REJECTED and r.error_code == "hash_mismatch"
    good = sub(claimed_hash=content_hash(b"cipher"))
    assert st.push(who, [good])[0].status is ItemStatus.CREATED
    tok = new_token()
    st.issue_token("enum_a", tok, device_id="laptop-7")
    bound = st.resolve_token(tok)
    assert bound is not None
    r = st.push(bound, [sub(device_id="other")])[0]
    assert r.status is ItemStatus.REJECTED and r.error_code == "device_mismatch"
    assert st.push(bound, [sub(device_id="laptop-7")])[0].ok


def test_deprecated_id_marks_edit_and_supersedes(team: Team) -> None:
    st, who = team.storage, team.principal("enum_a")
    st.push(who, [sub("uuid:v1")])
    r = st.push(who, [sub("uuid:v2", payload=b"fixed", deprecated_id="uuid:v1")])[0]
    assert r.status is ItemStatus.CREATED and r.review_state is ReviewState.EDITED
    old = st.get_submission(who, "uuid:v1")
    assert old is not None and old.superseded_by == "uuid:v2"
    new = st.get_submission(who, "uuid:v2")
    assert new is not None and new.deprecated_id == "uuid:v1"
    # deprecating someone else's submission does not touch it
    other = team.principal("enum_b")
    r = st.push(other, [sub("uuid:v3", deprecated_id="uuid:v2")])[0]
    assert r.review_state is ReviewState.RECEIVED
    assert st.get_submission(who, "uuid:v2").superseded_by is None  # type: ignore[union-attr]


def test_openrosa_split_posts_merge_attachments(team: Team) -> None:
    st, who = team.storage, team.principal("enum_a")
    xml = b"<data id='f1'><meta><instanceID>uuid:o1</instanceID></meta></data>"
    first = st.push(who, [sub("uuid:o1", xml, format="openrosa", attachments={"a.jpg": b"1"})])[0]
    second = st.push(who, [sub("uuid:o1", xml, format="openrosa", attachments={"b.jpg": b"2"})])[0]
    assert first.status is ItemStatus.CREATED and second.status is ItemStatus.CREATED
    assert second.content_hash == content_hash(xml, [("a.jpg", b"1"), ("b.jpg", b"2")])
    again = st.push(who, [sub("uuid:o1", xml, format="openrosa", attachments={"a.jpg": b"1"})])[0]
    assert again.status is ItemStatus.DUPLICATE
    clash = st.push(who, [sub("uuid:o1", xml, format="openrosa", attachments={"a.jpg": b"X"})])[0]
    assert clash.status is ItemStatus.CONFLICT
    meta = st.get_submission(who, "uuid:o1")
    assert meta is not None and [a.name for a in meta.attachments] == ["a.jpg", "b.jpg"]
    assert st.get_attachment(who, "uuid:o1", "b.jpg") == b"2"


def test_visibility_rules(team: Team) -> None:
    st = team.storage
    st.push(team.principal("enum_a"), [sub("uuid:a")])
    st.push(team.principal("enum_b"), [sub("uuid:b")])
    seen = {
        name: {m.instance_id for m in st.list_submissions(team.principal(name)).submissions}
        for name in ("enum_a", "enum_a2", "enum_b", "sup_a", "sup_b", "admin", "other_admin")
    }
    assert seen == {
        "enum_a": {"uuid:a"},
        "enum_a2": set(),
        "enum_b": {"uuid:b"},
        "sup_a": {"uuid:a"},
        "sup_b": {"uuid:b"},
        "admin": {"uuid:a", "uuid:b"},
        "other_admin": set(),
    }
    assert st.get_submission(team.principal("enum_a2"), "uuid:a") is None
    assert st.get_attachment(team.principal("sup_b"), "uuid:a", "x") is None


def test_reviews_permissions_and_state(team: Team) -> None:
    st = team.storage
    st.push(team.principal("enum_a"), [sub("uuid:r1")])
    with pytest.raises(PermissionError):
        st.add_review(team.principal("enum_a"), "uuid:r1", Decision.APPROVED, "", {})
    assert st.add_review(team.principal("sup_b"), "uuid:r1", Decision.APPROVED, "", {}) is None
    review = st.add_review(
        team.principal("sup_a"), "uuid:r1", Decision.RETURNED, "fix age", {"/data/age": "too low"}
    )
    assert review is not None and review.review_state is ReviewState.RETURNED
    meta = st.get_submission(team.principal("enum_a"), "uuid:r1")
    assert meta is not None and meta.review_state is ReviewState.RETURNED
    assert st.add_review(team.principal("admin"), "uuid:r1", Decision.APPROVED, "ok", {})
    reviews = st.list_reviews(team.principal("enum_a"), "uuid:r1")
    assert reviews is not None
    assert [r.decision for r in reviews] == [Decision.RETURNED, Decision.APPROVED]
    assert reviews[0].question_comments == {"/data/age": "too low"}


def test_changes_feed_by_role_and_cursor(team: Team) -> None:
    st = team.storage
    st.publish_form(
        "default", form_id="f1", version="1", title="F", xform=b"<x/>", media={}, encrypted=False
    )
    st.push(team.principal("enum_a"), [sub("uuid:c1"), sub("uuid:c2")])
    st.push(team.principal("enum_b"), [sub("uuid:c3")])
    st.add_review(team.principal("sup_a"), "uuid:c1", Decision.RETURNED, "redo", {})
    enum = st.changes(team.principal("enum_a"), 0, 100)
    assert [c.kind for c in enum.changes] == ["form", "review"]
    assert enum.changes[1].review and enum.changes[1].review.comment == "redo"
    sup = st.changes(team.principal("sup_a"), 0, 100)
    assert [c.kind for c in sup.changes] == ["form", "submission", "submission", "review"]
    assert sup.changes[1].submission and sup.changes[1].submission.payload_b64 == "Y2lwaGVy"
    admin = st.changes(team.principal("admin"), 0, 100)
    assert len(admin.changes) == 5
    assert st.changes(team.principal("other_admin"), 0, 100).changes == []
    # paging: cursor strictly increasing, pages cover everything once
    seen, cursor, more = [], 0, True
    while more:
        page = st.changes(team.principal("admin"), cursor, 2)
        seen += [c.seq for c in page.changes]
        cursor, more = int(page.cursor), page.more
    assert seen == sorted(set(seen)) and len(seen) == 5
    assert st.changes(team.principal("admin"), cursor, 10).changes == []


def test_forms_publish_idempotent_versions(storage: Storage) -> None:
    info, created = storage.publish_form(
        "default",
        form_id="f1",
        version="1",
        title="T",
        xform=b"<a/>",
        media={"m.csv": b"x,y\n"},
        encrypted=False,
    )
    assert created and info.md5.startswith("md5:") and info.media[0].name == "m.csv"
    _, again = storage.publish_form(
        "default",
        form_id="f1",
        version="1",
        title="T",
        xform=b"<a/>",
        media={"m.csv": b"x,y\n"},
        encrypted=False,
    )
    assert again is False
    with pytest.raises(FieldappError) as err:
        storage.publish_form(
            "default",
            form_id="f1",
            version="1",
            title="T",
            xform=b"<b/>",
            media={},
            encrypted=False,
        )
    assert err.value.code == "V108"
    storage.publish_form(
        "default", form_id="f1", version="2", title="T2", xform=b"<c/>", media={}, encrypted=True
    )
    pid = storage.project_id("default")
    assert [f.version for f in storage.list_forms(pid)] == ["2"]
    assert [f.version for f in storage.list_forms(pid, latest_only=False)] == ["1", "2"]
    assert storage.get_form_media(pid, "f1", "1", "m.csv") == b"x,y\n"
    assert storage.get_form_media(pid, "f1", "2", "m.csv") is None
    stored = storage.get_form(pid, "f1", None)
    assert stored is not None and stored.xform == b"<c/>" and stored.info.encrypted


def test_project_keys_roundtrip(storage: Storage) -> None:
    pid = storage.project_id("default")
    assert storage.project_keys(pid).key_id is None
    storage.set_project_keys("default", "abcd", b"x" * 32, b"rsa-der")
    keys = storage.project_keys(pid)
    assert keys.key_id == "abcd"
    assert keys.x25519_public_b64 == base64.b64encode(b"x" * 32).decode()


def test_concurrent_pushes_lose_nothing_and_order_is_total(team: Team) -> None:
    st = team.storage
    who = [team.principal(n) for n in ("enum_a", "enum_a2", "enum_b")]
    errors: list[BaseException] = []

    def worker(k: int) -> None:
        try:
            for j in range(5):
                items = [sub(f"uuid:w{k}-{j}-{i}") for i in range(10)]
                assert all(r.ok for r in st.push(who[k % 3], items))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert st.count_submissions() == 300
    feed = st.changes(team.principal("admin"), 0, 1000)
    seqs = [c.seq for c in feed.changes]
    assert len(seqs) == 300 and seqs == sorted(set(seqs))
    assert seqs == list(range(seqs[0], seqs[0] + 300))  # gapless: one allocator, commit order


def test_client_timestamps_are_stored_as_utc_instants(team: Team) -> None:
    from datetime import datetime, timezone

    st, who = team.storage, team.principal("enum_a")
    local = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=3)))
    st.push(who, [sub("uuid:tz", created_at=local, finalized_at=local)])
    meta = st.get_submission(who, "uuid:tz")
    assert meta is not None and meta.created_at == local and meta.finalized_at == local
    assert meta.created_at.utcoffset() == timedelta(0)


def test_pull_stops_at_the_byte_budget(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    import sync.server.storage as storage_module

    st = team.storage
    st.push(team.principal("enum_a"), [sub(f"uuid:big{i}", payload=b"x" * 3000) for i in range(5)])
    monkeypatch.setattr(storage_module, "PULL_BYTE_BUDGET", 9000)
    seen, cursor, more, pages = [], 0, True, 0
    while more:
        page = st.changes(team.principal("sup_a"), cursor, 100)
        assert page.changes, "a page always makes progress"
        seen += [c.submission.instance_id for c in page.changes if c.submission]
        cursor, more, pages = int(page.cursor), page.more, pages + 1
    assert seen == [f"uuid:big{i}" for i in range(5)] and pages >= 2


def test_forwarding_for_team_members_only(team: Team) -> None:
    st = team.storage
    sup = team.principal("sup_a")
    results = st.push(
        sup,
        [
            sub("uuid:fw1", owner="enum_a"),  # own team: allowed
            sub("uuid:fw2", owner="enum_b"),  # other team: refused
            sub("uuid:fw3", owner="ghost"),
        ],
    )
    assert [r.status for r in results] == [
        ItemStatus.CREATED,
        ItemStatus.REJECTED,
        ItemStatus.REJECTED,
    ]
    assert results[1].error_code == "forbidden_owner"
    meta = st.get_submission(team.principal("enum_a"), "uuid:fw1")
    assert meta is not None and meta.owner == "enum_a" and meta.team == "north"
    # the enumerator's own later retry of the same content is a duplicate, not a conflict
    assert st.push(team.principal("enum_a"), [sub("uuid:fw1")])[0].status is ItemStatus.DUPLICATE
    # a review reaches the enumerator
    st.add_review(sup, "uuid:fw1", Decision.RETURNED, "redo", {})
    kinds = [c.kind for c in st.changes(team.principal("enum_a"), 0, 100).changes]
    assert kinds == ["review"]
    # enumerators cannot forward; admins can for anyone in the project
    r = st.push(team.principal("enum_a2"), [sub("uuid:fw4", owner="enum_a")])[0]
    assert r.error_code == "forbidden_owner"
    r = st.push(team.principal("admin"), [sub("uuid:fw5", owner="enum_b")])[0]
    assert r.status is ItemStatus.CREATED
    r = st.push(team.principal("other_admin"), [sub("uuid:fw6", owner="enum_b")])[0]
    assert r.error_code == "forbidden_owner"
