"""``fieldapp-server`` admin CLI, run as real subprocesses on a temp SQLite file."""

from __future__ import annotations

import base64
import contextlib
import io
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from defusedxml import ElementTree as SafeET

from sync.protocol import KeyFileError, open_project_key_file
from sync.server.cli import main
from sync.server.storage import Storage

REPO = Path(__file__).resolve().parents[2]
XLSFORM = """| survey |
| | type | name | label |
| | text | name | Name |
| | integer | age | Age |
| settings |
| | form_id | version | form_title |
| | household | {version} | Household |
"""


def cli(*args: str, db: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``fieldapp-server ARGS --db DB`` in-process (fast); same parser, same exit codes."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    try:
        sys.stdin = io.StringIO(stdin or "")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*args, "--db", str(db)])
    finally:
        sys.stdin = old_stdin
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def test_init_users_tokens(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    future = Storage.open(f"sqlite:///{db}", check_schema=False)
    future.initialise()
    with future.engine.begin() as conn:  # a database from a newer server version
        conn.exec_driver_sql("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    future.close()
    r = subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "run", "--port", "1", "--db", str(db)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert r.returncode == 2 and "V101" in r.stderr and "version 99" in r.stderr
    db.unlink()
    migrated = cli("migrate", db=db)
    assert migrated.returncode == 0 and "None -> 1" in migrated.stderr
    assert cli("init", db=db).returncode == 0
    again = cli("init", db=db)
    assert again.returncode == 0 and "already initialised" in again.stderr
    r = cli("user", "add", "alice", "--role", "enumerator", "--team", "north", db=db)
    assert r.returncode == 0
    token = r.stdout.strip()
    assert token.startswith("fa1_") and "\n" not in token
    storage = Storage.open(f"sqlite:///{db}")
    who = storage.resolve_token(token)
    assert who is not None and who.team_names == ("north",)
    bad = cli("user", "add", "x", "--role", "boss", db=db)
    assert bad.returncode == 2 and "V105" in bad.stderr
    dup = cli("user", "add", "alice", "--role", "enumerator", db=db)
    assert dup.returncode == 2 and "V104" in dup.stderr
    pw = tmp_path / "pw.txt"
    pw.write_text("correct horse\n")
    r = cli(
        "user",
        "add",
        "sup",
        "--role",
        "supervisor",
        "--team",
        "north",
        "--team",
        "south",
        "--password-file",
        str(pw),
        "--digest",
        db=db,
    )
    assert r.returncode == 0 and r.stdout == ""
    creds = storage.user_credentials("sup")
    assert creds is not None and creds.digest_ha1 and creds.password_hash
    listing = cli("token", "list", "--user", "alice", db=db)
    token_id = listing.stdout.split("\t")[0]
    assert cli("token", "revoke", token_id, db=db).returncode == 0
    assert storage.resolve_token(token) is None
    assert cli("token", "revoke", token_id, db=db).returncode == 2
    issued = cli("token", "issue", "alice", "--device", "laptop1", "--expires-days", "1", db=db)
    who = storage.resolve_token(issued.stdout.strip())
    assert who is not None and who.device_id == "laptop1"
    users = cli("user", "list", db=db).stdout
    assert "sup\tsupervisor\tdefault\tnorth,south" in users
    assert cli("project", "add", "second", db=db).returncode == 0
    assert "second" in cli("project", "list", db=db).stdout
    # the default database comes from FIELDAPP_SERVER_DB
    env_db = tmp_path / "env.db"
    r = subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "init"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "FIELDAPP_SERVER_DB": str(env_db)},
        check=False,
    )
    assert r.returncode == 0 and env_db.exists()
    storage.close()


