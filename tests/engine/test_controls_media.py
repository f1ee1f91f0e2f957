"""Conformance: controls (upload, trigger, rank, range), media itext forms, external instances,
jr:noAddRemove, several models, and structural errors with F codes."""

# ruff: noqa: E501 - inline XForms read better unwrapped

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.core.engine import FormSession, load_form_xml
from fieldapp.errors import FieldappError
from tests.engine.formkit import NOW, session, xform

MEDIA = xform(
    """<itext><translation lang="en" default="true()">
         <text id="q:label"><value>Photo <output value="/data/n"/></value>
           <value form="image">pic.png</value><value form="audio">a.mp3</value></text>
       </translation></itext>
       <instance><data id="m"><n>3</n><photo/><ok/><order/><r/>
         <rep><x/></rep><meta><instanceID/></meta></data></instance>
       <bind nodeset="/data/photo" type="binary"/>
       <bind nodeset="/data/r" type="decimal"/>""",
    """<upload ref="/data/photo" mediatype="image/*"><label ref="jr:itext('q:label')"/></upload>
       <trigger ref="/data/ok"><label>Tap</label></trigger>
       <odk:rank ref="/data/order"><label>Order</label>
         <item><label>A</label><value>a</value></item><item><label>B</label><value>b</value></item>
       </odk:rank>
       <range ref="/data/r" start="0" end="1" step="0.25"><label>R</label></range>
       <group ref="/data/rep"><label>Fixed</label>
         <repeat nodeset="/data/rep" jr:noAddRemove="true()"><input ref="/data/rep/x"><label>X</label></input></repeat>
       </group>""",
)


def test_controls_and_media() -> None:
    s = session(MEDIA)
    photo = s.question("/data/photo")
    assert photo.kind == "upload" and photo.params["mediatype"] == "image/*"
    assert (
        photo.label == "Photo 3" and photo.image == "pic.png" and photo.params["audio"] == "a.mp3"
    )
    assert s.question("/data/ok").kind == "trigger"
    assert s.answer("/data/ok", "OK").ok
    assert s.question("/data/order").kind == "rank"
    assert s.answer("/data/order", "b a").ok
    assert s.answer("/data/r", "0.75").ok
    assert not s.answer("/data/r", "0.3").ok
    with pytest.raises(FieldappError):
        s.add_repeat("/data/rep")
    kinds = []
    page = s.first()
    while page.kind != "end":
        kinds.append(page.kind)
        page = s.next()
    assert "repeat_prompt" not in kinds  # noAddRemove: no prompt


def test_external_csv_instance(tmp_path: Path) -> None:
    (tmp_path / "towns.csv").write_text("name,label,region\nt1,Town 1,a\nt2,Town 2,b\n")
    form = xform(
        """<instance><data id="ext"><region/><town/></data></instance>
           <instance id="towns" src="jr://file-csv/towns.csv"/>""",
        """<input ref="/data/region"><label>Region</label></input>
           <select1 ref="/data/town"><label>Town</label>
             <itemset nodeset="instance('towns')/root/item[region = /data/region]">
               <value ref="name"/><label ref="label"/></itemset></select1>""",
    )
    s = FormSession.start(load_form_xml(form, "ext.xml", tmp_path), now=lambda: NOW)
    s.answer("/data/region", "b")
    assert [(c.value, c.label) for c in s.question("/data/town").choices] == [("t2", "Town 2")]
    with pytest.raises(FieldappError) as info:
        load_form_xml(form, "ext.xml", tmp_path / "empty")
    assert info.value.code == "F108"


def test_two_models_warn() -> None:
    form = xform('<instance><data id="two"><a/></data></instance>', "").replace(
        "</model>", '</model><model><instance><other id="x"><b/></other></instance></model>'
    )
    defn = load_form_xml(form)
    assert any("multiple models" in p for p in defn.static_problems())


@pytest.mark.parametrize(
    ("model", "body", "code"),
    [
        (
            '<instance><data id="e"><a/></data></instance>',
            '<select1 ref="/data/a"><label>A</label></select1>',
            "F115",
        ),
        (
            '<instance><data id="e"><a/></data></instance>',
            '<range ref="/data/a" start="x" end="2"><label>A</label></range>',
            "F114",
        ),
        (
            '<instance><data id="e"><a/></data></instance>'
            '<setvalue event="not-an-event" ref="/data/a">1</setvalue>',
            "",
            "F113",
        ),
        (
            '<instance><data id="e"><a/></data></instance><bind nodeset="/data/a" calculate="1 +"/>',
            "",
            "X100",
        ),
        (
            '<instance><data id="e"><a/></data></instance><bind nodeset="/data/a" calculate="nope(1)"/>',
            "",
            "X101",
        ),
    ],
)
def test_structural_errors(model: str, body: str, code: str) -> None:
    with pytest.raises(FieldappError) as info:
        load_form_xml(xform(model, body), "bad.xml")
    assert info.value.code == code
    assert "bad.xml" in str(info.value)
