"""Repeating a thing done ("repeated the journey", "repeated the mistake") tells no words;
repeating words ("repeated the claim", "repeated her call for …") reports them."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_journey_repeated_is_no_quote_but_a_claim_repeated_is(analysis_nlp: Language) -> None:
    text = (
        "Walk marks flood anniversary\n\n"
        "Walkers repeated the journey in April. Dr Lane repeated the claim. The minister "
        "repeated the mistake.\n"
    )
    assert [(cue, words) for _, cue, words in said(text, run(analysis_nlp, text))] == [
        ("repeated", "the claim")
    ]
