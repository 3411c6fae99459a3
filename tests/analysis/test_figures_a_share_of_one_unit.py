"""A share of one unit is that much of the unit: "three quarters of a metre" is 0.75 metres, no
date and no share alone; "two thirds of a mile" is two thirds of a mile, "another half a metre"
half a metre more. A share of a cent or a penny is that much money: "three quarters of a cent" is
$0.0075, not three cents."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "Sea levels could rise three quarters of a metre higher by 2100.",
            "three quarters of a metre",
            0.75,
            "metre",
        ),
        (
            "The new wall is two thirds of a mile long.",
            "two thirds of a mile",
            0.6666666667,
            "mile",
        ),
        ("The storm left a quarter of an inch of ice.", "a quarter of an inch", 0.25, "inch"),
        ("The river rose another half a metre overnight.", "another half a metre", 0.5, "metre"),
    ],
)
def test_a_share_of_one_unit_is_that_much_of_it(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "amount", "currency"),
    [
        (
            "The levy adds three quarters of a cent to each bottle.",
            "three quarters of a cent",
            0.0075,
            "USD",
        ),
        ("Stamps will cost a quarter of a penny more.", "a quarter of a penny", 0.0025, "GBP"),
    ],
)
def test_a_share_of_a_cent_is_that_much_money(
    nlp: Language, text: str, words: str, amount: float, currency: str
) -> None:
    assert (words, FigureKind.MONEY, amount, currency) in facts(nlp, text)
