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
        # An interview's standfirst: who spoke to whom, and about what.
        ("She spoke to Anna Price about grief, money and why she still runs at midnight.", False),
        # near miss: an event told with the interview
        ("Briggs gave the interview a day after 40 staff were laid off.", True),
        ("She spoke to Anna Price about the 40 staff laid off at dawn.", True),
    ],
)
def test_a_sentence_that_only_attributes_is_no_claim(
    analysis_nlp: Language, sentence: str, claimed: bool
) -> None:
    text, result = run_with_text(analysis_nlp, f"{LIBRARY}{sentence}\n")
    claims = [text[c.start : c.end] for c in result.claims]
    assert any(sentence in claim or claim in sentence for claim in claims) is claimed


def test_an_interviews_standfirst_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "'I was never meant to be a chef': Nadia Hussain on fame\n\n"
        "Nadia Hussain won a baking contest in 2015 and has since written eight cookbooks. "
        "She spoke to Tom Reeves about anxiety, family and why she still bakes at midnight.\n\n"
        "Q: Why that title?\n\nA: Because that's what cooking has always been for me.\n",
    )
    claims = [text[c.start : c.end] for c in result.claims]
    assert not any("Tom Reeves" in claim for claim in claims)
    assert any(claim.startswith("Nadia Hussain won") for claim in claims)
