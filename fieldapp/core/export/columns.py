"""The column model of an export, built from form definitions (no data involved).

Follows ODK Central's CSV conventions so existing analysis scripts keep working: one column per
instance field in form order, named by its path below the table root with ``-`` between steps
(``profile-age``); a select multiple is one column with the space-separated values plus one 0/1
column per choice (``migration-reasons/work``); each repeat is its own table whose rows carry
``PARENT_KEY`` / ``KEY`` (``uuid:…/social_capital/associations[1]``). Notes (read-only inputs
without a calculation) carry no data and get no column. Several form versions: the union of
their columns, each inserted after its predecessor in the version that has it.

Sensitive fields: every node inside a group named ``sensitive`` or ``sensitive_*`` (the diaspora
form's ``sensitive_contact``) is marked sensitive; exports drop those columns (and repeats
inside such groups) unless the user explicitly asks for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from fieldapp.core.engine.definition import BodyControl, FormDefinition, TextSource
from fieldapp.core.engine.environment import secondary_instance
from fieldapp.core.xpath import Expression

ColumnKind = Literal["meta", "value", "choice", "score", "key"]

#: Meta columns of the main table (Central's names where Central has one).
SUBMISSION_DATE = "SubmissionDate"
KEY = "KEY"
PARENT_KEY = "PARENT_KEY"
ENUMERATOR = "Enumerator"
STATUS = "Status"
REVIEW_STATE = "ReviewState"
FLAGS = "Flags"
FORM_VERSION = "FormVersion"
SCORE_GROUP = "fieldapp_scores"  # pseudo group of the columns computed by fieldapp (IPL)

_INSTANCE_NAME = re.compile(r"""instance\(\s*['"]([^'"]+)['"]\s*\)""")


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class Column:
    """One column. ``ref`` is the field's generic ref ("" for meta and score columns)."""

    name: str
    kind: ColumnKind
    ref: str = ""
    datatype: str = "string"  # bind type, or "select1" / "select" for choice questions
    label: str = ""
    choices: tuple[Choice, ...] = ()  # select1 / select: the value labels
    choice: str = ""  # kind "choice": the choice value this 0/1 column stands for
    sensitive: bool = False


@dataclass
class Table:
    """The main table (``repeat`` None) or one repeat; ``name`` is Central's file suffix."""

    name: str
    repeat: str | None
    parent: str | None  # generic ref of the enclosing repeat, None under the main table
    columns: list[Column] = field(default_factory=list)
    sensitive: bool = False


@dataclass
class ColumnModel:
    form_id: str
    tables: list[Table]
    language: str | None = None
    versions: tuple[str, ...] = ()

    @property
    def main(self) -> Table:
        return self.tables[0]

    def without_sensitive(self) -> ColumnModel:
        tables = [
            Table(t.name, t.repeat, t.parent, [c for c in t.columns if not c.sensitive])
            for t in self.tables
            if not t.sensitive
        ]
        return ColumnModel(self.form_id, tables, self.language, self.versions)

    def sensitive_columns(self) -> list[str]:
        """What leaving sensitive fields out drops: "table: column", "repeat: (whole repeat)"."""
        out: list[str] = []
        for t in self.tables:
            if t.sensitive:
                out.append(f"{t.name}: (whole repeat)")
            else:
                out += [f"{t.name or '(main)'}: {c.name}" for c in t.columns if c.sensitive]
        return out


def resolve_language(defn: FormDefinition, wanted: str | None) -> str | None:
    """``wanted`` as a full itext language ("French (fr)"), a code ("fr") or a name prefix."""
    if not defn.languages:
        return None
    if not wanted:
        return defn.default_language
    low = wanted.strip().casefold()
    for lang in defn.languages:
        if lang.casefold() == low:
            return lang
    for lang in defn.languages:
        code = lang.rpartition("(")[2].rstrip(")").strip().casefold()
        if code == low or lang.casefold().startswith(low):
            return lang
    return None


