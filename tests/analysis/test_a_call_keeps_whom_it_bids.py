"""A call to act keeps whom it bids, as an order does ("told his advisers to find savings"):
"urged the governor to take a harder line" reports the governor with what they are to do,
and "called on the president to cancel the sale" is cued by "called on". A call states
nothing, so it is no claim."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Port deal row\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue", "reported"),
    [
        (
            "Republican lawmakers have urged the governor to take a harder line on the deal.",
            "urged",
            "the governor to take a harder line on the deal",
        ),
        (
            "Rep. Dan Ortiz said the deal was rushed, and called on the president to cancel it.",
            "called on",
            "the president to cancel it",
        ),
        (
            "The mayor asked the crowd to welcome the new harbour master.",
            "asked",
            "the crowd to welcome the new harbour master",
        ),
    ],
)
def test_the_one_bidden_is_part_of_the_call(
    analysis_nlp: Language, sentence: str, cue: str, reported: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert (cue, reported) in [(q.cue, words(text, q)) for q in quotes]


def test_a_call_with_whom_it_bids_is_no_claim(analysis_nlp: Language) -> None:
    text = (
        f"{HEAD}Republican lawmakers have urged the governor to take a harder line on the deal.\n"
    )
    result = run(analysis_nlp, text)
    assert [words(text, q) for q in result.quotes] == [
        "the governor to take a harder line on the deal"
    ]
    assert result.claims == ()
