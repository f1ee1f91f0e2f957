"""Supervisor UI fixtures: a real store with a supervisor profile holding received team
submissions (real instances of the built-in forms, filled through the engine)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldapp.core.store import CHEAP_TEST_KDF, ProfileSession, ReceivedSubmission, Store
from fieldapp.ui.store_bridge import ProfileBridge
from tests.dashboard.filled import BEST12, WORST12, diaspora, ipl12

SUPERVISOR = "sofia"
PASSPHRASE = "correct horse battery"
ENUMERATORS = ("ana", "ben", "carla")
START = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def received(n: int) -> list[ReceivedSubmission]:
    """``n`` received submissions spread over enumerators, forms and days."""
    ipl_good, ipl_bad = ipl12(BEST12), ipl12(WORST12)
    dia = diaspora()
    items = []
    for i in range(n):
        form = "diaspora" if i % 3 == 2 else "ipl12"
        xml = dia if form == "diaspora" else (ipl_good if i % 2 else ipl_bad)
        xml = xml.replace(b"uuid:", f"uuid:{i:06d}-".encode(), 1)
        items.append(
            ReceivedSubmission(
                instance_id=f"uuid:{i:06d}-0000-4000-8000-000000000000",
                form_id=form,
                form_version="2026112301",
                xml=xml,
                name=f"Respondent {i:06d}",
                enumerator=ENUMERATORS[(i // 2) % len(ENUMERATORS)],
                team="north",
                received_at=(START + timedelta(hours=7 * i)).isoformat(),
            )
        )
    return items


@pytest.fixture(scope="session")
def supervisor_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("supervisor-data")
    store = Store(folder, kdf=CHEAP_TEST_KDF)
    store.create_profile(SUPERVISOR, "supervisor", PASSPHRASE)
    profile = store.unlock(SUPERVISOR, PASSPHRASE)
    ProfileBridge(profile, folder).ensure_builtin_forms()
    profile.put_received(received(240))
    profile.lock()
    return folder


@pytest.fixture
def supervisor_dir(supervisor_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(supervisor_template, target)
    return target


@pytest.fixture
def supervisor(supervisor_dir: Path) -> Iterator[ProfileSession]:
    store = Store(supervisor_dir, kdf=CHEAP_TEST_KDF)
    profile = store.unlock(SUPERVISOR, PASSPHRASE)
    yield profile
    if not profile.locked:
        profile.lock()


SUE = "sue"  # the supervisor's user name on the test server (tests/sync_client/conftest.py)


@pytest.fixture(scope="session")
def sue_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A supervisor profile with the built-in forms and nothing received yet."""
    folder = tmp_path_factory.mktemp("sue-data")
    store = Store(folder, kdf=CHEAP_TEST_KDF)
    store.create_profile(SUE, "supervisor", PASSPHRASE)
    profile = store.unlock(SUE, PASSPHRASE)
    ProfileBridge(profile, folder).ensure_builtin_forms()
    profile.lock()
    return folder


@pytest.fixture
def sue_dir(sue_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "sue-data"
    shutil.copytree(sue_template, target)
    return target


# the enumerator's data dir (profile "ana" with the built-in forms) and the real server
from tests.sync_client.conftest import server_env  # noqa: E402,F401
from tests.ui.conftest import data_dir, template_data_dir  # noqa: E402,F401


@pytest.fixture(scope="session")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A supervisor ("sofia") with a realistic team's work: flags, decisions, a resubmission."""
    from tests.ui_review.team_data import populate

    folder = tmp_path_factory.mktemp("team-data")
    store = Store(folder, kdf=CHEAP_TEST_KDF)
    store.create_profile(SUPERVISOR, "supervisor", PASSPHRASE)
    profile = store.unlock(SUPERVISOR, PASSPHRASE)
    ProfileBridge(profile, folder).ensure_builtin_forms()
    ids = populate(profile)
    profile.lock()
    return folder, ids


@pytest.fixture
def team_dir(team_template: tuple[Path, dict[str, str]], tmp_path: Path) -> Path:
    target = tmp_path / "team"
    shutil.copytree(team_template[0], target)
    return target


@pytest.fixture
def team_ids(team_template: tuple[Path, dict[str, str]]) -> dict[str, str]:
    return team_template[1]
