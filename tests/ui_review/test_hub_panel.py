"""The Field hub tab through its widgets: the supervisor creates the hub, serves it as a child
process on a loopback port, adds an enumerator account; the enumerator's window syncs an
interview to the hub; the supervisor's own Sync now (switched to the hub) receives it; Forward
to headquarters takes it to the real HQ server; locking the profile stops the hub."""

from __future__ import annotations

import urllib.request
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldapp.ui.app import MainWindow
from fieldapp.ui.hub_panel import HubPanel, hub_command
from tests.sync_client.conftest import KEY_PASSPHRASE, ServerEnv
from tests.sync_server.live_server import free_port
from tests.ui.driving import wait_until

from .loop import area, configure, fill_and_finalize, open_window, queue_ids, sync


def _panel(window: MainWindow) -> HubPanel:
    panel = area(window).hub_panel
    assert panel is not None
    assert window.home is not None
    window.home.tabs.setCurrentWidget(panel)
    return panel


def _click(button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _answers(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url + "/api/v1/info", timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def test_hub_command_is_this_executable(tmp_path: Path) -> None:
    program, args = hub_command(tmp_path, "sue", 9000, "0.0.0.0")
    assert Path(program).name.startswith("python")
    assert args[:4] == ["-m", "fieldapp", "hub", "run"]
    assert args[-4:] == ["--host", "0.0.0.0", "--port", "9000"]


def test_field_hub_panel_serves_the_team_and_forwards(
    qtbot, data_dir: Path, sue_dir: Path, server_env: ServerEnv
) -> None:  # type: ignore[no-untyped-def]
    assert server_env.key_file is not None
    sue = open_window(qtbot, sue_dir)
    configure(sue, key_file=server_env.key_file, key_passphrase=KEY_PASSPHRASE)
    panel = _panel(sue)
    assert not panel.start_button.isEnabled()  # no hub yet
    _click(panel.create_button)
    wait_until(lambda: panel.hub.exists() and panel.jobs == 0, timeout=30)
    assert not panel.create_button.isVisible()

    port = free_port()
    panel.port.setValue(port)
    _click(panel.start_button)
    server = panel.server
    wait_until(lambda: server.serving, timeout=60)
    hub_url = f"http://127.0.0.1:{port}"
    assert _answers(hub_url)
    assert str(port) in panel.state.text()
    assert panel.start_button.text() == "Stop serving"
    assert panel.addresses.text()  # the LAN addresses, or how to get one

    panel.user_name.setFocus()
    QTest.keyClicks(panel.user_name, "ana")
    _click(panel.add_user_button)
    wait_until(lambda: bool(panel.token_field.text()), timeout=30)
    token = panel.token_field.text()
    assert "ana" in panel.token_note.text()
    _click(panel.copy_button)

    ana = open_window(qtbot, data_dir)
    configure(ana, url=hub_url, token=token)
    fill_and_finalize(ana)
    assert ana.home is not None
    outbox = ana.home.record_tabs["finalized"]  # Ready to send shows each one's sync status
    assert not outbox.table.isColumnHidden(3)
    assert outbox.model.item(0, 3).text() == "Not sent yet"
    assert "1 sent" in sync(ana)
    assert ana.profile is not None
    sent = ana.profile.profile.list_submissions(status="sent").rows[0].instance_id

    _click(panel.use_hub_button)  # Sync now goes to the hub; the home is rebuilt
    assert sue.profile is not None
    assert sue.profile.server_settings().url == hub_url
    outcome = sync(sue)
    assert "1 received" in outcome, outcome
    assert sent in queue_ids(sue)
    assert sue.hub_server is server and server.serving  # survived the home rebuild

    panel = _panel(sue)
    assert panel.hq_url.text() == ""  # Sync now had no server before the hub
    panel.hq_url.setText(server_env.url)
    panel.hq_token.setText(server_env.tokens["sue"])
    _click(panel.forward_button)
    wait_until(lambda: panel.last_report is not None, timeout=60)
    report = panel.last_report
    assert report.ok and report.forwarded == 1, (report.failed, report.errors)
    assert "Forwarded 1 interview(s)" in panel.report.text()
    assert not panel.progress.isVisible()

    assert panel.use_hub_button.text() == "Sync now: use headquarters again"
    _click(panel.use_hub_button)  # back to what Sync now used before the hub (nothing here)
    assert sue.profile.server_settings().url == ""
    assert _panel(sue).use_hub_button.text() == "Sync now: use this hub"

    sue.lock()  # the hub serves only while the profile is open
    assert sue.hub_server is None
    assert not _answers(hub_url)


def test_hub_that_cannot_start_says_why(qtbot, sue_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.exchange.conftest import make_keys

    keys = make_keys(tmp_path / "keys")
    sue = open_window(qtbot, sue_dir)
    configure(sue, key_file=keys.file, key_passphrase=keys.passphrase)
    panel = _panel(sue)
    _click(panel.create_button)
    wait_until(lambda: panel.hub.exists() and panel.jobs == 0, timeout=30)
    import socket

    with socket.socket() as busy:  # the port is taken: the child exits, the panel says so
        busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 0)
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        panel.port.setValue(busy.getsockname()[1])
        _click(panel.start_button)
        wait_until(lambda: not panel.server.running, timeout=60)
    assert "U310" in panel.state.text()
    assert panel.start_button.text() == "Start serving"
    assert panel.forward_button.isEnabled()
    _click(panel.forward_button)  # no headquarters address: a clear error, nothing runs
    assert "U312" in panel.report.text()
