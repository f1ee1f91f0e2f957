"""What an interview needs from the outside world, as a small protocol.

The interview screen renders the engine's session; saving drafts, paradata, attachments and the
finalized instance go through a host. The app's host talks to the encrypted store; keeping it a
protocol lets the screen be driven in tests and benchmarks with the real session and a real
store, without the screen knowing the store's schema.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from fieldapp.core.engine.api import AnswerResult, IndexEntry, Page, Problem, Question


class SessionLike(Protocol):
    """The part of ``fieldapp.core.engine.FormSession`` the screen uses."""

    @property
    def instance_id(self) -> str: ...
    @property
    def instance_name(self) -> str | None: ...
    @property
    def language(self) -> str | None: ...
    @property
    def languages(self) -> Sequence[str]: ...

    def page(self) -> Page: ...
    def first(self) -> Page: ...
    def next(self) -> Page: ...
    def back(self) -> Page: ...
    def jump(self, ref: str) -> Page: ...
    def answer(self, ref: str, value: str) -> AnswerResult: ...
    def add_repeat(self, repeat_ref: str) -> str: ...
    def remove_repeat(self, instance_ref: str) -> None: ...
    def validate(self, ref: str | None = None) -> list[Problem]: ...
    def index(self) -> list[IndexEntry]: ...
    def progress(self) -> tuple[int, int]: ...
    def set_language(self, lang: str) -> None: ...
    def to_xml(self, *, draft: bool = False) -> bytes: ...
    def finalize(self) -> bytes: ...
    def question(self, ref: str) -> Question: ...


class InterviewHost(Protocol):
    """Persistence for one interview; every call is synchronous and durable when it returns."""

    def save_draft(self, xml: bytes, position: Mapping[str, Any]) -> None: ...
    def record_audit(self, events: Iterable[Mapping[str, Any]]) -> None: ...
    def store_attachment(self, ref: str, path: Path) -> str: ...
    def finalize(self, xml: bytes) -> None: ...


class MemoryHost:
    """A host that keeps everything in memory: for benchmarks of the screen alone."""

    def __init__(self) -> None:
        self.drafts: list[tuple[bytes, dict[str, Any]]] = []
        self.audit: list[dict[str, Any]] = []
        self.finalized: bytes | None = None

    def save_draft(self, xml: bytes, position: Mapping[str, Any]) -> None:
        self.drafts.append((xml, dict(position)))

    def record_audit(self, events: Iterable[Mapping[str, Any]]) -> None:
        self.audit.extend(dict(e) for e in events)

    def store_attachment(self, ref: str, path: Path) -> str:
        return path.name

    def finalize(self, xml: bytes) -> None:
        self.finalized = xml


Clock = Callable[[], datetime]
