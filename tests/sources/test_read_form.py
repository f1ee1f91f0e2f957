"""read_form on good inputs: formats, form id, warnings, media folder conventions."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

import pytest

from fieldapp.core.engine.sources import (
    default_media_dir,
    parse_xform_bytes,
    read_form,
    resolve_media,
)
from fieldapp.errors import FieldappError

XF = "{http://www.w3.org/2002/xforms}"
MD = "| survey |\n| | type | name | label |\n| | text | q | Question |\n"
CSV = "survey,,,\n,type,name,label\n,text,q,Question\n"


def _instance_root(source_root: Element) -> Element:
    return next(iter(source_root.iter(f"{XF}instance")))[0]


@pytest.mark.parametrize(("suffix", "text"), [(".md", MD), (".csv", CSV)])
def test_text_xlsforms_convert_with_file_stem_as_form_id(
    tmp_path: Path, suffix: str, text: str
) -> None:
    path = tmp_path / f"household_v2{suffix}"
    path.write_text(text)
    source = read_form(path)
    assert source.name == path.name
    assert _instance_root(source.root).get("id") == "household_v2"
    assert source.xml.startswith(b"<?xml") or source.xml.startswith(b"<h:html")
    assert source.itemsets_csv is None


def test_xform_bytes_are_kept_verbatim(tmp_path: Path, corpus_dir: Path) -> None:
    original = corpus_dir / "javarosa/resources/simple-form.xml"
    source = read_form(str(original))  # str paths work too
    assert source.xml == original.read_bytes()
    assert source.warnings == ()


def test_pyxform_warnings_are_passed_on(tmp_path: Path) -> None:
    path = tmp_path / "warn.md"
    path.write_text("| survey |\n| | type | name | label |\n| | image | photo | Photo |\n")
    source = read_form(path)
    assert any("max-pixels" in w for w in source.warnings), source.warnings


def test_media_folder_conventions(tmp_path: Path) -> None:
    form = tmp_path / "survey.md"
    form.write_text(MD)
    assert read_form(form).media_dir == tmp_path
    media = tmp_path / "survey-media"
    media.mkdir()
    assert default_media_dir(form) == media
    assert read_form(form).media_dir == media
    other = tmp_path / "elsewhere"
    other.mkdir()
    assert read_form(form, media_dir=str(other)).media_dir == other


def test_resolve_media_finds_files_and_allows_inner_folders(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "a b.png").write_bytes(b"\x89PNG")
    (tmp_path / "list.csv").write_text("name\n")
    (tmp_path / "alias.csv").symlink_to(tmp_path / "list.csv")  # a link that stays inside
    assert resolve_media("jr://images/img/a b.png", tmp_path) == (tmp_path / "img" / "a b.png")
    assert resolve_media("jr://file-csv/list.csv", tmp_path) == tmp_path / "list.csv"
    assert resolve_media(" jr://file/alias.csv ", tmp_path) == tmp_path / "list.csv"
    assert resolve_media("list.csv", tmp_path) == tmp_path / "list.csv"


def test_a_folder_is_not_a_form(tmp_path: Path) -> None:
    folder = tmp_path / "forms.xml"
    folder.mkdir()
    with pytest.raises(FieldappError) as info:
        read_form(folder)
    assert info.value.code == "F101" and "forms.xml" in str(info.value)


def test_parse_xform_bytes_for_downloaded_forms(corpus_dir: Path) -> None:
    data = (corpus_dir / "javarosa/resources/simple-form.xml").read_bytes()
    source = parse_xform_bytes(data, "simple.xml")
    assert source.media_dir is None
    assert source.root.tag == "{http://www.w3.org/1999/xhtml}html"


def test_utf16_xform_with_bom(corpus_dir: Path) -> None:
    text = (corpus_dir / "javarosa/resources/simple-form.xml").read_text("utf-8")
    source = parse_xform_bytes(text.encode("utf-16"), "utf16.xml")
    assert source.root.find(f".//{XF}model") is not None
