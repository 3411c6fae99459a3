"""The reader starts fast: importing it must not pull in spaCy or trafilatura."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_app_does_not_import_spacy_or_trafilatura() -> None:
    code = (
        "import sys, newslens.tui.app, newslens.tui.background; "
        "print(sorted(m for m in ('spacy', 'trafilatura', 'thinc') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
