"""The form engine: load a form once, run interviews (sessions) on it. Qt-free.

Public names are imported lazily (PEP 562) so ``fieldapp.core.engine.api`` and ``sources`` stay
importable on their own, e.g. by the server, without loading the XPath evaluator.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldapp.core.engine.api import (
        AnswerResult,
        Choice,
        IndexEntry,
        Page,
        Problem,
        Question,
        QuestionState,
        RepeatPrompt,
    )
    from fieldapp.core.engine.definition import FormDefinition
    from fieldapp.core.engine.loading import load_form, load_form_xml
    from fieldapp.core.engine.session import FormSession

_WHERE = {
    "AnswerResult": "api",
    "Choice": "api",
    "IndexEntry": "api",
    "Page": "api",
    "Problem": "api",
    "Question": "api",
    "QuestionState": "api",
    "RepeatPrompt": "api",
    "FormDefinition": "definition",
    "load_form": "loading",
    "load_form_xml": "loading",
    "FormSession": "session",
}

__all__ = [
    "AnswerResult",
    "Choice",
    "FormDefinition",
    "FormSession",
    "IndexEntry",
    "Page",
    "Problem",
    "Question",
    "QuestionState",
    "RepeatPrompt",
    "load_form",
    "load_form_xml",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
