"""A date is a figure, but it does not make a sentence check-worthy: "He will appear in court
on Monday" is not listed, while "The library was opened by the Duke of Kent in 1967" is."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

STORY = (
    "Man charged after stabbing\n\n"
    "Daniel Okafor, of no fixed address, will appear at Croydon Magistrates' Court on Monday.\n\n"
    "Mendes is expected to complete a medical on Monday.\n\n"
    "The library was opened by the Duke of Kent in 1967."
)


def test_a_date_alone_lists_only_a_checkable_sentence(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = [text[c.start : c.end] for c in result.claims]
    assert not any("Magistrates" in claim or "medical" in claim for claim in claims)
    assert "The library was opened by the Duke of Kent in 1967." in claims


def test_a_judgement_of_a_day_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Our high streets deserve better\n\n"
        "It was a lovely day in Hartley last Saturday.\n\n"
        "The council cut free parking in 2018.",
    )
    claims = [text[c.start : c.end] for c in result.claims]
    assert claims == ["The council cut free parking in 2018."]
