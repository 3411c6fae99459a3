"""A thing as the subject of "expected" reports no one's words: a passive participle
("with the new baths expected to open …") names no one who expects it, and in "below the
4.4 million economists had expected" what was expected is the figure, not words after it.
Someone who expects something to happen is still reported."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_a_building_expected_to_open_reports_nothing(analysis_nlp: Language) -> None:
    text = "Demolition is due to start in April 2027, with the new baths expected to open in spring 2029.\n"
    assert run(analysis_nlp, text).quotes == ()


def test_a_figure_economists_had_expected_reports_nothing(analysis_nlp: Language) -> None:
    text = (
        "The agency forecast production of 4.2 million barrels, down 3% from last year and "
        "below the 4.4 million economists had expected on average in a Reuters poll.\n"
    )
    assert run(analysis_nlp, text).quotes == ()


def test_someone_who_expects_an_event_is_reported(analysis_nlp: Language) -> None:
    text = "The IMF expects that output will grow by 1.6 percent next year.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.cue, words(text, q)) for q in quotes] == [
        ("expects", "that output will grow by 1.6 percent next year")
    ]
