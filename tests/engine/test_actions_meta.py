"""Conformance: setvalue events, preloads and meta (instanceID, timeStart/End, instanceName)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from tests.engine.formkit import session, xform

META = """
| survey |
| | type | name | label | calculation | default | trigger |
| | start | start | | | | |
| | end | end | | | | |
| | today | today | | | | |
| | deviceid | device | | | | |
| | text | first | First | | | |
| | text | stamped | Stamped | | | |
| | integer | copy | Copy | | | |
| | calculate | later | | ${first} | | |
| settings |
| | instance_name | form_id |
| | concat('Interview ', ${first}) | meta_form |
"""


def test_preloads_and_instance_name() -> None:
    tz = timezone(timedelta(hours=2))
    s = session(META, tz=tz, properties={"deviceid": "dev-42"})
    assert re.fullmatch(r"uuid:[0-9a-f-]{36}", s.instance_id)
    assert s.value("/data/start") == "2024-05-17T11:30:00.000+02:00"
    assert s.value("/data/today") == "2024-05-17"
    assert s.value("/data/device") == "dev-42"
    assert s.value("/data/end") == ""
    s.answer("/data/first", "Ana")
    assert s.instance_name == "Interview Ana"
    xml = s.finalize().decode()
    assert "<end>2024-05-17T11:30:00.000+02:00</end>" in xml
    assert f"<instanceID>{s.instance_id}</instanceID>" in xml


def test_injectable_now_moves() -> None:
    times = iter([datetime(2024, 1, 1, 8, tzinfo=UTC), datetime(2024, 1, 1, 9, tzinfo=UTC)])
    current = [next(times)]
    s = session(META, now=lambda: current[0])
    current[0] = next(times)
    s.finalize()
    assert s.value("/data/start").startswith("2024-01-01T08:00")
    assert s.value("/data/end").startswith("2024-01-01T09:00")


ACTIONS = xform(
    """<instance><data id="acts"><a/><b/><c/><loc/><meta><instanceID/></meta></data></instance>
       <bind nodeset="/data/a" type="string"/>
       <bind nodeset="/data/b" type="string"/>
       <bind nodeset="/data/c" type="int"/>
       <bind nodeset="/data/loc" type="geopoint"/>
       <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
       <setvalue event="odk-instance-first-load" ref="/data/a">hello</setvalue>
       <setvalue event="odk-instance-first-load" ref="/data/c" value="1 + 2"/>
       <odk:setgeopoint event="odk-instance-first-load" ref="/data/loc"/>""",
    """<input ref="/data/a"><label>A</label>
         <setvalue event="xforms-value-changed" ref="/data/b" value="concat('a is ', /data/a)"/>
       </input>
       <input ref="/data/b"><label>B</label></input>
       <input ref="/data/c"><label>C</label></input>
       <input ref="/data/loc"><label>Where</label></input>""",
)


def test_setvalue_first_load_and_value_changed() -> None:
    s = session(ACTIONS)
    assert s.value("/data/a") == "hello"
    assert s.value("/data/c") == "3"
    assert s.value("/data/b") == ""
    s.answer("/data/a", "x")
    assert s.value("/data/b") == "a is x"


def test_setgeopoint_is_a_noop_with_a_note() -> None:
    s = session(ACTIONS)
    assert s.value("/data/loc") == ""
    q = s.question("/data/loc")
    assert "GPS" in q.params["note"]