def test_form_publish_versions_and_media(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    cli("init", db=db)
    form = tmp_path / "household.md"
    form.write_text(XLSFORM.format(version="2024010101"))
    media = tmp_path / "media"
    media.mkdir()
    (media / "logo.png").write_bytes(b"\x89PNG")
    r = cli("form", "publish", str(form), "--media", str(media), db=db)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "household\t2024010101"
    again = cli("form", "publish", str(form), "--media", str(media), db=db)
    assert again.returncode == 0 and "already published" in again.stderr
    form.write_text(XLSFORM.format(version="2024010101").replace("Age", "Age in years"))
    clash = cli("form", "publish", str(form), db=db)
    assert clash.returncode == 2 and "V108" in clash.stderr
    form.write_text(XLSFORM.format(version="2024010102"))
    assert cli("form", "publish", str(form), db=db).returncode == 0
    listing = cli("form", "list", "--all", db=db).stdout.splitlines()
    assert [line.split("\t")[1] for line in listing] == ["2024010101", "2024010102"]
    broken = tmp_path / "broken.md"
    broken.write_text("| survey |\n| | type | name |\n| | nonsense_type | q |\n")
    r = cli("form", "publish", str(broken), db=db)
    assert r.returncode == 2 and "V107" in r.stderr


def test_project_keygen_and_encrypted_publish(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    cli("init", db=db)
    keyfile = tmp_path / "project-keys.json"
    passfile = tmp_path / "pass.txt"
    passfile.write_text("a long passphrase\n")
    unencrypted_first = tmp_path / "plain.md"
    unencrypted_first.write_text(XLSFORM.format(version="1"))
    no_keys = cli("form", "publish", str(unencrypted_first), "--encrypt", db=db)
    assert no_keys.returncode == 2 and "keygen" in no_keys.stderr
    r = cli("project", "keygen", "--out", str(keyfile), "--passphrase-file", str(passfile), db=db)
    assert r.returncode == 0, r.stderr
    key_id = r.stdout.strip()
    assert stat.S_IMODE(keyfile.stat().st_mode) == 0o600
    raw = keyfile.read_text()
    assert "PRIVATE" not in raw and "rsa_private" not in raw  # sealed, not plain PEM
    refused = cli(
        "project",
        "keygen",
        "--out",
        str(tmp_path / "k2.json"),
        "--passphrase-file",
        str(passfile),
        db=db,
    )
    assert refused.returncode == 2 and "--force" in refused.stderr
    keys = open_project_key_file(keyfile, "a long passphrase")
    assert keys.key_id == key_id
    with pytest.raises(KeyFileError):
        open_project_key_file(keyfile, "wrong passphrase")
    storage = Storage.open(f"sqlite:///{db}")
    public = storage.project_keys(storage.project_id("default"))
    rsa_private = serialization.load_der_private_key(
        base64.b64decode(keys.rsa_private_pkcs8_b64), None
    )
    der = rsa_private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert public.rsa_public_der_b64 == base64.b64encode(der).decode()
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    x_priv = X25519PrivateKey.from_private_bytes(base64.b64decode(keys.x25519_private_raw_b64))
    x_pub = x_priv.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    assert public.x25519_public_b64 == base64.b64encode(x_pub).decode()

    form = tmp_path / "enc.md"
    form.write_text(XLSFORM.format(version="5"))
    r = cli("form", "publish", str(form), "--encrypt", db=db)
    assert r.returncode == 0, r.stderr
    stored = storage.get_form(storage.project_id("default"), "household", "5")
    assert stored is not None and stored.info.encrypted
    root = SafeET.fromstring(stored.xform)
    subs = [e for e in root.iter() if e.tag.endswith("}submission")]
    assert len(subs) == 1 and subs[0].attrib["base64RsaPublicKey"] == public.rsa_public_der_b64
    assert b'xmlns:jr="http://openrosa.org/javarosa"' in stored.xform  # prefixes untouched
    storage.close()
    out = tmp_path / "enc.xml"
    out.write_bytes(stored.xform)
    validate_with_javarosa(out)


def validate_with_javarosa(path: Path) -> None:
    """Second opinion from ODK Validate (JavaRosa) shipped in the pyxform wheel, if Java exists."""
    import pyxform

    jar = Path(pyxform.__file__).parent / "validators" / "odk_validate" / "bin" / "ODK_Validate.jar"
    java = shutil.which("java")
    if java is None or not jar.exists():
        pytest.skip("Java or ODK Validate not available for the JavaRosa cross-check")
    r = subprocess.run(
        [java, "-Djava.awt.headless=true", "-jar", str(jar), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_unreachable_database_is_a_clear_error() -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["project", "list", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert code == 2 and "V100" in err.getvalue() and "Traceback" not in err.getvalue()
