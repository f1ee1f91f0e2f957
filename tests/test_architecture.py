"""The core must stay Qt-free and screens must not run SQL."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_has_no_qt() -> None:
    offenders = []
    paths = [*(REPO / "fieldapp" / "core").rglob("*.py"), *(REPO / "sync").rglob("*.py")]
    for path in paths:
        for name in _imports(path):
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
                offenders.append(f"{path.relative_to(REPO)} imports {name}")
    assert offenders == []


def test_ui_runs_no_sql() -> None:
    offenders = []
    for path in (REPO / "fieldapp" / "ui").rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] in {"sqlite3", "sqlite_utils", "sqlalchemy", "sqlcipher3"}:
                offenders.append(f"{path.relative_to(REPO)} imports {name}")
    assert offenders == []


def test_no_utils_modules() -> None:
    bad = [p for p in REPO.rglob("utils.py") if ".venv" not in p.parts]
    assert bad == []
