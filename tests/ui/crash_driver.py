"""Run the real app in this process and answer pages of IPL-12 until killed.

    python tests/ui/crash_driver.py DATA_DIR PASSPHRASE

Prints ``ACK <ref of the page now shown> <answers so far>`` after each page change (the draft
is saved before the page change returns), then keeps the event loop running until the parent
kills the process with SIGKILL.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldapp.ui.app import MainWindow
from fieldapp.ui.appearance import create_app
from tests.ui.driving import Interviewer, start_form, unlock


def main() -> None:
    data_dir, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = create_app()
    window = MainWindow(data_dir)
    window.show()
    window.activateWindow()
    unlock(window, passphrase)
    screen = start_form(window, "ipl12@2026112301")
    interviewer = Interviewer(screen, keyboard=False)
    while screen.page is not None and screen.page.kind != "end":
        interviewer.answer_page()
        interviewer.next_page()
        answers = {
            ref: screen.session.value(ref) for ref in interviewer.seen if screen.session.value(ref)
        }
        print("ACK", screen.position().get("ref"), json.dumps(answers), flush=True)
    print("END", flush=True)
    while True:  # wait for the kill, as a busy app would
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
