"""Automatic review flags, computed when submissions are received (and recomputable per form).

Each submission is read once into *facts* (interview duration, don't-know count, numeric answers,
keyed hashes of identifying answers, location presence, edits after finalizing), sealed in the
store next to the flags. Flags that compare a submission with its team (short for this form,
numeric outliers, duplicates) are re-evaluated over all facts of the form on every run, so they
follow the team's data as it grows. The queue filters on the flag *bits* (plaintext: a flag name
is not respondent data); explanations quote answers and stay sealed.

Run :func:`refresh_flags` after a pull / import (it only reads submissions it has no facts for,
or whose facts were read under other don't-know codes / identifying fields).
"""

from __future__ import annotations

import hashlib
import re
import statistics
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntFlag
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from fieldapp.core.engine import FormDefinition
from fieldapp.core.review.answers import generic, leaf_values, meta_values
from fieldapp.core.review.form_cache import definition
from fieldapp.core.review.paradata import (
    AUDIT_NAME,
    changes_after_finalize,
    interview_seconds,
    read_audit_csv,
)
from fieldapp.core.store import FlagUpdate, ProfileSession
from fieldapp.errors import FieldappError

FACTS_VERSION = 1
_MAX_OTHERS = 20  # other interviews named in a duplicate flag
SETTINGS_KEY = "review.flag_settings"


class Flag(IntFlag):
    """Flag bits stored in the queue's ``flags`` column (values are part of the store format)."""

    SHORT_INTERVIEW = 1
    MANY_DONT_KNOW = 2
    OUTLIER = 4
    DUPLICATE = 8
    MISSING_LOCATION = 16
    CHANGED_AFTER_FINALIZE = 32

    @property
    def code(self) -> str:
        return str(self.name).lower()

    @property
    def title(self) -> str:
        return FLAG_TITLES[self]


FLAG_TITLES: dict[Flag, str] = {
    Flag.SHORT_INTERVIEW: "Interview too short",
    Flag.MANY_DONT_KNOW: "Many don't know / refused",
    Flag.OUTLIER: "Unusual number",
    Flag.DUPLICATE: "Possible duplicate respondent",
    Flag.MISSING_LOCATION: "Location missing",
    Flag.CHANGED_AFTER_FINALIZE: "Answers changed after finalizing",
}
_BY_CODE = {f.code: f for f in Flag}


def flag_mask(codes: Iterable[str]) -> int:
    """Flag codes (``short_interview``...) -> bitmask; R105 for an unknown code."""
    mask = 0
    for code in codes:
        flag = _BY_CODE.get(code)
        if flag is None:
            raise FieldappError("R105", flag=code, known=", ".join(_BY_CODE))
        mask |= flag
    return mask


def flags_of(mask: int) -> list[Flag]:
    return [f for f in Flag if mask & f]


class FlagSettings(BaseModel):
    """Thresholds of the automatic flags (profile setting ``review.flag_settings``, JSON)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    min_interview_seconds: float = Field(default=180, ge=0)
    min_interview_seconds_by_form: dict[str, float] = Field(
        default_factory=lambda: {"ipl12": 120.0, "ipl24": 240.0, "diaspora": 600.0}
    )
    short_share_of_median: float = Field(default=0.4, ge=0, le=1)
    """Also short: under this share of the team's median duration for the form."""
    min_team_size: int = Field(default=10, ge=2)
    """Team-relative checks (median duration, outliers) need at least this many submissions."""
    dont_know_choices: tuple[str, ...] = ("98", "99", "pna")
    """Choice codes of don't know / refused (built-in forms: 98, 99; diaspora: pna)."""
    dont_know_typed: tuple[str, ...] = ("-99",)
    """Typed answers meaning refused / don't know (the diaspora form's -99)."""
    dont_know_min_count: int = Field(default=3, ge=1)
    dont_know_min_share: float = Field(default=0.2, ge=0, le=1)
    dont_know_always: int = Field(default=10, ge=1)
    """This many don't know / refused answers flag an interview whatever its length."""
    outlier_z: float = Field(default=3.5, gt=0)
    """Robust z (0.6745 * |x - median| / MAD) above which a number is unusual."""
    numeric_missing: tuple[str, ...] = ("-99", "-98", "-97")
    duplicate_keys: tuple[tuple[str, ...], ...] = (
        ("contact_name", "age", "sex"),
        ("contact_phone",),
        ("contact_email",),
    )
    """Field names (last path step) whose values together identify a respondent."""
    check_location: bool = True

    def facts_fingerprint(self) -> str:
        """The settings read while extracting facts (codes, identifying fields): when they
        change, ``refresh_flags`` re-reads the submissions; thresholds only re-evaluate."""
        parts = (
            self.dont_know_choices,
            self.dont_know_typed,
            self.numeric_missing,
            self.duplicate_keys,
        )
        return hashlib.blake2b(repr(parts).encode(), digest_size=8).hexdigest()


