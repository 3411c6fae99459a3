"""One of a unit by which two things differ is a quantity of one: "the water rose a metre higher
than in 2007" is 1 metre, the comparative no part of it; "half a metre higher" stays half a
metre, and a price by the metre measures nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Residents said the water rose a metre higher than in 2007.", ("a metre", 1.0, "metre")),
        ("The new wall is a foot taller than the old one.", ("a foot", 1.0, "foot")),
        ("A metre higher and the town would have flooded.", ("A metre", 1.0, "metre")),
    ],
)
def test_one_of_a_unit_compared_is_a_quantity(
    nlp: Language, text: str, figure: tuple[str, float, str]
) -> None:
    words, value, unit = figure
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)


def test_a_share_of_a_unit_or_a_price_by_it_is_no_unit_compared(nlp: Language) -> None:
    text = (
        "The sea rose half a metre higher than forecast and a metre higher than in 2007. "
        "Sandbags cost £5 a metre."
    )
    assert [f for f in facts(nlp, text) if f[1] is FigureKind.QUANTITY] == [
        ("half a metre", FigureKind.QUANTITY, 0.5, "metre"),
        ("a metre", FigureKind.QUANTITY, 1.0, "metre"),
    ]
