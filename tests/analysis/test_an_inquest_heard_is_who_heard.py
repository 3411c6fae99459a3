""" "The driver lost control on black ice, an inquest heard.": the tagger reads "inquest
heard" as one noun, and the parse hangs it on the clause before; "heard" is the cue, as in
"…, the court heard", the inquest who heard, and the clause before the comma what it heard.
A clause that only says when ("When the coroner spoke, the family applauded") reports nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Crash death\n\nA man died when his car left the B3274 near Truro in January.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "The driver lost control on black ice, an inquest heard.",
            "an inquest",
            "The driver lost control on black ice",
        ),
        (
            "Mr Hale had not slept for two days, an inquest heard.",
            "an inquest",
            "Mr Hale had not slept for two days",
        ),
        (
            "The road had not been gritted, the court heard.",
            "the court",
            "The road had not been gritted",
        ),
    ],
)
def test_the_inquest_heard_the_clause_before(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [(speaker, "heard", reported)]


def test_a_clause_saying_when_is_not_heard(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}When the coroner spoke, the family applauded.\n"
    )
    assert said(text, result) == []
