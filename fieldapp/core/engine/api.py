"""The public contract of the form engine: plain data the UI, CLI and tests read.

The session (``fieldapp.core.engine.session.FormSession``) hands out these immutable
snapshots; screens render them and call session methods back with refs. Refs are absolute
instance paths with 1-based indices on every repeat step, e.g. ``/data/member[2]/name``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

ControlKind = Literal[
    "input",  # text / int / decimal / date / time / dateTime / geo* / barcode (by datatype)
    "select1",
    "select",
    "range",
    "rank",
    "trigger",  # acknowledge
    "upload",  # image / audio / video / file (mediatype in params)
    "note",  # read-only input: label only
]


class QuestionState(Enum):
    """What the jump index and the summary show for a question."""

    EMPTY = "empty"
    ANSWERED = "answered"
    REQUIRED_EMPTY = "required_empty"
    INVALID = "invalid"  # constraint fails


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    image: str | None = None  # media file name, resolved against the form's media folder


@dataclass(frozen=True)
class Question:
    """One question as a screen shows it, in the current language, with current state."""

    ref: str
    kind: ControlKind
    datatype: str  # bind type: string, int, decimal, date, time, dateTime, geopoint, binary...
    label: str  # outputs already substituted; plain text (never rendered as markup)
    hint: str = ""
    guidance: str = ""
    image: str | None = None
    appearance: tuple[str, ...] = ()
    # XForms text format ("a b" for select multiple, "lat lon alt acc" for geopoint)
    value: str = ""
    required: bool = False
    readonly: bool = False
    choices: tuple[Choice, ...] = ()  # selects and rank, after choice_filter
    params: dict[str, str] = field(default_factory=dict)  # range start/end/step, mediatype, rows
    error: str | None = None  # constraint / required message when the last check failed
    state: QuestionState = QuestionState.EMPTY
    # the label / hint / guidance in ODK's markdown subset (fieldapp.core.engine.markup), output
    # values escaped; "" when the form's text has no formatting (then the plain text is shown)
    label_markup: str = ""
    hint_markup: str = ""
    guidance_markup: str = ""


@dataclass(frozen=True)
class RepeatPrompt:
    """Shown after the last instance of a user-added repeat: add another, or go on."""

    repeat_ref: str  # generic-at-this-level ref of the repeat, e.g. /data/member
    label: str
    count: int  # instances so far
    can_add: bool


@dataclass(frozen=True)
class Page:
    """What is on screen: one question, a field-list group, a repeat prompt, or the end."""

    kind: Literal["questions", "repeat_prompt", "end"]
    index: int  # position in the walk (0-based), for progress
    total: int  # pages in the walk so far (changes as relevance changes)
    group_labels: tuple[str, ...] = ()  # enclosing group / repeat labels, outermost first
    questions: tuple[Question, ...] = ()
    repeat: RepeatPrompt | None = None
    repeat_instance_ref: str | None = None  # e.g. /data/member[2] when inside a repeat


@dataclass(frozen=True)
class AnswerResult:
    ok: bool
    ref: str
    message: str | None = None  # why the value was rejected (constraint / type), user's language
    changed: tuple[str, ...] = ()  # refs whose value, relevance or choices changed as a result


@dataclass(frozen=True)
class Problem:
    """A required-but-empty or constraint-failing question (summary, CLI stderr)."""

    ref: str
    label: str
    kind: Literal["required", "constraint"]
    message: str


@dataclass(frozen=True)
class IndexEntry:
    """One row of the jump index tree."""

    ref: str
    label: str
    depth: int
    kind: Literal["question", "group", "repeat", "repeat_instance"]
    state: QuestionState = QuestionState.EMPTY
    relevant: bool = True
