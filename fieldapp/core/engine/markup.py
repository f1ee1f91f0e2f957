"""ODK label formatting: the markdown subset forms use, turned into safe Qt rich text.

ODK forms style labels, hints and notes with a small markdown subset (the XForms spec's
"Formatting labels and hints"): ``*em*`` / ``_em_``, ``**strong**`` / ``__strong__``,
``# headings`` (1-6), ``[links](url)``, ``<span style="color:...; font-family:...">``, line
breaks (newlines and ``<br/>``), HTML entities, and backslash escapes. This module renders
exactly that subset and escapes every other character, so a form cannot inject HTML, images,
tables, remote resources or huge fonts into the screen. Output values (answers shown inside a
label) are data, not markup: the engine escapes them with :func:`escape_output` before they join
the label's literal text. Qt-free so the rules are tested without a display.

Limits keep hostile input cheap and bounded: emphasis nests at most ``MAX_NESTING`` deep (more
delimiters stay literal), only http(s) links become links, and heading sizes are fixed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.entities import html5
from urllib.parse import urlsplit

MAX_NESTING = 8  # emphasis / span depth; deeper delimiters render as literal text
LINK_SCHEMES = frozenset({"http", "https"})

# characters that can make a literal label part markup: anything else renders as plain text
MARKUP_CHARS = re.compile(r"[*_#\[<&\\\n]")
_ESCAPABLE = frozenset("\\`*_{}[]()#+-.!<>&|~\"'")
_OUTPUT_SPECIAL = re.compile(r"[\\*_#\[\]()<>&`]")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_SPAN_OPEN = re.compile(
    r"<span(?:\s+style\s*=\s*(?:\"([^\"<>]*)\"|'([^'<>]*)'))?\s*>", re.IGNORECASE
)
_SPAN_CLOSE = re.compile(r"</span\s*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\(\s*([^\s()<>]{1,2000})\s*\)")
_COLOR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?|[a-zA-Z]{3,30}")
_FONT_FAMILY = re.compile(r"[A-Za-z0-9 ,\-]{1,80}")
# fixed heading looks: level -> (relative size, bold); never bigger than x-large
_HEADING_STYLE = {
    1: "font-size:x-large; font-weight:600",
    2: "font-size:large; font-weight:600",
    3: "font-size:medium; font-weight:600",
    4: "font-weight:600",
    5: "font-weight:600",
    6: "font-weight:600",
}


def escape_output(value: str) -> str:
    """An answer shown through ``<output>``: every markup character backslash-escaped, newlines
    folded to spaces, so ``**x**`` or ``[a](http://..)`` typed by a respondent shows literally."""
    value = " ".join(value.split("\n"))
    return _OUTPUT_SPECIAL.sub(lambda m: "\\" + m.group(0), value)


def has_markup(text: str) -> bool:
    """True when a literal label part could contain formatting (cheap pre-check)."""
    return MARKUP_CHARS.search(text) is not None


def normalize_lines(text: str) -> str:
    """Whitespace as ODK shows it: runs of spaces folded, lines kept, blank edges dropped."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    out: list[str] = []
    for line in lines:  # at most one empty line in a row
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


def to_rich_text(source: str) -> str:
    """Qt rich text (HTML subset) for a label written in ODK's markdown subset."""
    return _Renderer(rich=True).render(source)


def to_plain_text(source: str) -> str:
    """The same label with the formatting removed: accessible names, tooltips, sorting."""
    return _Renderer(rich=False).render(source)


def is_safe_link(url: str) -> bool:
    """Only absolute http(s) links are ever shown as links or opened."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in LINK_SCHEMES and bool(parts.netloc)


@dataclass
class _Delim:
    """A run of ``*`` or ``_`` waiting for its closing partner."""

    index: int  # position in the output list
    char: str
    count: int


@dataclass
class _Barrier:
    """An open span: emphasis never pairs across it."""

    index: int


class _Renderer:
    def __init__(self, *, rich: bool) -> None:
        self.rich = rich

    # -- blocks --------------------------------------------------------------------------
    def render(self, source: str) -> str:
        lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        open_spans: list[str] = []  # styles of spans still open at the end of a line
        rendered: list[str] = []
        for line in lines:
            heading = _HEADING.match(line)
            level = len(heading.group(1)) if heading else 0
            body = heading.group(2) if heading else line
            text, open_spans = self._inline(body, open_spans, links=True)
            if level and self.rich:
                text = f'<span style="{_HEADING_STYLE[level]}">{text}</span>'
            rendered.append(text)
        if self.rich:
            return "<br/>".join(rendered)
        return " ".join(" ".join(rendered).split())

    # -- inline --------------------------------------------------------------------------
    def _inline(self, text: str, inherited: list[str], *, links: bool) -> tuple[str, list[str]]:
        """Render one line; spans left open are closed here and reopened on the next line."""
        out: list[str] = []
        stack: list[_Delim | _Barrier] = []
        spans: list[str] = []
        for style in inherited:
            out.append(self._span_tag(style))
            spans.append(style)
            stack.append(_Barrier(len(out) - 1))
        i, n = 0, len(text)
        plain_start = 0

        def flush_plain(end: int) -> None:
            if end > plain_start:
                out.append(self._escape(text[plain_start:end]))

        while i < n:
            ch = text[i]
            if ch == "\\" and i + 1 < n and text[i + 1] in _ESCAPABLE:
                flush_plain(i)
                out.append(self._escape(text[i + 1]))
                i += 2
                plain_start = i
                continue
            if ch == "&":
                entity = _ENTITY.match(text, i)
                if entity is not None:
                    decoded = _decode_entity(entity.group(0))
                    if decoded is not None:
                        flush_plain(i)
                        out.append(self._escape(decoded))
                        i = entity.end()
                        plain_start = i
                        continue
            elif ch == "<":
                br = _BR.match(text, i)
                if br is not None:
                    flush_plain(i)
                    out.append("<br/>" if self.rich else " ")
                    i = br.end()
                    plain_start = i
                    continue
                span = _SPAN_OPEN.match(text, i)
                if span is not None and len(stack) < MAX_NESTING:
                    flush_plain(i)
                    style = _safe_style(span.group(1) or span.group(2) or "")
                    out.append(self._span_tag(style))
                    spans.append(style)
                    stack.append(_Barrier(len(out) - 1))
                    i = span.end()
                    plain_start = i
                    continue
                close = _SPAN_CLOSE.match(text, i)
                if close is not None and spans:
                    flush_plain(i)
                    while stack and not isinstance(stack[-1], _Barrier):
                        stack.pop()  # emphasis left open inside the span stays literal
                    stack.pop()
                    spans.pop()
                    out.append("</span>" if self.rich else "")
                    i = close.end()
                    plain_start = i
                    continue
            elif ch == "[" and links:
                link = _LINK.match(text, i)
                if link is not None:
                    flush_plain(i)
                    label, _ = self._inline(link.group(1), [], links=False)
                    url = link.group(2)
                    if self.rich and is_safe_link(url):
                        href = html.escape(url, quote=True)
                        out.append(f'<a href="{href}">{label or html.escape(url)}</a>')
                    else:
                        out.append(label)
                    i = link.end()
                    plain_start = i
                    continue
            elif ch in "*_":
                j = i
                while j < n and text[j] == ch:
                    j += 1
                run = j - i
                before = text[i - 1] if i > 0 else " "
                after = text[j] if j < n else " "
                if run <= 3:
                    flush_plain(i)
                    self._delimiter(out, stack, ch, run, before, after)
                    i = j
                    plain_start = i
                    continue
                i = j  # a longer run is literal text
                continue
            i += 1
        flush_plain(n)
        # unmatched delimiters were written literally already; close spans still open
        if self.rich:
            out.extend("</span>" for _ in spans)
        return "".join(out), spans

    def _delimiter(
        self,
        out: list[str],
        stack: list[_Delim | _Barrier],
        char: str,
        run: int,
        before: str,
        after: str,
    ) -> None:
        """Pair an emphasis run with an opener, or leave it (literally) as a possible opener."""
        intraword = char == "_"
        can_open = not after.isspace() and not (intraword and before.isalnum())
        can_close = not before.isspace() and not (intraword and after.isalnum())
        remaining = run
        if can_close:
            # ``***`` closes strong and emphasis; pair the innermost opener first
            while remaining:
                found = None
                for position in range(len(stack) - 1, -1, -1):  # at most MAX_NESTING deep
                    entry = stack[position]
                    if isinstance(entry, _Barrier):
                        break
                    if entry.char == char and entry.count <= remaining:
                        found = position
                        break
                if found is None:
                    break
                opener = stack[found]
                assert isinstance(opener, _Delim)
                del stack[found:]  # openers inside it never closed: they stay literal
                tag = "b" if opener.count == 2 else "i"
                if self.rich:
                    out[opener.index] = f"<{tag}>"
                    out.append(f"</{tag}>")
                else:
                    out[opener.index] = ""
                remaining -= opener.count
        pieces = [2, 1] if remaining == 3 else [remaining] if remaining else []
        if pieces and can_open and len(stack) + len(pieces) <= MAX_NESTING:
            for count in pieces:
                out.append(self._escape(char * count))
                stack.append(_Delim(len(out) - 1, char, count))
        elif remaining:
            out.append(self._escape(char * remaining))

    def _escape(self, text: str) -> str:
        return html.escape(text, quote=False) if self.rich else text

    def _span_tag(self, style: str) -> str:
        if not self.rich:
            return ""
        return f'<span style="{html.escape(style, quote=True)}">' if style else "<span>"


def _decode_entity(entity: str) -> str | None:
    """A named or numeric HTML entity pyxform passed through; None when it isn't one."""
    if entity.startswith("&#"):
        decoded = html.unescape(entity)
        return decoded if decoded != entity else None
    return html5.get(entity[1:])


def _safe_style(style: str) -> str:
    """Keep only ``color`` and ``font-family`` from a span's style, with plain values."""
    kept: list[str] = []
    for declaration in style.split(";"):
        name, _, value = declaration.partition(":")
        name = name.strip().lower()
        value = value.strip()
        if name == "color" and _COLOR.fullmatch(value):
            kept.append(f"color:{value}")
        elif name == "font-family":
            family = value.replace('"', "").replace("'", "").strip()
            if _FONT_FAMILY.fullmatch(family):
                kept.append(f"font-family:{family}")
    return "; ".join(kept)
