"""ODK Validate (JavaRosa) as a second opinion in tests: ``ok, output = odk_validate(form)``.

The jar ships inside pyxform's wheel; Java 17 is installed on dev and CI machines. The app itself
never needs Java: only tests call this. Pass a path to an XForm file (external instance files
beside it are found the way ODK Collect finds them) or the XForm XML itself.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pyxform

VALIDATE_JAR = (
    Path(pyxform.__file__).parent / "validators" / "odk_validate" / "bin" / "ODK_Validate.jar"
)


def java_executable() -> str | None:
    """The java binary, or None when Java is not installed."""
    return shutil.which("java")


def validator_available() -> bool:
    return java_executable() is not None and VALIDATE_JAR.is_file()


def odk_validate(form: str | bytes | Path, *, timeout: float = 120.0) -> tuple[bool, str]:
    """Run ODK Validate on an XForm; return (valid, combined stdout+stderr).

    ``form`` is a Path to an XForm file, or the XForm XML as str/bytes (written to a temporary
    file). Raises RuntimeError when Java or the jar is missing (callers usually skip first with
    :func:`validator_available`).
    """
    java = java_executable()
    if java is None or not VALIDATE_JAR.is_file():
        raise RuntimeError(f"ODK Validate needs java on PATH and {VALIDATE_JAR}")
    if isinstance(form, Path):
        return _run(java, form, timeout)
    data = form.encode("utf-8") if isinstance(form, str) else form
    with tempfile.TemporaryDirectory(prefix="odk-validate-") as tmp:
        path = Path(tmp) / "form.xml"
        path.write_bytes(data)
        return _run(java, path, timeout)


def _run(java: str, path: Path, timeout: float) -> tuple[bool, str]:
    proc = subprocess.run(
        [java, "-Djava.awt.headless=true", "-jar", str(VALIDATE_JAR), str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    output = proc.stdout + proc.stderr
    return proc.returncode == 0 and "Xform is valid" in output, output
