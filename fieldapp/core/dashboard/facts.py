"""What a dashboard needs to know about one submission, and a safe reader for its answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from fieldapp.errors import FieldappError

MAX_INSTANCE_BYTES = 5_000_000


@dataclass(frozen=True)
class SubmissionFacts:
    """One submission as the dashboards see it.

    ``enumerator``, ``form_id``, ``day`` and ``status`` are the store's plaintext routing
    metadata; ``xml`` is the decrypted instance, held only in memory while it is aggregated
    (None when only progress is wanted).
    """

    instance_id: str
    form_id: str
    enumerator: str
    day: date | None
    status: str
    xml: bytes | None = None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def instance_values(xml: bytes) -> dict[str, str]:
    """Leaf local name -> text (first occurrence: repeats keep their first instance).

    The built-in forms give every question a unique name, which is what the dashboards read.
    Entities, DTDs and oversized instances are refused with U300.
    """
    if len(xml) > MAX_INSTANCE_BYTES:
        raise FieldappError("U300", detail=f"larger than {MAX_INSTANCE_BYTES} bytes")
    try:
        root: Element = SafeET.fromstring(xml, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise FieldappError("U300", detail=f"forbidden XML ({type(exc).__name__})") from exc
    except SafeET.ParseError as exc:
        raise FieldappError("U300", detail=str(exc)) from exc
    values: dict[str, str] = {}
    for element in root.iter():
        if len(element) == 0:
            values.setdefault(_local(element.tag), (element.text or "").strip())
    return values
