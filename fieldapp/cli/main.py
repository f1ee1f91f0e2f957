"""Entry point of the `fieldapp` command.

Command groups live in sibling modules named ``*_commands.py``; each exposes
``register(subparsers, common)`` where ``common`` is a parent parser carrying the options
every command accepts (--data-dir, --profile, --passphrase-file). Without a command the
desktop app starts.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import pkgutil
import sys
from collections.abc import Sequence

from fieldapp import __version__
from fieldapp.errors import FieldappError


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="folder of the local store (default: the platform data folder, or $FIELDAPP_DATA_DIR)",
    )
    common.add_argument("--profile", default=argparse.SUPPRESS, help="profile name")
    common.add_argument(
        "--passphrase-file",
        default=argparse.SUPPRESS,
        help="read the passphrase from this file (else $FIELDAPP_PASSPHRASE or a prompt)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        description="Offline-first field surveys. Without a command, starts the desktop app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"fieldapp {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    app = subparsers.add_parser("app", parents=[common], help="start the desktop app (default)")
    app.set_defaults(handler=_run_app)
    import fieldapp.cli as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.endswith("_commands"):
            module = importlib.import_module(f"fieldapp.cli.{info.name}")
            module.register(subparsers, common)
    return parser


def _run_app(args: argparse.Namespace) -> int:
    if os.environ.get("FIELDAPP_EXIT_WHEN_READY") == "1":
        _arm_ready_probe()
    from fieldapp.ui.app import run_app

    return run_app(args)


def _arm_ready_probe() -> None:
    """Smoke tests and start-up benchmarks: print READY once the first window shows, then quit.

    Creating the QApplication here (run_app reuses an existing instance) lets a zero-delay timer
    fire on the first event-loop turn, i.e. after the first screen has been shown and painted.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if windows:
            print(f"READY {windows[0].windowTitle()}", flush=True)
            app.quit()
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)


def _app_only(argv: list[str]) -> argparse.Namespace | None:
    """Arguments of a plain app start (no command, or ``app``, plus the common options).

    Starting the desktop app is the common case and the one users wait for: it skips building
    the whole command tree (eight command modules, ~25 ms). Anything else returns None.
    """
    parser = common_options()
    parser.add_argument("command", nargs="?", choices=["app"])
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            args, rest = parser.parse_known_args(argv)
    except SystemExit:
        return None
    if rest:
        return None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _app_only(arguments)
    if args is None:
        args = build_parser().parse_args(arguments)
    handler = getattr(args, "handler", _run_app)
    try:
        result: int = handler(args)
    except FieldappError as exc:
        print(exc.render(), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return result


if __name__ == "__main__":
    raise SystemExit(main())
