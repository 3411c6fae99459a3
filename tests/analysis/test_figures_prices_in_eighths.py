"""A grain or bond price quoted in eighths is one amount: "$5.12-3/4 a bushel" is $5.1275, the
fraction one of the last digit written, and "2-1/4 cents" is 2.25 cents; its numerator and
denominator are never counts of their own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "March corn climbed to $5.12-3/4 a bushel on Friday.",
            "$5.12-3/4",
            5.1275,
            "USD per bushel",
        ),
        ("Oats for May settled at $3.90-1/2 a bushel.", "$3.90-1/2", 3.905, "USD per bushel"),
        ("Soybean meal ended the week at $11.04-1/8.", "$11.04-1/8", 11.04125, "USD"),
        ("The contract slipped 2-1/4 cents by the close.", "2-1/4 cents", 0.0225, "USD"),
    ],
)
def test_a_price_in_eighths_is_one_amount(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    prices = [f for f in facts(nlp, text) if f[1] is FigureKind.MONEY]
    assert prices == [(words, FigureKind.MONEY, value, unit)]


def test_the_fraction_of_a_price_counts_nothing(nlp: Language) -> None:
    found = facts(nlp, "Wheat rose 9 cents to $7.31-1/2 a bushel.")
    assert [words for words, *_ in found] == ["9 cents", "$7.31-1/2"]
