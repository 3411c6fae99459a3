"""A share a price moved by and the price it reached are two figures, never a range, whether
the sentence ends on the price ("Copper rose 2.4pc to $9,410.", which the model may cut after
the dollar sign) or the price is in pence ("jumped 4pc to 212p"); two shares after a change
foreseen stay a range."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "change", "price"),
    [
        ("Gold rose 1.5pc to $2,365.", ("1.5pc", 0.015, None), ("$2,365", 2365.0, "USD")),
        ("Copper rose 2.4pc to $9,410.", ("2.4pc", 0.024, None), ("$9,410", 9410.0, "USD")),
        (
            "Shares in the lender jumped 4pc to 212p.",
            ("4pc", 0.04, None),
            ("212p", 2.12, "GBP"),
        ),
    ],
)
def test_the_change_and_the_price_are_two_figures(
    nlp: Language,
    text: str,
    change: tuple[str, float, None],
    price: tuple[str, float, str],
) -> None:
    words, value, unit = change
    assert facts(nlp, text) == [
        (words, FigureKind.PERCENT, value, unit),
        (price[0], FigureKind.MONEY, price[1], price[2]),
    ]


def test_two_shares_of_a_change_foreseen_stay_a_range(nlp: Language) -> None:
    text = "Analysts expect gold to rise 1.5pc to 2pc."
    assert facts(nlp, text) == [("1.5pc to 2pc", FigureKind.RANGE, "1.5/2", "percent")]
