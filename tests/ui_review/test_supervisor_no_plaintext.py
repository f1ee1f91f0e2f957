"""A supervisor's work never writes answers in plaintext: after receiving team submissions,
opening them in the detail view (with the diff), deciding with comments, drawing every
dashboard and locking, no file under the data folder holds a respondent's name, an answer or
a comment, in UTF-8 or UTF-16. Only an export the supervisor asks for is plaintext."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fieldapp.core.store import CHEAP_TEST_KDF, ReceivedSubmission, Store
from tests.dashboard.filled import diaspora
from tests.ui.driving import wait_until

from .conftest import PASSPHRASE, SUE
from .loop import area, open_window, select_row

NAME = "Zqxname Respondent"
PHONE = "+34 600 123 456"  # the diaspora contact phone filled by tests/dashboard/filled.py
COMMENT = "Zqxcomment call her back"


def test_review_leaves_no_plaintext(qtbot: QtBot, sue_dir: Path) -> None:
    store = Store(sue_dir, kdf=CHEAP_TEST_KDF)
    profile = store.unlock(SUE, PASSPHRASE)
    xml = diaspora()
    assert PHONE.encode() in xml
    iid = "uuid:7d1f3a52-9c0e-4b6e-8f21-0a9d5c3e4b17"
    xml = xml.replace(xml.split(b"<instanceID>")[1].split(b"</instanceID>")[0], iid.encode())
    profile.put_received(
        [ReceivedSubmission(iid, "diaspora", "2026112301", xml, name=NAME, enumerator="ana")]
    )
    profile.lock()

    window = open_window(qtbot, sue_dir)
    review = area(window)
    select_row(window, iid)
    detail = review.detail
    assert any(
        PHONE in (detail.answers.topLevelItem(i).text(1) or "")  # type: ignore[union-attr]
        for i in range(detail.answers.topLevelItemCount())
    )
    detail.comment.setFocus()
    QTest.keyClicks(detail.comment, COMMENT)
    QTest.mouseClick(detail.issues_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: review.jobs == 0)
    assert window.home is not None
    window.home.tabs.setCurrentWidget(review.dashboards)
    wait_until(lambda: review.jobs == 0 and review.dashboards.refresh_button.isEnabled())
    assert "Spain: 1" in review.dashboards.residence.accessibleDescription()
    window.lock()
    window.close()

    needles = [
        text.encode(encoding)
        for text in (NAME, PHONE, COMMENT)
        for encoding in ("utf-8", "utf-16-le")
    ]
    scanned = 0
    for path in sue_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            scanned += 1
            for needle in needles:
                assert needle not in data, f"{path.relative_to(sue_dir)} holds {needle!r}"
    assert scanned >= 2