def render_text(defn: FormDefinition, source: TextSource | None, lang: str | None) -> str:
    """A label as plain text; ``<output>``s become ``${expression}`` (no data to fill them)."""
    if source is None:
        return ""
    parts: Sequence[str | Expression] = source.parts
    if source.itext_id is not None:
        forms = defn.itext.get(lang or "", {}).get(source.itext_id) or next(
            (t[source.itext_id] for t in defn.itext.values() if source.itext_id in t), {}
        )
        parts = forms.get("long") or forms.get("short") or ()
    elif source.ref_expr is not None:
        return "${" + source.ref_expr.source + "}"
    text = "".join(p if isinstance(p, str) else "${" + p.source + "}" for p in parts)
    return " ".join(text.split())


def _choices(defn: FormDefinition, control: BodyControl, lang: str | None) -> tuple[Choice, ...]:
    if control.items:
        return tuple(Choice(i.value, render_text(defn, i.label, lang)) for i in control.items)
    if control.itemset is None:
        return ()
    found = _INSTANCE_NAME.search(control.itemset.nodeset.source)
    doc = secondary_instance(defn, found.group(1)) if found else None
    if doc is None or not doc.children:
        return ()  # an itemset over the main instance: values come from the data only
    value_name = control.itemset.value_ref.source.strip()
    label_src = control.itemset.label_ref.source.strip()
    label_name = label_src
    itext_label = control.itemset.label_is_itext
    if itext_label:
        inner = re.search(r"jr:itext\(\s*([^)]+?)\s*\)", label_src)
        label_name = inner.group(1) if inner else "itextId"
    out: list[Choice] = []
    seen: set[str] = set()
    for item in doc.children[0].children:
        fields = {c.name.rpartition(":")[2]: c.value for c in item.children}
        value = fields.get(value_name, "")
        if not value or value in seen:
            continue
        seen.add(value)
        raw = fields.get(label_name, "")
        label = render_text(defn, TextSource(itext_id=raw), lang) if itext_label and raw else raw
        out.append(Choice(value, label or value))
    return tuple(out)


def _is_note(defn: FormDefinition, gref: str) -> bool:
    control = defn.controls.get(gref)
    bind = defn.binds.get(gref)
    return (
        control is not None
        and control.kind == "input"
        and bind is not None
        and bind.readonly is not None
        and bind.calculate is None
        and bind.preload is None
    )


def _is_sensitive_step(name: str) -> bool:
    low = name.casefold()
    return low == "sensitive" or low.startswith("sensitive_")


def build_model(defn: FormDefinition, language: str | None = None) -> ColumnModel:
    """The tables and columns of one form version, labels in ``language`` (default language)."""
    lang = resolve_language(defn, language)
    root_name = next(iter(defn.child_names.get("", {})), "")
    root = f"/{root_name}"
    main = Table("", None, None)
    tables = [main]

    def walk(gref: str, table: Table, prefix: str, sensitive: bool) -> None:
        for name in defn.child_names.get(gref, {}):
            child = f"{gref}/{name}"
            sens = sensitive or _is_sensitive_step(name)
            path = f"{prefix}-{name}" if prefix else name
            if child in defn.repeats:
                used = {t.name for t in tables}
                sub = Table(name if name not in used else path, child, table.repeat, sensitive=sens)
                tables.append(sub)
                walk(child, sub, "", sens)
            elif child in defn.child_names:
                walk(child, table, path, sens)
            elif not _is_note(defn, child):
                table.columns.extend(_leaf_columns(defn, child, path, sens, lang))

    walk(root, main, "", False)
    return ColumnModel(defn.form_id, tables, lang, (defn.version or "",))


