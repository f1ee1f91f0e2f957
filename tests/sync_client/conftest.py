"""A real fieldapp-server (subprocess, temp SQLite) seeded through its own admin CLI.

Seeding calls ``sync.server.cli.main`` in-process (same code as the ``fieldapp-server``
command, without a second interpreter start per call); the server itself runs as the real
``fieldapp-server run`` subprocess.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sync.server.cli import main as server_cli
from tests.sync_server.live_server import LiveServer

FORM_MD = """
| survey |
| | type | name | label |
| | text | name | Name |
| | integer | age | Age |
| | image | photo | Photo |
| | select_one_from_file villages.csv | village | Village |
| settings |
| | form_id | version | title |
| | household | {version} | Household |
"""
KEY_PASSPHRASE = "project-key-pass-1"
PASSWORD = "correct horse 42"


def run_server_cli(*args: str) -> str:
    """Run a fieldapp-server command in-process; return its stdout (tokens, ids)."""
    out = io.StringIO()
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = server_cli(list(args))
    if code != 0:
        raise RuntimeError(f"fieldapp-server {' '.join(args)} failed: {err.getvalue()}")
    return out.getvalue().strip()


@dataclass
class ServerEnv:
    root: Path
    db: str
    server: LiveServer
    tokens: dict[str, str] = field(default_factory=dict)
    key_file: Path | None = None

    @property
    def url(self) -> str:
        return self.server.url

    def cli(self, *args: str) -> str:
        return run_server_cli(*args, "--db", self.db)

    def publish(self, version: str, media: dict[str, bytes], *, encrypt: bool = False) -> None:
        form = self.root / f"household-{version}.md"
        form.write_text(FORM_MD.format(version=version), encoding="utf-8")
        folder = self.root / f"media-{version}"
        folder.mkdir(exist_ok=True)
        for name, data in media.items():
            (folder / name).write_bytes(data)
        extra = ["--encrypt"] if encrypt else []
        self.cli("form", "publish", str(form), "--media", str(folder), *extra)


def make_server(root: Path) -> ServerEnv:
    root.mkdir(parents=True, exist_ok=True)
    db = f"sqlite:///{root / 'server.db'}"
    run_server_cli("init", "--db", db)
    env = ServerEnv(root, db, LiveServer(db))
    pw = root / "password.txt"
    pw.write_text(PASSWORD, encoding="utf-8")
    for name, role, team in (
        ("ana", "enumerator", "north"),
        ("bo", "enumerator", "north"),
        ("sue", "supervisor", "north"),
    ):
        env.tokens[name] = env.cli(
            "user",
            "add",
            name,
            "--role",
            role,
            "--team",
            team,
            "--password-file",
            str(pw),
            "--digest",
            "--token",
        )
    env.key_file = root / "project-keys.json"
    passfile = root / "keypass.txt"
    passfile.write_text(KEY_PASSPHRASE, encoding="utf-8")
    env.cli("project", "keygen", "--out", str(env.key_file), "--passphrase-file", str(passfile))
    env.publish("2024010101", {"villages.csv": b"name,label\nv1,One\nv2,Two\n"})
    env.server.start()
    return env


@pytest.fixture(scope="module")
def server_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerEnv]:
    env = make_server(tmp_path_factory.mktemp("srv"))
    yield env
    env.server.stop()
