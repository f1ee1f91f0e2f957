"""Whatever bytes arrive, sources answer with a FieldappError or a result, never anything else."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.core.engine.external_instances import (
    csv_instance_from_bytes,
    geojson_instance_from_bytes,
    xml_instance_from_bytes,
)
from fieldapp.core.engine.sources import parse_xform_bytes, read_form, resolve_media
from fieldapp.errors import FieldappError

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

XML_PIECES = st.sampled_from(
    [
        b"<h:html xmlns:h='http://www.w3.org/1999/xhtml'>",
        b"</h:html>",
        b"<h:head>",
        b"</h:head>",
        b"<model>",
        b"</model>",
        b"<!DOCTYPE x [<!ENTITY e 'x'>]>",
        b"&e;",
        b"&amp;",
        b"<?xml version='1.0'?>",
        b"<![CDATA[x]]>",
        b"<!-- c -->",
        b"<a b='1'>",
        b"</a>",
        b"\xff\xfe",
        b"\x00",
        b"text",
    ]
)
XMLISH = st.lists(XML_PIECES, max_size=12).map(b"".join) | st.binary(max_size=300)


def _only_fieldapp_errors(fn: Callable[..., object], *args: object) -> None:
    try:
        fn(*args)
    except FieldappError as err:
        assert err.code.startswith("F"), err
        assert "{" not in err.message, err.message


@FUZZ
@given(XMLISH)
def test_xform_parsing(data: bytes) -> None:
    _only_fieldapp_errors(parse_xform_bytes, data, "fuzz.xml")
    _only_fieldapp_errors(xml_instance_from_bytes, data, "fuzz.xml")


@FUZZ
@given(st.text(alphabet=st.sampled_from(list('ab,;\t"\n\r\ufeff é')), max_size=200))
def test_csv_instances(text: str) -> None:
    _only_fieldapp_errors(csv_instance_from_bytes, text.encode("utf-8"), "fuzz.csv")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
FEATURES = st.fixed_dictionaries(
    {"type": st.sampled_from(["Feature", "Bad"])},
    optional={
        "geometry": st.none()
        | st.fixed_dictionaries(
            {
                "type": st.sampled_from(["Point", "LineString", "Polygon", "MultiPoint"]),
                "coordinates": JSON_VALUES,
            }
        ),
        "properties": JSON_VALUES,
        "id": JSON_VALUES,
    },
)


@FUZZ
@given(st.lists(FEATURES, max_size=3), st.sampled_from(["FeatureCollection", "Feature"]))
def test_geojson_instances(features: list[object], kind: str) -> None:
    import json

    data = json.dumps({"type": kind, "features": features}).encode()
    _only_fieldapp_errors(geojson_instance_from_bytes, data, "fuzz.geojson")


@FUZZ
@given(st.text(max_size=40))
def test_media_references(src: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "ok.csv").write_text("name\n")
        try:
            found = resolve_media(src, base)
        except FieldappError as err:
            assert err.code in {"F108", "F110"}
        else:
            assert found.resolve().is_relative_to(base.resolve())


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".xlsx", ".xls", ".md", ".csv", ".xml"]))
def test_form_files(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(data)
        _only_fieldapp_errors(read_form, path)
