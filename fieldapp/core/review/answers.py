"""Answers of a submission as ``ref -> value``, read straight from the instance XML.

Flags run over a whole team's submissions, so they read leaf values without starting an engine
session (the detail view and diff use the engine for labels and form order). Refs follow the
engine's form: absolute paths with a 1-based ``[n]`` on every repeat step, e.g.
``/data/member[2]/age``; :func:`generic` strips the indices to group a question's answers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping
from xml.etree.ElementTree import Element

from fieldapp.core.engine.paths import local
from fieldapp.core.engine.serialize import parse_saved

_INDEX = re.compile(r"\[\d+\]")


def generic(ref: str) -> str:
    """``/data/member[2]/age`` -> ``/data/member/age``."""
    return _INDEX.sub("", ref)


def leaf_values(xml: bytes, repeats: Collection[str] = ()) -> dict[str, str]:
    """Every leaf element's text by ref, in document order. ``repeats``: generic refs of the
    form's repeats (their instances get ``[n]``); without them a name seen twice among
    siblings is indexed anyway, so no answer is lost."""
    root = parse_saved(xml)
    out: dict[str, str] = {}
    _walk(root, "/" + local(root.tag), "/" + local(root.tag), set(repeats), out)
    return out


def _walk(el: Element, ref: str, gref: str, repeats: set[str], out: dict[str, str]) -> None:
    kids = [c for c in el if isinstance(c.tag, str)]
    if not kids:
        out[ref] = (el.text or "").strip()
        return
    names = [local(c.tag) for c in kids]
    counts = Counter(names)
    seen: dict[str, int] = {}
    for child, name in zip(kids, names, strict=True):
        seen[name] = seen.get(name, 0) + 1
        child_gref = f"{gref}/{name}"
        if child_gref in repeats or counts[name] > 1:
            child_ref = f"{ref}/{name}[{seen[name]}]"
        else:
            child_ref = f"{ref}/{name}"
        _walk(child, child_ref, child_gref, repeats, out)


def meta_values(values: Mapping[str, str]) -> dict[str, str]:
    """The ``meta`` children (instanceID, deprecatedID, timeStart...) whatever the root name."""
    out: dict[str, str] = {}
    for ref, value in values.items():
        parts = ref.split("/")
        if len(parts) == 4 and parts[2] == "meta":
            out.setdefault(parts[3], value)
    return out


def meta_value(values: Mapping[str, str], name: str) -> str:
    return meta_values(values).get(name, "")
