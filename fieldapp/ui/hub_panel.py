"""The field hub from the desktop: the supervisor's laptop serves the team's sync on the LAN.

``sync/hub.py`` does the work (the hub database, accounts, forwarding to headquarters); this
module gives it a "Field hub" tab. The server runs as a child process of the app, the same
executable with ``hub run`` (``python -m fieldapp`` when not frozen), so a crash in it never
takes the window down and stopping it is just ending the child. ``HubServer`` belongs to the
main window (one per unlocked profile: the home screen is rebuilt often, the server must not
follow it) and is stopped on lock and on quit. The hub holds ciphertext and routing data only.
"""

from __future__ import annotations

import sys
import time
import urllib.request
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.ui.jobs import run_job
from fieldapp.ui.settings_dialog import ServerSettings
from fieldapp.ui.store_bridge import ProfileBridge

DEFAULT_PORT = 8765
HQ_URL_SECRET = "hub.hq_url"  # noqa: S105 - where Sync now went before the hub
HQ_TOKEN_SECRET = "hub.hq_token"  # noqa: S105 - the key name, not a secret
READY_SECONDS = 60.0


def hub_command(data_dir: Path, profile: str, port: int, host: str) -> tuple[str, list[str]]:
    """The program and arguments that serve this profile's hub: this very executable."""
    args = ["hub", "run", "--data-dir", str(data_dir), "--profile", profile]
    args += ["--host", host, "--port", str(port)]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "fieldapp", *args]


def lan_addresses() -> list[str]:
    """IPv4 addresses of this laptop's network interfaces that are up (not loopback)."""
    found: list[str] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        if flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            address: QHostAddress = entry.ip()
            if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            text = address.toString()
            if text not in found and not address.isLoopback():
                found.append(text)
    return found


