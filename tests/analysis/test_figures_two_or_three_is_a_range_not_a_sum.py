""" "Three or four years", "eight or nine billion dollars", "50 or 60 percent" are a guess between
two bounds, a range (3/4 years), not one figure of their sum (7 years); "$100,000 or more" is still
at least $100,000, "the 10th or 12th time" a rank and "at 2 or 3 o'clock" a time of day."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize(
    ("text", "words", "bounds", "unit"),
    [
        ("The repairs will take eight or nine days.", "eight or nine days", "8/9", "days"),
        (
            "Rents rose over the past three or four years.",
            "the past three or four years",
            "3/4",
            "years",
        ),
        (
            "The bridge will cost eight or nine billion dollars.",
            "eight or nine billion dollars",
            "8000000000/9000000000",
            "USD",
        ),
        ("Fares went up 50 or 60 percent.", "50 or 60 percent", "50/60", "percent"),
        (
            "The tunnel will cost ten to twelve billion dollars.",
            "ten to twelve billion dollars",
            "10000000000/12000000000",
            "USD",
        ),
    ],
)
def test_two_numbers_either_way_are_a_range(
    nlp: Language, text: str, words: str, bounds: str, unit: str
) -> None:
    assert (words, FigureKind.RANGE, bounds, unit) in facts(nlp, text)


def test_or_more_and_a_rank_either_way_stay(nlp: Language) -> None:
    figures = found(nlp, "Grants of $100,000 or more went out for the 10th or 12th time.")
    assert (figures["$100,000 or more"].kind, figures["$100,000 or more"].value) == (
        FigureKind.MONEY,
        100000.0,
    )
    assert figures["the 10th or 12th"].kind is FigureKind.ORDINAL


def test_a_time_of_day_either_way_is_no_range(nlp: Language) -> None:
    text = "The phone rang at 2 or 3 o'clock in the morning."
    assert FigureKind.RANGE not in [kind for _, kind, _, _ in facts(nlp, text)]
