"""The whole review loop through the real windows of both roles: the enumerator submits, the
supervisor returns it with a comment on a question, the enumerator sees the comment next to
that question, fixes and resubmits (deprecatedID chain), the supervisor sees the change in the
diff and approves, and the enumerator gets the approval. Once over the real server on
loopback, once over USB transfer files (no network at all)."""

from __future__ import annotations

from pathlib import Path

from fieldapp.ui.app import MainWindow
from tests.exchange.conftest import make_keys
from tests.sync_client.conftest import KEY_PASSPHRASE, ServerEnv
from tests.ui.driving import wait_until

from .loop import (
    ASKED,
    COMMENT,
    OVERALL,
    approve,
    area,
    configure,
    fill_and_finalize,
    fix_returned,
    open_window,
    queue_ids,
    return_with_comments,
    select_row,
    sync,
)


def _status(window: MainWindow, instance_id: str) -> str:
    assert window.profile is not None
    return window.profile.profile.load(instance_id).status


def _check_supervisor_sees_resubmission(sue: MainWindow, first: str, second: str) -> None:
    review = area(sue)
    assert second in queue_ids(sue)
    row = review.queue.model.find(second)
    assert review.queue.model.index(row, 1).data().endswith("↻")
    select_row(sue, second)
    detail = review.detail
    captions = [detail.versions.itemText(i) for i in range(detail.versions.count())]
    assert captions == ["Version 1 of 2"]
    wait_until(lambda: detail.diff.topLevelItemCount() > 0)
    changed = [detail.diff.topLevelItem(i) for i in range(detail.diff.topLevelItemCount())]
    assert any(item is not None and item.text(1) == "Changed" for item in changed)
    assert sue.profile is not None
    assert sue.profile.profile.version_chain(second) == [first, second]


def test_whole_loop_over_the_real_server(
    qtbot, data_dir: Path, sue_dir: Path, server_env: ServerEnv
) -> None:  # type: ignore[no-untyped-def]
    ana = open_window(qtbot, data_dir)
    configure(ana, url=server_env.url, token=server_env.tokens["ana"])
    fill_and_finalize(ana)
    assert "1 sent" in sync(ana)
    assert ana.profile is not None
    first = ana.profile.profile.list_submissions(status="sent").rows[0].instance_id

    sue = open_window(qtbot, sue_dir)
    assert sue.review_area is not None and sue.home is not None
    assert sue.home.tabs.tabText(0) == "Review" and sue.home.tabs.tabText(1) == "Dashboards"
    configure(
        sue,
        url=server_env.url,
        token=server_env.tokens["sue"],
        key_file=server_env.key_file,
        key_passphrase=KEY_PASSPHRASE,
    )
    sync(sue)
    assert first in queue_ids(sue)
    return_with_comments(sue, first)
    assert _status(sue, first) == "returned"
    assert "0 not sent" in sync(sue)  # the decision goes up
    assert sue.profile is not None and not sue.profile.profile.pending_reviews()

    sync(ana)  # the enumerator pulls the decision
    assert _status(ana, first) == "returned"
    second = fix_returned(ana, first)
    assert second != first
    outcome = sync(ana)
    assert "1 sent" in outcome, outcome

    sync(sue)
    _check_supervisor_sees_resubmission(sue, first, second)
    approve(sue, second)
    assert _status(sue, second) == "approved"
    sync(sue)
    sync(ana)
    assert _status(ana, second) == "approved"
    comments = ana.profile.profile.load(first).comments
    assert {(c.ref, c.text) for c in comments} >= {(ASKED, COMMENT), ("", OVERALL)}


def test_whole_loop_over_usb_transfer_files(
    qtbot, data_dir: Path, sue_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    keys = make_keys(tmp_path / "keys")
    ana = open_window(qtbot, data_dir)
    configure(ana, key_file=keys.file)  # the public key file the supervisor handed over
    sue = open_window(qtbot, sue_dir)
    configure(sue, key_file=keys.file, key_passphrase=keys.passphrase)
    usb = tmp_path / "usb"
    usb.mkdir()

    def carry(source: MainWindow, write: str, target: MainWindow, name: str) -> None:
        """Write a file on one laptop, import it on the other, both through their menus."""
        path = usb / name
        writer = area(source).transfers if source.review_area else source.transfers
        texts: list[str] = []
        writer.finished.connect(texts.append)
        getattr(writer, write)(path)
        wait_until(lambda: bool(texts), timeout=60)
        assert path.is_file()
        reader = area(target).transfers if target.review_area else target.transfers
        done: list[str] = []
        problems: list[str] = []
        reader.finished.connect(done.append)
        reader.failed.connect(problems.append)
        reader.import_file(path)
        wait_until(lambda: bool(done or problems), timeout=60)
        assert not problems, problems
        if target.review_area is not None:
            wait_until(lambda: area(target).jobs == 0)

    fill_and_finalize(ana)
    assert ana.profile is not None
    first = ana.profile.profile.outbox().rows[0].instance_id
    carry(ana, "write_outbox", sue, "ana-1.fatransfer")
    assert first in queue_ids(sue)
    assert sue.profile is not None
    record = sue.profile.profile.load(first)
    assert record.routing is not None and record.routing.enumerator
    return_with_comments(sue, first)
    carry(sue, "write_replies", ana, "reply-1.fatransfer")
    assert _status(ana, first) == "returned"  # the receipt took it out of the outbox, too
    second = fix_returned(ana, first)
    carry(ana, "write_outbox", sue, "ana-2.fatransfer")
    _check_supervisor_sees_resubmission(sue, first, second)
    approve(sue, second)
    carry(sue, "write_replies", ana, "reply-2.fatransfer")
    assert _status(ana, second) == "approved"
    assert ana.profile.profile.outbox().total == 0
    # nothing readable on the stick: no answer text in any transfer file
    for path in usb.iterdir():
        assert b"Please check" not in path.read_bytes()
        assert b"<ipl12" not in path.read_bytes()
