"""A throwaway PostgreSQL server for tests (CI starts a real one; nothing to set up by hand).

Finds the server binaries (``initdb``/``pg_ctl`` on PATH or /usr/lib/postgresql/*/bin); when
missing and running as root on Debian, installs them with ``apt-get install -y postgresql`` (the
project's install step for CI). Runs ``initdb`` into a fresh temp dir and starts the server on a
free loopback port with fsync off (tests need speed, not durability). PostgreSQL refuses to run as
root, so as root everything runs through ``runuser -u postgres --`` (creating a system user when
there is none) in a temp dir that user owns.

Use from any test package::

    from tests.pg_server import PostgresServer, PostgresUnavailable
    server = PostgresServer.start()
    url = server.create_database("mytest")   # postgresql://postgres@127.0.0.1:PORT/mytest
    server.stop()
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries, and they could not be installed."""


def _find_bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
        reverse=True,
    )
    for cand in candidates:
        if (Path(cand) / "pg_ctl").exists() and (Path(cand) / "initdb").exists():
            return Path(cand)
    return None


def _install() -> None:
    if os.geteuid() != 0 or not Path("/etc/debian_version").exists():
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update"], check=False, env=env, capture_output=True, timeout=600)
    subprocess.run(
        ["apt-get", "install", "-y", "--no-install-recommends", "postgresql"],
        check=False,
        env=env,
        capture_output=True,
        timeout=900,
    )


def find_or_install_binaries() -> Path:
    bin_dir = _find_bin_dir()
    if bin_dir is None:
        _install()
        bin_dir = _find_bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in "
            "/usr/lib/postgresql/*/bin, and could not be installed (needs root on Debian: "
            "apt-get install -y postgresql)."
        )
    return bin_dir


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _service_user() -> str | None:
    """None when not root; otherwise a system user postgres will run as."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "fieldapp-pg"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "fieldapp-pg"],
        check=True,
        capture_output=True,
    )
    return "fieldapp-pg"


@dataclass
class PostgresServer:
    bin_dir: Path
    base: Path
    port: int
    user: str | None

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)

    @classmethod
    def start(cls) -> PostgresServer:
        bin_dir = find_or_install_binaries()
        user = _service_user()
        base = Path(tempfile.mkdtemp(prefix="fieldapp-pg-"))
        if user:
            info = pwd.getpwnam(user)
            os.chown(base, info.pw_uid, info.pw_gid)
        server = cls(bin_dir, base, _free_port(), user)
        done = server._run(
            str(bin_dir / "initdb"),
            "-D",
            str(server.data_dir),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        )
        if done.returncode != 0:
            shutil.rmtree(base, ignore_errors=True)
            raise PostgresUnavailable(f"initdb failed: {done.stderr.strip()[-2000:]}")
        options = (
            f"-p {server.port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
        )
        done = server._run(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(server.data_dir),
            "-o",
            options,
            "-l",
            str(base / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        if done.returncode != 0:
            log = (
                (base / "server.log").read_text(errors="replace")[-2000:]
                if (base / "server.log").exists()
                else ""
            )
            shutil.rmtree(base, ignore_errors=True)
            raise PostgresUnavailable(f"pg_ctl start failed: {done.stderr.strip()} {log}")
        return server

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "stop")
        for _ in range(50):
            if not (self.data_dir / "postmaster.pid").exists():
                break
            time.sleep(0.1)
        shutil.rmtree(self.base, ignore_errors=True)
