"""Flag explanations in the UI's language.

The review core (fieldapp/core/review/flags.py, Qt-free) stores each flag with an English
``text`` and the ``params`` it was built from. This table, keyed by flag code, rebuilds the
sentence from the params with translated templates; the English templates are word for word
the core's (except that a resubmission points at the Changes tab instead of quoting the
replaced submission's id). Flags stored before params existed (or with
an unknown code) show the core's text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication


def _fill(template: str, **values: object) -> str:
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def _short(p: Mapping[str, Any]) -> str:
    sources = {
        "paradata": QCoreApplication.translate("FlagTexts", "paradata"),
        "start/end times": QCoreApplication.translate("FlagTexts", "start/end times"),
    }
    source = sources.get(str(p["source"]), str(p["source"]))
    if p.get("rule") == "median":
        template = QCoreApplication.translate(
            "FlagTexts",
            "The interview took {value} min ({name}), under {share} of the team's median of "
            "{limit} min.",
        )
    else:
        template = QCoreApplication.translate(
            "FlagTexts",
            "The interview took {value} min ({name}), under the minimum of {limit} min for "
            "this form.",
        )
    return _fill(
        template, value=p["minutes"], name=source, share=p.get("share", ""), limit=p["limit"]
    )


def _dont_know(p: Mapping[str, Any]) -> str:
    template = QCoreApplication.translate(
        "FlagTexts", "{count} of {total} answers are don't know / refused ({value})."
    )
    return _fill(template, count=p["count"], total=p["total"], value=p["share"])


def _outlier(p: Mapping[str, Any]) -> str:
    item = QCoreApplication.translate("FlagTexts", "{name} = {value} (team median {total})")
    parts = [
        _fill(item, name=n["question"], value=n["value"], total=n["median"]) for n in p["numbers"]
    ]
    return _fill(
        QCoreApplication.translate("FlagTexts", "Unusual compared with the team: {value}."),
        value="; ".join(parts),
    )


def _duplicate(p: Mapping[str, Any]) -> str:
    if p.get("more"):
        template = QCoreApplication.translate(
            "FlagTexts", "Same identifying answers as {count} or more other interview(s): {name}."
        )
    else:
        template = QCoreApplication.translate(
            "FlagTexts", "Same identifying answers as {count} other interview(s): {name}."
        )
    return _fill(template, count=p["count"], name=p["shown"])


def _location(_p: Mapping[str, Any]) -> str:
    return QCoreApplication.translate(
        "FlagTexts", "The form asks for a location but none was recorded."
    )


def _changed(p: Mapping[str, Any]) -> str:
    parts = []
    if p.get("replaces"):
        # the replaced submission's id is noise here: the Changes tab shows that version
        parts.append(
            QCoreApplication.translate(
                "FlagTexts", "this version replaces an earlier submission; see Changes"
            )
        )
    if p.get("changed"):
        parts.append(
            _fill(
                QCoreApplication.translate(
                    "FlagTexts", "{n} answer(s) were changed after the finalize step"
                ),
                n=p["changed"],
            )
        )
    return _fill(
        QCoreApplication.translate("FlagTexts", "Edited after finalizing: {value}."),
        value="; ".join(parts),
    )


EXPLAINERS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "short_interview": _short,
    "many_dont_know": _dont_know,
    "outlier": _outlier,
    "duplicate": _duplicate,
    "missing_location": _location,
    "changed_after_finalize": _changed,
}


def flag_explanation(flag: Mapping[str, Any]) -> str:
    """One flag's explanation in the UI language (the core's English text as a fallback)."""
    explain = EXPLAINERS.get(str(flag.get("code", "")))
    params = flag.get("params")
    fallback = str(flag.get("text", flag.get("code", "")))
    if explain is None or not isinstance(params, Mapping):
        return fallback
    try:
        return explain(params)
    except (KeyError, TypeError):  # params of another shape (older or newer core)
        return fallback
