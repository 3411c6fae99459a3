"""A measure told per another measure keeps both in its unit, as a price by the unit does: "22
kWh per mile" uses energy by the mile, "40 miles per gallon" is no distance, "30 litres per
100km" a rate of fuel. A measure by the period stays by the period ("50mm per hour"), and "per
cent" after a measure makes no unit of it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Each new train will use around 22 kWh per mile.",
            ("around 22 kWh", 22.0, "kWh per mile"),
        ),
        (
            "The electric van does the equivalent of 40 miles per gallon.",
            ("40 miles", 40.0, "miles per gallon"),
        ),
        (
            "The old lorries used 30 litres per 100km on the route.",
            ("30 litres", 30.0, "litres per 100km"),
        ),
        ("Rainfall on the hills reached 50mm per hour.", ("50mm", 50.0, "mm per hour")),
    ],
)
def test_a_measure_by_another_keeps_both_in_its_unit(
    nlp: Language, text: str, figure: tuple[str, float, str]
) -> None:
    words, value, unit = figure
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)


def test_per_cent_after_a_measure_makes_no_unit_of_it(nlp: Language) -> None:
    found = facts(nlp, "The car covered 300 miles per cent of its charge on the test.")
    assert ("300 miles", FigureKind.QUANTITY, 300.0, "miles") in found
