"""The XPath 1.0 core function library plus the ODK XForms functions.

Each function receives the evaluation context and its *unevaluated* argument expressions, so
``if()``, ``coalesce()`` and ``once()`` only evaluate what they need. ``FUNCTIONS`` maps the
name to arity bounds, the result type (for static checks) and flags for dependency analysis:
``now`` / ``random`` (volatile), ``position`` (position()/last() of the context), ``context``
(reads the context node when called without arguments), ``current``.

Departures from JavaRosa, chosen to keep forms working: ``date()`` and friends return "" for
text that is not a date (Collect raises an error dialog); ``id()`` raises X105 (ODK has no
IDs); functions that need a node-set raise X105 when given another type.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import re
import secrets
import string
import uuid as _uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from fieldapp.core.xpath import dates, geo
from fieldapp.core.xpath.context import EvalContext
from fieldapp.core.xpath.conversions import (
    NAN,
    Value,
    exact_sum,
    node_number,
    node_string,
    string_to_number,
    to_boolean,
    to_number,
    to_string,
)
from fieldapp.core.xpath.dates import DateValue
from fieldapp.core.xpath.nodes import Node
from fieldapp.core.xpath.regex_guard import regex_test
from fieldapp.core.xpath.shuffle import seeded_shuffle, shuffle
from fieldapp.core.xpath.tree import Expr, PathExpr
from fieldapp.errors import FieldappError

Args = list["Expr"]
Impl = Callable[[EvalContext, Args], Value]


@dataclass(frozen=True)
class FunctionSpec:
    name: str
    min_args: int
    max_args: int | None  # None: any number
    impl: Impl
    returns: str  # "string" | "number" | "boolean" | "nodeset" | "any"
    flags: frozenset[str] = frozenset()
    arity_check: Callable[[int], bool] | None = None
    arity_text: str = ""

    def accepts(self, n: int) -> bool:
        if self.arity_check is not None:
            return self.arity_check(n)
        return n >= self.min_args and (self.max_args is None or n <= self.max_args)

    def expected(self) -> str:
        if self.arity_text:
            return self.arity_text
        if self.max_args is None:
            return f"at least {self.min_args}"
        if self.min_args == self.max_args:
            return str(self.min_args)
        return f"{self.min_args} to {self.max_args}"


FUNCTIONS: dict[str, FunctionSpec] = {}


def _register(
    name: str,
    min_args: int,
    max_args: int | None,
    returns: str,
    flags: tuple[str, ...] = (),
    arity_check: Callable[[int], bool] | None = None,
    arity_text: str = "",
) -> Callable[[Impl], Impl]:
    def deco(fn: Impl) -> Impl:
        FUNCTIONS[name] = FunctionSpec(
            name, min_args, max_args, fn, returns, frozenset(flags), arity_check, arity_text
        )
        return fn

    return deco


# --- argument helpers -------------------------------------------------------------------------


def _val(ctx: EvalContext, arg: Expr) -> Value:
    return arg.evaluate(ctx)


def _str(ctx: EvalContext, arg: Expr) -> str:
    return to_string(arg.evaluate(ctx))


def _num(ctx: EvalContext, arg: Expr) -> float:
    return to_number(arg.evaluate(ctx), ctx.env.tzinfo())


def _bool(ctx: EvalContext, arg: Expr) -> bool:
    return to_boolean(arg.evaluate(ctx))


def _nodes(ctx: EvalContext, arg: Expr, fname: str) -> list[Node]:
    value = arg.evaluate(ctx)
    if not isinstance(value, list):
        raise FieldappError(
            "X105",
            detail=f"{fname}() needs a node-set (a path), got the value {to_string(value)!r}",
        )
    return value


def _strings(ctx: EvalContext, args: Args) -> list[str]:
    """Argument values as strings, node-sets expanded to each node's value."""
    out: list[str] = []
    for arg in args:
        value = arg.evaluate(ctx)
        if isinstance(value, list):
            out.extend(node_string(n) for n in value)
        else:
            out.append(to_string(value))
    return out


def _numbers(ctx: EvalContext, args: Args) -> list[float]:
    tz = ctx.env.tzinfo()
    out: list[float] = []
    for arg in args:
        value = arg.evaluate(ctx)
        if isinstance(value, list):
            out.extend(node_number(n, tz) for n in value)
        else:
            out.append(to_number(value, tz))
    return out


