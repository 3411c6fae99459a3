"""The hour told before its name, "12 noon" or "12 midnight", is the hour the name gives, 12:00
or 00:00, whether the hour is in digits or words, alone or as a range's bound."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts


def test_twelve_noon_and_twelve_midnight_are_their_hours(nlp: Language) -> None:
    text = "Voting starts at 12 noon and the count ends at twelve midnight."
    assert facts(nlp, text) == [
        ("12 noon", FigureKind.TIME, "12:00", None),
        ("twelve midnight", FigureKind.TIME, "00:00", None),
    ]


def test_twelve_noon_bounds_a_span_of_the_day(nlp: Language) -> None:
    text = "The library is open from 12 noon to 6pm."
    assert facts(nlp, text) == [("12 noon to 6pm", FigureKind.RANGE, "12:00/18:00", None)]
