"""A title-case headline that a verb and a colon run into a quote ("Mayor Backs Plan: 'It
Will Save Lives'") quotes whoever comes before the verb, not the last word before the
colon."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_headline_quote_is_the_mayors(analysis_nlp: Language) -> None:
    text = (
        "Mayor Backs Plan: 'It Will Save Lives'\n\n"
        "The mayor of Carford has backed a plan to close roads near schools.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    # backing the plan is no words of the mayor's ("backed a plan to close roads")
    assert [(q.speaker, q.cue) for q in quotes] == [("The mayor of Carford", "Backs")]
