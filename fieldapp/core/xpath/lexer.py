"""XPath 1.0 tokenizer (section 3.7 of the recommendation, with its disambiguation rules).

Tokens are ``(kind, text, position)``. Kinds: ``num``, ``str``, ``name`` (a QName or
``prefix:*``), ``star`` (the name test ``*``), ``func`` (a name followed by ``(``), ``nodetype``
(``node``/``text``/``comment``/``processing-instruction`` followed by ``(``), ``axis`` (a name
followed by ``::``), ``op`` (punctuation and symbolic operators, and the operator names
``and or mod div``), ``var`` (``$name``, refused by the parser) and ``end``.
"""

from __future__ import annotations

import re

from fieldapp.errors import FieldappError

Token = tuple[str, str, int]

_NCNAME_START = (
    r"[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF"
    r"\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]"
)
_NCNAME_CHAR = r"(?:" + _NCNAME_START + r"|[-.0-9\u00B7\u0300-\u036F\u203F-\u2040])"
_NCNAME = _NCNAME_START + _NCNAME_CHAR + "*"
_NAME = re.compile(_NCNAME + r"(?::(?:" + _NCNAME + r"|\*))?")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")  # XPath digits are ASCII
_SPACE = re.compile(r"[ \t\r\n]*")
_DIGITS = frozenset("0123456789")
_NODE_TYPES = frozenset({"node", "text", "comment", "processing-instruction"})
_OPERATOR_NAMES = frozenset({"and", "or", "mod", "div"})
# After these tokens, "*" is a name test and an NCName is not an operator name.
_OPERAND_EXPECTED = frozenset(
    {
        "@",
        "::",
        "(",
        "[",
        ",",
        "and",
        "or",
        "mod",
        "div",
        "*",
        "/",
        "//",
        "|",
        "+",
        "-",
        "=",
        "!=",
        "<",
        "<=",
        ">",
        ">=",
    }
)
_SYMBOLS = (
    "//",
    "::",
    "..",
    "!=",
    "<=",
    ">=",
    "(",
    ")",
    "[",
    "]",
    ".",
    "@",
    ",",
    "/",
    "|",
    "+",
    "-",
    "=",
    "<",
    ">",
    "*",
)


def _error(expr: str, pos: int, detail: str) -> FieldappError:
    return FieldappError("X100", expr=expr, detail=f"{detail} at position {pos + 1}", position=pos)


def tokenize(expr: str) -> list[Token]:
    """Split ``expr`` into tokens; raises X100 on a character that cannot start a token."""
    tokens: list[Token] = []
    pos = 0
    n = len(expr)
    while True:
        pos = _SPACE.match(expr, pos).end()  # type: ignore[union-attr]
        if pos >= n:
            tokens.append(("end", "", pos))
            return tokens
        prev = tokens[-1] if tokens else None
        operand_expected = prev is None or (prev[0] == "op" and prev[1] in _OPERAND_EXPECTED)
        ch = expr[pos]
        if ch in "'\"":
            end = expr.find(ch, pos + 1)
            if end < 0:
                raise _error(expr, pos, "unterminated string literal")
            tokens.append(("str", expr[pos + 1 : end], pos))
            pos = end + 1
            continue
        if ch in _DIGITS or (ch == "." and pos + 1 < n and expr[pos + 1] in _DIGITS):
            m = _NUMBER.match(expr, pos)
            assert m is not None
            tokens.append(("num", m.group(), pos))
            pos = m.end()
            continue
        if ch == "$":
            m = _NAME.match(expr, pos + 1)
            if m is None:
                raise _error(expr, pos, "'$' must start a variable name")
            tokens.append(("var", m.group(), pos))
            pos = m.end()
            continue
        if ch == "*":
            tokens.append(("star" if operand_expected else "op", "*", pos))
            pos += 1
            continue
        m = _NAME.match(expr, pos)
        if m is not None:
            text = m.group()
            end = m.end()
            if not operand_expected and text in _OPERATOR_NAMES:
                tokens.append(("op", text, pos))
                pos = end
                continue
            after = _SPACE.match(expr, end).end()  # type: ignore[union-attr]
            if text.endswith(":*"):
                tokens.append(("name", text, pos))
            elif expr.startswith("::", after) and ":" not in text:
                tokens.append(("axis", text, pos))
            elif expr.startswith("(", after) and not expr.startswith("(:", after):
                kind = "nodetype" if text in _NODE_TYPES else "func"
                tokens.append((kind, text, pos))
            else:
                tokens.append(("name", text, pos))
            pos = end
            continue
        for sym in _SYMBOLS:
            if expr.startswith(sym, pos):
                tokens.append(("op", sym, pos))
                pos += len(sym)
                break
        else:
            raise _error(expr, pos, f"unexpected character {ch!r}")
