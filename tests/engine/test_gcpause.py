"""The collector pause around form loads: nested and concurrent use leaves it as it was."""

from __future__ import annotations

import gc
import threading

from fieldapp.core.engine.gcpause import paused_collection
from tests.engine.formkit import session


def test_nested_pauses_restore_the_collector() -> None:
    assert gc.isenabled()
    with paused_collection():
        assert not gc.isenabled()
        with paused_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with paused_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_concurrent_loads_leave_it_on_and_errors_too() -> None:
    errors: list[BaseException] = []

    def load() -> None:
        try:
            for _ in range(20):
                session("| survey |\n| | type | name | label |\n| | integer | a | A |")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=load) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert gc.isenabled()
    try:
        with paused_collection():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()
