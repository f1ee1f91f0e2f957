"""The supervisor's Review and Dashboards tabs, added to the home screen of a supervisor profile.

Enumerators keep the plain home screen; a supervisor gets the review queue with its detail pane
and the dashboards in front of the same tabs (forms, own interviews), and the same "Sync now",
which for a supervisor pulls the team's submissions and pushes decisions. Slow work (opening a
submission, saving a decision, aggregating dashboards, flagging after an import) runs on worker
threads through ``jobs.run_job``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from fieldapp.core.dashboard import TeamDashboard
from fieldapp.ui.dashboard_screen import DashboardScreen
from fieldapp.ui.home_screen import HomeScreen
from fieldapp.ui.hub_panel import HubPanel, HubServer
from fieldapp.ui.jobs import run_job
from fieldapp.ui.review_bridge import ReviewBridge
from fieldapp.ui.review_detail import ReviewDetailPane
from fieldapp.ui.review_screen import ReviewScreen
from fieldapp.ui.store_bridge import ProfileBridge, dimension_names
from fieldapp.ui.transfer_dialog import TransferActions


class SupervisorArea(QObject):
    """Builds the tabs and runs their jobs; ``busy`` jobs are counted for tests to wait on."""

    status = Signal(str)  # a line for the home screen's status area

    def __init__(
        self,
        home: HomeScreen,
        profile: ProfileBridge,
        reviewer: str,
        language: str,
        window: QWidget,
        hub_server: HubServer | None = None,
    ) -> None:
        super().__init__(home)  # lives and dies with the home screen it extends
        self.home = home
        self.reviewer = reviewer
        self.window = window
        self.bridge = ReviewBridge(profile.profile, profile.definition, language)
        self.jobs = 0
        self._wanted = ""
        self._dashboards_loaded = False

        self.detail = ReviewDetailPane()
        self.queue = ReviewScreen(self.bridge, self.detail)
        self.queue.current_changed.connect(self.open)
        self.open(self.queue.current_id())  # the first row was chosen while building
        self.detail.decided.connect(self.decide)
        self.detail.version_chosen.connect(self.compare)

        self.transfers = TransferActions(
            profile.profile, window, after_import=self.bridge.refresh_flags
        )
        self.transfers.finished.connect(self._transfer_done)
        self.transfers.failed.connect(self.status.emit)

        page = QWidget()
        page.setObjectName("reviewArea")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 6, 4, 0)
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Team submissions"))
        heading.setObjectName("subheading")
        bar.addWidget(heading)
        bar.addStretch(1)
        self.transfer_button = QPushButton(self.tr("USB transfer…"))
        self.transfer_button.setToolTip(
            self.tr("Exchange sealed transfer files with enumerators who cannot sync")
        )
        menu = QMenu(self.transfer_button)
        menu.addAction(self.tr("Import enumerators' transfer file…"), self.transfers.import_file)
        menu.addAction(
            self.tr("Write the reply file for enumerators…"), self.transfers.write_replies
        )
        self.transfer_button.setMenu(menu)
        bar.addWidget(self.transfer_button)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("CSV, Excel, SPSS or Stata files of the submissions"))
        self.export_button.clicked.connect(self.open_export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        layout.addWidget(self.queue, 1)
        self.shortcuts = self.detail.install_shortcuts(
            page, lambda: self.queue.step(-1), lambda: self.queue.step(1)
        )

        self.dashboards = DashboardScreen(self._label, dimension_names())
        self.dashboards.refresh_requested.connect(self.refresh_dashboards)
        home.tabs.insertTab(0, page, self.tr("Review"))
        home.tabs.insertTab(1, self.dashboards, self.tr("Dashboards"))
        self.hub_panel: HubPanel | None = None
        if hub_server is not None:
            self.hub_panel = HubPanel(profile, reviewer, hub_server)
            self.hub_panel.status.connect(self.status.emit)
            home.tabs.insertTab(2, self.hub_panel, self.tr("Field hub"))
        home.tabs.currentChanged.connect(self._tab_changed)
        home.tabs.setCurrentIndex(0)
        self.review_page = page
        # Pulls and imports prepare their submissions' export rows; this catches up on older
        # ones in the background. Failing only means slower exports: no message for it.
        run_job(self.bridge.prepare_exports, lambda _done: None, lambda _message: None)

    def _label(self, question: str, code: str) -> str:
        form = "diaspora"
        return self.bridge.choice_label(form, question, code) if code else code

    def _run(
        self,
        work: Callable[..., Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        progress: Callable[[int, str], None] | None = None,
    ) -> None:
        self.jobs += 1

        def finished(result: object) -> None:
            self.jobs -= 1
            if shiboken6.isValid(self.queue):  # the home screen may be gone (lock, new home)
                done(result)

        def error(message: str) -> None:
            self.jobs -= 1
            if shiboken6.isValid(self.queue):
                failed(message)

        run_job(work, finished, error, on_progress=progress)

    # -- detail and decisions ----------------------------------------------------------------
    def open(self, instance_id: str) -> None:
        self._wanted = instance_id
        if not instance_id:
            self.detail.show_nothing()
            return
        self.detail.show_loading(instance_id)
        bridge = self.bridge

        def shown(result: Any) -> None:
            if self._wanted != instance_id:
                return  # the user moved on while it loaded
            found, enumerator, versions = result
            self.detail.show_detail(found, enumerator, versions)

        def failed(message: str) -> None:
            if self._wanted == instance_id:
                self.detail.show_error(message)

        self._run(lambda: bridge.detail(instance_id), shown, failed)

    def decide(
        self, instance_id: str, decision: str, comment: str, per_question: dict[str, str]
    ) -> None:
        bridge = self.bridge
        reviewer = self.reviewer

        def saved(_result: object) -> None:
            self.queue.refresh(keep=instance_id)
            self.open(self.queue.current_id())
            names = {
                "approved": self.tr("Approved."),
                "returned": self.tr("Returned to the enumerator."),
                "has_issues": self.tr("Marked as having issues."),
            }
            self.status.emit(
                names.get(decision, decision)
                + " "
                + self.tr("The decision is sent at the next sync or in the reply file.")
            )

        self._run(
            lambda: bridge.decide(instance_id, decision, comment, per_question, reviewer),
            saved,
            self.detail.show_error,
        )

    def compare(self, old_id: str, new_id: str) -> None:
        bridge = self.bridge

        def shown(result: Any) -> None:
            if self.detail.instance_id == new_id:
                self.detail.show_diff(result)

        self._run(lambda: bridge.diff(old_id, new_id), shown, self.detail.show_error)

    # -- dashboards --------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if self.home.tabs.widget(index) is self.dashboards and not self._dashboards_loaded:
            self.refresh_dashboards()

    def refresh_dashboards(self) -> None:
        self._dashboards_loaded = True
        self.dashboards.show_busy(self.tr("Reading the submissions…"))
        bridge = self.bridge

        def shown(result: object) -> None:
            assert isinstance(result, TeamDashboard)
            self.dashboards.show_dashboard(result)

        def progress(_percent: int, text: str) -> None:
            self.dashboards.status.setText(text)

        self._run(bridge.dashboard, shown, self.dashboards.show_error, progress)

    # -- after sync / transfer ---------------------------------------------------------------
    def after_sync(self) -> None:
        """New submissions may have arrived: flag them, then refresh the queue and charts."""
        bridge = self.bridge

        def flagged(_changed: object) -> None:
            self.reload()

        def failed(message: str) -> None:
            self.status.emit(message)
            self.reload()

        self._run(bridge.refresh_flags, flagged, failed)

    def reload(self) -> None:
        self.queue.reload_choices()
        self.queue.refresh()
        self.open(self.queue.current_id())
        if self._dashboards_loaded:
            self.refresh_dashboards()

    def _transfer_done(self, text: str) -> None:
        self.status.emit(text)
        self.reload()

    # -- export ------------------------------------------------------------------------------
    def open_export(self) -> None:
        from fieldapp.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.bridge.profile, self.queue.current_filter(), self.window)
        dialog.exec()
