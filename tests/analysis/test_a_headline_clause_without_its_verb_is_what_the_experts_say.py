"""A headline's deck leaves out its verb: "Talks unlikely to resume before May, diplomats
say" is what the diplomats say, a noun and the adjective said of it, as "Most borrowers paid
on time, Experian said" is. A phrase with no adjective after its noun stays no one's
words: "Prices in May, the agency said"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_noun_and_its_adjective_are_the_words(analysis_nlp: Language) -> None:
    text = (
        "Leave plan\n\n"
        "Rules unclear on whether part-time workers are covered, experts say.\n\n"
        "Talks unlikely to resume before May, diplomats say.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("experts", "say", "Rules unclear on whether part-time workers are covered"),
        ("diplomats", "say", "Talks unlikely to resume before May"),
    ]


def test_a_phrase_without_an_adjective_is_no_ones_words(analysis_nlp: Language) -> None:
    text = "Prices\n\nPrices in May, the agency said.\n"
    assert said(text, run(analysis_nlp, text)) == []
