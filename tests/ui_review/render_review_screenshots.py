"""Render the supervisor's screens into docs/screenshots/ (offscreen, real store and engine).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui_review/render_review_screenshots.py [OUT]
    SHOT_LANG=ar ... render_review_screenshots.py   # Arabic, right to left: detail + diaspora

Screens: the review queue with flags and statuses, the detail of a flagged interview, the
detail of a resubmission with its changes, the dashboards (progress, IPL radar and score
distribution, diaspora profile) and the export dialog. The team is tests/ui_review/team_data.py.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fieldapp.core.store import CHEAP_TEST_KDF, Store  # noqa: E402
from fieldapp.ui.app import MainWindow  # noqa: E402
from fieldapp.ui.appearance import create_app, load_style  # noqa: E402
from fieldapp.ui.export_dialog import ExportDialog  # noqa: E402
from fieldapp.ui.store_bridge import ProfileBridge  # noqa: E402
from fieldapp.ui.supervisor_area import SupervisorArea  # noqa: E402
from fieldapp.ui.translations import (  # noqa: E402
    UiPreferences,
    apply_language,
    save_preferences,
)
from tests.ui.driving import unlock, wait_until  # noqa: E402
from tests.ui_review.team_data import populate  # noqa: E402

PASSPHRASE = "screenshot passphrase"


LANGUAGE = os.environ.get("SHOT_LANG", "en")
ARABIC_SHOTS = {  # right-to-left checks
    "review_detail",
    "dashboard_progress",
    "dashboard_ipl",
    "dashboard_diaspora",
    "field_hub",
}


def save(widget: QWidget, out: Path, name: str) -> None:
    if LANGUAGE != "en":
        if name not in ARABIC_SHOTS:
            return
        name = f"{name}_{LANGUAGE}_rtl" if LANGUAGE == "ar" else f"{name}_{LANGUAGE}"
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"), "PNG", 9)
    print(out / f"{name}.png")


def shoot_hub(window: MainWindow, area: SupervisorArea, out: Path, tmp: Path) -> None:
    """The Field hub tab serving for real (a child process on a free port), with an
    enumerator account just added and its token shown once."""
    import socket

    from fieldapp.ui.hub_panel import DEFAULT_PORT
    from fieldapp.ui.transfer_dialog import ProfileProjectKey
    from tests.exchange.conftest import make_keys
    from tests.sync_server.live_server import free_port

    assert window.profile is not None and window.home is not None
    keys = make_keys(tmp / "keys")
    ProfileProjectKey(window.profile.profile, supervisor=True).import_file(
        keys.file, keys.passphrase
    )
    panel = area.hub_panel
    assert panel is not None
    window.home.tabs.setCurrentWidget(panel)
    panel.create_hub()
    wait_until(lambda: panel.hub.exists() and panel.jobs == 0, timeout=30)
    try:  # the default port, as a supervisor would see it, unless something here uses it
        with socket.socket() as probe:
            probe.bind(("0.0.0.0", DEFAULT_PORT))
        panel.port.setValue(DEFAULT_PORT)
    except OSError:
        panel.port.setValue(free_port())
    panel.toggle()
    wait_until(lambda: panel.server.serving, timeout=60)
    panel.user_name.setText("ana")
    panel.add_user()
    wait_until(lambda: bool(panel.token_field.text()) and panel.jobs == 0, timeout=30)
    panel.hq_url.setText("https://hq.example.org")
    save(window, out, "field_hub")
    panel.server.stop()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    load_style(app)
    language = LANGUAGE
    apply_language(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        store = Store(data, kdf=CHEAP_TEST_KDF)
        store.create_profile("sofia", "supervisor", PASSPHRASE)
        profile = store.unlock("sofia", PASSPHRASE)
        ProfileBridge(profile, data).ensure_builtin_forms()
        ids = populate(profile)
        profile.lock()

        save_preferences(data, UiPreferences(language=language))
        window = MainWindow(data, kdf=CHEAP_TEST_KDF)
        window.resize(1280, 800)
        window.show()
        unlock(window, PASSPHRASE)
        area = window.review_area
        assert isinstance(area, SupervisorArea)

        def settle() -> None:
            wait_until(lambda: area.jobs == 0)
            QApplication.processEvents()

        settle()
        area.queue.splitter.setSizes([770, 490])
        queue = area.queue
        flagged = next(
            row
            for row in range(queue.model.rowCount())
            if (queue.model.row(row) or None) is not None
            and queue.model.row(row).flags  # type: ignore[union-attr]
            and queue.model.row(row).status == "received"  # type: ignore[union-attr]
            and queue.model.row(row).form_id == "ipl12"  # type: ignore[union-attr]
            and not queue.model.row(row).deprecated_id  # type: ignore[union-attr]
        )
        queue.table.setCurrentIndex(queue.model.index(flagged, 0))  # selectRow: lost in RTL
        settle()
        save(window, out, "review_queue")
        area.detail.set_question_comment(
            "/ipl12/economic/eco2_p2", "Income seems low for someone working full time: confirm."
        )
        area.detail.comment.setPlainText("Please re-ask the income question.")
        commented = area.detail.item_for("/ipl12/economic/eco2_p2")
        if commented is not None:  # the question comment in view
            area.detail.answers.scrollToItem(commented)
        save(window, out, "review_detail")
        assert queue.select_id(ids["resubmitted"])
        settle()
        area.detail.tabs.setCurrentIndex(1)
        settle()
        save(window, out, "review_resubmission_diff")

        home = window.home
        assert home is not None
        home.tabs.setCurrentWidget(area.dashboards)
        settle()
        dashboards = area.dashboards
        for index, name in enumerate(("dashboard_progress", "dashboard_ipl", "dashboard_diaspora")):
            dashboards.tabs.setCurrentIndex(index)
            settle()
            save(window, out, name)

        shoot_hub(window, area, out, Path(tmp))

        assert window.profile is not None
        dialog = ExportDialog(window.profile.profile, None, window)
        dialog.form_combo.setCurrentIndex(max(0, dialog.form_combo.findData("diaspora")))
        dialog.path.setText("~/Documents/diaspora.zip")
        dialog.show()
        save(dialog, out, "export_dialog")
        dialog.close()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
