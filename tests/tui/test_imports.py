"""The reader starts fast: importing it must not pull in spaCy or trafilatura. Nor does it
change Textual (its parser is wrapped by the reader made, escape_prefix.py): a program that
imports a module of newslens gets the Textual it knows."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_app_imports_neither_spacy_nor_trafilatura_and_leaves_textual() -> None:
    code = (
        "import sys; from textual._xterm_parser import XTermParser as P; "
        "named = P._sequence_to_key_events; "
        "import newslens.tui.app, newslens.tui.background; "
        "print(sorted(m for m in ('spacy', 'trafilatura', 'thinc') if m in sys.modules)); "
        "print(P._sequence_to_key_events is named)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["[]", "True"]
