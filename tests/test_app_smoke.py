"""The app starts to a real window."""

from __future__ import annotations

from fieldapp.ui.app import MainWindow


def test_main_window_lists_forms(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible()
