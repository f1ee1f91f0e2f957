"""Profiles, drafts, lifecycle, forms, attachments, audit, settings: the repository API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldapp.core.store import (
    PRODUCTION_KDF,
    TRANSITIONS,
    Comment,
    ProfileSession,
    ReceivedSubmission,
    Status,
    Store,
    resolve_data_dir,
)
from fieldapp.errors import FieldappError
from tests.store.storekit import PASS, make_store


def test_create_list_unlock_and_profile_isolation(store: Store) -> None:
    key = store.create_profile("Ana", "enumerator", PASS)
    store.create_profile("Bo Supervisor", "supervisor", "another passphrase")
    assert len(key.split("-")) == 8 and all(len(g) == 4 for g in key.split("-"))
    assert [(p.name, p.role) for p in store.list_profiles()] == [
        ("Ana", "enumerator"),
        ("Bo Supervisor", "supervisor"),
    ]
    ana = store.unlock("Ana", PASS)
    ana.save_draft("f", "1", "uuid:a", b"<d>secret of Ana</d>", name="Respondent A")
    ana.lock()
    # Bo's passphrase does not open Ana, and Bo's store has none of Ana's records.
    with pytest.raises(FieldappError) as err:
        store.unlock("Ana", "another passphrase")
    assert err.value.code == "S100"
    bo = store.unlock("Bo Supervisor", "another passphrase")
    assert bo.count_submissions() == 0
    assert bo.role == "supervisor"
    bo.lock()
    assert store.db_path("Ana").parent != store.db_path("Bo Supervisor").parent


@pytest.mark.parametrize("name", ["", " lead", "../x", "a/b", "x" * 65, "con\n"])
def test_invalid_profile_names(store: Store, name: str) -> None:
    with pytest.raises(FieldappError) as err:
        store.create_profile(name, "enumerator", PASS)
    assert err.value.code == "S103"


def test_create_rejects_bad_role_short_passphrase_duplicates(store: Store) -> None:
    with pytest.raises(FieldappError, match="S104"):
        store.create_profile("A", "admin", PASS)
    with pytest.raises(FieldappError, match="S105"):
        store.create_profile("A", "enumerator", "short")
    store.create_profile("A", "enumerator", PASS)
    with pytest.raises(FieldappError, match="S102"):
        store.create_profile("a", "enumerator", PASS)
    with pytest.raises(FieldappError, match="S101"):
        store.unlock("nobody", PASS)


def test_data_dir_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FIELDAPP_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir() == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "x") == tmp_path / "x"
    monkeypatch.delenv("FIELDAPP_DATA_DIR")
    assert resolve_data_dir().name == "fieldapp"


def test_production_kdf_stays_strong() -> None:
    assert PRODUCTION_KDF.memory_kib >= 64 * 1024 and PRODUCTION_KDF.iterations >= 3
    assert Store().kdf == PRODUCTION_KDF


def test_draft_save_load_upsert_delete(session: ProfileSession) -> None:
    v1 = session.save_draft("f", "1", "uuid:1", b"<d>one</d>", name="N1", position={"ref": "/d/a"})
    v2 = session.save_draft("f", "1", "uuid:1", b"<d>two</d>", name="N2", position={"ref": "/d/b"})
    assert v2 > v1
    sub = session.load("uuid:1")
    assert (sub.xml, sub.name, sub.position, sub.status) == (
        b"<d>two</d>",
        "N2",
        {"ref": "/d/b"},
        "draft",
    )
    session.put_attachment("uuid:1", "p.jpg", b"\xff\xd8")
    session.record_audit("uuid:1", [{"event": "question", "node": "/d/a"}])
    session.delete_draft("uuid:1")
    with pytest.raises(FieldappError, match="S108"):
        session.load("uuid:1")
    assert session.list_attachments("uuid:1") == [] and session.list_audit("uuid:1") == []
    session.verify_integrity(deep=True)


def test_full_enumerator_lifecycle(session: ProfileSession) -> None:
    session.save_draft("f", "1", "uuid:1", b"<d/>", name="x")
    session.finalize("uuid:1", b"<d>final</d>")
    assert [r.instance_id for r in session.outbox().rows] == ["uuid:1"]
    with pytest.raises(FieldappError, match="S109"):
        session.delete_draft("uuid:1")
    session.reopen("uuid:1")
    session.finalize("uuid:1", b"<d>final2</d>")
    session.mark_sent("uuid:1", "sha256:abc")
    assert session.outbox().total == 0
    sub = session.load("uuid:1")
    assert sub.receipt_hash == "sha256:abc" and sub.sent_at
    session.mark_returned("uuid:1", [Comment("sup", "Check age", "2026-01-01T00:00:00Z", "/d/age")])
    assert session.list_submissions(status="returned").rows[0].comment_count == 1
    session.save_draft("f", "1", "uuid:1", b"<d>fixed</d>")  # fixing a returned interview
    session.finalize("uuid:1", b"<d>fixed</d>")
    session.mark_sent("uuid:1", "sha256:def")
    session.mark_approved("uuid:1")
    sub = session.load("uuid:1")
    assert sub.status == "approved" and sub.comments[0].text == "Check age"
    assert [h["to"] for h in sub.history] == [
        "finalized",
        "draft",
        "finalized",
        "sent",
        "returned",
        "draft",
        "finalized",
        "sent",
        "approved",
    ]
    with pytest.raises(FieldappError, match="S109"):
        session.save_draft("f", "1", "uuid:1", b"<d/>")


def test_state_machine_table_is_closed() -> None:
    for source, targets in TRANSITIONS.items():
        assert source in Status and all(t in Status for t in targets)
    assert TRANSITIONS[Status.APPROVED] == frozenset()


@pytest.mark.parametrize(
    ("steps", "bad"),
    [
        ([], "mark_sent"),  # draft cannot be sent
        (["finalize"], "mark_approved"),  # not reviewed before it was sent
        (["finalize", "mark_sent"], "reopen"),  # sent work cannot silently become a draft
    ],
)
def test_illegal_transitions_refused(session: ProfileSession, steps: list[str], bad: str) -> None:
    session.save_draft("f", "1", "i", b"<d/>")
    calls = {
        "finalize": lambda: session.finalize("i", b"<d/>"),
        "mark_sent": lambda: session.mark_sent("i", "h"),
        "mark_approved": lambda: session.mark_approved("i"),
        "reopen": lambda: session.reopen("i"),
    }
    for step in steps:
        calls[step]()
    before = session.load("i").status
    with pytest.raises(FieldappError) as err:
        calls[bad]()
    assert err.value.code == "S109"
    assert session.load("i").status == before


def test_finalize_new_instance_directly(session: ProfileSession) -> None:
    session.finalize("uuid:new", b"<d/>", name="direct", form_id="f", form_version="2")
    sub = session.load("uuid:new")
    assert (sub.status, sub.form_version, sub.name) == ("finalized", "2", "direct")


def test_supervisor_received_flow(store: Store) -> None:
    store.create_profile("Sup", "supervisor", PASS)
    s = store.unlock("Sup", PASS)
    items = [ReceivedSubmission(f"u{i}", "f", "1", b"<d/>", name=f"r{i}") for i in range(3)]
    assert s.put_received(items) == 3
    assert s.put_received(items) == 0  # idempotent pull
    s.mark_has_issues("u0", [Comment("me", "odd", "t")])
    s.mark_returned("u1", [Comment("me", "redo", "t")])
    s.mark_approved("u2")
    assert s.count_submissions(status=["has_issues", "returned", "approved"]) == 3
    s.verify_integrity(deep=True)
    s.lock()


def test_listing_filters_sorts_pages(tmp_path: Path) -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    clock_values = iter(t0 + timedelta(minutes=i) for i in range(10_000))
    store = Store(tmp_path, kdf=make_store(tmp_path).kdf, clock=lambda: next(clock_values))
    store.create_profile("A", "enumerator", PASS)
    s = store.unlock("A", PASS)
    for i in range(30):
        s.save_draft("f" if i % 2 else "g", "1", f"id{i:02d}", b"<d/>", name=f"Name {i}")
        if i % 3 == 0:
            s.finalize(f"id{i:02d}", b"<d/>")
    page = s.list_submissions(status="draft", form_id="f", limit=5)
    assert page.total == len([i for i in range(30) if i % 2 and i % 3])
    assert [r.updated_at for r in page.rows] == sorted(
        (r.updated_at for r in page.rows), reverse=True
    )
    assert all(r.form_id == "f" and r.status == "draft" for r in page.rows)
    second = s.list_submissions(status="draft", form_id="f", limit=5, offset=5)
    assert not {r.instance_id for r in page.rows} & {r.instance_id for r in second.rows}
    window = s.list_submissions(
        date_from=t0 + timedelta(minutes=10), date_to=t0 + timedelta(minutes=20)
    )
    assert window.total and all(
        "2026-01-01T00:10" <= r.updated_at < "2026-01-01T00:20" for r in window.rows
    )
    assert [r.name for r in s.search_by_name("name 2")][:1]
    assert {r.name for r in s.search_by_name("NAME 29")} == {"Name 29"}
    asc = s.list_submissions(sort="created_at", descending=False, limit=3)
    assert [r.instance_id for r in asc.rows] == ["id00", "id01", "id02"]
    s.lock()


def test_forms_and_media(session: ProfileSession) -> None:
    session.add_form("f", "1", "Form", b"<h:html/>", {"a.csv": b"x,y\n1,2", "img.png": b"\x89PNG"})
    session.add_form("f", "2", "Form v2", b"<h:html v2/>")
    assert [f.version for f in session.list_forms("f")] == ["2", "1"]
    assert session.get_form("f", "1").media_names == ("a.csv", "img.png")
    assert session.get_form_media("f", "1", "a.csv") == b"x,y\n1,2"
    session.add_form("f", "1", "Form", b"<h:html again/>", {"b.csv": b"z"})  # replaced, media too
    assert session.get_form("f", "1").media_names == ("b.csv",)
    assert session.get_form_xml("f", "1") == b"<h:html again/>"
    session.verify_integrity(deep=True)


def test_settings_secrets_sync_state(session: ProfileSession) -> None:
    session.set_setting("server.url", "https://example.org")
    session.set_setting("idle_minutes", 5)
    assert session.settings() == {"server.url": "https://example.org", "idle_minutes": 5}
    with pytest.raises(FieldappError, match="S112"):
        session.set_setting("Bad Key", 1)
    with pytest.raises(FieldappError, match="S112"):
        session.set_setting("x", "y" * 5000)
    session.set_secret("server.token", "tok")
    assert session.get_secret("server.token") == "tok"
    session.set_secret("server.token", None)
    assert session.get_secret("server.token") is None
    session.set_cursor("pull", "42")
    assert session.get_cursor("pull") == "42"
    session.record_sync_attempt("u1", "N100")
    state = session.record_sync_attempt("u1")
    assert (state.attempts, state.last_error_code) == (2, None)
    session.verify_integrity()


def test_lock_wipes_keys_and_blocks_calls(session: ProfileSession) -> None:
    ring = session.keyring
    session.lock()
    assert session.locked and not any(ring.data_key())
    with pytest.raises(FieldappError, match="S107"):
        session.load("x")
    session.lock()  # idempotent


def test_half_created_profile_is_ignored(store: Store) -> None:
    store.create_profile("Ana", "enumerator", PASS)
    leftover = store.profiles_dir / ".new-0123456789abcdef"  # as a crash during creation leaves
    leftover.mkdir()
    (leftover / "store.db").write_bytes(b"partial")
    assert [p.name for p in store.list_profiles()] == ["Ana"]
    assert not list(store.profiles_dir.glob(".new-*"))[1:]  # creating never leaves its own


def test_two_sessions_on_one_profile_keep_the_manifest_consistent(store: Store) -> None:
    """The app and a CLI command may have the same profile open: writes interleave safely."""
    store.create_profile("Ana", "enumerator", PASS)
    app = store.unlock("Ana", PASS)
    cli = make_store(store.data_dir).unlock("Ana", PASS)
    for i in range(10):
        app.save_draft("f", "1", f"a{i}", b"<d/>")
        cli.save_draft("f", "1", f"c{i}", b"<d/>")
        cli.record_audit(f"a{i}", [{"i": i}])
    app.finalize("c3", b"<d/>")
    app.verify_integrity(deep=True)
    cli.verify_integrity(deep=True)
    assert cli.load("c3").status == "finalized" and app.count_submissions() == 20
    app.lock()
    cli.lock()
    store.unlock("Ana", PASS).lock()
