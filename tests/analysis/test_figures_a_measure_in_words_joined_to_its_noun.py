"""A measure in words joined to its noun by a hyphen reads as it does in digits: "a five-mile
walk" is 5 miles, as "a 5-mile walk" is, and "a ten-kilometre stretch" 10 kilometres. A
hyphen that joins no unit stays as it was: "a one-off payment" is no figure and "a two-thirds
majority" is a share."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_a_measure_in_words_joined_by_a_hyphen_is_read_as_in_digits(nlp: Language) -> None:
    text = "Walkers set off on a five-mile walk. Crews cleared a ten-kilometre stretch of road."
    assert facts(nlp, text) == [
        ("five-mile", FigureKind.QUANTITY, 5.0, "miles"),
        ("ten-kilometre", FigureKind.QUANTITY, 10.0, "kilometres"),
    ]
    assert facts(nlp, "Walkers set off on a 5-mile walk.") == [
        ("5-mile", FigureKind.QUANTITY, 5.0, "miles")
    ]


def test_a_hyphen_joining_no_unit_stays_as_it_was(nlp: Language) -> None:
    assert facts(nlp, "Drivers were given a one-off payment.") == []
    assert facts(nlp, "The change needed a two-thirds majority of members.") == [
        ("two-thirds", FigureKind.PERCENT, 0.6666666667, None)
    ]
