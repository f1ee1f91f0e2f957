"""Dependency graph: cycles rejected at load (E100), incremental recomputation order."""

from __future__ import annotations

import pytest

from fieldapp.errors import FieldappError
from tests.engine.formkit import definition, session, xform


@pytest.mark.parametrize(
    ("calcs", "names"),
    [
        ({"a": "../b + 1", "b": "../a + 1"}, "/data/a, /data/b"),
        ({"a": ". + 1"}, "/data/a"),
        (
            {"a": "/data/c", "b": "/data/a", "c": "concat(/data/b, 'x')"},
            "/data/a, /data/b, /data/c",
        ),
    ],
)
def test_cycles_rejected(calcs: dict[str, str], names: str) -> None:
    binds = "".join(f'<bind nodeset="/data/{k}" calculate="{v}"/>' for k, v in calcs.items())
    form = xform(f'<instance><data id="c"><a/><b/><c/></data></instance>{binds}', "")
    with pytest.raises(FieldappError) as info:
        definition(form)
    assert info.value.code == "E100"
    assert names in str(info.value)


def test_self_reference_in_relevant_and_constraint_is_fine() -> None:
    form = xform(
        '<instance><data id="c"><a/></data></instance>'
        '<bind nodeset="/data/a" type="int" constraint=". &gt; 1" relevant="true()"/>',
        '<input ref="/data/a"><label>A</label></input>',
    )
    assert definition(form).form_id == "c"


CHAIN = """
| survey |
| | type | name | label | calculation |
| | integer | x | X | |
| | calculate | c3 | | ${c2} + 1 |
| | calculate | c1 | | ${x} + 1 |
| | calculate | c2 | | ${c1} * 2 |
| | calculate | both | | concat(${c1}, '-', ${c3}) |
"""


def test_recompute_in_dependency_order() -> None:
    s = session(CHAIN)
    s.answer("/data/x", "1")
    assert [s.value(f"/data/{n}") for n in ("c1", "c2", "c3", "both")] == ["2", "4", "5", "2-5"]
    s.answer("/data/x", "10")
    assert s.value("/data/both") == "11-23"


INCREMENTAL = """
| survey |
| | type | name | label | calculation |
| | calculate | top | | random() |
| | begin repeat | rep | Rep | |
| | text | name | Name | |
| | calculate | tag | | concat(${name}, '-', random()) |
| | end repeat | | | |
"""


def test_only_dependents_in_the_same_instance_are_recomputed() -> None:
    """random() changes on every evaluation, so an unchanged value proves no recomputation."""
    s = session(INCREMENTAL, random_seed=7)
    s.add_repeat("/data/rep")
    top = s.value("/data/top")
    first = s.value("/data/rep[1]/tag")
    s.answer("/data/rep[2]/name", "Bo")
    assert s.value("/data/rep[2]/tag").startswith("Bo-")
    assert s.value("/data/rep[1]/tag") == first
    assert s.value("/data/top") == top
