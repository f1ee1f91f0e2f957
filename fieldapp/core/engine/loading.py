"""Entry points: a form file or XForm bytes -> FormDefinition (with its dependency graph)."""

from __future__ import annotations

from pathlib import Path

from fieldapp.core.engine.definition import FormDefinition
from fieldapp.core.engine.environment import preload_secondary
from fieldapp.core.engine.gcpause import paused_collection
from fieldapp.core.engine.graph import DependencyGraph


def graph_of(defn: FormDefinition) -> DependencyGraph:
    """The definition's dependency graph, built once (cycles raise E100 at load)."""
    graph: DependencyGraph | None = defn.__dict__.get("_graph")
    if graph is None:
        graph = DependencyGraph(defn)
        defn.__dict__["_graph"] = graph
    return graph


def _finish(defn: FormDefinition) -> FormDefinition:
    graph_of(defn)
    preload_secondary(defn)
    return defn


def load_form(path: str | Path, media_dir: str | Path | None = None) -> FormDefinition:
    """Read an XLSForm or XForm file (see sources.read_form) and parse it."""
    from fieldapp.core.engine.sources import read_form

    with paused_collection():
        source = read_form(path, media_dir)
        defn = FormDefinition(source.root, source.xml, source.name, source.media_dir)
        defn.warnings.extend(source.warnings)
        return _finish(defn)


def load_form_xml(
    data: bytes | str, name: str = "form.xml", media_dir: str | Path | None = None
) -> FormDefinition:
    """Parse XForm XML given in memory (downloaded from a server, or written in a test)."""
    from fieldapp.core.engine.sources import parse_xform_bytes

    raw = data.encode("utf-8") if isinstance(data, str) else data
    media = Path(media_dir) if media_dir is not None else None
    with paused_collection():
        source = parse_xform_bytes(raw, name, media)
        defn = FormDefinition(source.root, source.xml, source.name, source.media_dir)
        defn.warnings.extend(source.warnings)
        return _finish(defn)
