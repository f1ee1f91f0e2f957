"""Helpers for the export tests: real built-in forms filled through the engine, a real store.

No pytest import, so the disk-full worker subprocess can use it too. Forms are converted once
per process (pyxform takes a fraction of a second each); each instance then takes milliseconds.
"""

from __future__ import annotations

import uuid
from functools import cache
from pathlib import Path

from fieldapp.core.engine import FormDefinition, load_form
from fieldapp.core.engine.session import FormSession
from fieldapp.core.scoring.ipl_items import items_by_dimension
from fieldapp.core.store import CHEAP_TEST_KDF, ProfileSession, ReceivedSubmission, Store

REPO = Path(__file__).resolve().parents[2]
FORMS = REPO / "forms"
PASS = "correct horse battery"
D = "/diaspora"
PHONE = "+34 600 123 456"


@cache
def definition(name: str) -> FormDefinition:
    return load_form(FORMS / f"{name}.xlsx")


def make_store(data_dir: Path) -> Store:
    return Store(data_dir, kdf=CHEAP_TEST_KDF)


def supervisor(data_dir: Path, *forms: str) -> ProfileSession:
    store = make_store(data_dir)
    store.create_profile("Sup", "supervisor", PASS)
    session = store.unlock("Sup", PASS)
    for name in forms:
        add_form(session, definition(name))
    return session


def add_form(session: ProfileSession, defn: FormDefinition) -> None:
    session.add_form(defn.form_id, defn.version or "", defn.title, defn.xml)


def diaspora(
    *,
    age: str = "34",
    sex: str = "female",
    citizenships: str = "ECU ESP",
    associations: tuple[str, ...] = ("Casa Ecuador",),
    phone: str = PHONE,
    username: str = "ana",
) -> tuple[str, bytes]:
    """(instance id, finalized instance) of the diaspora form with repeats and a contact."""
    session = FormSession.start(definition("diaspora"), properties={"username": username})
    answers = {
        f"{D}/interview/interview_mode": "phone",
        f"{D}/interview/interview_language": "es",
        f"{D}/interview/recruitment_channel": "association",
        f"{D}/screening/adult": "yes",
        f"{D}/screening/elig_born": "yes",
        f"{D}/screening/consent": "yes",
        f"{D}/profile/age": age,
        f"{D}/profile/sex": sex,
        f"{D}/profile/citizenships": citizenships,
        f"{D}/social_capital/assoc_member": "yes" if associations else "no",
        f"{D}/recontact/recontact_consent": "yes",
        f"{D}/recontact/sensitive_contact/contact_phone": phone,
    }
    for ref, value in answers.items():
        result = session.answer(ref, value)
        assert result.ok, (ref, value, result)
    rep = f"{D}/social_capital/associations"
    for n, name in enumerate(associations, start=1):
        if session.repeat_count(rep) < n:
            session.add_repeat(rep)
        assert session.answer(f"{rep}[{n}]/assoc_name", name).ok
        assert session.answer(f"{rep}[{n}]/assoc_type", "professional").ok
    xml = session.finalize()
    return session.instance_id, xml


def ipl12(codes: dict[str, str]) -> tuple[str, bytes]:
    session = FormSession.start(definition("ipl12"), properties={"username": "ana"})
    answers = {"/ipl12/interview_mode": "in_person", "/ipl12/consent": "yes"}
    for dim, items in items_by_dimension("ipl12").items():
        for k, item in enumerate(items):
            if item.name in codes:
                answers[f"/ipl12/{dim}/{item.name}_p{k + 1}"] = codes[item.name]
    for ref, value in answers.items():
        assert session.answer(ref, value).ok, ref
    xml = session.finalize()
    return session.instance_id, xml


def receive(
    session: ProfileSession,
    form: str,
    items: list[tuple[str, bytes]],
    *,
    version: str | None = None,
    received_at: str | None = None,
    enumerator: str = "ana",
) -> None:
    defn = definition(form)
    session.put_received(
        ReceivedSubmission(
            iid,
            defn.form_id,
            version or defn.version or "",
            xml,
            enumerator=enumerator,
            team="north",
            received_at=received_at,
        )
        for iid, xml in items
    )


def copies(xml: bytes, n: int) -> list[tuple[str, bytes]]:
    """``n`` records with the same answers under fresh instance ids (bulk data for big tests)."""
    return [(f"uuid:{uuid.uuid4()}", xml) for _ in range(n)]