def _context_string(ctx: EvalContext) -> str:
    return node_string(ctx.node)


def xpath_round(x: float) -> float:
    """XPath 1.0 round(): nearest integer, halves towards positive infinity, -0 kept."""
    if x != x or math.isinf(x):
        return x
    if -0.5 <= x < 0:
        return -0.0
    return float(math.floor(x + 0.5))


def _floor(x: float) -> float:
    return x if (x != x or math.isinf(x)) else float(math.floor(x))


def _ceil(x: float) -> float:
    return x if (x != x or math.isinf(x)) else float(math.ceil(x))


def _safe(fn: Callable[..., float], *xs: float) -> float:
    try:
        return float(fn(*xs))
    except (ValueError, ZeroDivisionError):
        return NAN
    except OverflowError:
        return math.inf


_XML_WS = re.compile(r"[ \t\r\n]+")


def _split_list(text: str) -> list[str]:
    return [t for t in _XML_WS.split(text) if t]


# --- XPath 1.0 node-set functions ---------------------------------------------------------


@_register("last", 0, 0, "number", ("position",))
def _last(ctx: EvalContext, args: Args) -> Value:
    return float(ctx.size)


@_register("position", 0, 1, "number", ("position",))
def _position(ctx: EvalContext, args: Args) -> Value:
    if not args:
        return float(ctx.position)
    nodes = _nodes(ctx, args[0], "position")
    if len(nodes) != 1:
        raise FieldappError("X105", detail=f"position() needs exactly one node, got {len(nodes)}")
    return float(nodes[0].position_among_named())


@_register("count", 1, 1, "number")
def _count(ctx: EvalContext, args: Args) -> Value:
    cached = _aggregate(ctx, "count", args[0])
    if cached is not None:
        return cached
    return float(len(_nodes(ctx, args[0], "count")))


def _aggregate(ctx: EvalContext, kind: str, arg: Expr) -> float | None:
    """sum()/count() of a plain absolute path from a running total the environment keeps
    (the engine updates it on every change, so a repeat add does not re-read every instance);
    None when the environment keeps none."""
    if type(arg) is not PathExpr or not arg.absolute or arg.simple_names is None:
        return None
    hook = getattr(ctx.env, "aggregate", None)
    if hook is None:
        return None
    found: float | None = hook(kind, arg, ctx)
    return found


def _first_node(ctx: EvalContext, args: Args, fname: str) -> Node | None:
    if not args:
        return ctx.node
    nodes = _nodes(ctx, args[0], fname)
    return nodes[0] if nodes else None


@_register("local-name", 0, 1, "string", ("context",))
def _local_name(ctx: EvalContext, args: Args) -> Value:
    node = _first_node(ctx, args, "local-name")
    return node.local_name if node is not None else ""


@_register("name", 0, 1, "string", ("context",))
def _name(ctx: EvalContext, args: Args) -> Value:
    node = _first_node(ctx, args, "name")
    return node.name if node is not None else ""


@_register("namespace-uri", 0, 1, "string", ("context",))
def _namespace_uri(ctx: EvalContext, args: Args) -> Value:
    _first_node(ctx, args, "namespace-uri")
    return ""  # the node model keeps names as written, not namespace URIs


@_register("id", 1, 1, "nodeset")
def _id(ctx: EvalContext, args: Args) -> Value:
    raise FieldappError("X105", detail="id() is not supported: ODK instances have no ID attributes")


# --- strings ------------------------------------------------------------------------------------


@_register("string", 0, 1, "string", ("context",))
def _string(ctx: EvalContext, args: Args) -> Value:
    return _str(ctx, args[0]) if args else _context_string(ctx)


@_register("concat", 0, None, "string")
def _concat(ctx: EvalContext, args: Args) -> Value:
    return "".join(_strings(ctx, args))


@_register("join", 1, None, "string")
def _join(ctx: EvalContext, args: Args) -> Value:
    return _str(ctx, args[0]).join(_strings(ctx, args[1:]))


@_register("starts-with", 2, 2, "boolean")
def _starts_with(ctx: EvalContext, args: Args) -> Value:
    return _str(ctx, args[0]).startswith(_str(ctx, args[1]))


@_register("ends-with", 2, 2, "boolean")
def _ends_with(ctx: EvalContext, args: Args) -> Value:
    return _str(ctx, args[0]).endswith(_str(ctx, args[1]))