def _leaf_columns(
    defn: FormDefinition, gref: str, name: str, sensitive: bool, lang: str | None
) -> list[Column]:
    bind = defn.binds.get(gref)
    control = defn.controls.get(gref)
    datatype = bind.datatype if bind is not None else "string"
    label = render_text(defn, control.label, lang) if control is not None else ""
    if control is not None and control.kind in ("select1", "select", "rank"):
        choices = _choices(defn, control, lang)
        kind = "select1" if control.kind == "select1" else "select"
        out = [Column(name, "value", gref, kind, label, choices, sensitive=sensitive)]
        if kind == "select":
            out += [
                Column(
                    f"{name}/{c.value}",
                    "choice",
                    gref,
                    "int",
                    f"[{c.label}] {label}" if label else c.label,  # choice first: labels get cut
                    choice=c.value,
                    sensitive=sensitive,
                )
                for c in choices
            ]
        return out
    return [Column(name, "value", gref, datatype, label, sensitive=sensitive)]


def merge_models(models: Sequence[ColumnModel]) -> ColumnModel:
    """Union of several versions' models (newest first): tables and columns in first-seen order,
    a column only an older version has goes right after its predecessor there."""
    first = models[0]
    tables: list[Table] = []
    by_name: dict[str, Table] = {}
    for model in models:
        for table in model.tables:
            target = by_name.get(table.name)
            if target is None:
                target = Table(table.name, table.repeat, table.parent, [], table.sensitive)
                by_name[table.name] = target
                tables.append(target)
            target.sensitive = target.sensitive or table.sensitive
            _merge_columns(target.columns, table.columns)
    versions = tuple(v for m in models for v in m.versions)
    return ColumnModel(first.form_id, tables, first.language, versions)


def _merge_columns(into: list[Column], new: Iterable[Column]) -> None:
    positions = {c.name: i for i, c in enumerate(into)}
    previous: str | None = None
    for column in new:
        at = positions.get(column.name)
        if at is not None:
            old = into[at]
            if old.choices != column.choices and column.choices:
                merged = old.choices + tuple(c for c in column.choices if c not in old.choices)
                into[at] = Column(
                    old.name,
                    old.kind,
                    old.ref,
                    old.datatype,
                    old.label,
                    _unique(merged),
                    old.choice,
                    old.sensitive or column.sensitive,
                )
        else:
            at = positions[previous] + 1 if previous is not None else len(into)
            into.insert(at, column)
            positions = {c.name: i for i, c in enumerate(into)}
        previous = column.name


def _unique(choices: tuple[Choice, ...]) -> tuple[Choice, ...]:
    seen: set[str] = set()
    out: list[Choice] = []
    for c in choices:
        if c.value not in seen:
            seen.add(c.value)
            out.append(c)
    return tuple(out)


def with_meta(model: ColumnModel, scores: Sequence[Column] = ()) -> ColumnModel:
    """Add Central's meta columns: ``SubmissionDate`` first, computed scores after the form's
    fields, then ``KEY``, ``Enumerator``, ``Status``, ``ReviewState``, ``Flags``,
    ``FormVersion``; repeat tables end with ``PARENT_KEY`` and ``KEY``."""
    tables: list[Table] = []
    for table in model.tables:
        if table.repeat is None:
            columns = [
                Column(SUBMISSION_DATE, "meta", label="Submission date (UTC)"),
                *table.columns,
                *scores,
                Column(KEY, "key", label="Submission key (instanceID)"),
                Column(ENUMERATOR, "meta", label="Enumerator (server user)"),
                Column(STATUS, "meta", label="Status in fieldapp"),
                Column(REVIEW_STATE, "meta", label="Review state (ODK Central terms)"),
                Column(FLAGS, "meta", label="Automatic review flags"),
                Column(FORM_VERSION, "meta", label="Form version"),
            ]
        else:
            columns = [
                *table.columns,
                Column(PARENT_KEY, "key", label="Key of the parent row"),
                Column(KEY, "key", label="Key of this repeat row"),
            ]
        tables.append(Table(table.name, table.repeat, table.parent, columns, table.sensitive))
    return ColumnModel(model.form_id, tables, model.language, model.versions)
