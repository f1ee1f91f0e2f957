"""Fixtures for offline exchange tests: project keys, an enumerator and a supervisor profile.

Profiles are real encrypted stores (cheap Argon2 parameters); the project key file is the real
``fieldapp-server project keygen`` format (sync.server.keys) with a cheap KDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from sync.client import project_keys
from sync.server.keys import generate_project_keys, write_key_file
from tests.sync_client.device import Device, make_device

KEY_PASS = "project-key-pass-1"


@dataclass
class Keys:
    file: Path
    passphrase: str = KEY_PASS


def make_keys(root: Path, project: str = "default") -> Keys:
    sealed, _x, _r = generate_project_keys(project, KEY_PASS, kdf_memory_kib=64)
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"{project}-keys.json"
    write_key_file(path, sealed)
    return Keys(path)


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    return make_keys(tmp_path_factory.mktemp("keys"))


@pytest.fixture
def enumerator(tmp_path: Path, keys: Keys) -> Device:
    dev = make_device(tmp_path / "ana", "ana")
    project_keys.import_key(dev.session, keys.file)  # public halves only
    return dev


@pytest.fixture
def supervisor(tmp_path: Path, keys: Keys) -> Device:
    dev = make_device(tmp_path / "sue", "sue", role="supervisor")
    project_keys.import_key(dev.session, keys.file, passphrase=keys.passphrase)
    return dev


from tests.sync_client.conftest import server_env  # noqa: E402,F401 - shared fixture (real server)
