"""Test helper: XLSForm markdown tables or raw XForm strings -> a started FormSession."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from typing import Any

from pyxform.xls2xform import convert

from fieldapp.core.engine import FormDefinition, FormSession, load_form_xml

NOW = datetime(2024, 5, 17, 9, 30, 0, tzinfo=UTC)


def xlsform_xml(md: str) -> str:
    """Convert an XLSForm written as a markdown table with pyxform (no file I/O)."""
    return str(convert(xlsform=textwrap.dedent(md), file_type=".md", form_name="data").xform)


def definition(source: str) -> FormDefinition:
    """An XLSForm markdown table (starts with '|') or an XForm XML string -> definition."""
    text = textwrap.dedent(source).strip()
    xml = xlsform_xml(text) if text.startswith("|") else text
    return load_form_xml(xml, "test.xml")


def session(source: str | FormDefinition, **kwargs: Any) -> FormSession:
    defn = source if isinstance(source, FormDefinition) else definition(source)
    kwargs.setdefault("now", lambda: NOW)
    kwargs.setdefault("tz", UTC)
    return FormSession.start(defn, **kwargs)


def xform(model: str, body: str, *, title: str = "t") -> str:
    """A raw XForm with the usual namespaces around a model body and an h:body."""
    return f"""<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
  xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms"
  xmlns:orx="http://openrosa.org/xforms" xmlns:ev="http://www.w3.org/2001/xml-events">
  <h:head><h:title>{title}</h:title><model>{model}</model></h:head>
  <h:body>{body}</h:body>
</h:html>"""
