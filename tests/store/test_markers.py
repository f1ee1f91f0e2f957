"""Marker test: answers written through the real store never appear in plaintext on disk.

A subprocess (TMPDIR pointed at a folder we scan) saves drafts, finalized / sent / returned
interviews, instance names, attachments (with file names), audit events, comments, a server token,
deletes a draft, exports to a file and imports it into a second profile. Then every file under the
data dir and the temp dir is scanned for the marker in UTF-8, UTF-16 and base64 forms.
"""

from __future__ import annotations

import base64
import os
import secrets
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _needles(marker: str) -> list[bytes]:
    raw = marker.encode()
    found = [raw, marker.encode("utf-16-le"), marker.encode("utf-16-be")]
    for shift in range(3):  # base64 of any text containing the marker contains one of these
        chunk = base64.b64encode(b"\x00" * shift + raw)[4:-4]
        found.append(chunk)
    return found


def test_no_marker_reaches_disk_or_temp(tmp_path: Path) -> None:
    marker = "MRK" + secrets.token_hex(6).upper()
    data, tmp = tmp_path / "data", tmp_path / "tmp"
    tmp.mkdir()
    env = dict(os.environ, TMPDIR=str(tmp), TMP=str(tmp), TEMP=str(tmp))
    result = subprocess.run(
        [sys.executable, "-m", "tests.store.store_worker", "markers", str(data), marker],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.strip() == b"DONE"
    files = [p for root in (data, tmp) for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "exchange.fae" for p in files)
    assert sum(p.stat().st_size for p in files) > 50_000  # the data really was written
    hits = [
        str(p.relative_to(tmp_path))
        for p in files
        for needle in _needles(marker)
        if needle in p.read_bytes()
    ]
    assert hits == []
    for stream in (result.stdout, result.stderr):  # nothing echoed to logs either
        assert marker.encode() not in stream


def test_the_scan_would_see_a_leak(tmp_path: Path) -> None:
    """Guard against a scan that cannot fail: plant each encoding and find it."""
    marker = "MRK" + secrets.token_hex(6).upper()
    for i, blob in enumerate(
        [marker.encode(), marker.encode("utf-16-le"), base64.b64encode(b"xy" + marker.encode())]
    ):
        (tmp_path / f"f{i}").write_bytes(b"...." + blob + b"....")
        assert any(n in (tmp_path / f"f{i}").read_bytes() for n in _needles(marker))
