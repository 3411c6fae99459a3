"""A passive report with no one named for it: "has been accused of X" reports X, not the
one accused nor the accusing, and a figure something "was forecast at" is no one's
words, nor is a name something "is called" ("the bridge is called the Jubilee Link")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_accused_of_reports_what_she_is_said_to_have_done(analysis_nlp: Language) -> None:
    text = "The schools minister, Ella Ward, has been accused of breaking a pledge to scrap tuition fees.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        (None, "accused of", "breaking a pledge to scrap tuition fees")
    ]


def test_a_harvest_forecast_at_a_figure_reports_nothing(analysis_nlp: Language) -> None:
    text = "Harvests there were forecast at 41 bushels an acre, against 50 a year ago.\n"
    result = run(analysis_nlp, text)
    assert result.quotes == ()
    assert [text[c.start : c.end] for c in result.claims] == [text.strip()]


def test_a_plan_called_a_waste_is_still_reported_whole(analysis_nlp: Language) -> None:
    text = "The plan was called a waste of money.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes] == ["The plan was called a waste of money"]


def test_a_name_something_is_called_reports_nothing(analysis_nlp: Language) -> None:
    text = "Q: Your new book is called Comfort. Why that title?\n\nA: It is what I needed.\n"
    quotes = run(analysis_nlp, text).quotes
    assert "called" not in [q.cue for q in quotes]
