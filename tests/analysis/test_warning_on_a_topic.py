"""A warning "on" something names its topic as a warning "about" it does: what was warned of
is the words after "on", and a one-word topic ("Bank warns on inflation") reports no words; nor
does a thing the writer goes on to describe ("warned about the closures, which have hit …")."""

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


def test_a_thing_warned_about_that_the_writer_describes_reports_no_words(
    analysis_nlp: Language,
) -> None:
    text = (
        "Pharmacy closures\n\n"
        "Pharmacists have warned about the closures, which have hit rural towns hardest. "
        "Residents complained about the cuts, which began in May.\n"
    )
    assert run(analysis_nlp, text).quotes == ()


def test_a_warning_about_what_a_thing_does_is_reported(analysis_nlp: Language) -> None:
    text = "Pharmacy closures\n\nDoctors warned about the risks of skipping doses.\n"
    result = run(analysis_nlp, text)
    assert [text[q.start : q.end] for q in result.quotes] == ["the risks of skipping doses"]
