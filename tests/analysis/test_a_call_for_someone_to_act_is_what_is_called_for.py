"""A reporting noun's "for" may bring in a clause, someone bid to act: "the governor's call for
the banks to lower their rates". The parse makes "for" the mark of the clause, not a
preposition; what is called for is the clause all the same. "Sounded a call" is the sounder's
call, as "issued a warning" is the issuer's. What the parse hangs on the bid that tells when
the call was made ("on Monday as he issued a statement") is no part of it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Shelters full as frost returns\n\nNight shelters in Harwick were full by Tuesday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "The bishop sounded a call for the city to open more shelters.",
            "The bishop",
            "the city to open more shelters",
        ),
        (
            "The bishop sounded a call for the city to open more shelters on Monday as he"
            " spoke to reporters.",
            "The bishop",
            "the city to open more shelters",
        ),
        (
            "The governor's call for the banks to lower their rates was ignored.",
            "The governor",
            "the banks to lower their rates",
        ),
    ],
)
def test_the_clause_after_for_is_what_is_called_for(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [(s, r) for s, _, r in said(text, result)] == [(speaker, reported)]