def load_settings(session: ProfileSession) -> FlagSettings:
    raw = session.get_setting(SETTINGS_KEY)
    if not isinstance(raw, str):
        return FlagSettings()
    try:
        return FlagSettings.model_validate_json(raw)
    except ValidationError as exc:
        raise FieldappError("R106", detail=exc.errors()[0]["msg"]) from None


def save_settings(session: ProfileSession, settings: FlagSettings) -> None:
    session.set_setting(SETTINGS_KEY, settings.model_dump_json())


# --- facts ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FormShape:
    """What flags need from a form definition: question types by generic ref."""

    repeats: frozenset[str]
    controls: frozenset[str]
    selects: frozenset[str]
    numeric: frozenset[str]
    geopoints: frozenset[str]
    time_start: str | None
    time_end: str | None

    @classmethod
    def of(cls, defn: FormDefinition | None) -> FormShape:
        if defn is None:
            return cls(frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), None, None)
        controls = {g for g, c in defn.controls.items() if c.kind not in ("note", "trigger")}
        selects = {g for g, c in defn.controls.items() if c.kind in ("select1", "select")}
        numeric, geo = set(), set()
        start = end = None
        for g, bind in defn.binds.items():
            if bind.preload == "timestamp" and bind.preload_params in ("start", "end"):
                if bind.preload_params == "start":
                    start = g
                else:
                    end = g
            if g not in controls or bind.calculate is not None:
                continue
            if bind.datatype in ("int", "decimal"):
                numeric.add(g)
            elif bind.datatype == "geopoint":
                geo.add(g)
        return cls(
            frozenset(defn.repeats),
            frozenset(controls),
            frozenset(selects),
            frozenset(numeric),
            frozenset(geo),
            start,
            end,
        )


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w@.+ ]", " ", plain).split())


def _key_value(name: str, value: str) -> str:
    if "phone" in name:
        digits = re.sub(r"\D", "", value)
        return digits[-9:]  # national number: +593 99... and 099... match
    return _normalise(value)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _seconds_between(start: str, end: str) -> float | None:
    try:
        a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
        return (b - a).total_seconds()
    except (TypeError, ValueError):
        return None


def extract_facts(
    session: ProfileSession, instance_id: str, shape: FormShape, settings: FlagSettings
) -> dict[str, Any]:
    """Read one submission (decrypting it) into the facts flags compare. Identifying answers
    become keyed hashes; numbers are kept (sealed) for the outlier statistics."""
    sub = session.load(instance_id)
    values = leaf_values(sub.xml, shape.repeats)
    meta = meta_values(values)
    audit_rows = []
    for att in session.list_attachments(instance_id):
        if att.name == AUDIT_NAME:
            audit_rows = read_audit_csv(att.data)
    duration: float | None = None
    source = None
    if audit_rows:
        duration, source = interview_seconds(audit_rows), "paradata"
    if duration is None:
        start = meta.get("timeStart", "")
        end = meta.get("timeEnd", "")
        if not (start and end) and values:
            # the form's start/end timestamps; without the form, XLSForm's usual names
            root = "/" + next(iter(values)).split("/")[1]
            start = values.get(shape.time_start or f"{root}/start", "")
            end = values.get(shape.time_end or f"{root}/end", "")
        if start and end:
            duration, source = _seconds_between(start, end), "start/end times"
    answered = dont_know = 0
    numbers: dict[str, list[float]] = {}
    by_name: dict[str, str] = {}
    geo_total = geo_empty = 0
    for ref, value in values.items():
        g = generic(ref)
        if shape.controls and g not in shape.controls:
            continue
        if not shape.controls and "/meta/" in g:
            continue
        if g in shape.geopoints:
            geo_total += 1
            geo_empty += value == ""
        if value == "":
            continue
        answered += 1
        if value in settings.dont_know_typed or (
            (g in shape.selects or not shape.controls)
            and any(v in settings.dont_know_choices for v in value.split())
        ):
            dont_know += 1
        if g in shape.numeric and value not in settings.numeric_missing:
            number = _number(value)
            if number is not None:
                numbers.setdefault(g, []).append(number)
        if g == ref:  # outside repeats: candidate identifying field
            by_name[g.rpartition("/")[2]] = value
    dup_keys = []
    for fields in settings.duplicate_keys:
        parts = [by_name.get(f, "") for f in fields]
        if all(p and p not in settings.numeric_missing for p in parts):
            text = "\x1f".join(_key_value(f, p) for f, p in zip(fields, parts, strict=True))
            if text.strip("\x1f"):
                dup_keys.append(session.keyed_hash("review.duplicate", "+".join(fields) + text))
    routing = sub.routing
    return {
        "v": FACTS_VERSION,
        "fp": settings.facts_fingerprint(),
        "typed": bool(shape.controls),
        "duration": duration,
        "duration_source": source,
        "answered": answered,
        "dont_know": dont_know,
        "numbers": numbers,
        "dup_keys": dup_keys,
        "geo_total": geo_total,
        "geo_empty": geo_empty,
        "changed_after_finalize": changes_after_finalize(audit_rows),
        "deprecated_id": (routing.deprecated_id if routing else None)
        or meta.get("deprecatedID")
        or None,
    }


