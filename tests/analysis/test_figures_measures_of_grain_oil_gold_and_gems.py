"""Bushels, barrels, troy ounces and carats measure a quantity, as tonnes and acres do: "2.4
billion bushels" is a quantity in bushels, not a count of nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "Farmers will harvest 2.4 billion bushels this year.",
            "2.4 billion bushels",
            2.4e9,
            "bushels",
        ),
        ("Yields averaged 48 bushels an acre in the east.", "48 bushels", 48.0, "bushels"),
        (
            "The mine produced 310,000 troy ounces last year.",
            "310,000 troy ounces",
            310000.0,
            "troy ounces",
        ),
        ("The stone weighs 14 carats, the auction house said.", "14 carats", 14.0, "carats"),
        (
            "Exports fell to 1.6 million barrels last month.",
            "1.6 million barrels",
            1.6e6,
            "barrels",
        ),
    ],
)
def test_a_measure_of_a_commodity_is_a_quantity(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)
