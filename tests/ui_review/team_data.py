"""A realistic team for screenshots and benchmarks: received IPL-12 and diaspora interviews from
several enumerators over two weeks, with paradata, flags, decisions and one resubmission.

Instances are filled through the engine (tests/dashboard/filled.py), so they are exactly what
the app would produce; ``bulk`` reuses a handful of them for 100k-row benchmarks.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from fieldapp.core.review.decisions import decide
from fieldapp.core.review.flags import refresh_flags
from fieldapp.core.review.paradata import AUDIT_NAME, write_audit_csv
from fieldapp.core.scoring.ipl_items import items_by_dimension
from fieldapp.core.store import ProfileSession, ReceivedSubmission
from tests.dashboard.filled import diaspora, ipl12

ENUMERATORS = ("amina", "bruno", "carmen", "dario", "elif")
FIRST_NAMES = ("Rosa", "Luis", "Ana", "Jorge", "María", "Pedro", "Lucía", "Kelvin", "Yusuf",
               "Daniela", "Joseph", "Fatima", "Andrés", "Mariela", "Samuel", "Nadia")  # fmt: skip
LAST_NAMES = ("Pérez", "Gómez", "Silva", "Mendoza", "Castro", "Rojas", "Díaz", "Torres",
              "Vargas", "Morales", "Jean-Baptiste", "Haddad")  # fmt: skip
COUNTRIES = ("ESP", "ESP", "ESP", "USA", "USA", "ITA", "CHL", "DEU", "GBR", "CAN")
START = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
MODES = ["skills", "mentoring", "investment", "donations", "networking"]
VERSION = "2026112301"


def _instance_id(xml: bytes) -> str:
    found = re.search(rb"<instanceID>([^<]+)</instanceID>", xml)
    assert found is not None
    return found.group(1).decode()


def _ipl_codes(rng: random.Random, skill: float) -> dict[str, str]:
    codes: dict[str, str] = {}
    for items in items_by_dimension("ipl12").values():
        for item in items:
            options = ["1", "2", "3", "4", "5"] + (["6"] if item.name == "eco1" else [])
            weights = [1 + skill * i if item.name not in {"psy2"} else 1 + skill * (4 - i)
                       for i in range(len(options))]  # fmt: skip
            codes[item.name] = rng.choices(options, weights)[0]
    if rng.random() < 0.08:  # some respondents don't know or refuse a lot
        for name in list(codes)[:6]:
            codes[name] = rng.choice(["98", "99"])
    return codes


IPL12_REFS = [
    f"/ipl12/{dim}/{item.name}_p{k + 1}"
    for dim, items in items_by_dimension("ipl12").items()
    for k, item in enumerate(items)
]


def _audit(rng: random.Random, xml: bytes, at: datetime, short: bool) -> bytes:
    clock = int(at.timestamp() * 1000)
    events = [{"event": "form start", "start": clock}]
    for ref in ["/ipl12/interview_mode", "/ipl12/consent", *IPL12_REFS]:
        spend = rng.randint(2, 6) if short else rng.randint(8, 45)
        events.append(
            {"event": "question", "node": ref, "start": clock, "end": clock + spend * 1000}
        )
        clock += spend * 1000 + 500
    events.append({"event": "form finalize", "start": clock})
    return write_audit_csv(events)


def populate(profile: ProfileSession, count: int = 160, seed: int = 7) -> dict[str, str]:
    """Fill ``profile`` (a supervisor) with a team's work; returns notable instance ids."""
    rng = random.Random(seed)
    skills = {name: rng.uniform(-0.15, 0.4) for name in ENUMERATORS}
    items: list[ReceivedSubmission] = []
    audits: dict[str, bytes] = {}
    for i in range(count):
        enumerator = ENUMERATORS[i % len(ENUMERATORS)]
        at = START + timedelta(
            days=(i * 13) % 14, hours=rng.randint(0, 9), minutes=rng.randint(0, 59)
        )
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if i % 4 == 3:
            xml = diaspora(
                country=rng.choice(COUNTRIES),
                field_=rng.choice(["health", "business", "education", "ict", "engineering"]),
                sector=rng.choice(["health", "trade", "construction", "hospitality", "ict"]),
                remit=rng.choice(["yes", "yes", "no"]),
                invest=rng.choice(["yes", "no", "no"]),
                trade=rng.choice(["yes", "no", "no", "no"]),
                donates=rng.choice(["yes", "no", "pna"]),
                visits=str(rng.choice([0, 1, 1, 2, 3])),
                willing=rng.choice(["yes", "yes", "maybe", "no"]),
                modes=" ".join(
                    rng.sample(["skills", "mentoring", "investment", "donations", "networking"], 2)
                ),
            )
            form = "diaspora"
        else:
            xml = ipl12(_ipl_codes(rng, skills[enumerator]), username=enumerator)
            form = "ipl12"
        iid = _instance_id(xml)
        items.append(
            ReceivedSubmission(
                instance_id=iid,
                form_id=form,
                form_version=VERSION,
                xml=xml,
                name=name,
                enumerator=enumerator,
                team="north",
                received_at=at.isoformat(),
            )
        )
        if form == "ipl12":
            audits[iid] = _audit(rng, xml, at, short=i % 11 == 5)
    profile.put_received(items)
    for iid, data in audits.items():
        profile.put_attachment(iid, AUDIT_NAME, data, "text/csv")
    ipl_ids = [s.instance_id for s in items if s.form_id == "ipl12"]
    first, newest = ipl_ids[0], ipl_ids[-1]
    # a returned interview and its corrected resubmission (deprecatedID chain)
    decide(
        profile,
        first,
        "returned",
        reviewer="sofia",
        comment="Please confirm the income answer with the respondent.",
        question_comments={"/ipl12/economic/eco2_p2": "Income looks too low for full-time work."},
    )
    old = next(s for s in items if s.instance_id == first)
    before = re.search(rb"<eco2_p2>(\d+)</eco2_p2>", old.xml)
    after = b"2" if before is not None and before.group(1) == b"4" else b"4"
    fixed_xml = re.sub(rb"<eco2_p2>\d*</eco2_p2>", b"<eco2_p2>" + after + b"</eco2_p2>", old.xml)
    fixed_xml = re.sub(rb"<eco2>\d*</eco2>", b"<eco2>" + after + b"</eco2>", fixed_xml)
    fixed_id = "uuid:" + "5eb0c7a2-1f3d-4c8e-9a61-2b7d8e4f0c13"
    fixed_xml = fixed_xml.replace(first.encode(), fixed_id.encode()).replace(
        b"</instanceID>", b"</instanceID><deprecatedID>" + first.encode() + b"</deprecatedID>", 1
    )
    profile.put_received(
        [
            ReceivedSubmission(
                instance_id=fixed_id,
                form_id="ipl12",
                form_version=VERSION,
                xml=fixed_xml,
                name=old.name,
                enumerator=old.enumerator,
                team="north",
                received_at=(START + timedelta(days=14)).isoformat(),
                deprecated_id=first,
            )
        ]
    )
    profile.put_attachment(fixed_id, AUDIT_NAME, audits[first], "text/csv")
    for index, iid in enumerate(ipl_ids[1:40]):
        if index % 3 == 0:
            decide(profile, iid, "approved", reviewer="sofia")
        elif index % 7 == 1:
            decide(profile, iid, "has_issues", reviewer="sofia",
                   comment="Several answers contradict each other.")  # fmt: skip
    refresh_flags(profile)
    return {"returned": first, "resubmitted": fixed_id, "newest": newest}


def bulk(count: int, seed: int = 3) -> list[ReceivedSubmission]:
    """``count`` received submissions made of a few engine-filled instances (fast, for 100k)."""
    rng = random.Random(seed)
    templates = [("ipl12", ipl12(_ipl_codes(rng, 0.2))) for _ in range(4)] + [
        ("diaspora", diaspora(country=c)) for c in ("ESP", "USA")
    ]
    out = []
    for i in range(count):
        form, xml = templates[i % len(templates)]
        iid = f"uuid:{i:08d}-0000-4000-8000-{rng.getrandbits(48):012x}"
        out.append(
            ReceivedSubmission(
                instance_id=iid,
                form_id=form,
                form_version=VERSION,
                xml=xml.replace(_instance_id(xml).encode(), iid.encode()),
                name=f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[i % len(LAST_NAMES)]}",
                enumerator=ENUMERATORS[i % len(ENUMERATORS)],
                team="north",
                received_at=(START + timedelta(seconds=37 * i)).isoformat(),
            )
        )
    return out
