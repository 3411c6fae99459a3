"""Bragging and complimenting report what they are about: "bragged about his record in
office" reports "his record in office", "complimented the moderator of the debate" reports
"the moderator of the debate"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Debate night\n\nThe two candidates for mayor met in Harwick on Thursday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue", "reported"),
    [
        ("Delgado bragged about his record in office.", "bragged about", "his record in office"),
        (
            "Delgado has complimented the moderator of the debate.",
            "complimented",
            "the moderator of the debate",
        ),
    ],
)
def test_what_it_is_about_is_the_words(
    analysis_nlp: Language, sentence: str, cue: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert ("Delgado", cue, reported) in said(text, result)
