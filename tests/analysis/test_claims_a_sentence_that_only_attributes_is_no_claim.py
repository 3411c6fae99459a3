"""A sentence that only tells who said the words before it, where and when ("Briggs said this
in an interview with the Evening Post", "He made the remarks on Tuesday", "She was speaking at
a conference in Leeds") is no claim of its own: the words it attributes are. One that tells
of an event ("gave the interview a day after 40 staff were laid off") stays."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import run_with_text

LIBRARY = "Library to close\n\nThe council closed the Riverside library on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("Councillor Ann Briggs said this in an interview with the Evening Post.", False),
        ("He made the remarks on Tuesday.", False),
        ("She was speaking at a conference in Leeds on Friday.", False),
        # near miss: an event told with the interview
        ("Briggs gave the interview a day after 40 staff were laid off.", True),
    ],
)
def test_a_sentence_that_only_attributes_is_no_claim(
    analysis_nlp: Language, sentence: str, claimed: bool
) -> None:
    text, result = run_with_text(analysis_nlp, f"{LIBRARY}{sentence}\n")
    assert any(sentence in text[c.start : c.end] for c in result.claims) is claimed