def _wait_until_serving(url: str, process_alive: Callable[[], bool]) -> bool:
    """Poll the hub's /api/v1/info until it answers (worker thread); False if it died."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # LAN/loopback only
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if not process_alive():
            return False
        try:
            with opener.open(url + "/api/v1/info", timeout=1) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.1)
    return False


class HubServer(QObject):
    """`fieldapp hub run` as a child process of the app."""

    started = Signal(int)  # the port, once the server answers
    stopped = Signal(str)  # "" when stopped on request, else what went wrong

    def __init__(self, data_dir: Path, profile: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.profile = profile
        self.port = DEFAULT_PORT
        self.serving = False
        self._process: QProcess | None = None
        self._stopping = False
        self._output: deque[str] = deque(maxlen=20)  # last lines, in memory only
        self._alive: dict[str, bool] = {"alive": False}  # read by the readiness job

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self, port: int, host: str = "0.0.0.0") -> None:  # noqa: S104 - a hub serves the LAN
        if self._process is not None:
            return
        self.port = port
        self._stopping = False
        self._output.clear()
        program, args = hub_command(self.data_dir, self.profile, port, host)
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.readyReadStandardOutput.connect(self._read_output)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        state = {"alive": True}
        self._alive = state
        process.start(program, args)

        def alive() -> bool:
            return bool(state["alive"])

        url = f"http://127.0.0.1:{port}"

        def ready(ok: object) -> None:
            if self._process is not process or not state["alive"]:
                return
            if ok:
                self.serving = True
                self.started.emit(port)
            else:
                self._fail(self._last_line() or "no answer within a minute")

        run_job(lambda: _wait_until_serving(url, alive), ready, self._fail)

    def stop(self) -> None:
        """End the child (SIGTERM, then kill after 5 s); blocks briefly on lock and quit."""
        process = self._process
        if process is None:
            return
        self._stopping = True
        self._alive["alive"] = False
        process.terminate()
        if not process.waitForFinished(5000):
            process.kill()
            process.waitForFinished(2000)
        self._cleared()
        self.stopped.emit("")

    def _cleared(self) -> None:
        if self._process is not None:
            self._process.deleteLater()
        self._process = None
        self.serving = False

    def _read_output(self) -> None:
        if self._process is None:
            return
        data = bytes(self._process.readAllStandardOutput().data()).decode("utf-8", "replace")
        for line in data.splitlines():
            if line.strip():
                self._output.append(line.strip())

    def _last_line(self) -> str:
        self._read_output()
        return self._output[-1] if self._output else ""

    def _finished(self, code: int, _status: object) -> None:
        if self._stopping or self._process is None:
            return
        self._fail(self._last_line() or f"exit code {code}")

    def _error(self, error: QProcess.ProcessError) -> None:
        if self._stopping or self._process is None:
            return
        if error == QProcess.ProcessError.FailedToStart:
            self._fail(f"cannot run {sys.executable}")

    def _fail(self, detail: str) -> None:
        if self._process is None:
            return
        self._alive["alive"] = False
        was_serving = self.serving
        process = self._process
        self._stopping = True
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)
        self._cleared()
        code = "U311" if was_serving else "U310"
        self.stopped.emit(FieldappError(code, port=self.port, detail=detail[-300:]).render())


class HubPanel(QWidget):
    """The "Field hub" tab: create, serve, accounts, Sync now through the hub, forward to HQ."""

    status = Signal(str)  # a line for the home screen's status area
    server_changed = Signal()  # Sync now's server was switched (the home is rebuilt)

    def __init__(self, profile: ProfileBridge, name: str, server: HubServer) -> None:
        super().__init__()
        from sync.hub import Hub

        self.setObjectName("hubPanel")
        self.profile = profile
        self.name = name
        self.server = server
        self.hub = Hub(profile.data_dir, name)  # only its paths here; storage opens in jobs
        self.jobs = 0
        self.last_token = ""
        self.last_report: Any = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)

        intro = QLabel(
            self.tr(
                "Without internet, enumerators can sync with this laptop over the local network "
                "(Wi-Fi or a cable). The hub keeps their sealed interviews; later, forward them "
                "to headquarters."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        # -- serving -------------------------------------------------------------------------
        serve_box = QGroupBox(self.tr("Serve"))
        serve = QVBoxLayout(serve_box)
        self.state = QLabel()
        self.state.setObjectName("hubState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        serve.addWidget(self.state)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create the hub"))
        self.create_button.setToolTip(
            self.tr("Needs the project key (Settings, Project key); done once per laptop")
        )
        self.create_button.clicked.connect(self.create_hub)
        row.addWidget(self.create_button)
        port_label = QLabel(self.tr("Port"))
        row.addWidget(port_label)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(server.port)
        self.port.setAccessibleName(self.tr("Port"))
        port_label.setBuddy(self.port)
        row.addWidget(self.port)
        self.start_button = QPushButton(self.tr("Start serving"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.toggle)
        row.addWidget(self.start_button)
        row.addStretch(1)
        serve.addLayout(row)
        self.addresses = QLabel()
        self.addresses.setObjectName("hubAddresses")
        self.addresses.setStyleSheet("font-size: 15px; font-weight: bold;")  # read out aloud
        self.addresses.setWordWrap(True)
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        serve.addWidget(self.addresses)
        self.use_hub_button = QPushButton()
        self.use_hub_button.clicked.connect(self.toggle_sync_target)
        serve.addWidget(self.use_hub_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(serve_box)

        # -- accounts ------------------------------------------------------------------------
        users_box = QGroupBox(self.tr("Enumerator accounts"))
        users = QVBoxLayout(users_box)
        row = QHBoxLayout()
        self.user_name = QLineEdit()
        self.user_name.setPlaceholderText(self.tr("user name, e.g. ana"))
        self.user_name.setAccessibleName(self.tr("Enumerator's user name"))
        self.user_name.returnPressed.connect(self.add_user)
        row.addWidget(self.user_name, 1)
        self.add_user_button = QPushButton(self.tr("Add enumerator"))
        self.add_user_button.clicked.connect(self.add_user)
        row.addWidget(self.add_user_button)
        users.addLayout(row)
        self.token_note = QLabel()
        self.token_note.setWordWrap(True)
        users.addWidget(self.token_note)
        row = QHBoxLayout()
        self.token_field = QLineEdit()
        self.token_field.setReadOnly(True)
        self.token_field.setAccessibleName(self.tr("New access token"))
        row.addWidget(self.token_field, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the token to the clipboard"))
        self.copy_button.clicked.connect(self.copy_token)
        row.addWidget(self.copy_button)
        users.addLayout(row)
        layout.addWidget(users_box)

        # -- forwarding ----------------------------------------------------------------------
        hq_box = QGroupBox(self.tr("Forward to headquarters"))
        hq = QFormLayout(hq_box)
        stored = self._hq_settings()
        self.hq_url = QLineEdit(stored.url)
        self.hq_url.setPlaceholderText("https://hq.example.org")
        self.hq_url.setAccessibleName(self.tr("Headquarters server address"))
        self.hq_token = QLineEdit(stored.token)
        self.hq_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.hq_token.setAccessibleName(self.tr("Your access token at headquarters"))
        hq.addRow(self.tr("Headquarters server"), self.hq_url)
        hq.addRow(self.tr("Your token there"), self.hq_token)
        self.forward_button = QPushButton(self.tr("Forward to headquarters"))
        self.forward_button.setToolTip(
            self.tr(
                "Sends the hub's interviews (still sealed) and your decisions, brings back new "
                "forms and headquarters' decisions; safe to repeat"
            )
        )
        self.forward_button.clicked.connect(self.forward)
        row = QHBoxLayout()
        row.addWidget(self.forward_button)
        row.addStretch(1)
        hq.addRow(row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        hq.addRow(self.progress)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hq.addRow(self.report)
        layout.addWidget(hq_box)
        layout.addStretch(1)

        server.started.connect(self._started)
        server.stopped.connect(self._stopped)
        self.refresh()

    # -- state -------------------------------------------------------------------------------
    def _hub_url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def _sync_uses_hub(self) -> bool:
        url = self.profile.server_settings().url.rstrip("/")
        return url.startswith(("http://127.0.0.1:", "http://localhost:")) and bool(
            self.profile.profile.get_secret(HQ_URL_SECRET) is not None or url == self._hub_url()
        )

    def _hq_settings(self) -> ServerSettings:
        secret = self.profile.profile.get_secret
        url = secret(HQ_URL_SECRET)
        if url is not None:
            return ServerSettings(url, secret(HQ_TOKEN_SECRET) or "")
        current = self.profile.server_settings()
        if current.url.startswith(("http://127.0.0.1:", "http://localhost:")):
            return ServerSettings("", "")
        return current

    def refresh(self) -> None:
        exists = self.hub.exists()
        running = self.server.running
        self.create_button.setVisible(not exists)
        self.start_button.setEnabled(exists and self.jobs == 0)
        self.port.setEnabled(not running)
        self.add_user_button.setEnabled(exists and self.jobs == 0)
        self.user_name.setEnabled(exists)
        self.use_hub_button.setEnabled(exists)
        self.forward_button.setEnabled(self.jobs == 0)
        self.start_button.setText(self.tr("Stop serving") if running else self.tr("Start serving"))
        self.use_hub_button.setText(
            self.tr("Sync now: use headquarters again")
            if self._sync_uses_hub()
            else self.tr("Sync now: use this hub")
        )
        self.use_hub_button.setToolTip(
            self.tr("Your own Sync now pulls the team's interviews from this hub")
        )
        self.copy_button.setEnabled(bool(self.token_field.text()))
        if not exists:
            self.state.setText(
                self.tr("No hub yet. Create it once; it needs the project key in Settings.")
            )
            self.addresses.setText("")
        elif self.server.serving:
            self.state.setText(
                self.tr("Serving on port {value}. Enumerators enter in Settings, Server:").replace(
                    "{value}", str(self.server.port)
                )
            )
            found = lan_addresses()
            lines = [f"http://{ip}:{self.server.port}" for ip in found]
            self.addresses.setText(
                "\n".join(lines)
                if lines
                else self.tr("No network connection found: connect to the team's Wi-Fi.")
            )
        elif running:
            self.state.setText(self.tr("Starting the hub…"))
            self.addresses.setText("")
        else:
            self.state.setText(self.tr("The hub is not serving."))
            self.addresses.setText("")

    def _job(
        self,
        work: Callable[..., Any],
        done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run ``work`` off the UI thread, counting it as busy; a failure goes to ``on_error``
        (default: the panel's state line and the status bar)."""
        self.jobs += 1
        self.refresh()

        def finished(result: object) -> None:
            self.jobs -= 1
            self.refresh()
            done(result)

        def failed(message: str) -> None:
            self.jobs -= 1
            self.refresh()
            if on_error is not None:
                on_error(message)
                return
            self.state.setText(message)
            self.status.emit(message)

        run_job(work, finished, failed, **kwargs)

    # -- actions -----------------------------------------------------------------------------
    def create_hub(self) -> None:
        hub, session = self.hub, self.profile.profile

        def work() -> str | None:
            try:
                return hub.init(session)
            finally:
                hub.close()

        self._job(work, lambda _token: self.status.emit(self.tr("Field hub created.")))

    def toggle(self) -> None:
        if self.server.running:
            self.server.stop()
        else:
            self.server.start(self.port.value())
        self.refresh()

    def _started(self, _port: int) -> None:
        self.refresh()
        self.status.emit(self.tr("The field hub is serving."))

    def _stopped(self, message: str) -> None:
        self.refresh()
        if message:
            self.state.setText(message)
            self.status.emit(message)

    def toggle_sync_target(self) -> None:
        """Sync now goes to the hub (keeping headquarters' settings sealed) or back to HQ."""
        profile = self.profile
        if self._sync_uses_hub():
            profile.save_server_settings(self._hq_settings())
            profile.profile.set_secret(HQ_URL_SECRET, None)
            profile.profile.set_secret(HQ_TOKEN_SECRET, None)
        else:
            from sync.hub import TOKEN_SECRET

            token = profile.profile.get_secret(TOKEN_SECRET) or ""
            current = profile.server_settings()
            profile.profile.set_secret(HQ_URL_SECRET, current.url)
            profile.profile.set_secret(HQ_TOKEN_SECRET, current.token or None)
            profile.save_server_settings(ServerSettings(self._hub_url(), token))
        self.server_changed.emit()

    def add_user(self) -> None:
        name = self.user_name.text().strip()
        if not name:
            self.user_name.setFocus()
            return
        hub = self.hub

        def work() -> str:
            try:
                return hub.add_user(name)
            finally:
                hub.close()

        def added(token: object) -> None:
            self.last_token = str(token)
            self.token_field.setText(self.last_token)
            self.token_note.setText(
                self.tr(
                    "Token for {name}, shown only now: copy it and give it to them; they enter "
                    "it in Settings, Server, with the address above."
                ).replace("{name}", name)
            )
            self.user_name.clear()
            self.refresh()

        self._job(work, added)

    def copy_token(self) -> None:
        QGuiApplication.clipboard().setText(self.token_field.text())
        self.status.emit(self.tr("Token copied."))

    def forward(self) -> None:
        url = self.hq_url.text().strip().rstrip("/")
        token = self.hq_token.text().strip()
        if not url.startswith(("http://", "https://")) or not token:
            self.report.setText(FieldappError("U312").render())
            return
        hub, session = self.hub, self.profile.profile
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.report.setText(self.tr("Forwarding…"))

        def work(progress: Callable[[int, str], None]) -> Any:
            from sync.client.batch import BatchClient
            from sync.client.safe_http import BearerToken
            from sync.hub import ForwardProgress

            def step(p: ForwardProgress) -> None:
                percent = int(100 * p.done / p.total) if p.total else -1
                progress(percent, p.phase)

            client = BatchClient(url, BearerToken(token))
            try:
                return hub.forward(session, client, progress=step)
            finally:
                client.close()
                hub.close()

        phases = {
            "pull": self.tr("Bringing headquarters' forms and decisions…"),
            "push": self.tr("Sending the hub's interviews…"),
            "decisions": self.tr("Sending your decisions…"),
            "done": self.tr("Finishing…"),
        }

        def moved(percent: int, phase: str) -> None:
            if percent < 0:
                self.progress.setRange(0, 0)
            else:
                self.progress.setRange(0, 100)
                self.progress.setValue(percent)
            self.report.setText(phases.get(phase, phase))

        def done(report: Any) -> None:
            self.progress.setVisible(False)
            self.last_report = report
            text = (
                self.tr(
                    "Forwarded {n} interview(s) and {count} decision(s); received {total} "
                    "form(s) and {received} decision(s) from headquarters; {failed} failed."
                )
                .replace("{n}", str(report.forwarded))
                .replace("{count}", str(report.decisions))
                .replace("{total}", str(report.forms))
                .replace("{received}", str(report.hq_decisions))
                .replace("{failed}", str(len(report.failed)))
            )
            problems = [*report.failed, *report.errors]
            if problems:
                text += "\n" + "\n".join(problems[:5])
            self.report.setText(text)
            self.status.emit(text.splitlines()[0])

        def failed(message: str) -> None:
            self.progress.setVisible(False)
            self.report.setText(message)

        self._job(work, done, failed, on_progress=moved)
