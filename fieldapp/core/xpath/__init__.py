"""XPath 1.0 with the ODK XForms function library, Qt-free.

``compile_xpath(text)`` parses once (cached) into an ``Expression`` with ``evaluate*`` and
``dependencies(context_ref)``. The engine supplies an ``Environment`` (clock, time zone,
random source, secondary instances, itext) in the ``EvalContext``; ``DefaultEnvironment`` is
a self-contained one for tests and tools. ``mark_immutable(root)`` lets predicates such as
``item[name = expr]`` over that secondary instance use a cached index.

Choices worth knowing (each has a test):

- Names match as written. A prefix that is one of the ODK ones (orx, jr, odk, h, xf, ...) or
  that the form does not declare matches by local name, and an unprefixed test also matches
  an element written with an ODK prefix: ``/data/meta/instanceID`` finds ``orx:meta``. Only a
  prefix the form maps to its own namespace must match exactly.
- No text, comment or processing-instruction nodes: ``text()`` on a leaf element selects the
  element (same string-value); ``comment()`` and ``processing-instruction()`` select nothing.
- Absolute paths start at the document of ``current()`` (the primary instance), also inside
  predicates over ``instance('id')``, as the ODK spec requires.
- Dates follow the ODK spec (days since 1970-01-01 UTC; see ``dates``), not Collect's local
  midnight; unreadable dates give "" or NaN instead of an error dialog.
- Limits (X103): 20,000 characters, 100 levels of nesting, tree depth 200 and 5,000,000 node
  visits per evaluation; regex() patterns pass a guard (X104, see ``regex_guard``).
"""

from fieldapp.core.xpath.api import Expression, compile_xpath
from fieldapp.core.xpath.context import (
    DEFAULT_ENV,
    MAX_STEPS,
    DefaultEnvironment,
    Environment,
    EvalContext,
)
from fieldapp.core.xpath.conversions import (
    Value,
    format_number,
    to_boolean,
    to_number,
    to_string,
)
from fieldapp.core.xpath.dates import DateValue
from fieldapp.core.xpath.dependencies import DependencySet
from fieldapp.core.xpath.functions import FUNCTIONS
from fieldapp.core.xpath.instance_index import is_immutable, mark_immutable
from fieldapp.core.xpath.nodes import Node
from fieldapp.core.xpath.parser import MAX_DEPTH, MAX_LENGTH, MAX_NESTING

__all__ = [
    "DEFAULT_ENV",
    "FUNCTIONS",
    "MAX_DEPTH",
    "MAX_LENGTH",
    "MAX_NESTING",
    "MAX_STEPS",
    "DateValue",
    "DefaultEnvironment",
    "DependencySet",
    "Environment",
    "EvalContext",
    "Expression",
    "Node",
    "Value",
    "compile_xpath",
    "format_number",
    "is_immutable",
    "mark_immutable",
    "to_boolean",
    "to_number",
    "to_string",
]
