"""A wage, a rent or a budget paid by the period keeps its period: a fact-checker comparing
"£95,000 a week" with "£5m a year" must see that one is weekly and the other yearly, as "three
an hour" is 3 "per hour", and so is a share grown by it ("7.5% a year" is 0.075 "per year").
The period is in the unit; the figure's words are the amount's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "kind", "value", "unit"),
    [
        (
            "The striker earns £95,000 a week at the club.",
            "£95,000",
            FigureKind.MONEY,
            95000.0,
            "GBP per week",
        ),
        (
            "He signed a £95,000-a-week deal.",
            "£95,000",
            FigureKind.MONEY,
            95000.0,
            "GBP per week",
        ),
        (
            "He was offered $2m per year to stay.",
            "$2m",
            FigureKind.MONEY,
            2_000_000.0,
            "USD per year",
        ),
        (
            "She will be paid €1.2m per annum.",
            "€1.2m",
            FigureKind.MONEY,
            1_200_000.0,
            "EUR per year",
        ),
        (
            "Nurses are paid £12.50 an hour on nights.",
            "£12.50",
            FigureKind.MONEY,
            12.5,
            "GBP per hour",
        ),
        (
            "Tenants pay £1,150 a month for a flat.",
            "£1,150",
            FigureKind.MONEY,
            1150.0,
            "GBP per month",
        ),
        (
            "Rents of between £300 and £400 a week are common.",
            "between £300 and £400",
            FigureKind.RANGE,
            "300/400",
            "GBP per week",
        ),
        # a share grown by the period keeps it, as money paid by it does
        ("Prices rose 7.5% a year over the decade.", "7.5%", FigureKind.PERCENT, 0.075, "per year"),
        ("The loan costs 4.5% per annum.", "4.5%", FigureKind.PERCENT, 0.045, "per year"),
        ("Output grew 0.3% a month.", "0.3%", FigureKind.PERCENT, 0.003, "per month"),
    ],
)
def test_an_amount_paid_by_the_period_keeps_its_period(
    nlp: Language, text: str, words: str, kind: FigureKind, value: float | str, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (kind, value, unit)


def test_a_bound_on_an_amount_by_the_period_still_bounds_it(nlp: Language) -> None:
    figure = found(nlp, "Families earning more than $250,000 a year would pay more.")[
        "more than $250,000"
    ]
    assert (figure.unit, figure.qualifier) == ("USD per year", Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Prices rose by £20 a week ago.", "£20"),
        ("It spent £4bn, against £3bn a year earlier.", "£3bn"),
        ("The fund paid out $5m a year later.", "$5m"),
        ("Inflation was 3% a year ago.", "3%"),
        ("Sales rose 5% a year earlier.", "5%"),
    ],
)
def test_the_time_since_an_amount_is_no_period_it_is_paid_in(
    nlp: Language, text: str, words: str
) -> None:
    assert found(nlp, text)[words].unit in ("GBP", "USD", None)
