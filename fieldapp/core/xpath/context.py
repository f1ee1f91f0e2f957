"""Evaluation context and the environment the engine supplies to XPath.

The evaluator never reads the clock, the random generator, translations or secondary
instances directly: everything outside the expression and its context node comes from an
``Environment``, so the engine (and tests) can inject "now", the time zone, a seeded random
source and the form's itext.
"""

from __future__ import annotations

import random as _random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Protocol, runtime_checkable

from fieldapp.core.xpath.nodes import Node

#: Node visits allowed per top-level ``Expression.evaluate`` call (X103 when exceeded).
MAX_STEPS = 5_000_000


@runtime_checkable
class Environment(Protocol):
    """What an expression may ask of the world outside the instance (supplied by the engine)."""

    def now(self) -> datetime: ...
    def tzinfo(self) -> tzinfo: ...
    def random(self) -> float: ...
    def instance(self, name: str) -> Node | None: ...
    def itext(self, text_id: str) -> str: ...
    def choice_name(self, value: str, select_node: Node) -> str: ...
    def property(self, name: str) -> str: ...
    def form_version(self) -> str: ...
    def current_value(self, node: Node) -> str: ...


class DefaultEnvironment:
    """A self-contained environment for tests and headless tools.

    Everything is injectable: a fixed or callable ``now`` (aware datetime), the time zone, a
    random seed, secondary instances by id, itext strings, choice labels and properties.
    """

    def __init__(
        self,
        *,
        now: datetime | Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        seed: int | None = None,
        instances: Mapping[str, Node] | None = None,
        itext: Mapping[str, str] | None = None,
        choice_names: Mapping[str, str] | None = None,
        properties: Mapping[str, str] | None = None,
        version: str = "",
    ) -> None:
        self._now = now
        self._tz: tzinfo = tz if tz is not None else UTC
        self._rng = _random.Random(seed)  # noqa: S311 - form randomness, not cryptography
        self._instances = dict(instances or {})
        self._itext = dict(itext or {})
        self._choice_names = dict(choice_names or {})
        self._properties = dict(properties or {})
        self._version = version

    def now(self) -> datetime:
        value = self._now() if callable(self._now) else self._now
        if value is None:
            return datetime.now(self._tz)
        if value.tzinfo is None:
            value = value.replace(tzinfo=self._tz)
        return value.astimezone(self._tz)

    def tzinfo(self) -> tzinfo:
        return self._tz

    def random(self) -> float:
        return self._rng.random()

    def instance(self, name: str) -> Node | None:
        return self._instances.get(name)

    def add_instance(self, name: str, root: Node) -> None:
        self._instances[name] = root

    def itext(self, text_id: str) -> str:
        return self._itext.get(text_id, "")

    def choice_name(self, value: str, select_node: Node) -> str:
        return self._choice_names.get(value, "")

    def property(self, name: str) -> str:
        return self._properties.get(name.lower(), self._properties.get(name, ""))

    def form_version(self) -> str:
        return self._version

    def current_value(self, node: Node) -> str:
        return node.value


DEFAULT_ENV: Environment = DefaultEnvironment()


class Budget:
    """Remaining node visits for one evaluation; shared by nested contexts."""

    __slots__ = ("left",)

    def __init__(self, left: int | None = None) -> None:
        self.left = MAX_STEPS if left is None else left


@dataclass(slots=True)
class EvalContext:
    """The XPath context: node, position and size, current() and the environment.

    ``budget`` is reset by every top-level ``Expression.evaluate``; nested contexts made for
    predicates share it so the whole evaluation is bounded.
    """

    node: Node
    position: int = 1
    size: int = 1
    current: Node | None = None
    env: Environment = DEFAULT_ENV
    budget: Budget = field(default_factory=Budget)

    def derive(self, node: Node, position: int = 1, size: int = 1) -> EvalContext:
        """A context for a predicate or step that keeps current(), env and budget."""
        return EvalContext(node, position, size, self.current or self.node, self.env, self.budget)