@_register("contains", 2, 2, "boolean")
def _contains(ctx: EvalContext, args: Args) -> Value:
    return _str(ctx, args[1]) in _str(ctx, args[0])


@_register("substring-before", 2, 2, "string")
def _substring_before(ctx: EvalContext, args: Args) -> Value:
    s, t = _str(ctx, args[0]), _str(ctx, args[1])
    idx = s.find(t)
    return s[:idx] if idx >= 0 else ""


@_register("substring-after", 2, 2, "string")
def _substring_after(ctx: EvalContext, args: Args) -> Value:
    s, t = _str(ctx, args[0]), _str(ctx, args[1])
    idx = s.find(t)
    return s[idx + len(t) :] if idx >= 0 else ""


@_register("substring", 2, 3, "string")
def _substring(ctx: EvalContext, args: Args) -> Value:
    s = _str(ctx, args[0])
    start = xpath_round(_num(ctx, args[1]))
    end = start + xpath_round(_num(ctx, args[2])) if len(args) > 2 else math.inf
    if start != start or end != end:
        return ""
    lo = max(start, 1.0)
    hi = min(end, float(len(s) + 1))
    if hi <= lo:
        return ""
    return s[int(lo) - 1 : int(hi) - 1]


def _to_int_index(x: float, default: int) -> int:
    if x != x:
        return default
    if math.isinf(x):
        return 10**9 if x > 0 else -(10**9)
    return int(x)


@_register("substr", 2, 3, "string")
def _substr(ctx: EvalContext, args: Args) -> Value:
    s = _str(ctx, args[0])
    n = len(s)
    start = _to_int_index(_num(ctx, args[1]), 0)
    end = _to_int_index(_num(ctx, args[2]), n) if len(args) > 2 else n
    if start < 0:
        start = max(0, n + start)
    if end < 0:
        end = max(0, n + end)
    start, end = min(start, n), min(end, n)
    return s[start:end] if end > start else ""


@_register("string-length", 0, 1, "number", ("context",))
def _string_length(ctx: EvalContext, args: Args) -> Value:
    return float(len(_str(ctx, args[0]) if args else _context_string(ctx)))


@_register("normalize-space", 0, 1, "string", ("context",))
def _normalize_space(ctx: EvalContext, args: Args) -> Value:
    text = _str(ctx, args[0]) if args else _context_string(ctx)
    return " ".join(_split_list(text))


@_register("translate", 3, 3, "string")
def _translate(ctx: EvalContext, args: Args) -> Value:
    s, src, dst = (_str(ctx, a) for a in args)
    table: dict[int, int | None] = {}
    for i, ch in enumerate(src):
        if ord(ch) not in table:
            table[ord(ch)] = ord(dst[i]) if i < len(dst) else None
    return s.translate(table)


@_register("uuid", 0, 1, "string", ("random",))
def _uuid_fn(ctx: EvalContext, args: Args) -> Value:
    if not args:
        return str(_uuid.uuid4())
    length = _num(ctx, args[0])
    if length != length or length < 0:
        raise FieldappError("X105", detail="uuid(n) needs a non-negative length")
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(min(int(length), 10_000)))


_DIGESTS = {
    "md5": "md5",
    "sha-1": "sha1",
    "sha-256": "sha256",
    "sha-384": "sha384",
    "sha-512": "sha512",
}


@_register("digest", 2, 3, "string")
def _digest(ctx: EvalContext, args: Args) -> Value:
    data = _str(ctx, args[0])
    alg = _str(ctx, args[1])
    enc = _str(ctx, args[2]) if len(args) > 2 else "base64"
    name = _DIGESTS.get(alg.strip().lower())
    if name is None:
        raise FieldappError(
            "X105",
            detail=f"digest() algorithm {alg!r} is not one of MD5, SHA-1, SHA-256, "
            "SHA-384, SHA-512",
        )
    raw = hashlib.new(name, data.encode("utf-8")).digest()
    encoding = enc.strip().lower()
    if encoding == "hex":
        return raw.hex()
    if encoding == "base64":
        return base64.b64encode(raw).decode("ascii")
    raise FieldappError("X105", detail=f"digest() encoding {enc!r} is not 'base64' or 'hex'")


@_register("base64-decode", 1, 1, "string")
def _base64_decode(ctx: EvalContext, args: Args) -> Value:
    text = _str(ctx, args[0])
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return ""


# --- booleans -------------------------------------------------------------------------------


