"""Parsed form definitions of the profile's stored forms, kept per process.

Review parses the same few form versions again and again (detail, diff, every flag run);
forms are not respondent data, so keeping a handful parsed in memory is safe and saves
~0.1-0.5 s per use.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from fieldapp.core.engine import FormDefinition, load_form_xml
from fieldapp.core.store import ProfileSession, form_key

_CACHED_FORMS = 8
_cache: OrderedDict[str, FormDefinition] = OrderedDict()
_lock = threading.Lock()


def definition(session: ProfileSession, form_id: str, version: str) -> FormDefinition:
    """The stored form version, parsed once (S108 when the profile does not hold it)."""
    xml = session.get_form_xml(form_id, version)  # also checks the form is (still) held
    key = f"{session.profile_id}/{form_key(form_id, version)}/{hash(xml)}"
    with _lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    parsed = load_form_xml(xml, f"{form_id}.xml")
    with _lock:
        _cache[key] = parsed
        while len(_cache) > _CACHED_FORMS:
            _cache.popitem(last=False)
    return parsed
