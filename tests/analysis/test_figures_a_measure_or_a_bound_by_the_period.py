"""A measure by the period keeps its period, as money by it does: "300 tonnes a week" is 300
"tonnes per week", "1.2 million barrels a day" "barrels per day", "40 hours a week" "hours per
week" ("300 tonnes a week ago" is no rate). A bound after the period bounds the figure before
it: "$48,000 a year or less" is at most $48,000 a year, as "5,000 people or more" is at least
5,000 people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "kind", "value", "unit"),
    [
        (
            "The incinerator burns 300 tonnes a week of waste.",
            "300 tonnes",
            FigureKind.QUANTITY,
            300.0,
            "tonnes per week",
        ),
        (
            "The field pumps 1.2 million barrels a day.",
            "1.2 million barrels",
            FigureKind.QUANTITY,
            1_200_000.0,
            "barrels per day",
        ),
        (
            "Drivers work 40 hours a week on average.",
            "40 hours",
            FigureKind.QUANTITY,
            40.0,
            "hours per week",
        ),
        (
            "Office staff go in two days a week.",
            "two days",
            FigureKind.QUANTITY,
            2.0,
            "days per week",
        ),
        (
            "Lorries of between 300 and 400 tonnes a week left the port.",
            "between 300 and 400 tonnes",
            FigureKind.RANGE,
            "300/400",
            "tonnes per week",
        ),
    ],
)
def test_a_measure_by_the_period_keeps_its_period(
    nlp: Language, text: str, words: str, kind: FigureKind, value: float | str, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Output was 280 tonnes a week ago, before the fire.", "280 tonnes", "tonnes"),
        ("The glacier lost 2 metres a year later.", "2 metres", "metres"),
        ("Patients waited four hours a week earlier.", "four hours", "hours"),
    ],
)
def test_the_time_since_a_measure_is_no_period_it_is_taken_by(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


@pytest.mark.parametrize(
    ("text", "words", "unit", "qualifier"),
    [
        (
            "Households earning $48,000 a year or less will get a rebate.",
            "$48,000 a year or less",
            "USD per year",
            Qualifier.AT_MOST,
        ),
        (
            "Families earning £30,000 a year and over pay the full fee.",
            "£30,000 a year and over",
            "GBP per year",
            Qualifier.AT_LEAST,
        ),
        (
            "Firms paying $20 an hour or more will qualify.",
            "$20 an hour or more",
            "USD per hour",
            Qualifier.AT_LEAST,
        ),
        (
            "Plants burning 300 tonnes a week or more need a permit.",
            "300 tonnes a week or more",
            "tonnes per week",
            Qualifier.AT_LEAST,
        ),
        (
            "Two trains an hour or more will run.",
            "Two trains an hour or more",
            "trains per hour",
            Qualifier.AT_LEAST,
        ),
        (
            "Districts of 5,000 people or more will qualify.",
            "5,000 people or more",
            "people",
            Qualifier.AT_LEAST,
        ),
        (
            "Schools with 30 pupils or fewer keep their buses.",
            "30 pupils or fewer",
            "pupils",
            Qualifier.AT_MOST,
        ),
        (
            "Towns of 10,000 residents or above get a grant.",
            "10,000 residents or above",
            "residents",
            Qualifier.AT_LEAST,
        ),
        (
            "Clubs with 40 members and over must register.",
            "40 members and over",
            "members",
            Qualifier.AT_LEAST,
        ),
        (
            "Groups of 12 people or under travel free.",
            "12 people or under",
            "people",
            Qualifier.AT_MOST,
        ),
    ],
)
def test_a_bound_after_the_period_or_the_noun_bounds_the_figure(
    nlp: Language, text: str, words: str, unit: str, qualifier: Qualifier
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.unit, figure.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Households earning $48,000 a year or less than that will get help.", "$48,000"),
        ("Membership costs £10 a month or £100 a year.", "£10"),
    ],
)
def test_words_after_the_period_that_open_a_phrase_bound_nothing(
    nlp: Language, text: str, words: str
) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.EXACTLY
