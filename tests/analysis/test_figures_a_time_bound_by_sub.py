"""A time "sub-" bounds is at most that long, as "under two hours" is: "the first sub-two-hour
marathon" is a quantity of at most 2 hours, not a count of two; "sub-10-second" at most 10
seconds; and "sub-" bounds an amount glued to it ("sub-£1,000 laptops")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "Okoro wants to run the first sub-two-hour marathon in a race.",
            "sub-two-hour",
            2.0,
            "hours",
        ),
        ("Coaches once called a sub-10-second 100m a dream.", "sub-10-second", 10.0, "seconds"),
        ("A sub-four-minute mile was once out of reach.", "sub-four-minute", 4.0, "minutes"),
    ],
)
def test_a_time_after_sub_is_at_most_that_long(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.QUANTITY,
        value,
        unit,
        Qualifier.AT_MOST,
    )


def test_sub_bounds_a_time_as_under_does(nlp: Language) -> None:
    sub = found(nlp, "She ran a sub-two-hour marathon in Vienna.")["sub-two-hour"]
    under = found(nlp, "She ran a marathon in under two hours in Vienna.")["under two hours"]
    assert (sub.kind, sub.value, sub.unit, sub.qualifier) == (
        under.kind,
        under.value,
        under.unit,
        under.qualifier,
    )


def test_an_amount_after_sub_is_at_most_that_amount(nlp: Language) -> None:
    figure = found(nlp, "Shops cut the price of sub-£1,000 laptops again.")["sub-£1,000"]
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.MONEY,
        1000.0,
        "GBP",
        Qualifier.AT_MOST,
    )


def test_a_word_opening_with_sub_bounds_no_time_after_it(nlp: Language) -> None:
    figure = found(nlp, "The sub-committee met for two hours.")["two hours"]
    assert (figure.value, figure.unit, figure.qualifier) == (2.0, "hours", Qualifier.EXACTLY)
