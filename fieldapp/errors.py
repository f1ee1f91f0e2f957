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
_register(
    "F101", "Unsupported form file", "{path} is not a form: use .xlsx, .xls, .csv, .md or .xml."
)
_register("F102", "XLSForm conversion failed", "The XLSForm could not be converted: {detail}")
_register("F103", "Malformed XML", "The file is not well-formed XML: {detail}")
_register(
    "F104",
    "Forbidden XML construct",
    "The file uses {construct}, which is refused for safety (entities, DTDs and external "
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
_register(
    "F108",
    "Missing media file",
    "The form needs the file {name}; put it in the media folder {media}.",
)
_register(
    "F109", "Invalid external instance", "The file {name} could not be read as {kind}: {detail}"
)
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
_register("F112", "Misplaced form part", "The form's structure is wrong: {detail}.")
_register("F113", "Unsupported action", "The action cannot run: {detail}.")
_register("F114", "Invalid control setting", "{detail}; fix the question's parameters.")
_register("F115", "Select without choices", "The {detail}; add choices or a choice list.")

# --- X: XPath expressions ----------------------------------------------------------------------
_register("X100", "XPath syntax error", "Cannot read the expression {expr!r}: {detail}")
_register(
    "X101", "Unknown function", "The function {name}() in {expr!r} does not exist in ODK XForms."
)
_register(
    "X102", "Wrong number of arguments", "{name}() expects {expected} argument(s), got {got}."
)
_register(
    "X103", "Expression too complex", "The expression {expr!r} exceeds the limit of {limit} {what}."
)
_register(
    "X104", "Regular expression refused", "The pattern {pattern!r} is invalid or too slow: {detail}"
)
_register("X105", "Evaluation error", "{detail}")
_register(
    "X106",
    "Unknown instance",
    "The expression refers to instance('{name}'), which the form does not declare.",
)

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
_register(
    "E106", "Cannot restore instance", "The saved instance does not match this form: {detail}"
)
_register("E107", "Read-only question", "{ref} is read-only.")
_register("E108", "Form not complete", "The form cannot be finalized: {count} problem(s) remain.")

# --- S: encrypted local store ------------------------------------------------------------------
_register(
    "S100",
    "Wrong passphrase",
    "The passphrase or profile name is not right. Try again; after several failures fieldapp waits longer before each try.",
)
_register(
    "S101",
    "Unknown profile",
    "There is no profile named {name}; list profiles with `fieldapp profile list`.",
)
_register("S102", "Profile exists", "A profile named {name} already exists; choose another name.")
_register(
    "S103",
    "Invalid profile name",
    "The profile name {name!r} is not allowed: use 1-64 letters, digits, spaces, '.', '-' or '_', starting with a letter or digit.",
)
_register("S104", "Invalid role", "The role {role!r} is not one of enumerator, supervisor.")
_register(
    "S105",
    "Passphrase too short",
    "The passphrase must have at least {minimum} characters; a short sentence is easy to remember and hard to guess.",
)
_register(
    "S106",
    "Wrong recovery key",
    "The recovery key does not open the profile {name}. Check it letter by letter (groups of 4 letters and digits, dashes optional).",
)
_register(
    "S107", "Profile locked", "The profile {name} is locked; unlock it with its passphrase first."
)
_register("S108", "Not found", "There is no {what} {key} in this profile.")
_register(
    "S109",
    "Not allowed in this state",
    "The interview {instance_id} is {state}; it cannot be {action}. Allowed from {state}: {allowed}.",
)
_register(
    "S110",
    "Passphrase needed",
    "No passphrase given and no terminal to ask: set FIELDAPP_PASSPHRASE or pass --passphrase-file FILE.",
)
_register(
    "S111", "Cannot read passphrase file", "The passphrase file {path} could not be read: {detail}"
)
_register("S112", "Invalid setting", "The setting {key!r} was refused: {detail}")
_register(
    "S120",
    "Disk full",
    "The disk is full (or a size limit was reached) while saving to {path}; nothing was half-written and earlier data is intact. Free some space and save again.",
)
_register(
    "S121",
    "Cannot write the store",
    "Saving to {path} failed: {detail}. Earlier data is intact; check the disk and permissions and try again.",
)
_register(
    "S122",
    "Store damaged",
    "The database {path} is damaged ({detail}). It was left untouched and a copy was saved to {copy}. Restore the profile from an export (`fieldapp profile import`) or ask support to repair the copy.",
)
_register(
    "S123",
    "Journal file missing",
    "The write-ahead journal of {path} is missing although the store was not closed cleanly: the latest saves may be lost. The database was left untouched and a copy was saved to {copy}. Put the -wal file back, or run `fieldapp profile list` after acknowledging with `fieldapp profile accept-damage NAME` to continue with what remains.",
)
_register(
    "S124",
    "Record tampered",
    "The {what} {key} failed its integrity check: it was altered, truncated or moved from another record. It was not used; restore it from an export.",
)
_register(
    "S125",
    "Records rolled back or deleted",
    "The profile {name} does not match its signed record manifest: a record was deleted, replaced by an older copy, or added from elsewhere. A copy was saved to {copy}. Restore from an export; unlock with verification off only to rescue data.",
)
_register(
    "S126",
    "Store from a newer fieldapp",
    "The store {path} has schema version {found}, newer than this fieldapp understands ({supported}); update fieldapp.",
)
_register(
    "S127",
    "Migration failed",
    "Upgrading {path} from schema {found} to {target} failed: {detail}. The original is unchanged and a backup is at {backup}.",
)
_register(
    "S130",
    "Export file damaged",
    "The export file {path} is damaged or truncated ({detail}); nothing was imported.",
)
_register(
    "S131",
    "Wrong export passphrase",
    "The passphrase does not open the export file {path}, or the file was altered; nothing was imported.",
)
_register(
    "S132",
    "Not an export file",
    "{path} is not a fieldapp export file (or one from a newer fieldapp).",
)

# --- N: sync client and network ----------------------------------------------------------------
_register(
    "N100",
    "Server unreachable",
    "Cannot reach {url}: {detail}. Nothing was lost: the outbox keeps every submission and sync will try again.",
)
_register(
    "N101",
    "Server too slow",
    "{url} did not answer within {seconds} s. Nothing was lost; try again on a better connection.",
)
_register(
    "N102",
    "Server error",
    "{url} answered HTTP {status}; the server has a problem. Nothing was lost; try again later.",
)
_register(
    "N103",
    "Not signed in",
    "{url} refused the credentials (HTTP {status}). Check the token, or the user name and password.",
)
_register(
    "N104", "Not allowed", "{url} says this account may not do that (HTTP {status}): {detail}"
)
_register(
    "N105",
    "Not found",
    "{url} does not exist on the server (HTTP 404). Check the server address and project.",
)
_register("N106", "Reply too large", "The reply from {url} exceeds {limit} bytes and was refused.")
_register("N107", "Unreadable server reply", "The reply from {url} could not be read: {detail}")
_register(
    "N108",
    "Redirect refused",
    "{url} redirected to {target}, on another host or to plain HTTP; refused for safety. Use the final server address.",
)
_register(
    "N109",
    "Password over plain HTTP",
    "Refusing to send a password with Basic authentication over plain HTTP to {host}; use an https:// address.",
)
_register(
    "N110", "Submission refused", "{instance_id}: the server refused the submission: {detail}"
)
_register(
    "N111",
    "Submission conflict",
    "{instance_id}: the server already holds different content under this instanceID. Edit the interview to send it as a new version.",
)
_register(
    "N112",
    "Download damaged",
    "The downloaded file {name} does not match its hash {expected} (got {actual}); it was not saved.",
)
_register(
    "N113",
    "Unsafe file name",
    "The server named a file {name!r}, which is not a safe file name; it was refused.",
)
_register(
    "N114",
    "Receipt does not match",
    "{instance_id}: the server's receipt hash {got} differs from ours {expected}; the submission stays in the outbox.",
)
_register("N115", "Server busy", "{url} asks to slow down (HTTP 429); try again in {retry} s.")
_register("N116", "Invalid server address", "{url} is not a usable server address: {detail}")
_register("N117", "Unexpected server reply", "{url} answered HTTP {status}: {detail}")
_register("N120", "Damaged encrypted submission", "The encrypted submission is malformed: {detail}")
_register(
    "N121",
    "Encrypted submission tampered",
    "The signature of the encrypted submission {instance_id} does not verify: it was altered after the device sealed it.",
)
_register(
    "N122",
    "Cannot decrypt submission",
    "The submission {instance_id} cannot be decrypted with key {key_id}: wrong project key file, or the data was altered.",
)
_register(
    "N123",
    "Submission metadata mismatch",
    "The encrypted submission says {field} is {inside!r} but it was stored as {outside!r}; it was moved or altered.",
)
_register(
    "N124",
    "Unknown envelope version",
    "The encrypted submission uses format {version}, which this fieldapp cannot read; update fieldapp.",
)
_register(
    "N125",
    "Untrusted device key",
    "The submission {instance_id} is signed by a device key that is not the one registered for {device_id}.",
)
_register(
    "N126",
    "No project key",
    "The project has no encryption key yet; ask an admin to run `fieldapp-server project keygen`, then sync again.",
)
_register(
    "N130",
    "Invalid form encryption key",
    "The form's base64RsaPublicKey is not a usable RSA public key: {detail}",
)
_register(
    "N131",
    "Cannot decrypt ODK submission",
    "The ODK encrypted submission {instance_id} cannot be decrypted: {detail}",
)
_register(
    "N132",
    "ODK submission signature mismatch",
    "The ODK encrypted submission {instance_id} does not match its element signature: a file is missing or altered.",
)
_register("N140", "Nothing to submit", "{detail}")
_register("N141", "Sync failed", "{count} submission(s) could not be sent: {detail}")
_register(
    "N300",
    "Not a transfer file",
    "{path} is not a readable fieldapp transfer file ({detail}); it may be truncated or not a transfer file at all. Nothing was imported.",
)
_register(
    "N301",
    "Transfer file altered",
    "{path} does not verify: it was altered or damaged after it was written ({detail}). Nothing was imported; ask for a new file.",
)
_register(
    "N302",
    "Transfer file for another project",
    "{path} is for project key {file_key}, but this profile holds key {our_key}. Nothing was imported; check the project.",
)
_register(
    "N303",
    "Transfer file already imported",
    "{path} was already imported on {when}; importing it again changes nothing.",
)
_register(
    "N304",
    "Older transfer file",
    "{path} is older (number {seq}) than a file already imported from the same sender (number {newest}); it was not imported. Use the newest file.",
)
_register(
    "N305",
    "No project key",
    "This profile has no project public key yet: sync once with the server, or import the key file the supervisor hands over with `fieldapp project import-key FILE`.",
)
_register(
    "N306",
    "No project private key",
    "This profile holds no project private key: import the project key file with `fieldapp project import-key FILE --private` (supervisors only).",
)
_register(
    "N307",
    "Wrong kind of transfer file",
    "{path} holds {kind}, but {expected} was expected here. Enumerators import the supervisor's reply file; supervisors import the enumerators' files.",
)
_register(
    "N308",
    "Nothing for this device",
    "{path} has nothing for this device ({device_id}): the supervisor has not imported a file from it yet.",
)
_register("N309", "Transfer file too large", "{path} is larger than {limit} bytes and was refused.")
_register(
    "N310", "Cannot write transfer file", "Cannot write {path}: {detail}. Nothing left the outbox."
)
_register(
    "N311",
    "Device key changed",
    "{path} is signed by a key for device {device_id} that differs from the one registered earlier; it was refused. Ask the enumerator which laptop wrote it.",
)
_register(
    "N312", "Invalid project key file", "{path} cannot be used as a project key file: {detail}"
)
_register(
    "N313",
    "Project key mismatch",
    "The project key {new_key} differs from the key {old_key} this profile already holds; pass --replace if the project really changed its keys.",
)
_register(
    "N314",
    "Device claims another enumerator",
    "{path} comes from device {device_id}, which wrote files as {known} before, but now says "
    "{claimed}; it was refused. Each profile has its own device key: ask which profile wrote it.",
)
_register("N320", "Field hub not set up", "There is no field hub for this profile yet: {detail}")
_register("N321", "Field hub refused", "{detail}")
_register(
    "N322",
    "Review decision refused",
    "{instance_id}: the server refused the review decision: {detail}",
)
_register(
    "N323",
    "Forwarding failed",
    "{count} item(s) could not be forwarded to {url}: {detail}. They stay on the hub and are tried again next time.",
)

_register(
    "N330",
    "ODK Central login failed",
    "{url} refused the login for {email}: check the e-mail address and password of the Central web user (HTTP {status}).",
)
_register(
    "N331",
    "Not a Central project",
    "{url} is not an ODK Central project address: {detail}. Use https://central.example.org/v1/projects/N.",
)
_register(
    "N332",
    "Unexpected ODK Central reply",
    "{url} answered in a way ODK Central does not: {detail}",
)
_register(
    "N333",
    "Central submission cannot be opened",
    "{instance_id} (form {form_id}) could not be read: {detail}. It is tried again at the next sync.",
)
_register(
    "N334",
    "Central review decision refused",
    "ODK Central refused the review decision on {instance_id}: {detail}. The decision is kept and tried again at the next sync.",
)
_register(
    "N335",
    "ODK Central needs an account",
    "Pulling submissions from ODK Central needs a Central web user with access to the project: give --user EMAIL with --password-file, or a session token with --token.",
)
_register(
    "N336",
    "Not sent to ODK Central",
    "Not sent: a supervisor's ODK Central connection only receives. Interviews go to Central with an app user's URL (fieldapp sync --server https://central.example.org/v1/key/TOKEN/projects/N).",
)

# --- V: central server -------------------------------------------------------------------------
_register("V100", "Server database unavailable", "Cannot open the server database {db}: {detail}")
_register(
    "V101",
    "Server database not initialised",
    "The database {db} has schema version {found} but this server needs {expected}: run "
    "`fieldapp-server init --db {db}` for a new database, `fieldapp-server migrate --db {db}` "
    "after upgrading the server; a database from a newer server needs that newer server.",
)
_register(
    "V102",
    "Unknown project",
    "There is no project named {name}; create it with `fieldapp-server project add`.",
)
_register("V103", "Unknown user", "There is no user named {name}.")
_register("V104", "User exists", "A user named {name} already exists.")
_register("V105", "Invalid role", "The role {role} is not one of enumerator, supervisor, admin.")
_register(
    "V106",
    "Unknown token",
    "No active token {token_id} exists; list tokens with `fieldapp-server token list`.",
)
_register("V107", "Form publish failed", "The form {path} could not be published: {detail}")
_register(
    "V108",
    "Form version exists",
    "Form {form_id} version {version} is already published with different content; bump the version in the settings sheet.",
)
_register("V109", "Project keys", "{detail}")
_register(
    "V110", "Wrong key passphrase", "The passphrase does not open the project key file {path}."
)
_register(
    "V111",
    "Invalid name",
    "{what} {name!r} is not allowed: use 1-64 letters, digits, '.', '-' or '_'.",
)
_register("V112", "Unsupported database URL", "The database URL {db} is not SQLite or PostgreSQL.")

# --- I: built-in instruments and scoring -------------------------------------------------------
_register(
    "I100",
    "Not an IPL instance",
    "The instance (root <{root}>, form id {form_id}) is not an IPL-12 or IPL-24 submission; pass form='ipl12' or form='ipl24' if it was renamed.",
)
_register(
    "I101",
    "Unknown answer code",
    "Item {item} has the answer code {answer!r}, which its option list does not define (valid codes: {codes}). The form was probably edited without updating fieldapp/core/scoring/ipl_items.py.",
)
_register("I102", "Unreadable instance", "The IPL instance could not be read: {detail}")
_register(
    "I103",
    "Wrong IPL form",
    "The instance is an {found} submission, not {expected}; score it with form='{found}'.",
)

# --- R: review, dashboards and export ----------------------------------------------------------
_register(
    "R100",
    "Invalid date",
    "The {what} value {value!r} is not a date and time; use ISO 8601, e.g. 2026-11-23T10:00:00Z.",
)
_register("R101", "Unknown sort", "The review queue cannot sort by {sort}; use one of {allowed}.")
_register(
    "R102",
    "Not a review decision",
    "{decision} is not a review decision; use approved, returned or has_issues.",
)
_register(
    "R103",
    "Not a received interview",
    "Interview {instance_id} was not received from the team, so it cannot be reviewed here; review decisions apply to a supervisor's received interviews.",
)
_register("R104", "Cannot save the filter", "The filter {name!r} cannot be saved: {detail}.")
_register("R105", "Unknown flag", "{flag} is not a review flag; use one of {known}.")
_register(
    "R106",
    "Invalid flag settings",
    "The review flag settings in this profile are invalid ({detail}); reset them in the review settings.",
)
_register(
    "R107",
    "Return needs a comment",
    "Say what to fix before returning interview {instance_id}: add an overall comment or a comment on a question.",
)
_register(
    "R108",
    "Comment too long",
    "Comments are limited to {limit} characters (and 500 questions per decision); shorten them.",
)
_register(
    "R109",
    "Interview already approved",
    "Interview {instance_id} is approved, which is final: it cannot be {decision} any more.",
)
_register(
    "R110",
    "Not versions of one interview",
    "{old} and {new} are submissions of different forms, so they cannot be compared.",
)

_register(
    "R150",
    "Form not in this profile",
    "There is no form {form_id}{versions} in this profile, so its submissions cannot be exported; download the form (sync) or pick another form id.",
)
_register("R151", "Unsupported export", "{detail}")
_register(
    "R152",
    "Unreadable submission",
    "The submission {instance_id} could not be read ({detail}); it was skipped and the others were exported.",
)
_register(
    "R153",
    "Submission of an unknown form version",
    "The submission {instance_id} uses form {form_id} version {version}, which is not in this profile; it was skipped. Download that form version (sync) and export again.",
)
_register(
    "R154",
    "Cannot write the export",
    "Writing {path} failed: {detail}. No export file was left behind; choose another folder or check the permissions.",
)
_register(
    "R155",
    "Disk full",
    "The disk is full while writing the export {path}. No export file was left behind; free some space or choose another drive.",
)
_register(
    "R156",
    "Export cancelled",
    "The export to {path} was cancelled; no export file was left behind.",
)
_register(
    "R157",
    "Too many rows for Excel",
    "The sheet {sheet} would exceed Excel's limit of {limit} rows. Export to CSV instead, or narrow the export (date range, status).",
)
_register("R159", "Unknown language", "The form has no language {lang}; it has {languages}.")
_register("R160", "Invalid export filter", "{detail}")
_register(
    "R161",
    "Score not computed",
    "The IPL scores of {instance_id} could not be computed ({detail}); its score columns are empty.",
)
_register(
    "R162",
    "Export helper stopped",
    "The export to {path} stopped because one of its helper processes ended unexpectedly ({detail}). No export file was left behind; export again.",
)

# --- U: desktop user interface -----------------------------------------------------------------
_register(
    "U100", "File too large", "The file {name} is larger than {limit} MB; choose a smaller file."
)
_register("U101", "Cannot read the file", "The file {name} could not be read: {detail}")
_register(
    "U300",
    "Unreadable submission",
    "A submission could not be read for the dashboards ({detail}); it is left out of the charts and can still be opened in the review queue.",
)
_register(
    "U301", "No file chosen", "Choose where to save the export (a folder you may keep the data in)."
)
_register(
    "U310",
    "Field hub did not start",
    "The field hub could not start on port {port}: {detail}. Choose another port (another program may use this one) and start again.",
)
_register(
    "U311",
    "Field hub stopped",
    "The field hub stopped by itself ({detail}); enumerators cannot sync with it until you start it again.",
)
_register(
    "U312",
    "Headquarters not set",
    "Enter the headquarters server address (http:// or https://) and your access token there, then forward again.",
)

# --- C: command line ---------------------------------------------------------------------------
_register("C100", "Bad arguments", "{detail}")
_register("C101", "Cannot read answers", "The answers file {path} could not be read: {detail}")