@_register("boolean", 1, 1, "boolean")
def _boolean(ctx: EvalContext, args: Args) -> Value:
    return _bool(ctx, args[0])


@_register("not", 1, 1, "boolean")
def _not(ctx: EvalContext, args: Args) -> Value:
    return not _bool(ctx, args[0])


@_register("true", 0, 0, "boolean")
def _true(ctx: EvalContext, args: Args) -> Value:
    return True


@_register("false", 0, 0, "boolean")
def _false(ctx: EvalContext, args: Args) -> Value:
    return False


@_register("lang", 1, 1, "boolean", ("context",))
def _lang(ctx: EvalContext, args: Args) -> Value:
    want = _str(ctx, args[0]).lower()
    node: Node | None = ctx.node
    while node is not None:
        lang = node.attrs.get("xml:lang")
        if lang is not None:
            lang = lang.lower()
            return lang == want or lang.startswith(want + "-")
        node = node.parent
    return False


@_register("if", 3, 3, "any")
def _if(ctx: EvalContext, args: Args) -> Value:
    return args[1].evaluate(ctx) if _bool(ctx, args[0]) else args[2].evaluate(ctx)


@_register("coalesce", 2, 2, "string")
def _coalesce(ctx: EvalContext, args: Args) -> Value:
    first = _str(ctx, args[0])
    return first if first != "" else _str(ctx, args[1])


@_register("once", 1, 1, "any")
def _once(ctx: EvalContext, args: Args) -> Value:
    current = ctx.env.current_value(ctx.node)
    if current != "":
        return current
    return args[0].evaluate(ctx)


@_register("boolean-from-string", 1, 1, "boolean")
def _boolean_from_string(ctx: EvalContext, args: Args) -> Value:
    text = _str(ctx, args[0]).strip()
    return text == "1" or text.lower() == "true"


@_register("regex", 2, 2, "boolean")
def _regex(ctx: EvalContext, args: Args) -> Value:
    return regex_test(_str(ctx, args[0]), _str(ctx, args[1]))


