"""Differences between two versions of one interview (a resubmission names the version it
replaces in meta/deprecatedID): answers changed, added or removed, by question ref, in form order,
with labels and choice labels in a chosen language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from fieldapp.core.engine import FormSession
from fieldapp.core.review.answers import leaf_values
from fieldapp.core.review.detail import display_value, restore
from fieldapp.core.store import ProfileSession, Submission
from fieldapp.errors import FieldappError


@dataclass(frozen=True)
class AnswerChange:
    ref: str
    kind: Literal["changed", "added", "removed"]
    label: str
    old: str
    new: str
    old_display: str
    new_display: str


@dataclass(frozen=True)
class VersionDiff:
    old_id: str
    new_id: str
    changes: tuple[AnswerChange, ...]

    @property
    def refs(self) -> tuple[str, ...]:
        return tuple(c.ref for c in self.changes)


def _answers(form: FormSession) -> dict[str, tuple[str, str, str]]:
    """ref -> (label, value, display) for every question in form order (relevant or not:
    a value that became non-relevant is pruned from the submission, so it shows as removed)."""
    out: dict[str, tuple[str, str, str]] = {}
    for entry in form.index():
        if entry.kind == "question":
            q = form.question(entry.ref)
            value = q.value if entry.relevant else ""
            out[entry.ref] = (entry.label, value, display_value(q, form) if value else "")
    return out


def _answers_of(
    session: ProfileSession, sub: Submission, language: str | None
) -> dict[str, tuple[str, str, str]]:
    """Through the engine; raw leaf values by ref when the form version is not held here."""
    try:
        return _answers(restore(session, sub, language))
    except FieldappError as exc:
        if exc.code != "S108":
            raise
    return {
        ref: (ref.rpartition("/")[2], value, value)
        for ref, value in leaf_values(sub.xml).items()
        if "/meta/" not in ref
    }


def diff_versions(
    session: ProfileSession, old_id: str, new_id: str, *, language: str | None = None
) -> VersionDiff:
    """Answer-level differences from ``old_id`` to ``new_id`` (any two stored versions)."""
    old_sub, new_sub = session.load(old_id), session.load(new_id)
    if old_sub.form_id != new_sub.form_id:
        raise FieldappError("R110", old=old_id, new=new_id)
    old = _answers_of(session, old_sub, language)
    new = _answers_of(session, new_sub, language)
    order = list(new)
    placed = set(order)
    previous: str | None = None
    for ref in old:  # refs only in the old version go right after their predecessor there
        if ref not in placed:
            at = order.index(previous) + 1 if previous is not None else 0
            order.insert(at, ref)
            placed.add(ref)
        previous = ref
    changes: list[AnswerChange] = []
    for ref in order:
        o_label, o_value, o_display = old.get(ref, ("", "", ""))
        n_label, n_value, n_display = new.get(ref, ("", "", ""))
        if o_value == n_value:
            continue
        kind: Literal["changed", "added", "removed"]
        kind = "added" if not o_value else "removed" if not n_value else "changed"
        changes.append(
            AnswerChange(ref, kind, n_label or o_label, o_value, n_value, o_display, n_display)
        )
    return VersionDiff(old_id, new_id, tuple(changes))


def previous_version(session: ProfileSession, instance_id: str) -> str | None:
    """The version this submission replaces, when it is held here."""
    chain = session.version_chain(instance_id)
    at = chain.index(instance_id)
    return chain[at - 1] if at > 0 else None


def diff_with_previous(
    session: ProfileSession, instance_id: str, *, language: str | None = None
) -> VersionDiff | None:
    """Diff of a resubmission against the version it replaces (None for a first version)."""
    old = previous_version(session, instance_id)
    return None if old is None else diff_versions(session, old, instance_id, language=language)
