"""The collector pause around form loads: nested and concurrent use leaves it as it was."""

from __future__ import annotations

import gc
import threading

from fieldapp.core.engine.gcpause import paused_collection
from tests.engine.formkit import session, xform


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


def test_no_collection_runs_amid_an_answer() -> None:
    binds = "".join(
        f'<bind nodeset="/data/c{i}" type="int" calculate="/data/x + {i}"/>' for i in range(2000)
    )
    model = (
        '<instance><data id="g"><x/>'
        + "".join(f"<c{i}/>" for i in range(2000))
        + '</data></instance><bind nodeset="/data/x" type="int"/>'
        + binds
    )
    s = session(xform(model, '<input ref="/data/x"/>'))
    started: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(watch)
    try:
        s.answer("/data/x", "1")  # 2,000 recomputations: thousands of short-lived objects
    finally:
        gc.callbacks.remove(watch)
    assert started == []
    assert s.value("/data/c1999") == "2000"
    assert gc.isenabled()


def test_number_cache_stays_bounded_and_right() -> None:
    from fieldapp.core.xpath import conversions

    for i in range(conversions._NUMBERS_MAX + 10):
        assert conversions.string_to_number(f"{i}.5") == i + 0.5
    assert len(conversions._NUMBERS) <= conversions._NUMBERS_MAX
    assert conversions.string_to_number("abc") != conversions.string_to_number("abc")  # NaN