# --- evaluation -------------------------------------------------------------------------------
@dataclass(frozen=True)
class FlagRunReport:
    forms: int
    submissions: int
    read: int  # submissions decrypted to extract facts
    changed: int  # submissions whose flags were written


@dataclass(frozen=True)
class _Robust:
    median: float
    scale: float  # MAD (or mean absolute deviation when MAD is 0), never 0


def _robust(values: Sequence[float]) -> _Robust | None:
    median = statistics.median(values)
    deviations = [abs(v - median) for v in values]
    mad = statistics.median(deviations)
    if mad > 0:
        return _Robust(median, mad)
    mean_ad = statistics.fmean(deviations) * 1.2533  # scaled to be comparable with a MAD
    return _Robust(median, mean_ad) if mean_ad > 0 else None


def _fmt(x: float) -> str:
    return f"{x:.0f}" if x == int(x) else f"{x:.2f}"


def evaluate(
    form_id: str, facts: Mapping[str, Mapping[str, Any]], settings: FlagSettings
) -> dict[str, tuple[int, list[dict[str, Any]]]]:
    """Flags of every submission of one form, given all their facts: id -> (mask, flags)."""
    durations = [f["duration"] for f in facts.values() if f.get("duration") is not None]
    median_duration = (
        statistics.median(durations) if len(durations) >= settings.min_team_size else None
    )
    minimum = settings.min_interview_seconds_by_form.get(form_id, settings.min_interview_seconds)
    stats: dict[str, _Robust] = {}
    pooled: dict[str, list[float]] = {}
    for f in facts.values():
        for g, vals in f.get("numbers", {}).items():
            pooled.setdefault(g, []).extend(vals)
    for g, vals in pooled.items():
        if len(vals) >= settings.min_team_size:
            robust = _robust(vals)
            if robust is not None:
                stats[g] = robust
    root: dict[str, str] = {}
    for iid in facts:
        current, seen = iid, {iid}
        while True:
            dep = facts[current].get("deprecated_id")
            if not dep or dep not in facts or dep in seen:
                break
            current = dep
            seen.add(dep)
        root[iid] = current
    holders: dict[str, list[str]] = {}
    for iid, f in facts.items():
        for key in f.get("dup_keys", []):
            holders.setdefault(key, []).append(iid)
    others_of: dict[str, dict[str, None]] = {}
    for members in holders.values():
        if len({root[m] for m in members}) < 2:
            continue
        for iid in members:
            seen_others = others_of.setdefault(iid, {})
            for other in members:  # bounded: a placeholder shared by thousands stays linear
                if len(seen_others) >= _MAX_OTHERS:
                    break
                if root[other] != root[iid]:
                    seen_others[other] = None
    out: dict[str, tuple[int, list[dict[str, Any]]]] = {}
    for iid, f in facts.items():
        found: list[dict[str, Any]] = []
        duration = f.get("duration")
        if duration is not None:
            limit = minimum
            why = f"under the minimum of {_fmt(minimum / 60)} min for this form"
            rule: dict[str, str] = {"rule": "minimum", "limit": _fmt(minimum / 60)}
            relative = settings.short_share_of_median * median_duration if median_duration else 0.0
            if median_duration is not None and relative > limit:
                limit = relative
                rule = {
                    "rule": "median",
                    "share": f"{settings.short_share_of_median:.0%}",
                    "limit": _fmt(median_duration / 60),
                }
                why = (
                    f"under {settings.short_share_of_median:.0%} of the team's median of "
                    f"{_fmt(median_duration / 60)} min"
                )
            if duration < limit:
                found.append(
                    {
                        "code": Flag.SHORT_INTERVIEW.code,
                        "text": (
                            f"The interview took {_fmt(duration / 60)} min "
                            f"({f['duration_source']}), {why}."
                        ),
                        "refs": [],
                        # the parts of the text, for explanations shown in the UI's language
                        "params": {
                            "minutes": _fmt(duration / 60),
                            "source": str(f["duration_source"]),
                            **rule,
                        },
                    }
                )
        dk, answered = int(f.get("dont_know", 0)), int(f.get("answered", 0))
        if dk >= settings.dont_know_always or (
            dk >= settings.dont_know_min_count
            and answered
            and dk / answered >= settings.dont_know_min_share
        ):
            found.append(
                {
                    "code": Flag.MANY_DONT_KNOW.code,
                    "text": (
                        f"{dk} of {answered} answers are don't know / refused "
                        f"({dk / answered:.0%})."
                    ),
                    "refs": [],
                    "params": {"count": dk, "total": answered, "share": f"{dk / answered:.0%}"},
                }
            )
        unusual: list[str] = []
        unusual_parts: list[dict[str, str]] = []
        refs: list[str] = []
        for g, vals in f.get("numbers", {}).items():
            robust = stats.get(g)
            if robust is None:
                continue
            for v in vals:
                z = 0.6745 * abs(v - robust.median) / robust.scale
                if z > settings.outlier_z:
                    unusual.append(
                        f"{g.rpartition('/')[2]} = {_fmt(v)} (team median {_fmt(robust.median)})"
                    )
                    unusual_parts.append(
                        {
                            "question": g.rpartition("/")[2],
                            "value": _fmt(v),
                            "median": _fmt(robust.median),
                        }
                    )
                    refs.append(g)
                    break
        if unusual:
            found.append(
                {
                    "code": Flag.OUTLIER.code,
                    "text": "Unusual compared with the team: " + "; ".join(unusual) + ".",
                    "refs": refs,
                    "params": {"numbers": unusual_parts},
                }
            )
        others = list(others_of.get(iid, {}))
        if others:
            shown = ", ".join(others[:5]) + (" ..." if len(others) > 5 else "")
            found.append(
                {
                    "code": Flag.DUPLICATE.code,
                    "text": (
                        f"Same identifying answers as {len(others)}"
                        f"{' or more' if len(others) >= _MAX_OTHERS else ''} other "
                        f"interview(s): {shown}."
                    ),
                    "refs": [],
                    "others": others,
                    "params": {
                        "count": len(others),
                        "more": len(others) >= _MAX_OTHERS,
                        "shown": shown,
                    },
                }
            )
        geo_total = int(f.get("geo_total", 0))
        if settings.check_location and geo_total and int(f.get("geo_empty", 0)) == geo_total:
            found.append(
                {
                    "code": Flag.MISSING_LOCATION.code,
                    "text": "The form asks for a location but none was recorded.",
                    "refs": [],
                    "params": {},
                }
            )
        changed = list(f.get("changed_after_finalize", []))
        dep = f.get("deprecated_id")
        if dep or changed:
            parts = []
            if dep:
                parts.append(f"this version replaces submission {dep}; compare the versions")
            if changed:
                parts.append(f"{len(changed)} answer(s) were changed after the finalize step")
            found.append(
                {
                    "code": Flag.CHANGED_AFTER_FINALIZE.code,
                    "text": "Edited after finalizing: " + "; ".join(parts) + ".",
                    "refs": changed,
                    "params": {"replaces": dep or "", "changed": len(changed)},
                }
            )
        mask = 0
        for item in found:
            mask |= _BY_CODE[item["code"]]
        out[iid] = (mask, found)
    return out


