"""Two decades of age in words after one possessive are two ages, as in digits: "in their
forties or fifties" is 40 to 49 years and 50 to 59 years; "the forties and fifties" of a
century are no age."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_the_second_of_two_decades_in_words_is_an_age(nlp: Language) -> None:
    text = "Most of the new members are in their thirties or forties."
    assert facts(nlp, text) == [
        ("thirties", FigureKind.RANGE, "30/39", "years"),
        ("forties", FigureKind.RANGE, "40/49", "years"),
    ]


def test_two_decades_of_a_century_are_no_age(nlp: Language) -> None:
    text = "The band plays songs from the sixties and seventies."
    assert [unit for _, _, _, unit in facts(nlp, text)] == []
