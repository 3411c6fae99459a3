"""Cents are hundredths however they are written: "a 50-cent rise" is 0.5 USD, as "50 cents"
is, and "$.50", with no nought before its point, is 0.5 USD, not 50."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Petrol saw a 50-cent rise in a month.", "50-cent", 0.5),
        ("The toll went up by $.50 on Monday.", "$.50", 0.5),
        ("A loaf costs $2.50 now.", "$2.50", 2.5),
    ],
)
def test_cents_are_hundredths_of_a_dollar(
    nlp: Language, text: str, words: str, value: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.MONEY, value, "USD")
