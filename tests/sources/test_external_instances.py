"""External secondary instances as XPath trees: CSV, XML and GeoJSON per the ODK XForms spec."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from fieldapp.core.engine.external_instances import (
    InstanceLimits,
    LastSavedInstanceError,
    load_external_instance,
    sniff_csv_delimiter,
)
from fieldapp.core.xpath.nodes import Node
from fieldapp.errors import FieldappError

INSTANCE_DIR = "javarosa/resources/org/javarosa/core/model/instance"


def _items(doc: Node) -> list[dict[str, str]]:
    """document -> [{child name: value}] for each item under the root."""
    assert doc.name == "" and doc.parent is None and len(doc.children) == 1
    root = doc.children[0]
    assert root.name == "root"
    rows = []
    for item in root.children:
        assert item.name == "item" and item.parent is root
        for cell in item.children:
            assert cell.parent is item and not cell.children
        rows.append({cell.name: cell.value for cell in item.children})
    return rows


def _load(tmp: Path, name: str, content: bytes | str) -> Node:
    data = content.encode() if isinstance(content, str) else content
    (tmp / name).write_bytes(data)
    scheme = "jr://file-csv/" if name.endswith(".csv") else "jr://file/"
    return load_external_instance(scheme + name, tmp, "inst")


SPEC_ROWS = [
    {"name": "FR-75C", "label": "Paris", "population": "2161000", "geometry": "48.8566 2.3522 0 0"},
    {
        "name": "JP-13",
        "label": "Tokyo",
        "population": "13960000",
        "geometry": "35.6895 139.6917 0 0",
    },
]


def test_spec_csv_example(tmp_path: Path) -> None:
    csv_text = (
        "name,label,population,geometry\n"
        "FR-75C,Paris,2161000,48.8566 2.3522 0 0\n"
        "JP-13,Tokyo,13960000,35.6895 139.6917 0 0\n"
    )
    doc = _load(tmp_path, "cities.csv", csv_text)
    assert _items(doc) == SPEC_ROWS
    first = doc.children[0].children[0]
    assert [c.name for c in first.children] == ["name", "label", "population", "geometry"]


def test_spec_geojson_example_is_equivalent_to_the_csv(tmp_path: Path) -> None:
    geojson = """{"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"name": "FR-75C", "label": "Paris", "population": 2161000},
       "geometry": {"type": "Point", "coordinates": [2.3522, 48.8566]}},
      {"type": "Feature", "properties": {"name": "JP-13", "label": "Tokyo", "population": 13960000},
       "geometry": {"type": "Point", "coordinates": [139.6917, 35.6895]}}]}"""
    assert _items(_load(tmp_path, "cities.geojson", geojson)) == SPEC_ROWS


def test_corpus_csv_with_bom(corpus_dir: Path) -> None:
    folder = corpus_dir / INSTANCE_DIR
    rows = _items(
        load_external_instance("jr://file-csv/external-secondary-csv-bom.csv", folder, "x")
    )
    assert next(iter(rows[0])) == "name"  # not "\ufeffname"
    assert rows[0]["elevation"] == "testé"
    assert rows[1]["site"] == "The site #1"
    assert rows[1]["test"] == "image1"  # last column, no trailing \r from the CRLF file


@pytest.mark.parametrize("name", ["comma", "semicolon"])
def test_corpus_complex_csv_quotes_and_short_rows(corpus_dir: Path, name: str) -> None:
    folder = corpus_dir / INSTANCE_DIR
    doc = load_external_instance(
        f"jr://file-csv/external-secondary-{name}-complex.csv", folder, "x"
    )
    rows = _items(doc)
    assert rows[0] == {"label": "A", "name": "a", "first": ""}
    assert rows[2] == {"label": "C", "name": "c", "first": ""}  # short row padded
    assert rows[3] == {"label": "AA", "name": "aa", "first": "a"}


def test_corpus_header_only_csv(corpus_dir: Path) -> None:
    folder = corpus_dir / "javarosa/resources/org/javarosa/xform/parse"
    doc = load_external_instance("jr://file-csv/header_only.csv", folder, "x")
    assert _items(doc) == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("a,b,c", ","),
        ("a;b;c", ";"),
        ("a\tb\tc", "\t"),
        ("a;b,c", ","),  # spec order of preference: comma first
        ('"a;b",c', ","),
        ('"a,b";c', ";"),  # delimiters inside quotes don't count
        ("single", ","),
    ],
)
def test_delimiter_sniffing(header: str, expected: str) -> None:
    assert sniff_csv_delimiter(header) == expected


def test_csv_rfc4180_quoting_crlf_blank_lines_and_trailing_empty_columns(tmp_path: Path) -> None:
    text = (
        "name,label,note,,\r\n"
        '1,"Comma, inside","line one\r\nline two",,\r\n'
        "\r\n"
        '2,"He said ""hi""",,x,y\r\n'
        "3\r\n"
    )
    rows = _items(_load(tmp_path, "q.csv", text))
    assert rows == [
        {"name": "1", "label": "Comma, inside", "note": "line one\r\nline two"},
        {"name": "2", "label": 'He said "hi"', "note": ""},
        {"name": "3", "label": "", "note": ""},
    ]


def test_tab_separated_and_non_ascii_names(tmp_path: Path) -> None:
    rows = _items(_load(tmp_path, "t.csv", "région\tnom\nÎle\tParis\n"))
    assert rows == [{"région": "Île", "nom": "Paris"}]


def test_file_csv_scheme_reads_csv_whatever_the_extension(tmp_path: Path) -> None:
    (tmp_path / "list.txt").write_text("name\na\n")
    doc = load_external_instance("jr://file-csv/list.txt", tmp_path, "x")
    assert _items(doc) == [{"name": "a"}]


