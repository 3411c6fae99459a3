"""A number before "a year earlier", "a year ago" or "a week before" is the value then, not a
rate by the period, as "£20 a week ago" is no price by the week: "up from 52 a year ago" is 52,
never 52 "per year". "Three times a day" and "4 an hour" stay rates."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Arrests fell to 40 this spring, from 52 a year ago.", "52"),
        ("Deaths on the ward fell to 30, from 45 a week before.", "45"),
        ("Admissions rose to 38 per 100,000, up from 11 a year earlier.", "11"),
    ],
)
def test_a_number_then_is_no_rate(nlp: Language, text: str, words: str) -> None:
    figure = found(nlp, text)[words]
    assert figure.kind is not FigureKind.QUANTITY
    assert "per" not in (figure.unit or "")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("The ferry sails three times a day in summer.", ("three times a day", 3.0, "per day")),
        ("Buses on the route now run 4 an hour.", ("4 an hour", 4.0, "per hour")),
    ],
)
def test_a_rate_by_the_period_stays_one(
    nlp: Language, text: str, rate: tuple[str, float, str]
) -> None:
    words, value, unit = rate
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)
