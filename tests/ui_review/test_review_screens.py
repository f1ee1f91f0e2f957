"""The supervisor's screens over a realistic team (tests/ui_review/team_data.py), through the
real window: queue filters, counts and saved filters; the detail and its diff; a return with
no comment refused; dashboards; the export dialog (read back with pandas, sensitive fields only
when ticked)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from fieldapp.core.review.queue import QueueFilter
from fieldapp.errors import FieldappError
from fieldapp.ui.app import MainWindow
from fieldapp.ui.export_dialog import ExportDialog
from fieldapp.ui.transfer_dialog import ProfileProjectKey
from tests.exchange.conftest import make_keys
from tests.ui.driving import accept_dialog, wait_until

from .loop import area, open_window, select_row


def _rows(window: MainWindow, column: int) -> list[str]:
    model = area(window).queue.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_queue_status_buttons_flag_filter_and_saved_filters(qtbot: QtBot, team_dir: Path) -> None:
    window = open_window(qtbot, team_dir)
    review = area(window)
    queue = review.queue
    assert window.profile is not None
    counts = window.profile.profile.review_counts()
    assert queue.status_buttons[""].text() == f"All ({sum(counts.values())})"
    assert queue.status_buttons["has_issues"].text() == f"Has issues ({counts['has_issues']})"
    QTest.mouseClick(queue.status_buttons["has_issues"], Qt.MouseButton.LeftButton)
    assert queue.model.rowCount() == counts["has_issues"] > 0
    assert set(_rows(window, 1)) == {"Has issues"}
    QTest.mouseClick(queue.status_buttons[""], Qt.MouseButton.LeftButton)

    # flag filter: only interviews flagged "too short", every one says so in its Flags cell
    queue.flag.setCurrentIndex(queue.flag.findData("short_interview"))
    short = queue.model.rowCount()
    assert 0 < short < sum(counts.values())
    assert all("Interview too short" in cell for cell in _rows(window, 2))
    queue.enumerator.setCurrentIndex(queue.enumerator.findData("amina"))
    narrowed = queue.model.rowCount()
    assert 0 < narrowed <= short and set(_rows(window, 4)) == {"amina"}

    # save it by name (the dialog typed into), reset, then bring it back from the list
    def name_it(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("amina short")
        dialog.accept()

    accept_dialog(QInputDialog, then=name_it)
    QTest.mouseClick(queue.save_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: queue.saved.findText("amina short") > 0)
    queue.set_filter(QueueFilter())
    assert queue.model.rowCount() == sum(counts.values())
    queue.saved.setCurrentIndex(queue.saved.findText("amina short"))
    queue.saved.activated.emit(queue.saved.currentIndex())
    assert queue.model.rowCount() == narrowed
    assert queue.enumerator.currentData() == "amina"
    assert queue.flag.currentData() == "short_interview"
    QTest.mouseClick(queue.delete_saved_button, Qt.MouseButton.LeftButton)
    assert queue.saved.findText("amina short") < 0


def test_detail_diff_and_a_return_needs_a_comment(
    qtbot: QtBot, team_dir: Path, team_ids: dict[str, str]
) -> None:
    window = open_window(qtbot, team_dir)
    review = area(window)
    detail = review.detail
    select_row(window, team_ids["resubmitted"])
    assert detail.tabs.isTabEnabled(1)
    wait_until(lambda: detail.diff.topLevelItemCount() > 0)
    item = detail.diff.topLevelItem(0)
    assert item is not None and item.text(1) == "Changed" and item.text(0).startswith("Last month")
    # timings from the paradata are shown beside the answers
    times = [
        detail.answers.topLevelItem(i).text(2) for i in range(detail.answers.topLevelItemCount())
    ]
    assert any(t.endswith(" s") for t in times)
    # returning without saying what to fix is refused before anything is stored
    QTest.mouseClick(detail.return_button, Qt.MouseButton.LeftButton)
    assert "Write what the enumerator should fix" in detail.message.text()
    assert window.profile is not None
    assert window.profile.profile.load(team_ids["resubmitted"]).status == "received"
    assert not window.profile.profile.pending_reviews() or all(
        p.instance_id != team_ids["resubmitted"] for p in window.profile.profile.pending_reviews()
    )
    QTest.mouseClick(detail.issues_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: review.jobs == 0)
    assert window.profile.profile.load(team_ids["resubmitted"]).status == "has_issues"
    assert any(
        p.instance_id == team_ids["resubmitted"] and p.decision == "has_issues"
        for p in window.profile.profile.pending_reviews()
    )


def test_dashboards_draw_the_team(qtbot: QtBot, team_dir: Path) -> None:
    window = open_window(qtbot, team_dir)
    review = area(window)
    assert window.home is not None
    window.home.tabs.setCurrentWidget(review.dashboards)
    wait_until(lambda: review.jobs == 0 and review.dashboards.refresh_button.isEnabled())
    board = review.dashboards
    per_enumerator = board.per_enumerator.accessibleDescription()
    for name in ("amina", "bruno", "carmen", "dario", "elif"):
        assert f"{name}: " in per_enumerator
    assert "Team (n=" in board.radar.accessibleDescription()
    assert "amina (n=" in board.radar.accessibleDescription()  # the first enumerator compared
    board.ipl_group.setCurrentIndex(board.ipl_group.findText("Country Peru"))
    assert "Peru (n=" in board.radar.accessibleDescription()
    board.ipl_measure.setCurrentIndex(board.ipl_measure.findData("economic"))
    assert board.distribution.accessibleDescription().startswith("0.0: ")
    residence = board.residence.accessibleDescription()
    assert "Spain: " in residence  # the form's own label, not the ISO code
    assert "Remittances: " in board.channels.accessibleDescription()


def test_export_dialog_writes_csv_and_sensitive_fields_only_when_ticked(
    qtbot: QtBot, team_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, team_dir)
    assert window.profile is not None
    dialog = ExportDialog(window.profile.profile, None, window)
    qtbot.addWidget(dialog)
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("diaspora"))
    assert dialog.sensitive.isEnabled() and not dialog.sensitive.isChecked()
    assert "contact_phone" in dialog.sensitive_note.text()

    def export(path: Path) -> pd.DataFrame:
        dialog.path.setText(str(path))
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: not dialog.running, timeout=60)
        assert dialog.report is not None, dialog.message.text()
        assert "exported" in dialog.message.text()
        with zipfile.ZipFile(path) as archive:
            main = next(n for n in archive.namelist() if n.endswith(".csv") and "-" not in n)
            with archive.open(main) as handle:
                return pd.read_csv(handle)

    dialog.path.clear()  # no target: said plainly, nothing runs
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and "[U301]" in dialog.message.text()
    plain = export(tmp_path / "diaspora.zip")
    received = window.profile.profile.review_counts(None)
    assert 0 < len(plain) <= sum(received.values())
    assert not [c for c in plain.columns if "contact_phone" in c]
    dialog.sensitive.setChecked(True)
    full = export(tmp_path / "diaspora-with-contacts.zip")
    phone = [c for c in full.columns if "contact_phone" in c]
    assert phone and "+34 600 123 456" in set(full[phone[0]].astype(str))


def test_project_key_import_for_settings(data_dir: Path, tmp_path: Path) -> None:
    from fieldapp.core.store import Store

    from .conftest import PASSPHRASE

    keys = make_keys(tmp_path / "keys")
    store = Store(data_dir)
    profile = store.unlock("ana", PASSPHRASE)
    try:
        enumerator = ProfileProjectKey(profile, supervisor=False)
        assert enumerator.status() == "No project key yet."
        enumerator.import_file(keys.file, None)
        assert enumerator.status().startswith("Project default, key ")
        supervisor = ProfileProjectKey(profile, supervisor=True)
        assert "No private key" in supervisor.status()
        try:
            supervisor.import_file(keys.file, "not the passphrase")
        except FieldappError as exc:
            assert exc.code == "N312"
        else:  # pragma: no cover - a wrong passphrase must not open the key
            raise AssertionError("wrong passphrase accepted")
        supervisor.import_file(keys.file, keys.passphrase)
        assert "The private key is held" in supervisor.status()
    finally:
        profile.lock()


def test_opening_the_review_area_prepares_export_rows(qtbot: QtBot, team_dir: Path) -> None:
    """Submissions stored before prepared rows existed get them in the background."""
    window = open_window(qtbot, team_dir)
    assert window.profile is not None
    profile = window.profile.profile

    def unprepared() -> int:
        return sum(
            n
            for form in profile.review_values("form_id")
            for (_, tag), n in profile.prepared_counts(form).items()
            if tag is None
        )

    wait_until(lambda: unprepared() == 0, timeout=60)
    assert sum(sum(profile.prepared_counts(f).values()) for f in profile.review_values("form_id"))
