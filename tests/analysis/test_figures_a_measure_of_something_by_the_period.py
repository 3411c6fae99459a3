"""A measure or an amount with what it measures between it and its period is by the period, as
one with the period right after it is: "25g of fibre a day" is 25 g per day, "2,700kWh of
electricity a year" 2,700 kWh per year, "12 hours of overtime a week" 12 hours per week. The
time since ("2 litres of water a day ago", "5kg of weight a month later") is no period."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Each extra 25g of fibre a day cut the risk of the disease by 9%.",
            ("25g", FigureKind.QUANTITY, 25.0, "g per day"),
        ),
        (
            "The average home uses 2,700kWh of electricity a year, the regulator says.",
            ("2,700kWh", FigureKind.QUANTITY, 2700.0, "kWh per year"),
        ),
        (
            "Nurses on the ward did 12 hours of overtime a week.",
            ("12 hours", FigureKind.QUANTITY, 12.0, "hours per week"),
        ),
    ],
)
def test_a_measure_of_something_by_the_period_is_by_the_period(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He had drunk 2 litres of water a day ago.", ("2 litres", 2.0, "litres")),
        ("They had lost 5kg of weight a month later.", ("5kg", 5.0, "kg")),
    ],
)
def test_a_time_since_after_a_measure_of_something_is_no_period(
    nlp: Language, text: str, figure: tuple[str, float, str]
) -> None:
    words, value, unit = figure
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)
