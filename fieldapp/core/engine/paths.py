"""Instance paths: generic refs (no indices, no prefixes) and concrete refs ([n] on repeats).

Generic refs key every table of the definition and the dependency graph; they use local
names only, so ``/data/orx:meta/orx:instanceID`` and ``/data/meta/instanceID`` are the same key
(forms mix prefixed and unprefixed spellings of the same node).
"""

from __future__ import annotations

import functools
import re

_PRED = re.compile(r"\[[^\]]*\]")
_GENERIC = re.compile(r"(?:/[^/\s\[\]:{}]+)+")


@functools.lru_cache(maxsize=8192)
def local(name: str) -> str:
    """The local part of a (possibly prefixed or Clark-notation) name."""
    return name[max(name.rfind("}"), name.rfind(":")) + 1 :]


def steps_of(ref: str) -> list[tuple[str, int | None]]:
    """``/data/rep[2]/x`` -> [("data", None), ("rep", 2), ("x", None)] with local names."""
    out: list[tuple[str, int | None]] = []
    for raw in ref.strip().strip("/").split("/"):
        part = raw.strip()
        if not part:
            continue
        index: int | None = None
        if part.endswith("]") and "[" in part:
            name, _, rest = part.partition("[")
            inner = rest[:-1].strip()
            index = int(inner) if inner.isdigit() else None
            part = name.strip()
        out.append((local(part), index))
    return out


def generic(ref: str) -> str:
    """Strip predicates, indices and prefixes: ``/data/orx:meta/x[2]`` -> ``/data/meta/x``."""
    if _GENERIC.fullmatch(ref):  # already generic: the usual case, checked in one C call
        return ref
    ref = _PRED.sub("", ref.strip())
    parts = [local(p.strip()) for p in ref.split("/") if p.strip()]
    return "/" + "/".join(parts)


def parent_of(gref: str) -> str:
    head = gref.rpartition("/")[0]
    return head or "/"


def ancestors(gref: str) -> list[str]:
    """Proper ancestors of a generic ref, nearest first (``/a/b/c`` -> ``/a/b``, ``/a``)."""
    out: list[str] = []
    cur = gref
    while True:
        cur = cur.rpartition("/")[0]
        if not cur:
            break
        out.append(cur)
    return out


def is_under(gref: str, prefix: str) -> bool:
    """True when ``gref`` is ``prefix`` or one of its descendants."""
    return gref == prefix or gref.startswith(prefix + "/")


def resolve_relative(ref: str, context: str) -> str:
    """A body/bind ref (absolute or relative to the generic ``context``) -> generic absolute ref."""
    ref = ref.strip()
    if ref.startswith("/"):
        return generic(ref)
    parts = [p for p in context.strip("/").split("/") if p]
    for raw in _PRED.sub("", ref).split("/"):
        step = raw.strip()
        if step in ("", "."):
            continue
        if step == "..":
            if parts:
                parts.pop()
            continue
        parts.append(local(step))
    return "/" + "/".join(parts)
