"""Stored form versions -> parsed definitions, with their media (external choice lists).

Exports build their columns from the forms the profile holds; a form with external choice
lists (``select_one_from_file``) needs its media files where the engine reads them, only while
it is parsed (the column model keeps the choices it read).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.core.engine import FormDefinition, load_form_xml
from fieldapp.core.export.columns import build_model

if TYPE_CHECKING:
    from fieldapp.core.store import ProfileSession


def load_definition(
    session: ProfileSession, form_id: str, version: str, media_names: tuple[str, ...] = ()
) -> FormDefinition:
    """One stored version, parsed (S108 when the profile does not hold it)."""
    xml = session.get_form_xml(form_id, version)
    name = f"{form_id}@{version}"
    if not media_names:
        return load_form_xml(xml, name)
    with tempfile.TemporaryDirectory(prefix="fieldapp-form-media-") as media:
        for media_name in media_names:
            data = session.get_form_media(form_id, version, media_name)
            (Path(media) / Path(media_name).name).write_bytes(data)
        defn = load_form_xml(xml, name, media)
        build_model(defn)  # loads the external instances now, while the files exist
    return defn