def _truthy(value: str | bool | float) -> bool:
    """A checklist factor: JavaRosa coerces typed node values to boolean, so numeric text
    counts when non-zero, "true"/"false" as written, other text when non-empty."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not (value == 0 or value != value)
    text = value.strip()
    number = string_to_number(text)
    if number == number:
        return number != 0
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    return text != ""


def _checklist_values(ctx: EvalContext, args: Args) -> list[str | bool | float]:
    out: list[str | bool | float] = []
    for arg in args:
        value = arg.evaluate(ctx)
        if isinstance(value, list):
            out.extend(node_string(n) for n in value)
        else:
            out.append(value)
    return out


def _within(count: float, lo: float, hi: float) -> bool:
    return (lo < 0 or count >= lo) and (hi < 0 or count <= hi)


@_register("checklist", 2, None, "boolean")
def _checklist(ctx: EvalContext, args: Args) -> Value:
    lo, hi = _num(ctx, args[0]), _num(ctx, args[1])
    count = sum(1 for v in _checklist_values(ctx, args[2:]) if _truthy(v))
    return _within(count, lo, hi)


@_register(
    "weighted-checklist",
    2,
    None,
    "boolean",
    arity_check=lambda n: n >= 2 and n % 2 == 0,
    arity_text="2 plus pairs of value and weight",
)
def _weighted_checklist(ctx: EvalContext, args: Args) -> Value:
    lo, hi = _num(ctx, args[0]), _num(ctx, args[1])
    values = _checklist_values(ctx, args[2::2])
    weights = _numbers(ctx, args[3::2])
    if len(values) != len(weights):
        raise FieldappError("X105", detail="weighted-checklist() needs one weight per value")
    total = sum(w for v, w in zip(values, weights, strict=True) if _truthy(v))
    return lo <= total <= hi  # unlike checklist(), -1 is a real bound here (JavaRosa)


# --- numbers ----------------------------------------------------------------------------------


@_register("number", 0, 1, "number", ("context",))
def _number(ctx: EvalContext, args: Args) -> Value:
    if not args:
        return node_number(ctx.node, ctx.env.tzinfo())
    return _num(ctx, args[0])


@_register("sum", 1, 1, "number")
def _sum(ctx: EvalContext, args: Args) -> Value:
    tz = ctx.env.tzinfo()
    cached = _aggregate(ctx, "sum", args[0])
    if cached is not None:
        return cached
    return exact_sum([node_number(n, tz) for n in _nodes(ctx, args[0], "sum")])


@_register("floor", 1, 1, "number")
def _floor_fn(ctx: EvalContext, args: Args) -> Value:
    return _floor(_num(ctx, args[0]))


@_register("ceiling", 1, 1, "number")
def _ceiling(ctx: EvalContext, args: Args) -> Value:
    return _ceil(_num(ctx, args[0]))


@_register("round", 1, 2, "number")
def _round(ctx: EvalContext, args: Args) -> Value:
    x = _num(ctx, args[0])
    if len(args) == 1:
        return xpath_round(x)
    places = _num(ctx, args[1])
    if x != x or math.isinf(x) or places != places:
        return x if places == places else NAN
    digits = int(places)
    # JavaRosa (checked against it): ties go towards positive infinity on the decimal digits,
    # as XPath's round() does: round(2.5, 0) = 3, round(-2.5, 0) = -2, round(-1.235, 2) = -1.23
    rounding = ROUND_HALF_UP if x >= 0 else ROUND_HALF_DOWN
    try:
        quantum = Decimal(1).scaleb(-digits)
        result = float(Decimal(repr(x)).quantize(quantum, rounding=rounding))
    except InvalidOperation:
        return x
    return 0.0 if result == 0 else result


@_register("int", 1, 1, "number")
def _int(ctx: EvalContext, args: Args) -> Value:
    x = _num(ctx, args[0])
    if x != x or math.isinf(x):
        return x
    return float(math.trunc(x))


@_register("random", 0, 0, "number", ("random",))
def _random(ctx: EvalContext, args: Args) -> Value:
    return float(ctx.env.random())


def _extreme(ctx: EvalContext, args: Args, pick: Callable[[list[float]], float]) -> float:
    values = _numbers(ctx, args)
    if not values or any(v != v for v in values):
        return NAN
    return pick(values)


@_register("max", 1, None, "number")
def _max(ctx: EvalContext, args: Args) -> Value:
    return _extreme(ctx, args, max)


@_register("min", 1, None, "number")
def _min(ctx: EvalContext, args: Args) -> Value:
    return _extreme(ctx, args, min)


@_register("pow", 2, 2, "number")
def _pow(ctx: EvalContext, args: Args) -> Value:
    base, exp = _num(ctx, args[0]), _num(ctx, args[1])
    if base == 0 and exp < 0:
        return math.inf
    return _safe(math.pow, base, exp)


def _log(x: float) -> float:
    if x == 0:
        return -math.inf
    return _safe(math.log, x)


def _log10(x: float) -> float:
    if x == 0:
        return -math.inf
    return _safe(math.log10, x)


def _unary(name: str, fn: Callable[[float], float]) -> None:
    def impl(ctx: EvalContext, args: Args) -> Value:
        return _safe(fn, _num(ctx, args[0]))

    FUNCTIONS[name] = FunctionSpec(name, 1, 1, impl, "number")


for _name_, _fn_ in (
    ("log", _log),
    ("log10", _log10),
    ("abs", abs),
    ("sin", math.sin),
    ("cos", math.cos),
    ("tan", math.tan),
    ("asin", math.asin),
    ("acos", math.acos),
    ("atan", math.atan),
    ("sqrt", math.sqrt),
    ("exp", math.exp),
    ("exp10", lambda x: math.pow(10.0, x)),
):
    _unary(_name_, _fn_)


@_register("atan2", 2, 2, "number")
def _atan2(ctx: EvalContext, args: Args) -> Value:
    return _safe(math.atan2, _num(ctx, args[0]), _num(ctx, args[1]))


@_register("pi", 0, 0, "number")
def _pi(ctx: EvalContext, args: Args) -> Value:
    return math.pi


@_register("count-non-empty", 1, 1, "number")
def _count_non_empty(ctx: EvalContext, args: Args) -> Value:
    return float(sum(1 for n in _nodes(ctx, args[0], "count-non-empty") if node_string(n) != ""))


# --- instances, repeats, randomize -------------------------------------------------------------


@_register("instance", 1, 1, "nodeset")
def _instance(ctx: EvalContext, args: Args) -> Value:
    from fieldapp.core.xpath.tree import document_of

    name = _str(ctx, args[0])
    root = ctx.env.instance(name)
    if root is None:
        raise FieldappError("X106", name=name)
    return [document_of(root)]


@_register("current", 0, 0, "nodeset", ("current",))
def _current(ctx: EvalContext, args: Args) -> Value:
    return [ctx.current if ctx.current is not None else ctx.node]


@_register("randomize", 1, 2, "nodeset", ("random_unless_seeded",))
def _randomize(ctx: EvalContext, args: Args) -> Value:
    nodes = _nodes(ctx, args[0], "randomize")
    if len(args) > 1:
        seed = _num(ctx, args[1])
        if seed != seed or math.isinf(seed):
            seed = 0.0  # as Web Forms: a NaN or infinite seed behaves as 0
        return seeded_shuffle(nodes, seed)
    return shuffle(nodes, ctx.env.random)


def _is_within(node: Node, ancestor: Node) -> bool:
    cur: Node | None = node
    while cur is not None:
        if cur is ancestor:
            return True
        cur = cur.parent
    return False


@_register(
    "indexed-repeat",
    3,
    7,
    "nodeset",
    arity_check=lambda n: n in (3, 5, 7),
    arity_text="3, 5 or 7",
)
def _indexed_repeat(ctx: EvalContext, args: Args) -> Value:
    target = _nodes(ctx, args[0], "indexed-repeat")
    scope: Node | None = None
    for i in range(1, len(args), 2):
        repeats = _nodes(ctx, args[i], "indexed-repeat")
        if scope is not None:
            repeats = [r for r in repeats if _is_within(r, scope)]
        index = _num(ctx, args[i + 1])
        if index != index or index < 1 or index > len(repeats) or index != int(index):
            return []
        scope = repeats[int(index) - 1]
    assert scope is not None
    for node in target:
        if _is_within(node, scope):
            return [node]
    return []


@_register("pulldata", 4, 4, "string")
def _pulldata(ctx: EvalContext, args: Args) -> Value:
    from fieldapp.core.xpath.instance_index import lookup_rows
    from fieldapp.core.xpath.tree import document_of

    name = _str(ctx, args[0])
    desired, key_name, query = _str(ctx, args[1]), _str(ctx, args[2]), _str(ctx, args[3])
    root = ctx.env.instance(name)
    if root is None:
        raise FieldappError("X106", name=name)
    doc = document_of(root)
    for top in doc.children:  # the "root" element, whatever its name
        for row in lookup_rows(top, "item", key_name, query):
            for child in row.children:
                if child.name == desired:
                    return node_string(child)
            return ""
    return ""


# --- dates --------------------------------------------------------------------------------------


def _to_datetime(ctx: EvalContext, value: Value) -> datetime | None:
    tz = ctx.env.tzinfo()
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if value != value or math.isinf(value):
            return None
        if value == int(value):
            d = dates.days_to_date(value)
            return None if d is None else datetime.combine(d, time(), tzinfo=tz)
        return dates.days_to_datetime(value, tz)
    text = to_string(value).strip()
    if not text:
        return None
    d = dates.parse_date(text)
    if d is not None:
        return datetime.combine(d, time(), tzinfo=tz)
    dt = dates.parse_datetime(text, tz)
    if dt is not None:
        return dt.astimezone(tz)
    num = string_to_number(text, tz)
    if num == num and not isinstance(value, DateValue):
        return _to_datetime(ctx, num)
    return None


@_register("today", 0, 0, "string", ("now",))
def _today(ctx: EvalContext, args: Args) -> Value:
    return dates.date_value(ctx.env.now().astimezone(ctx.env.tzinfo()).date())


@_register("now", 0, 0, "string", ("now",))
def _now(ctx: EvalContext, args: Args) -> Value:
    return dates.datetime_value(ctx.env.now().astimezone(ctx.env.tzinfo()))


@_register("date", 1, 1, "string")
def _date(ctx: EvalContext, args: Args) -> Value:
    value = _val(ctx, args[0])
    if isinstance(value, list) and not value:
        return ""
    if isinstance(value, float):
        d = dates.days_to_date(value)
        return "" if d is None else dates.date_value(d)
    dt = _to_datetime(ctx, value)
    return "" if dt is None else dates.date_value(dt.date())


@_register("date-time", 1, 1, "string")
def _date_time(ctx: EvalContext, args: Args) -> Value:
    value = _val(ctx, args[0])
    tz = ctx.env.tzinfo()
    dt = dates.days_to_datetime(value, tz) if isinstance(value, float) else _to_datetime(ctx, value)
    return "" if dt is None else dates.datetime_value(dt)


@_register("decimal-date-time", 1, 1, "number")
def _decimal_date_time(ctx: EvalContext, args: Args) -> Value:
    value = _val(ctx, args[0])
    if isinstance(value, float):
        return value
    if isinstance(value, DateValue):
        return value.days
    days = dates.text_to_days(to_string(value), ctx.env.tzinfo())
    return NAN if days is None else days


@_register("decimal-time", 1, 1, "number")
def _decimal_time(ctx: EvalContext, args: Args) -> Value:
    text = _str(ctx, args[0]).strip()
    if not text:
        return NAN
    return dates.time_fraction(text, ctx.env.tzinfo())


def _format(ctx: EvalContext, args: Args) -> Value:
    dt = _to_datetime(ctx, _val(ctx, args[0]))
    if dt is None:
        return ""
    return dates.format_date(dt, _str(ctx, args[1]))


FUNCTIONS["format-date"] = FunctionSpec("format-date", 2, 2, _format, "string")
FUNCTIONS["format-date-time"] = FunctionSpec("format-date-time", 2, 2, _format, "string")


# --- selects ------------------------------------------------------------------------------------


@_register("selected", 2, 2, "boolean")
def _selected(ctx: EvalContext, args: Args) -> Value:
    return _str(ctx, args[1]).strip() in _split_list(_str(ctx, args[0]))


@_register("selected-at", 2, 2, "string")
def _selected_at(ctx: EvalContext, args: Args) -> Value:
    items = _split_list(_str(ctx, args[0]))
    index = _num(ctx, args[1])
    if index != index or index < 0 or index >= len(items):
        return ""
    return items[int(index)]


@_register("count-selected", 1, 1, "number")
def _count_selected(ctx: EvalContext, args: Args) -> Value:
    return float(len(_split_list(_str(ctx, args[0]))))


@_register("jr:choice-name", 2, 2, "string")
def _choice_name(ctx: EvalContext, args: Args) -> Value:
    value = _str(ctx, args[0])
    where = _val(ctx, args[1])
    if isinstance(where, list):
        nodes = where
    else:
        from fieldapp.core.xpath.api import compile_xpath

        path = to_string(where).strip()
        if not path:
            return ""
        nodes = compile_xpath(path).evaluate_nodes(ctx.derive(ctx.node, ctx.position, ctx.size))
    if not nodes:
        return ""
    return ctx.env.choice_name(value, nodes[0])


@_register("jr:itext", 1, 1, "string")
def _itext(ctx: EvalContext, args: Args) -> Value:
    return ctx.env.itext(_str(ctx, args[0]))


# --- geo ------------------------------------------------------------------------------------------


@_register("area", 1, 1, "number")
def _area(ctx: EvalContext, args: Args) -> Value:
    points = geo.parse_points(_strings(ctx, args))
    return NAN if points is None else geo.area(points)


@_register("distance", 1, None, "number")
def _distance(ctx: EvalContext, args: Args) -> Value:
    points = geo.parse_points(_strings(ctx, args))
    return NAN if points is None else geo.distance(points)


@_register("geofence", 2, 2, "boolean")
def _geofence(ctx: EvalContext, args: Args) -> Value:
    point = geo.parse_points([_str(ctx, args[0])])
    shape = geo.parse_points(_strings(ctx, args[1:]))
    if not point or shape is None or len(point) != 1:
        return False
    return geo.inside(point[0], shape)


# --- form and device ------------------------------------------------------------------------


@_register("version", 0, 0, "string")
def _version(ctx: EvalContext, args: Args) -> Value:
    return ctx.env.form_version()


@_register("property", 1, 1, "string")
def _property(ctx: EvalContext, args: Args) -> Value:
    return ctx.env.property(_str(ctx, args[0]))


def lookup_function(name: str) -> FunctionSpec | None:
    """The function for a name as written; any prefix falls back to the unprefixed name
    (``jr:choice-name``, ``odk:...``) and ``choice-name``/``itext`` also work unprefixed."""
    spec = FUNCTIONS.get(name)
    if spec is not None:
        return spec
    _, sep, local = name.partition(":")
    if sep:
        return FUNCTIONS.get(local) or FUNCTIONS.get("jr:" + local)
    return FUNCTIONS.get("jr:" + name)
