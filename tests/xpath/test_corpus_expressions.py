"""Every XPath expression in the shared corpus of real ODK forms compiles, analyses and
evaluates without crashing; only the two deliberately broken fixtures are refused."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from defusedxml import ElementTree as ET

from fieldapp.core.xpath import DefaultEnvironment, EvalContext, Node, compile_xpath, mark_immutable
from fieldapp.errors import FieldappError

EXPRESSION_ATTRS = {
    "nodeset",
    "relevant",
    "constraint",
    "calculate",
    "required",
    "readonly",
    "ref",
    "value",
    "{http://openrosa.org/javarosa}count",
}
BIND_EXPRS = ("relevant", "constraint", "calculate", "required", "readonly")
EXPECTED_REFUSALS = {
    "xpath-syntax-error.xml": "X100",
    "xpath-unknown-function.xml": "X101",
}


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _to_node(elem: ET.Element, parent: Node) -> None:
    node = parent.append(
        Node(_local(elem.tag), attrs={_local(k): v for k, v in elem.attrib.items()})
    )
    kids = list(elem)
    if kids:
        for kid in kids:
            _to_node(kid, node)
    else:
        node.value = (elem.text or "").strip()


def _forms(corpus: Path) -> list[tuple[Path, ET.Element]]:
    out = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix not in (".xml", ".xhtml"):
            continue
        with path.open("rb") as fh:
            head = fh.read(4096)
        if b"html" not in head:  # data files (some of them large), not forms
            continue
        root = ET.parse(path).getroot()
        if _local(root.tag) == "html":
            out.append((path, root))
    return out


@pytest.fixture(scope="module")
def forms(corpus_dir: Path) -> list[tuple[Path, ET.Element]]:
    return _forms(corpus_dir)


def test_every_corpus_expression_compiles(forms: list[tuple[Path, ET.Element]]) -> None:
    compiled = 0
    refused: dict[str, str] = {}
    for path, root in forms:
        for elem in root.iter():
            if _local(elem.tag) == "instance":
                continue
            for key, text in elem.attrib.items():
                if key not in EXPRESSION_ATTRS or not text.strip():
                    continue
                try:
                    compile_xpath(text)
                    compiled += 1
                except FieldappError as err:
                    refused[path.name] = err.code
    print(f"{compiled} corpus expressions compiled; refused: {refused}")
    assert compiled > 10_000
    assert refused == EXPECTED_REFUSALS


def test_every_bind_evaluates_without_crashing(forms: list[tuple[Path, ET.Element]]) -> None:
    """Binds evaluated on each form's initial instance; only missing external instances
    (X106, files the engine loads) and the two broken fixtures may raise - and only
    FieldappError, never another exception."""
    codes: Counter[str] = Counter()
    evaluated = 0
    for path, root in forms:
        model = next((e for e in root.iter() if _local(e.tag) == "model"), None)
        if model is None:
            continue
        instances = [e for e in model if _local(e.tag) == "instance"]
        if not instances or not list(instances[0]):
            continue
        main = Node("")
        _to_node(next(iter(instances[0])), main)
        secondary = {}
        for inst in instances[1:]:
            if inst.get("id") and list(inst):
                doc = Node("")
                _to_node(next(iter(inst)), doc)
                mark_immutable(doc)
                secondary[inst.get("id", "")] = doc
        env = DefaultEnvironment(instances=secondary, seed=1)
        for bind in (e for e in model.iter() if _local(e.tag) == "bind"):
            nodeset = bind.get("nodeset", "")
            try:
                targets = compile_xpath(nodeset).evaluate_nodes(
                    EvalContext(main.children[0], env=env)
                )
            except FieldappError as err:
                codes[err.code] += 1
                continue
            node = targets[0] if targets else main.children[0]
            for key in BIND_EXPRS:
                text = bind.get(key)
                if not text:
                    continue
                try:
                    expr = compile_xpath(text)
                    expr.dependencies(nodeset)
                    expr.evaluate(EvalContext(node, env=env))
                    evaluated += 1
                except FieldappError as err:
                    codes[err.code] += 1
                    if err.code != "X106":
                        assert EXPECTED_REFUSALS.get(path.name) == err.code, (path, text, err)
    print(f"{evaluated} binds evaluated; errors by code: {dict(codes)}")
    assert evaluated > 3_000
    assert set(codes) <= {"X100", "X101", "X106"}
