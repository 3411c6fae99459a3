"""A sum in words before its currency ("a quarter of a million dollars", "a third of a million
pounds") is money, as "half a million dollars" is: the model leaves the currency out of its
span, and the figure counted no dollars."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "Parents need not save a quarter of a million dollars for college, the adviser said.",
            "a quarter of a million dollars",
            250000.0,
            "USD",
        ),
        (
            "The charity raised a third of a million pounds last winter.",
            "a third of a million pounds",
            1_000_000 / 3,
            "GBP",
        ),
    ],
)
def test_a_sum_in_words_before_its_currency_is_money(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    found = facts(nlp, text)
    assert (words, FigureKind.MONEY, pytest.approx(value), unit) in found
