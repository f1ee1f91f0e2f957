"""The command line is built at every start, the desktop app's too: building it must not load
the store, the engine, the exports or the sync client (they cost start-up time and load when a
command runs), and the choices the CLI lists by hand must equal the core's."""

from __future__ import annotations

import subprocess
import sys


def test_building_the_parser_loads_no_core_module() -> None:
    code = (
        "import sys; from fieldapp.cli.main import build_parser; build_parser(); "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith(("
        "'fieldapp.core', 'sync', 'pandas', 'numpy', 'cryptography', 'pydantic', 'PySide6')))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.split() == []


def test_hand_listed_choices_match_the_core() -> None:
    from fieldapp.cli import export_commands, profile_commands
    from fieldapp.core.export import FORMATS
    from fieldapp.core.store import ROLES, Status

    assert tuple(FORMATS) == export_commands.FORMATS
    assert tuple(s.value for s in Status) == export_commands.STATUSES
    assert tuple(ROLES) == profile_commands.ROLES


def test_plain_app_start_skips_the_command_tree() -> None:
    from fieldapp.cli.main import _app_only

    assert _app_only([]) is not None
    assert _app_only(["app"]) is not None
    args = _app_only(["--data-dir", "/x", "--profile", "ana"])
    assert args is not None and args.data_dir == "/x" and args.profile == "ana"
    for other in (["--version"], ["--help"], ["form", "check", "f.xlsx"], ["bogus"], ["app", "x"]):
        assert _app_only(other) is None, other


def test_store_package_exports_resolve_and_the_profile_list_stays_light() -> None:
    """Every public name of the store resolves (they load lazily), and listing profiles for the
    login screen loads neither cryptography nor pydantic nor the record models."""
    import fieldapp.core.store as store

    for name in store.__all__:
        assert getattr(store, name) is not None, name
    code = (
        "import sys; from fieldapp.core.store import list_profiles; list_profiles(__import__("
        "'pathlib').Path('.')); print(' '.join(sorted(m for m in sys.modules if m.startswith(("
        "'cryptography', 'pydantic', 'fieldapp.core.store.models', 'fieldapp.core.store.keys')))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.split() == []
