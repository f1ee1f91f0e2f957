"""What an enumerator types through the real app never reaches the disk in plaintext.

Marker strings go into a text answer, the instance name and an attached file's name; after
saving, finalizing and locking, every file under the data folder (database, WAL, ui.json,
media cache) is scanned for them, in UTF-8 and UTF-16."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from fieldapp.ui.app import MainWindow
from tests.ui.conftest import PASSPHRASE
from tests.ui.driving import Interviewer, start_form, unlock, wait_until

MARKER = "ZQXMARKERJ7"


def test_typed_answers_never_on_disk_in_plaintext(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    unlock(window, PASSPHRASE)
    screen = start_form(window, "diaspora@2026112301")
    interviewer = Interviewer(
        screen,
        keyboard=False,
        answers={"/referral_code_in": "AB12CD", "/year_left": "2010", "/age": "40"},
    )
    for _ in range(40):
        if "/diaspora/profile/residence_city" in screen.widgets:
            break
        interviewer.answer_page()
        interviewer.next_page()
    city = screen.widgets["/diaspora/profile/residence_city"]
    edit = city.findChild(QLineEdit)
    QTest.keyClicks(edit, f"City {MARKER}")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert screen.session.value("/diaspora/profile/residence_city") == f"City {MARKER}"
    QTest.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.interview is None)
    window.lock()
    window.close()

    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le")]
    scanned = 0
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            scanned += 1
            for needle in needles:
                assert needle not in data, f"{path.relative_to(data_dir)} holds the answer"
    assert scanned >= 2
