"""IPL scores as export columns, recomputed by fieldapp.core.scoring (not read from the form).

The IPL forms also compute their scores in calculate fields (exported as ordinary columns);
these ``fieldapp_scores-*`` columns are :func:`score_ipl`'s independent result, so an analyst
can see at once when a deployment edited the form's scores without updating the app's table.
"""

from __future__ import annotations

from fieldapp.core.export.columns import SCORE_GROUP, Column
from fieldapp.core.scoring import score_ipl
from fieldapp.core.scoring.ipl_items import DIMENSIONS, FormName


def ipl_form(form_id: str) -> FormName | None:
    """Built-in IPL forms (and the extended IPL-12 variants ``ipl12_<dimension>``)."""
    if form_id == "ipl24" or form_id.startswith("ipl24_"):
        return "ipl24"
    if form_id == "ipl12" or form_id.startswith("ipl12_"):
        return "ipl12"
    return None


def _names() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for dim in DIMENSIONS:
        out += [
            (f"ipl_{dim}", f"IPL {dim} score, 0-1 (computed by fieldapp)"),
            (f"ipl_{dim}_n", f"IPL {dim}: items scored"),
            (f"ipl_{dim}_complete", f"IPL {dim}: every item scored (1/0)"),
        ]
    out += [
        ("ipl_dimensions_scored", "IPL: dimensions with a score"),
        ("ipl_index", "IPL integration index, 0-1 (computed by fieldapp)"),
        ("ipl_index_complete", "IPL index: every item scored (1/0)"),
    ]
    return out


def score_columns() -> list[Column]:
    return [
        Column(f"{SCORE_GROUP}-{name}", "score", "", "decimal", label) for name, label in _names()
    ]


def score_cells(xml: bytes, form: FormName) -> list[str]:
    """Cells in ``score_columns`` order; raises FieldappError (I1xx) when it cannot score."""
    flat = score_ipl(xml, form).as_flat_dict()
    return ["" if (v := flat.get(name)) is None else _text(v) for name, _ in _names()]


def _text(value: float | int) -> str:
    if isinstance(value, int):
        return str(value)
    return repr(round(value, 10))
