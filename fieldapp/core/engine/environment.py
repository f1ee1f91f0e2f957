"""The engine's XPath Environment: injected clock and zone, seeded randomness, itext, instances.

Secondary instances are loaded once per definition (inline ones are parsed with the form,
external files on first use) and shared read-only by every session of that definition.
"""

from __future__ import annotations

import random as _random
import re
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from fieldapp.core.engine.definition import FormDefinition
from fieldapp.core.xpath import EvalContext, mark_immutable
from fieldapp.core.xpath.nodes import Node
from fieldapp.core.xpath.tree import PathExpr

if TYPE_CHECKING:
    from fieldapp.core.engine.session import FormSession

_LOCK = threading.Lock()


def secondary_instance(defn: FormDefinition, name: str) -> Node | None:
    """The document node of instance ``name`` (external files loaded once, then cached)."""
    cache: dict[str, Node | None] = defn.__dict__.setdefault("_secondary_cache", {})
    if name in cache:
        return cache[name]
    sec = defn.secondary.get(name)
    if sec is None:
        return None
    with _LOCK:
        if name in cache:
            return cache[name]
        doc: Node | None = sec.inline
        if sec.src:
            from fieldapp.core.engine.external_instances import (
                LastSavedInstanceError,
                load_external_instance,
            )

            try:
                doc = load_external_instance(sec.src, defn.media_dir, name, form=defn.name)
            except LastSavedInstanceError:
                doc = sec.inline or Node("")
        if doc is not None:
            mark_immutable(doc)
        cache[name] = doc
        return doc


def preload_secondary(defn: FormDefinition) -> None:
    """Load the external instances the form uses now, so a missing file fails at load.

    An instance no expression mentions (JavaRosa's unused-secondary-instance fixture) is
    never loaded, so its file may be absent.
    """
    text = defn.xml.decode("utf-8", "replace")
    for name, sec in defn.secondary.items():
        if sec.src and re.search(r"instance\(\s*['\"]" + re.escape(name) + r"['\"]\s*\)", text):
            secondary_instance(defn, name)


class SessionEnvironment:
    """Implements fieldapp.core.xpath.Environment for one session."""

    def __init__(
        self,
        session: FormSession,
        now: Callable[[], datetime] | None,
        tz: tzinfo | None,
        properties: Mapping[str, str] | None,
        seed: int | None,
    ) -> None:
        self._session = session
        self._now = now
        self._tz: tzinfo = tz if tz is not None else (datetime.now().astimezone().tzinfo or UTC)
        self._props = {k.lower(): v for k, v in (properties or {}).items()}
        self._rng = _random.Random(seed)  # noqa: S311 - form randomness, not cryptography

    def now(self) -> datetime:
        value = self._now() if self._now is not None else datetime.now(self._tz)
        if value.tzinfo is None:
            value = value.replace(tzinfo=self._tz)
        return value.astimezone(self._tz)

    def tzinfo(self) -> tzinfo:
        return self._tz

    def random(self) -> float:
        return self._rng.random()

    def instance(self, name: str) -> Node | None:
        return secondary_instance(self._session.definition, name)

    def itext(self, text_id: str) -> str:
        return self._session.itext_text(text_id)

    def choice_name(self, value: str, select_node: Node) -> str:
        return self._session.choice_label(value, select_node)

    def property(self, name: str) -> str:
        key = name.lower().rpartition(":")[2]
        return self._props.get(key, "")

    def form_version(self) -> str:
        return self._session.definition.version or ""

    def current_value(self, node: Node) -> str:
        return node.value

    def aggregate(self, kind: str, path: PathExpr, ctx: EvalContext) -> float | None:
        """sum()/count() of a plain absolute path from the session's running totals."""
        return self._session._aggs.value(kind, path, ctx)


def iso_datetime(value: datetime) -> str:
    """ODK's dateTime text: milliseconds and a +HH:MM offset."""
    text = value.isoformat(timespec="milliseconds")
    return text if value.tzinfo is not None else text + "Z"
