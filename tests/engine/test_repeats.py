"""Conformance: repeats (user-added, jr:count, nested, position(), sum(), indexed-repeat)."""

from __future__ import annotations

import pytest

from fieldapp.errors import FieldappError
from tests.engine.formkit import session, xform

HOUSEHOLD = """
| survey |
| | type | name | label | calculation | repeat_count |
| | integer | n | How many kids | | |
| | begin repeat | member | Member | | |
| | text | name | Name | | |
| | integer | age | Age | | |
| | calculate | pos | | position(..) | |
| | begin repeat | phone | Phone | | |
| | text | num | Number | | |
| | end repeat | | | | |
| | end repeat | | | | |
| | calculate | total | | sum(${age}) | |
| | calculate | count | | count(${member}) | |
| | calculate | second | | indexed-repeat(${name}, ${member}, 2) | |
| | begin repeat | kid | Kid | | ${n} |
| | text | kname | Kid name | | |
| | calculate | kpos | | position(..) | |
| | end repeat | | | | |
"""


def test_user_added_repeats_position_and_sum() -> None:
    s = session(HOUSEHOLD)
    assert s.repeat_count("/data/member") == 1
    assert s.add_repeat("/data/member") == "/data/member[2]"
    assert s.add_repeat("/data/member") == "/data/member[3]"
    for i, age in enumerate(["30", "40", "5"], start=1):
        s.answer(f"/data/member[{i}]/age", age)
        s.answer(f"/data/member[{i}]/name", f"p{i}")
    assert [s.value(f"/data/member[{i}]/pos") for i in (1, 2, 3)] == ["1", "2", "3"]
    assert s.value("/data/total") == "75"
    assert s.value("/data/count") == "3"
    assert s.value("/data/second") == "p2"
    s.remove_repeat("/data/member[2]")
    assert s.repeat_count("/data/member") == 2
    assert s.value("/data/total") == "35"
    assert s.value("/data/count") == "2"
    assert s.value("/data/member[2]/pos") == "2"
    assert s.value("/data/member[2]/name") == "p3"
    assert s.value("/data/second") == "p3"


def test_ref_without_index_means_first() -> None:
    s = session(HOUSEHOLD)
    s.answer("/data/member/name", "Ana")
    assert s.value("/data/member[1]/name") == "Ana"


def test_nested_repeats() -> None:
    s = session(HOUSEHOLD)
    s.add_repeat("/data/member")
    # a new instance is a copy of the template, which has no phone instance of its own
    assert s.repeat_count("/data/member[2]/phone") == 0
    assert s.add_repeat("/data/member[2]/phone") == "/data/member[2]/phone[1]"
    assert s.add_repeat("/data/member[2]/phone") == "/data/member[2]/phone[2]"
    s.answer("/data/member[2]/phone[2]/num", "555")
    assert s.repeat_count("/data/member[2]/phone") == 2
    assert s.repeat_count("/data/member[1]/phone") == 1
    xml = s.to_xml().decode()
    assert "<num>555</num>" in xml


@pytest.mark.parametrize(("n", "expected"), [("3", 3), ("0", 0), ("1", 1), ("", 0), ("2", 2)])
def test_jr_count_follows_its_expression(n: str, expected: int) -> None:
    s = session(HOUSEHOLD)
    s.answer("/data/n", "4")
    s.answer("/data/kid[4]/kname", "last")
    s.answer("/data/n", n)
    assert s.repeat_count("/data/kid") == expected
    if expected:
        assert s.value(f"/data/kid[{expected}]/kpos") == str(expected)


def test_jr_count_limit() -> None:
    s = session(HOUSEHOLD)
    with pytest.raises(FieldappError) as info:
        s.answer("/data/n", "100000")
    assert info.value.code == "E105"


def test_repeat_prompt_in_walk_and_add_moves_into_new_instance() -> None:
    s = session(HOUSEHOLD)
    s.answer("/data/n", "0")
    page = s.first()
    refs = []
    while page.kind != "end":
        if page.kind == "repeat_prompt":
            refs.append(("prompt", page.repeat.repeat_ref if page.repeat else ""))
        else:
            refs.extend(q.ref for q in page.questions)
        page = s.next()
    assert refs == [
        "/data/n",
        "/data/member[1]/name",
        "/data/member[1]/age",
        "/data/member[1]/phone[1]/num",
        ("prompt", "/data/member[1]/phone"),
        ("prompt", "/data/member"),
    ]
    page = s.jump("/data/member")
    assert page.kind == "repeat_prompt"
    s.add_repeat("/data/member")
    page = s.page()
    assert page.questions[0].ref == "/data/member[2]/name"
    assert page.repeat_instance_ref == "/data/member[2]"


