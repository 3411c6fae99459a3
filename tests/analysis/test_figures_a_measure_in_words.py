"""A measure whose number is in words reads as it does in digits: "minus five degrees" is -5
degrees, as "minus 5 degrees" is, and the whole unit is kept ("twelve degrees Celsius" is 12
"degrees Celsius", "five square miles" 5 "square miles"), not only its last word."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts


def test_minus_before_a_number_in_words_makes_it_negative(nlp: Language) -> None:
    text = "The pond froze at minus five degrees and stayed at minus ten degrees all week."
    assert facts(nlp, text) == [
        ("minus five degrees", FigureKind.QUANTITY, -5.0, "degrees"),
        ("minus ten degrees", FigureKind.QUANTITY, -10.0, "degrees"),
    ]


def test_a_unit_of_two_words_after_a_number_in_words_is_kept_whole(nlp: Language) -> None:
    text = "The lake was twelve degrees Celsius. The farm covers five square miles."
    assert facts(nlp, text) == [
        ("twelve degrees Celsius", FigureKind.QUANTITY, 12.0, "degrees Celsius"),
        ("five square miles", FigureKind.QUANTITY, 5.0, "square miles"),
    ]
