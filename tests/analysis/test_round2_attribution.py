"""Reported words the parse hides (a clause read as a participle, a verb read as a noun),
positions that are no words, and intent inside someone's own words."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import Analysis, QuoteKind
from newslens.analysis.pipeline import analyze
from newslens.article import Article


def run(nlp: Language, text: str) -> Analysis:
    return analyze(Article(text=text), nlp=nlp)


def test_said_the_thing_dated_from_is_a_reported_clause(analysis_nlp: Language) -> None:
    text = "Prof Ines Carrow, a local historian, said the mill dated from the 1790s."
    [quote] = run(analysis_nlp, text).quotes
    assert (quote.speaker, text[quote.start : quote.end]) == (
        "Ines Carrow",
        "the mill dated from the 1790s",
    )


def test_the_professor_is_the_one_called_prof_before(analysis_nlp: Language) -> None:
    text = (
        "Prof Ines Carrow said the roof needed repair. "
        '"Every winter it gets worse," the professor said.'
    )
    assert run(analysis_nlp, text).quotes[-1].speaker == "Ines Carrow"


def test_backing_a_plan_is_no_quote(analysis_nlp: Language) -> None:
    assert run(analysis_nlp, "Lisbon backed the proposal at the summit.").quotes == ()


def test_a_vote_inside_someones_words_is_no_second_quote(analysis_nlp: Language) -> None:
    text = "Councillor Dana Holt said Friday she would vote against the budget."
    [quote] = run(analysis_nlp, text).quotes
    assert text[quote.start : quote.end] == "she would vote against the budget"


def test_a_statement_from_a_body_read(analysis_nlp: Language) -> None:
    text = '"We wish him well in retirement," a statement from the orchestra read.'
    [quote] = run(analysis_nlp, text).quotes
    assert (quote.kind, quote.speaker, quote.cue) == (QuoteKind.DIRECT, "orchestra", "read")
