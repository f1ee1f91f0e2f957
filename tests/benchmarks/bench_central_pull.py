"""A supervisor's pull from ODK Central, with a baseline measured in the same run.

The Central stand-in (tests/sync_client/central_standin.py) serves N plain submissions (one
small photo each) and M encrypted ones over loopback HTTP.

(a) Pull: the whole path (login, OData pages, XML + attachment list + files per submission,
    ODK decryption for the encrypted form, sealed store writes with routing, review flags)
    into a fresh encrypted supervisor profile.
(b) Baseline: the same HTTP requests (OData pages, XML, attachment list, files) made with a
    bare requests.Session and the bodies discarded: the transport floor.
(c) Incremental re-pull with nothing new (the cursor), the case a supervisor hits most often.

Run: .venv/bin/python tests/benchmarks/bench_central_pull.py [--quick]
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import requests  # noqa: E402
from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402

from sync import odk_encryption as odk  # noqa: E402
from sync.client.central import CentralClient  # noqa: E402
from sync.client.engine import CentralReviewTarget, SyncEngine  # noqa: E402
from sync.protocol import ProjectPrivateKeys  # noqa: E402
from tests.sync_client.central_standin import CentralStandIn  # noqa: E402
from tests.sync_client.device import make_device  # noqa: E402

EMAIL, PASSWORD = "sue@example.org", "bench pass"
FORM = b'<h:html xmlns:h="http://www.w3.org/1999/xhtml"><h:head><model/></h:head></h:html>'


def _seed(central: CentralStandIn, plain: int, sealed: int, key: rsa.RSAPrivateKey) -> None:
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    public = base64.b64encode(der).decode()
    central.add_user(EMAIL, PASSWORD, "Sue")
    central.add_user("ana@example.org", "x", "Ana")
    central.add_form("visit", "1", FORM)
    central.add_form("secret", "1", FORM, encrypted=True)
    for n in range(plain):
        iid = f"uuid:{uuid.uuid4()}"
        xml = (
            f'<data id="visit" version="1"><name>Respondent {n}</name><photo>p.jpg</photo>'
            f"<meta><instanceID>{iid}</instanceID></meta></data>"
        ).encode()
        central.submit("visit", xml, {"p.jpg": b"\xff\xd8" + bytes(2000)}, by="ana@example.org")
    for n in range(sealed):
        iid = f"uuid:{uuid.uuid4()}"
        xml = (
            f'<data id="secret" version="1"><name>Hidden {n}</name>'
            f"<meta><instanceID>{iid}</instanceID></meta></data>"
        ).encode()
        sub = odk.encrypt_submission(
            xml, form_id="secret", form_version="1", instance_id=iid, base64_rsa_public_key=public
        )
        central.submit("secret", sub.manifest, sub.files, by="ana@example.org")


def _baseline(central: CentralStandIn, page: int) -> float:
    """The same requests the pull makes, with a bare session (no parsing, no store)."""
    http = requests.Session()
    reply = http.post(f"{central.url}/v1/sessions", json={"email": EMAIL, "password": PASSWORD})
    http.headers["Authorization"] = "Bearer " + reply.json()["token"]
    base = central.project_url
    start = time.perf_counter()
    for form in ("visit", "secret"):
        skip = 0
        while True:
            params = {"$top": str(page), "$skip": str(skip), "$count": "true"}
            params["$orderby"] = "__system/submissionDate asc"
            rows = http.get(f"{base}/forms/{form}.svc/Submissions", params=params).json()["value"]
            for row in rows:
                sub = f"{base}/forms/{form}/submissions/{row['__id']}"
                http.get(sub + ".xml").content  # noqa: B018 - the transfer is what is measured
                for att in http.get(sub + "/attachments").json():
                    http.get(f"{sub}/attachments/{att['name']}").content  # noqa: B018
            skip += len(rows)
            if len(rows) < page:
                break
    elapsed = time.perf_counter() - start
    http.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args(argv)
    plain, sealed = (20, 5) if args.quick else (2000, 500)
    total = plain + sealed
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pkcs8 = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    keys = ProjectPrivateKeys(
        project="bench",
        key_id="k",
        x25519_private_raw_b64=base64.b64encode(bytes(32)).decode(),
        rsa_private_pkcs8_b64=base64.b64encode(pkcs8).decode(),
    )
    with CentralStandIn() as central, tempfile.TemporaryDirectory() as tmp:
        _seed(central, plain, sealed, key)
        floor = _baseline(central, 250)
        device = make_device(Path(tmp) / "sue", "sue", "supervisor")

        def engine() -> SyncEngine:
            client = CentralClient.from_project_url(
                central.project_url, email=EMAIL, password=PASSWORD
            )
            return SyncEngine(device.store, CentralReviewTarget(client, project_keys=keys))

        start = time.perf_counter()
        report = engine().run()
        pulled = time.perf_counter() - start
        assert report.ok and report.received == total + 2, report
        start = time.perf_counter()
        again = engine().run()
        repull = time.perf_counter() - start
        assert again.ok and again.received == 0
        device.session.lock()
    print(f"central pull: {plain} plain (+1 photo each) + {sealed} encrypted submissions")
    print(
        f"  pull into the profile: {pulled:.2f} s = {total / pulled:,.0f} submissions/s "
        f"(incl. decryption, sealed writes, review flags)"
    )
    print(
        f"  transport floor (same requests, bodies discarded): {floor:.2f} s "
        f"= {total / floor:,.0f} submissions/s"
    )
    print(f"  ratio pull / floor: {pulled / floor:.2f}x")
    print(f"  re-pull with nothing new: {repull * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