def test_geojson_corpus_fixtures(corpus_dir: Path) -> None:
    folder = corpus_dir / INSTANCE_DIR / "geojson"

    def load(name: str) -> list[dict[str, str]]:
        return _items(load_external_instance(f"jr://file/{name}", folder, "g"))

    rows = load("feature-collection.geojson")
    assert rows[0] == {
        "geometry": "0.5 102 0 0",
        "id": "fs87b",
        "name": "My cool point",
        "foo": "bar",
    }
    assert rows[1]["geometry"] == "0.5 104 0 0; 0.5 105 0 0"
    assert rows[1]["special-property"] == "special value"
    assert rows[2]["geometry"] == "63 5 0 0; 83 10 0 0; 63 5 0 0"
    assert load("feature-collection-id-toplevel.geojson")[0]["id"] == "top-level-id"
    twice = load("feature-collection-id-twice.geojson")[0]
    assert twice["id"] == "top-level-id"  # the top-level id wins over properties.id
    assert load("feature-collection-integer-id.geojson")[0]["id"] == "77"
    assert load("feature-collection-no-properties.geojson") == [{"geometry": "0.5 102 0 0"}]
    with_null = load("feature-collection-with-null.geojson")[0]
    assert "extra" not in with_null  # spec: only non-null properties become children
    assert with_null["gid"] == "1"
    assert with_null["geometry"] == "31.580360584438704 130.55980347216075 0 0"
    assert load("feature-collection-extra-toplevel.geojson")[0]["visited"] == "yes"
    assert load("feature-collection-toplevel-order.geojson")[0]["visited"] == "yes"
    assert load("feature-collection-extra-feature-toplevel.geojson")[0]["title"] == "My cool point"


def test_geojson_booleans_floats_empty_polygon_and_null_geometry(tmp_path: Path) -> None:
    text = """{"type": "FeatureCollection", "features": [
      {"type": "Feature", "geometry": null, "properties": {"ok": true, "no": false, "x": 1.5}},
      {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []}, "properties": {}}]}"""
    rows = _items(_load(tmp_path, "misc.geojson", text))
    assert rows == [{"ok": "true", "no": "false", "x": "1.5"}, {"geometry": ""}]


def test_xml_instance_keeps_attributes_trims_text_and_drops_namespaces(corpus_dir: Path) -> None:
    folder = corpus_dir / "javarosa/resources"
    doc = load_external_instance("jr://file/populate-nodes-attributes-instance.xml", folder, "x")
    data = doc.children[0]
    assert data.name == "data" and data.attrs == {"id": "populate-nodes-attributes"}
    free_text, group = data.children
    assert (free_text.name, free_text.value, free_text.attrs) == (
        "free_text_1",
        "Abc",
        {"custom_attr_1": "xyz1"},
    )
    assert group.value == "" and group.attrs == {"custom_attr_1": "xyz2"}
    assert group.children[0].value == "Abc2" and group.children[0].parent is group
    assert [a.name for a in free_text.attribute_nodes()] == ["custom_attr_1"]


def test_xml_instance_large_corpus_file(corpus_dir: Path) -> None:
    doc = load_external_instance("jr://file/wards.xml", corpus_dir / "javarosa/resources", "wards")
    rows = _items(doc)
    assert len(rows) == 11_800
    assert set(rows[0]) == {"name", "label", "lga", "fake_population"}


def test_xml_instance_with_default_namespace(tmp_path: Path) -> None:
    xml = '<root xmlns="urn:x" xmlns:p="urn:p"><item p:k="v"><name>\n  a  \n</name></item></root>'
    doc = _load(tmp_path, "ns.xml", xml)
    item = doc.children[0].children[0]
    assert item.attrs == {"k": "v"}
    assert item.children[0].name == "name" and item.children[0].value == "a"


def test_last_saved_is_the_callers_business() -> None:
    with pytest.raises(LastSavedInstanceError) as info:
        load_external_instance("jr://instance/last-saved", None, "__last-saved")
    assert isinstance(info.value, FieldappError)
    assert info.value.code == "F152"
    assert info.value.instance_name == "__last-saved"


def test_size_cap(tmp_path: Path) -> None:
    (tmp_path / "big.csv").write_text("name\n" + "x\n" * 100)
    with pytest.raises(FieldappError) as info:
        load_external_instance(
            "jr://file-csv/big.csv", tmp_path, "b", limits=InstanceLimits(max_bytes=64)
        )
    assert info.value.code == "F111" and "big.csv" in str(info.value)


def test_form_name_prefixes_error_location(tmp_path: Path) -> None:
    (tmp_path / "dup.csv").write_text("a,a\n1,2\n")
    with pytest.raises(FieldappError) as info:
        load_external_instance("jr://file-csv/dup.csv", tmp_path, "d", form="survey.xlsx")
    assert info.value.location.startswith("survey.xlsx: dup.csv")


def test_gc_state_is_restored(tmp_path: Path) -> None:
    assert gc.isenabled()
    _load(tmp_path, "ok.csv", "name\na\n")
    assert gc.isenabled()
    with pytest.raises(FieldappError):
        _load(tmp_path, "bad.geojson", "[]")
    assert gc.isenabled()


def test_50k_row_csv(tmp_path: Path) -> None:
    lines = ["name,label,parent"] + [f"n{i},Label {i},p{i % 100}" for i in range(50_000)]
    rows = _items(_load(tmp_path, "big.csv", "\n".join(lines)))
    assert len(rows) == 50_000
    assert rows[-1] == {"name": "n49999", "label": "Label 49999", "parent": "p99"}
