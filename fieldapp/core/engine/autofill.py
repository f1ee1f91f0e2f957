"""Fill a form headless from a flat answers mapping, as an enumerator would (form run, submit).

The walk follows the screens in order: questions not relevant when reached are skipped,
values are answered through the session (so type and constraint checks reject them exactly as
in an interview), and user-added repeats get instances up to the highest index referenced.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from fieldapp.core.engine.api import Problem
from fieldapp.core.engine.paths import steps_of
from fieldapp.core.engine.session import FormSession
from fieldapp.errors import FieldappError


@dataclass
class FillReport:
    """What happened: answers refused while filling, and what still fails at the end."""

    rejected: list[tuple[str, str]] = field(default_factory=list)  # (ref, message)
    problems: list[Problem] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{ref}: {msg}" for ref, msg in self.rejected]
        out += [f"{p.ref}: {p.message}" for p in self.problems]
        return out

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.problems


def _key(ref: str) -> tuple[tuple[str, int], ...]:
    return tuple((name, idx or 1) for name, idx in steps_of(ref))


def fill(session: FormSession, answers: Mapping[str, str]) -> FillReport:
    """Walk the whole form answering from ``answers``; returns rejected answers and problems."""
    report = FillReport()
    wanted: dict[tuple[tuple[str, int], ...], str] = {}
    for ref, value in answers.items():
        wanted[_key(ref)] = value
    # highest instance index per repeat (keyed by its parent path + name)
    needed: dict[tuple[tuple[str, int], ...], int] = {}
    for key in wanted:
        for i in range(1, len(key)):
            prefix = key[: i + 1]
            needed_key = (*prefix[:-1], (prefix[-1][0], 0))
            needed[needed_key] = max(needed.get(needed_key, 0), prefix[-1][1])
    used: set[tuple[tuple[str, int], ...]] = set()
    page = session.first()
    budget = 50 * (len(wanted) + 1000) + 10 * session._node_count
    while page.kind != "end" and budget > 0:
        budget -= 1
        if page.kind == "repeat_prompt" and page.repeat is not None:
            rkey = (*_key(page.repeat.repeat_ref)[:-1], (_key(page.repeat.repeat_ref)[-1][0], 0))
            if page.repeat.count < needed.get(rkey, 0) and page.repeat.can_add:
                try:
                    session.add_repeat(page.repeat.repeat_ref)
                except FieldappError as exc:
                    report.rejected.append((page.repeat.repeat_ref, exc.message))
                    page = session.next()
                    continue
                page = session.page()
                continue
            page = session.next()
            continue
        for q in page.questions:
            key = _key(q.ref)
            if key in wanted and key not in used:
                used.add(key)
                value = wanted[key]
                if value == q.value:
                    continue
                try:
                    result = session.answer(q.ref, value)
                except FieldappError as exc:
                    report.rejected.append((q.ref, exc.message))
                    continue
                if not result.ok:
                    report.rejected.append((q.ref, result.message or "rejected"))
        page = session.next()
    for key in wanted:
        if key in used:
            continue
        ref = "/" + "/".join(f"{n}[{i}]" if i != 1 else n for n, i in key)
        try:
            session.node(ref)
        except FieldappError as exc:
            report.rejected.append((ref, exc.message))
    report.problems = session.validate()
    session.stamp_end()
    return report
