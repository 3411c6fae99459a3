"""A warning "on" something names its topic as a warning "about" it does: what was warned of
is the words after "on", and a one-word topic ("Bank warns on inflation") reports no words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_a_warning_on_a_one_word_topic_reports_no_words(analysis_nlp: Language) -> None:
    text = "Bank warns on inflation\n\nThe Bank of England said inflation would stay high.\n"
    result = run(analysis_nlp, text)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Bank of England", "inflation would stay high")
    ]


def test_a_warning_on_a_topic_reports_the_topic_not_on(analysis_nlp: Language) -> None:
    text = "Bank warns on rising prices\n\nThe Bank of England said inflation would stay high.\n"
    result = run(analysis_nlp, text)
    assert next(text[q.start : q.end] for q in result.quotes) == "rising prices"