TEMPLATE_FORM = xform(
    """<instance><data id="tpl">
         <rep jr:template=""><x>default</x><y/><z/></rep>
         <rep><x>first</x><y/><z/></rep>
       </data></instance>
       <bind nodeset="/data/rep/y" type="string" calculate="concat(../x, '!')"/>
       <setvalue event="odk-new-repeat" ref="/data/rep/z" value="concat('new ', ../x)"/>""",
    """<group ref="/data/rep"><repeat nodeset="/data/rep">
         <input ref="/data/rep/x"><label>X</label></input></repeat></group>""",
)


def test_jr_template_and_new_repeat_event() -> None:
    s = session(TEMPLATE_FORM)
    assert s.value("/data/rep[1]/x") == "first"
    ref = s.add_repeat("/data/rep")
    assert s.value(f"{ref}/x") == "default"
    assert s.value("/data/rep[1]/y") == "first!"
    assert s.value(f"{ref}/y") == "default!"
    assert s.value(f"{ref}/z") == "new default"
    assert s.value("/data/rep[1]/z") == ""


def test_repeat_instance_limit() -> None:
    from fieldapp.core.engine import session as session_module

    s = session(HOUSEHOLD)
    old = session_module.MAX_REPEAT_INSTANCES
    session_module.MAX_REPEAT_INSTANCES = 3
    try:
        s.add_repeat("/data/member")
        s.add_repeat("/data/member")
        with pytest.raises(FieldappError) as info:
            s.add_repeat("/data/member")
        assert info.value.code == "E105"
    finally:
        session_module.MAX_REPEAT_INSTANCES = old


def test_cursor_moves_on_when_its_instance_disappears() -> None:
    s = session(HOUSEHOLD)
    s.answer("/data/n", "3")
    page = s.jump("/data/kid[3]/kname")
    assert page.questions[0].ref == "/data/kid[3]/kname"
    s.answer("/data/n", "1")
    page = s.page()  # kid[3] is gone: the next screen that exists
    assert page.kind == "end" or all("kid[3]" not in q.ref for q in page.questions)


def test_jump_to_repeat_instance_and_index_entries() -> None:
    s = session(HOUSEHOLD)
    s.add_repeat("/data/member")
    kinds = {e.ref: e.kind for e in s.index()}
    assert kinds["/data/member"] == "repeat"
    assert kinds["/data/member[2]"] == "repeat_instance"
    page = s.jump("/data/member[2]")
    assert page.questions[0].ref == "/data/member[2]/name"
    assert s.jump("/data/member").kind == "repeat_prompt"


ABSOLUTE_IN_REPEAT = """
<instance><data id="abs"><rep jr:template=""><a/><b/><c/></rep></data></instance>
<bind nodeset="/data/rep/a" type="int"/>
<bind nodeset="/data/rep/b" type="int" calculate="/data/rep/a * 2"/>
<bind nodeset="/data/rep/c" type="int" calculate="../a * 2"/>
"""


def test_absolute_paths_in_repeats_read_literally_and_stay_current() -> None:
    # spec 1.0.0 dropped the contextualizing deviation: /data/rep/a is the first instance's a
    s = session(
        xform(ABSOLUTE_IN_REPEAT, '<repeat nodeset="/data/rep"><input ref="/data/rep/a"/></repeat>')
    )
    s.add_repeat("/data/rep")
    s.add_repeat("/data/rep")  # rep[2] computed while rep[1]/a is still empty
    s.answer("/data/rep[2]/a", "5")
    s.answer("/data/rep[1]/a", "1")  # must reach rep[2]/b too
    assert [s.value(f"/data/rep[{k}]/b") for k in (1, 2)] == ["2", "2"]
    assert [s.value(f"/data/rep[{k}]/c") for k in (1, 2)] == ["2", "10"]
    s.remove_repeat("/data/rep[1]")  # the first instance is now the old rep[2]
    assert s.value("/data/rep[1]/b") == "10"
