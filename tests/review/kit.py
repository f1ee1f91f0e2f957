"""Review test helpers: the built-in forms as XForms, filled interviews, a supervisor store."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from fieldapp.core.engine import FormDefinition, FormSession, load_form
from fieldapp.core.engine.autofill import fill
from fieldapp.core.store import ProfileSession, ReceivedSubmission
from tests.instruments.ipl_fill import ipl_answers
from tests.instruments.test_runs import DIASPORA_INTERVIEW

REPO = Path(__file__).resolve().parents[2]
FORMS = REPO / "forms"
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

IPL12_CODES = {  # a complete IPL-12 interview (answer codes of ipl_items.py)
    "psy1": "3",
    "psy2": "2",
    "eco1": "1",
    "eco2": "3",
    "pol1": "2",
    "pol2": "2",
    "soc1": "3",
    "soc2": "2",
    "lin1": "4",
    "lin2": "4",
    "nav1": "3",
    "nav2": "2",
}


@lru_cache(maxsize=4)
def form(name: str) -> FormDefinition:
    """forms/<name>.xlsx converted once per test process (~0.5 s each)."""
    return load_form(FORMS / f"{name}.xlsx")


def add_form(session: ProfileSession, name: str) -> FormDefinition:
    defn = form(name)
    session.add_form(defn.form_id, defn.version or "", defn.title, defn.xml)
    return defn


def interview(
    name: str,
    answers: Mapping[str, str],
    *,
    start: datetime = T0,
    minutes: float = 20,
    edit_of: bytes | None = None,
) -> bytes:
    """A finalized submission of a built-in form filled through the engine; it starts at
    ``start`` and is finalized ``minutes`` later (the form's start/end timestamps)."""
    clock = [start]
    defn = form(name)
    if edit_of is None:
        session = FormSession.start(defn, now=lambda: clock[0], tz=UTC)
    else:
        session = FormSession.restore(defn, edit_of, edit=True, now=lambda: clock[0], tz=UTC)
    report = fill(session, dict(answers))
    assert report.ok, report.lines()
    clock[0] = start + timedelta(minutes=minutes)
    return session.finalize()


def ipl12(codes: Mapping[str, str] | None = None, **kwargs: object) -> bytes:
    merged = dict(IPL12_CODES)
    merged.update(codes or {})
    return interview("ipl12", ipl_answers("ipl12", merged), **kwargs)  # type: ignore[arg-type]


def diaspora(changes: Mapping[str, str] | None = None, **kwargs: object) -> bytes:
    answers = copy.deepcopy(DIASPORA_INTERVIEW)
    answers.update(changes or {})
    return interview("diaspora", answers, **kwargs)  # type: ignore[arg-type]


def instance_id_of(xml: bytes) -> str:
    from fieldapp.core.review.answers import leaf_values, meta_value

    return meta_value(leaf_values(xml), "instanceID")


def receive(
    session: ProfileSession,
    xml: bytes,
    *,
    form_id: str,
    enumerator: str = "ana",
    team: str = "north",
    received_at: datetime = T0,
    deprecated_id: str | None = None,
    attachments: Mapping[str, bytes] | None = None,
) -> str:
    """Store one submission as a supervisor pull would (attachments first)."""
    iid = instance_id_of(xml)
    for att_name, data in (attachments or {}).items():
        session.put_attachment(iid, att_name, data, "text/csv")
    defn = form(form_id)
    added = session.put_received(
        [
            ReceivedSubmission(
                iid,
                form_id,
                defn.version or "",
                xml,
                name=None,
                enumerator=enumerator,
                team=team,
                received_at=received_at.isoformat(),
                deprecated_id=deprecated_id,
            )
        ]
    )
    assert added == 1
    return iid
