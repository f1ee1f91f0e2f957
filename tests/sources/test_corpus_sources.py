"""Every form and every external instance file in the shared corpus goes through sources.

The corpus README's deliberately invalid forms are well-formed XML: they must read here (the
ENGINE rejects them). Only the non-form XML data files are refused (F106, not an XForm), and
only the six invalid GeoJSON fixtures fail to load as instances (F109).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.core.engine.external_instances import load_external_instance
from fieldapp.core.engine.sources import read_form
from fieldapp.errors import FieldappError

pytestmark = pytest.mark.timeout(120)

# Non-form XML (secondary-instance / saved-instance data), per the corpus README.
NON_FORM_XML = {
    "lgas.xml",
    "wards.xml",
    "external-data.xml",
    "populate-nodes-attributes-instance.xml",
    "issue_449_last_saved.xml",
    "xml-attachment.xml",
}
INVALID_GEOJSON = {
    "not-object.geojson",
    "invalid-type.geojson",
    "bad-futures-collection.geojson",
    "bad-features-not-array.geojson",
    "bad-feature-not-feature.geojson",
    "feature-collection-with-unsupported-type.geojson",
}
README_INVALID_FORMS = {
    "bad-range-form.xml",
    "body-before-model.xml",
    "invalid-events.xml",
    "setgeopoint-action-bad-namespace.xml",
    "internal_empty_select.xml",
    "simple-dag-cycle.xml",
    "xpath-syntax-error.xml",
    "xpath-unknown-function.xml",
}


def _form_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix.lower() in {".xml", ".xhtml", ".xlsx"})


def test_every_corpus_form_reads(corpus_dir: Path) -> None:
    read: list[str] = []
    refused_data: list[str] = []
    failures: list[str] = []
    readme_invalid_read = 0
    for path in _form_files(corpus_dir):
        rel = str(path.relative_to(corpus_dir))
        try:
            source = read_form(path)
        except FieldappError as err:
            if path.name in NON_FORM_XML and err.code == "F106":
                refused_data.append(rel)
            else:
                failures.append(f"{rel}: {err}")
            continue
        assert source.name == path.name
        assert source.root is not None and source.xml
        assert source.media_dir == path.parent  # no "<stem>-media" folders in the corpus
        read.append(rel)
        readme_invalid_read += path.name in README_INVALID_FORMS
    print(
        f"corpus: {len(read)} forms read, {len(refused_data)} data files refused as not-XForms, "
        f"{len(failures)} failures; {readme_invalid_read} README-invalid read"
    )
    assert failures == []
    assert len(read) == 205  # 201 XForms (199 fixtures + 2 benchmark forms) + 4 XLSForms
    assert len(refused_data) == 13
    assert readme_invalid_read >= len(README_INVALID_FORMS)


def test_every_corpus_xlsform_converts_to_the_shipped_xform(corpus_dir: Path) -> None:
    """pyxform's output for each preview-service XLSForm matches the XForm generated upstream
    in form id and in the set of bound fields (upstream produced those XForms with pyxform
    from these files; versions differ because the preview service stamps its own)."""
    preview = corpus_dir / "odk-web-forms/fixtures/preview-service"
    compared = 0
    for xlsx in sorted((preview / "xlsforms").glob("*.xlsx")):
        ours = read_form(xlsx)
        upstream = preview / "xforms" / f"{xlsx.stem}.xml"
        if xlsx.stem == "whova_form":  # its XForm lives in smoketests/
            upstream = (
                corpus_dir
                / "odk-web-forms/fixtures/test-javarosa/resources/smoketests/whova_form.xml"
            )
        theirs = read_form(upstream)
        compared += 1
        ns = "{http://www.w3.org/2002/xforms}"
        ours_data = next(iter(ours.root.iter(f"{ns}instance")))[0]
        theirs_data = next(iter(theirs.root.iter(f"{ns}instance")))[0]
        assert ours_data.get("id") == theirs_data.get("id"), xlsx.name
        ours_binds = {b.get("nodeset") for b in ours.root.iter(f"{ns}bind")}
        theirs_binds = {b.get("nodeset") for b in theirs.root.iter(f"{ns}bind")}
        assert ours_binds == theirs_binds, xlsx.name
    assert compared == 4


def _instance_files(corpus: Path) -> list[Path]:
    return sorted(
        p
        for p in corpus.rglob("*")
        if p.suffix.lower() in {".csv", ".geojson"} or p.name in NON_FORM_XML
    )


def test_every_corpus_external_instance_loads(corpus_dir: Path) -> None:
    loaded = 0
    invalid = 0
    for path in _instance_files(corpus_dir):
        scheme = "jr://file-csv/" if path.suffix == ".csv" else "jr://file/"
        try:
            doc = load_external_instance(scheme + path.name, path.parent, "inst")
        except FieldappError as err:
            assert path.name in INVALID_GEOJSON, f"{path}: {err}"
            assert err.code == "F109"
            invalid += 1
            continue
        assert path.name not in INVALID_GEOJSON, f"{path} should have been refused"
        assert doc.name == "" and len(doc.children) == 1
        root = doc.children[0]
        assert root.parent is doc
        assert all(item.parent is root for item in root.children)
        loaded += 1
    print(f"external instances: {loaded} loaded, {invalid} invalid GeoJSON refused")
    assert invalid == 2 * len(INVALID_GEOJSON)  # each exists in both corpus sets
    assert loaded >= 40


def test_forms_external_instances_resolve_from_their_folder(corpus_dir: Path) -> None:
    """Forms whose external files ship beside them: each <instance src> loads."""
    resources = corpus_dir / "javarosa/resources"
    form = read_form(resources / "nigeria_wards_external.xml")
    ns = "{http://www.w3.org/2002/xforms}"
    sources = [
        (inst.get("id"), inst.get("src"))
        for inst in form.root.iter(f"{ns}instance")
        if inst.get("src")
    ]
    assert sources, "expected external instances in nigeria_wards_external.xml"
    for instance_id, src in sources:
        assert instance_id and src
        doc = load_external_instance(src, form.media_dir, instance_id)
        assert doc.children[0].name == "root"
        assert len(doc.children[0].children) > 100
