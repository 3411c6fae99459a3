"""Rating or declining a thing ("rated the players highly", "declined the offer") tells no
words; rating words ("rated the claim false", "rated 30% of the claims as false") reports the
rating of them."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_players_rated_or_an_offer_declined_is_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Cup run ends in the rain\n\n"
        "The coach rated the players highly after the match. The union declined the offer "
        "on Tuesday.\n"
    )
    assert said(text, run(analysis_nlp, text)) == []


def test_a_claim_rated_or_a_share_of_claims_rated_is_reported(analysis_nlp: Language) -> None:
    text = (
        "Fact checkers weigh in\n\n"
        "The fact-checkers rated the claim false. The fact-checkers rated 30% of the claims "
        "as false.\n"
    )
    assert [(cue, words) for _, cue, words in said(text, run(analysis_nlp, text))] == [
        ("rated", "the claim false"),
        ("rated", "30% of the claims as false"),
    ]
