"""The one error catalogue of fieldapp.

Every error a user or form author can meet has a stable code and a message that says what to
do. Code letters group the subsystems: F form loading, X XPath, E engine/session, S store,
N sync/network, V server, I instruments, R review/export, U user interface, C command line.
Each subsystem adds its codes to its own section below (keep sections sorted by code).

Raise with ``raise FieldappError("F101", path=..., detail=...)``: the catalogue message is
formatted with the keyword arguments; ``location`` names where (file, sheet/row, element, ref).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorSpec:
    code: str
    title: str
    template: str  # str.format template; unknown keys are left visible, never crash


CATALOGUE: dict[str, ErrorSpec] = {}


def _register(code: str, title: str, template: str) -> None:
    if code in CATALOGUE:  # pragma: no cover - programming error caught at import
        raise RuntimeError(f"duplicate error code {code}")
    CATALOGUE[code] = ErrorSpec(code, title, template)


class _SafeDict(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class FieldappError(Exception):
    """An error with a catalogue code, a message a user can act on and an optional location."""

    def __init__(self, code: str, location: str = "", **params: object) -> None:
        spec = CATALOGUE.get(code)
        if spec is None:
            spec = ErrorSpec(code, "Unknown error", "{detail}")
        self.code = code
        self.title = spec.title
        self.location = location
        self.params = params
        self.message = spec.template.format_map(_SafeDict(params))
        super().__init__(self.render())

    def render(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.message} [{self.code}]"


# --- F: form loading (sources, XLSForm conversion, XForm parsing) -------------------------------
_register("F100", "Form file not found", "The form file {path} does not exist.")
_register("F101", "Unsupported form file", "{path} is not a form: use .xlsx, .xls, .csv, .md or .xml.")
_register("F102", "XLSForm conversion failed", "The XLSForm could not be converted: {detail}")
_register("F103", "Malformed XML", "The form is not well-formed XML: {detail}")
_register(
    "F104",
    "Forbidden XML construct",
    "The form uses {construct}, which is refused for safety (entities, DTDs and external "
    "references can leak files or exhaust memory). Remove it and export the form again.",
)
_register(
    "F105",
    "Spreadsheet too large or compressed suspiciously",
    "{path} expands to {size} (ratio {ratio}); the limit is {limit}. The file may be a "
    "zip bomb; re-save it from Excel or LibreOffice.",
)
_register("F106", "Not an XForm", "The XML document has no XForms model: {detail}")
_register("F107", "Invalid form structure", "{detail}")
_register("F108", "Missing media file", "The form needs the file {name}; put it in the media folder {media}.")
_register("F109", "Invalid external instance", "The file {name} could not be read as {kind}: {detail}")
_register(
    "F110",
    "Media path outside the form folder",
    "The form refers to {name}, which points outside its media folder; only file names inside that folder are allowed.",
)
_register("F111", "Form too large", "The file exceeds the limit of {limit} {what}.")
_register(
    "F150",
    "Damaged spreadsheet",
    "The spreadsheet cannot be opened: {detail}. Open it in Excel or LibreOffice and save it "
    "again as .xlsx.",
)
_register("F151", "Cannot read file", "The file {path} could not be read: {detail}")
_register(
    "F152",
    "Last-saved instance",
    "{name} refers to jr://instance/last-saved: the values of the previous submission, "
    "supplied by the session, not by a file.",
)
_register(
    "F153",
    "Unsupported external instance",
    "The external instance {name} is not supported: use a .xml, .csv or .geojson file.",
)

# --- X: XPath expressions ----------------------------------------------------------------------
_register("X100", "XPath syntax error", "Cannot read the expression {expr!r}: {detail}")
_register("X101", "Unknown function", "The function {name}() in {expr!r} does not exist in ODK XForms.")
_register("X102", "Wrong number of arguments", "{name}() expects {expected} argument(s), got {got}.")
_register("X103", "Expression too complex", "The expression {expr!r} exceeds the limit of {limit} {what}.")
_register("X104", "Regular expression refused", "The pattern {pattern!r} is invalid or too slow: {detail}")
_register("X105", "Evaluation error", "{detail}")
_register("X106", "Unknown instance", "The expression refers to instance('{name}'), which the form does not declare.")

# --- E: engine and session ---------------------------------------------------------------------
_register(
    "E100",
    "Dependency cycle",
    "These fields depend on each other in a loop: {fields}. Break the cycle in their calculation, "
    "relevance or constraint.",
)
_register("E101", "Unknown question", "The form has no question {ref}.")
_register("E102", "Invalid value", "{detail}")
_register("E103", "Constraint not met", "{detail}")
_register("E104", "Required question", "{detail}")
_register("E105", "Repeat limit", "{detail}")
_register("E106", "Cannot restore instance", "The saved instance does not match this form: {detail}")
_register("E107", "Read-only question", "{ref} is read-only.")
_register("E108", "Form not complete", "The form cannot be finalized: {count} problem(s) remain.")

# --- S: encrypted local store ------------------------------------------------------------------

# --- N: sync client and network ----------------------------------------------------------------

# --- V: central server -------------------------------------------------------------------------
_register("V100", "Server database unavailable", "Cannot open the server database {db}: {detail}")
_register(
    "V101",
    "Server database not initialised",
    "The database {db} has no fieldapp schema (or an older one, version {found}); run "
    "`fieldapp-server init --db {db}` or `fieldapp-server migrate --db {db}` first.",
)
_register("V102", "Unknown project", "There is no project named {name}; create it with `fieldapp-server project add`.")
_register("V103", "Unknown user", "There is no user named {name}.")
_register("V104", "User exists", "A user named {name} already exists.")
_register("V105", "Invalid role", "The role {role} is not one of enumerator, supervisor, admin.")
_register("V106", "Unknown token", "No active token {token_id} exists; list tokens with `fieldapp-server token list`.")
_register("V107", "Form publish failed", "The form {path} could not be published: {detail}")
_register("V108", "Form version exists", "Form {form_id} version {version} is already published with different content; bump the version in the settings sheet.")
_register("V109", "Project keys", "{detail}")
_register("V110", "Wrong key passphrase", "The passphrase does not open the project key file {path}.")
_register("V111", "Invalid name", "{what} {name!r} is not allowed: use 1-64 letters, digits, '.', '-' or '_'.")
_register("V112", "Unsupported database URL", "The database URL {db} is not SQLite or PostgreSQL.")

# --- I: built-in instruments and scoring -------------------------------------------------------

# --- R: review, dashboards and export ----------------------------------------------------------

# --- U: desktop user interface -----------------------------------------------------------------

# --- C: command line ---------------------------------------------------------------------------
_register("C100", "Bad arguments", "{detail}")
_register("C101", "Cannot read answers", "The answers file {path} could not be read: {detail}")