def refresh_flags(
    session: ProfileSession,
    form_id: str | None = None,
    *,
    recompute: bool = False,
    settings: FlagSettings | None = None,
) -> FlagRunReport:
    """Compute flags of received submissions (of one form, or all): facts are read for
    submissions that have none (``recompute``: for all), then every submission of the form is
    re-evaluated against its team. Only changed flags are written (one transaction per form).
    A form where nothing was received or rewritten since the last run, with the same settings
    and forms, is skipped without decrypting anything."""
    settings = settings or load_settings(session)
    forms = [form_id] if form_id else session.review_values("form_id")
    run = _Run(session, settings, recompute)
    total = read = changed = 0
    for form in forms:
        count, n_read, n_changed = run.form(form)
        total, read, changed = total + count, read + n_read, changed + n_changed
    return FlagRunReport(len(forms), total, read, changed)


class _Run:
    """One refresh_flags call: settings, form shapes parsed once, per-form evaluation."""

    def __init__(self, session: ProfileSession, settings: FlagSettings, recompute: bool) -> None:
        self.session = session
        self.settings = settings
        self.recompute = recompute
        self.shapes: dict[tuple[str, str], FormShape] = {}
        self.wanted = {"v": FACTS_VERSION, "fp": settings.facts_fingerprint()}
        digest = hashlib.blake2b(settings.model_dump_json().encode(), digest_size=8)
        self.settings_hash = digest.hexdigest()
        self.forms_state = len(session.list_forms())  # a form added: untyped facts can be typed

    def shape(self, form: str, version: str) -> FormShape:
        shape = self.shapes.get((form, version))
        if shape is None:
            shape = FormShape.of(_definition(self.session, form, version))
            self.shapes[(form, version)] = shape
        return shape

    def _stale(self, form: str, version: str, old: Mapping[str, Any]) -> bool:
        if self.recompute or {k: old.get(k) for k in self.wanted} != self.wanted:
            return True
        # read while the form was not held: read again once it is
        return not old.get("typed") and bool(self.shape(form, version).controls)

    def form(self, form: str) -> tuple[int, int, int]:
        """(submissions, read, written) for one form."""
        session = self.session
        count, last_write = session.received_state(form)
        if not count:
            return 0, 0, 0
        state = f"{FACTS_VERSION}:{self.settings_hash}:{count}:{last_write}:{self.forms_state}"
        digest = hashlib.blake2b(form.encode(), digest_size=8).hexdigest()
        state_key = f"review.flags-state.{digest}"
        if not self.recompute and session.get_setting(state_key) == state:
            return count, 0, 0
        ids = session.received_ids(form)
        versions = session.versions_of(ids)
        stored = session.all_review_details(form)
        facts: dict[str, dict[str, Any]] = {}
        fresh: set[str] = set()
        for iid in ids:
            old = stored.get(iid, {}).get("facts", {})
            if iid in stored and not self._stale(form, versions[iid], old):
                facts[iid] = old
            else:
                shape = self.shape(form, versions[iid])
                facts[iid] = extract_facts(session, iid, shape, self.settings)
                fresh.add(iid)
        results = evaluate(form, facts, self.settings)
        updates = []
        for iid in ids:
            mask, found = results[iid]
            prev = stored.get(iid)
            if (
                iid in fresh
                or prev is None
                or prev.get("flags") != found
                or prev.get("mask") != mask
            ):
                updates.append(
                    FlagUpdate(iid, mask, {"mask": mask, "flags": found, "facts": facts[iid]})
                )
        written = session.put_review_flags(updates) if updates else 0
        session.set_setting(state_key, state)
        return len(ids), len(fresh), written


def _definition(session: ProfileSession, form_id: str, version: str) -> FormDefinition | None:
    """The stored form, or None when the supervisor does not hold that version (flags that
    need question types are then skipped for it; the others still run)."""
    try:
        return definition(session, form_id, version)
    except FieldappError:
        return None


def flag_details(session: ProfileSession, instance_id: str) -> list[dict[str, Any]]:
    """The sealed explanations of one submission's flags: [{code, text, refs}]."""
    details = session.review_details(instance_id)
    return list(details.get("flags", [])) if details else []
