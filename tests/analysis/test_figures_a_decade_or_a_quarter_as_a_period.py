"""A decade and a quarter are periods an amount or a measure is by, as a week and a year are:
"0.2C a decade" is 0.2 "°C per decade", "£1bn a decade" "GBP per decade", and in a company's
results "£2m a quarter" "GBP per quarter" and "twice a quarter" 2 "per quarter". A quarter that
is a share stays one ("A quarter of voters", "£2m, a quarter of it"), "a decade ago" is the
time since, and the period after a percent ("grow by 0.3% a quarter this year") is no quarter
of a year of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize(
    ("text", "words", "kind", "value", "unit"),
    [
        (
            "Average temperatures have risen 0.2C a decade.",
            "0.2C",
            FigureKind.QUANTITY,
            0.2,
            "°C per decade",
        ),
        ("The sea wall will cost £1bn a decade.", "£1bn", FigureKind.MONEY, 1e9, "GBP per decade"),
        ("The shop is losing £2m a quarter.", "£2m", FigureKind.MONEY, 2e6, "GBP per quarter"),
        ("Its sales grew by $40m per quarter.", "$40m", FigureKind.MONEY, 4e7, "USD per quarter"),
        (
            "The plant loses 2 million litres a quarter.",
            "2 million litres",
            FigureKind.QUANTITY,
            2e6,
            "litres per quarter",
        ),
        (
            "The board meets twice a quarter.",
            "twice a quarter",
            FigureKind.QUANTITY,
            2.0,
            "per quarter",
        ),
    ],
)
def test_an_amount_by_the_decade_or_the_quarter_keeps_its_period(
    nlp: Language, text: str, words: str, kind: FigureKind, value: float, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The bank lent £2m a quarter of which went to farms.", "£2m", "GBP"),
        ("The firm lost £2m a decade ago.", "£2m", "GBP"),
        ("The council spends £1bn a decade-long programme.", "£1bn", "GBP"),
    ],
)
def test_a_quarter_of_something_or_a_decade_since_is_no_period(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


def test_a_quarter_of_voters_is_still_a_share(nlp: Language) -> None:
    assert facts(nlp, "A quarter of voters backed the plan.") == [
        ("A quarter", FigureKind.PERCENT, 0.25, None)
    ]


def test_the_period_after_a_percent_is_no_figure_of_its_own(nlp: Language) -> None:
    text = "The economy will grow by 0.3% a quarter this year."
    assert [f.text for f in find_figures(nlp(text))] == ["0.3%"]
