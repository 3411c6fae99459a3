"""What someone discovered or wishes is reported, as what they found or hope is:
"Investigators have also discovered that …", "we might wish that …"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Harbour fraud inquiry\n\nThe council met on Monday at the town hall.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "words"),
    [
        (
            "Investigators have also discovered that the firm moved money through two shell "
            "companies.",
            "Investigators",
            "discovered",
            "that the firm moved money through two shell companies",
        ),
        (
            "Many residents wish that the council had acted sooner.",
            "Many residents",
            "wish",
            "that the council had acted sooner",
        ),
    ],
)
def test_the_clause_is_the_subjects(
    analysis_nlp: Language, sentence: str, speaker: str, cue: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [(speaker, cue, words)]
