"""Round trip: a draft written and restored gives the same state; edits get a new instanceID."""

from __future__ import annotations

import contextlib
import random
from dataclasses import replace

import pytest

from fieldapp.core.engine import FormSession
from fieldapp.errors import FieldappError
from tests.engine.formkit import NOW, definition, session
from tests.engine.test_binds import BINDS_FORM
from tests.engine.test_choices_itext import CASCADE
from tests.engine.test_navigation import NAV
from tests.engine.test_repeats import HOUSEHOLD


def state(s: FormSession) -> dict[str, object]:
    return {
        "questions": [(q.ref, s.value(q.ref)) for q in s.index() if q.kind == "question"],
        "relevance": [(e.ref, e.relevant) for e in s.index()],
        "xml": s.to_xml(draft=True),
        # the last rejection message is screen state, not saved data
        "page": replace(
            s.page(), questions=tuple(replace(q, error=None) for q in s.page().questions)
        ),
    }


def random_fill(s: FormSession, rng: random.Random) -> None:
    """Answer a random subset of questions with random plausible values; add repeats."""
    for _ in range(rng.randint(0, 3)):
        for entry in s.index():
            if entry.kind == "repeat" and rng.random() < 0.5:
                with contextlib.suppress(FieldappError):  # jr:count repeats refuse adding
                    s.add_repeat(entry.ref)
    for entry in s.index():
        if entry.kind != "question" or rng.random() < 0.3:
            continue
        q = s.question(entry.ref)
        if q.readonly:
            continue
        if q.choices:
            value = rng.choice(q.choices).value
        elif q.datatype == "int":
            value = str(rng.randint(0, 30))
        else:
            value = rng.choice(["x", "skip", "nod", "hello world"])
        s.answer(q.ref, value)
    for _ in range(rng.randint(0, 6)):
        s.next()


@pytest.mark.parametrize("form", [BINDS_FORM, CASCADE, NAV, HOUSEHOLD])
@pytest.mark.parametrize("seed", range(6))
def test_draft_round_trip(form: str, seed: int) -> None:
    defn = definition(form)
    s = session(defn)
    random_fill(s, random.Random(seed))
    xml = s.to_xml(draft=True)
    restored = FormSession.restore(defn, xml, now=lambda: NOW)
    assert state(restored) == state(s)


def test_edit_gets_new_instance_id_and_deprecated_id() -> None:
    defn = definition(HOUSEHOLD)
    s = session(defn)
    s.answer("/data/member/name", "Ana")
    s.answer("/data/n", "0")
    old = s.instance_id
    xml = s.finalize()
    edited = FormSession.restore(defn, xml, edit=True, now=lambda: NOW)
    assert edited.instance_id != old and edited.instance_id.startswith("uuid:")
    assert edited.value("/data/meta/deprecatedID") == old
    assert edited.value("/data/member[1]/name") == "Ana"
    out = edited.finalize().decode()
    assert f"<deprecatedID>{old}</deprecatedID>" in out


def test_restore_refuses_other_form() -> None:
    defn = definition(HOUSEHOLD)
    with pytest.raises(Exception) as info:
        FormSession.restore(defn, b"<other><x/></other>")
    assert getattr(info.value, "code", "") == "E106"
