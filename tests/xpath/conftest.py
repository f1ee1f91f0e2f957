"""Shared XPath test fixtures: a small main instance, secondary instances, a fixed clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from xml.etree import ElementTree as ET

import pytest

from fieldapp.core.xpath import DefaultEnvironment, EvalContext, Node, compile_xpath, to_string

NAIROBI = timezone(timedelta(hours=3))
# 01:30 in Nairobi is still the previous day in UTC: today() must follow the injected zone.
NOW = datetime(2024, 3, 10, 1, 30, 45, 123000, tzinfo=NAIROBI)

MAIN_XML = """
<data xmlns:orx="http://openrosa.org/xforms" id="f">
  <name>Ana</name>
  <age>20</age>
  <empty/>
  <dob>2000-02-29</dob>
  <when>2020-01-01T10:00:00.000+02:00</when>
  <t>12:00:00.000+02:00</t>
  <langs>en fr de</langs>
  <nums><n>1</n><n>2</n><n>3</n></nums>
  <bad><n>1</n><n>x</n></bad>
  <grp a="1" b="two"><x>1</x><y>2</y><z>3</z></grp>
  <rep><v>10</v><w>a</w></rep>
  <rep><v>20</v><w>b</w></rep>
  <rep><v>30</v><w>c</w><inner><k>1</k></inner><inner><k>2</k></inner></rep>
  <orx:meta><orx:instanceID>uuid:1</orx:instanceID></orx:meta>
  <pts><p>0 0</p><p>0 1</p><p>1 1</p><p>1 0</p></pts>
  <flag>true</flag>
  <sel>b</sel>
  <sp>  a   b  </sp>
</data>
"""

CITIES_XML = """
<root>
  <item><name>nbo</name><label>Nairobi</label><country>ke</country></item>
  <item><name>mba</name><label>Mombasa</label><country>ke</country></item>
  <item><name>kla</name><label>Kampala</label><country>ug</country></item>
  <item><name>ebb</name><label>Entebbe</label><country>ug</country></item>
  <item><name>dar</name><label>Dar es Salaam</label><country>tz</country></item>
</root>
"""

DATATYPES = {"dob": "date", "when": "dateTime", "t": "time"}


def from_xml(text: str, datatypes: dict[str, str] | None = None) -> Node:
    """A document node for ``text`` (element names keep their prefixes as written)."""
    elem = ET.fromstring(text)
    ns_to_prefix = {"http://openrosa.org/xforms": "orx", "http://openrosa.org/javarosa": "jr"}

    def name_of(tag: str) -> str:
        if tag.startswith("{"):
            uri, _, local = tag[1:].partition("}")
            prefix = ns_to_prefix.get(uri)
            return f"{prefix}:{local}" if prefix else local
        return tag

    def build(e: ET.Element, parent: Node) -> None:
        node = parent.append(Node(name_of(e.tag), attrs=dict(e.attrib)))
        node.datatype = (datatypes or {}).get(node.name, "")
        kids = list(e)
        if kids:
            for k in kids:
                build(k, node)
        else:
            node.value = e.text or ""

    doc = Node("")
    build(elem, doc)
    return doc


def find(doc: Node, path: str) -> Node:
    ctx = EvalContext(doc)
    nodes = compile_xpath(path).evaluate_nodes(ctx)
    assert nodes, path
    return nodes[0]


class World:
    """Main instance, secondary instances, environment; evaluates expressions."""

    def __init__(self) -> None:
        self.doc = from_xml(MAIN_XML, DATATYPES)
        self.cities = from_xml(CITIES_XML)
        self.env = DefaultEnvironment(
            now=NOW,
            tz=NAIROBI,
            seed=7,
            instances={"cities": self.cities},
            itext={"hello": "Hello", "q1:label": "Question one"},
            choice_names={"b": "Bee"},
            properties={"deviceid": "dev-1", "username": "enum1"},
            version="2024031001",
        )

    def ctx(self, at: str = "/data/age") -> EvalContext:
        node = find(self.doc, at)
        return EvalContext(node, env=self.env)

    def value(self, expr: str, at: str = "/data/age") -> object:
        return compile_xpath(expr).evaluate(self.ctx(at))

    def string(self, expr: str, at: str = "/data/age") -> str:
        return to_string(compile_xpath(expr).evaluate(self.ctx(at)))


@pytest.fixture(scope="module")
def world() -> World:
    return World()
