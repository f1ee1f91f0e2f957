"""One submission for review: answers read-only in form order, with labels in a chosen language,
choice labels, time spent per question, flags and comments (overall and per question).

The form is run by the engine (restored from the submission, nothing written), so groups,
repeats, relevance and choice lists are exactly what the enumerator saw. When the profile does
not hold the submission's form version, the raw values are shown by ref (``form_missing``).
Everything returned is plain data in memory; nothing is cached on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from fieldapp.core.engine import FormSession, Question
from fieldapp.core.review.answers import generic, leaf_values
from fieldapp.core.review.flags import flag_details
from fieldapp.core.review.form_cache import definition
from fieldapp.core.review.paradata import AUDIT_NAME, question_seconds, read_audit_csv
from fieldapp.core.store import Comment, ProfileSession, Submission
from fieldapp.errors import FieldappError


@dataclass(frozen=True)
class DetailItem:
    """A row of the detail view: a group / repeat heading or a question with its answer."""

    ref: str
    kind: Literal["group", "repeat", "repeat_instance", "question"]
    depth: int
    label: str
    relevant: bool = True
    value: str = ""  # stored value (XForms text: "a b" for select multiple)
    display: str = ""  # what to show: choice labels for selects, else the value
    datatype: str = ""
    control: str = ""  # input, select1, select, upload...
    seconds: float | None = None  # time on screen (paradata), summed over visits
    comments: tuple[Comment, ...] = ()
    flags: tuple[str, ...] = ()  # codes of flags that point at this question


@dataclass(frozen=True)
class ReviewDetail:
    submission: Submission
    title: str
    language: str | None
    languages: tuple[str, ...]
    items: tuple[DetailItem, ...]
    flags: tuple[dict[str, Any], ...]  # [{code, text, refs}] explanations (sealed at rest)
    comments: tuple[Comment, ...]  # overall comments (ref "")
    total_seconds: float | None
    form_missing: bool = False  # the form version is not in this profile: raw values, no labels

    @property
    def questions(self) -> tuple[DetailItem, ...]:
        return tuple(i for i in self.items if i.kind == "question")


def restore(
    session: ProfileSession, submission: Submission, language: str | None = None
) -> FormSession:
    """An engine session over a stored submission, for reading only (never saved back)."""
    defn = definition(session, submission.form_id, submission.form_version)
    return FormSession.restore(defn, submission.xml, language=language)


def display_value(question: Question, form: FormSession) -> str:
    """Choice labels for selects (in the session's language), the value otherwise."""
    if not question.value or question.kind not in ("select1", "select", "rank"):
        return question.value
    labels = {c.value: c.label for c in question.choices}
    node = form.node(question.ref)
    parts = []
    for value in question.value.split() if question.kind != "select1" else [question.value]:
        parts.append(labels.get(value) or form.choice_label(value, node) or value)
    return ", ".join(parts)


def load_detail(
    session: ProfileSession, instance_id: str, *, language: str | None = None
) -> ReviewDetail:
    """Everything the detail view shows for one submission."""
    submission = session.load(instance_id)
    timings: dict[str, float] = {}
    total: float | None = None
    for att in session.list_attachments(instance_id):
        if att.name == AUDIT_NAME:
            timings = question_seconds(read_audit_csv(att.data))
            total = sum(timings.values()) if timings else None
    flags = tuple(flag_details(session, instance_id))
    flagged_refs: dict[str, list[str]] = {}
    for flag in flags:
        for ref in flag.get("refs", []):
            flagged_refs.setdefault(str(ref), []).append(str(flag["code"]))
    by_ref: dict[str, list[Comment]] = {}
    for c in submission.comments:
        if c.ref:
            by_ref.setdefault(c.ref, []).append(c)
    try:
        form = restore(session, submission, language)
    except FieldappError as exc:
        if exc.code != "S108":
            raise
        return ReviewDetail(
            submission=submission,
            title=submission.form_id,
            language=None,
            languages=(),
            items=tuple(
                DetailItem(
                    ref=ref,
                    kind="question",
                    depth=max(0, ref.count("/") - 2),
                    label=ref.rpartition("/")[2],
                    value=value,
                    display=value,
                    seconds=timings.get(ref),
                    comments=tuple(by_ref.get(ref, ())),
                    flags=tuple(flagged_refs.get(ref, flagged_refs.get(generic(ref), []))),
                )
                for ref, value in leaf_values(submission.xml).items()
                if "/meta/" not in ref
            ),
            flags=flags,
            comments=tuple(c for c in submission.comments if not c.ref),
            total_seconds=total,
            form_missing=True,
        )
    items: list[DetailItem] = []
    for entry in form.index():
        if entry.kind != "question":
            items.append(
                DetailItem(entry.ref, entry.kind, entry.depth, entry.label, entry.relevant)
            )
            continue
        q = form.question(entry.ref)
        items.append(
            DetailItem(
                ref=entry.ref,
                kind="question",
                depth=entry.depth,
                label=entry.label,
                relevant=entry.relevant,
                value=q.value,
                display=display_value(q, form),
                datatype=q.datatype,
                control=q.kind,
                seconds=timings.get(entry.ref),
                comments=tuple(by_ref.get(entry.ref, ())),
                flags=tuple(flagged_refs.get(entry.ref, flagged_refs.get(generic(entry.ref), []))),
            )
        )
    return ReviewDetail(
        submission=submission,
        title=form.definition.title,
        language=form.language,
        languages=tuple(form.languages),
        items=tuple(items),
        flags=flags,
        comments=tuple(c for c in submission.comments if not c.ref),
        total_seconds=total,
    )
