"""Figures a fact-checker reads in the Figures tab: how often something happens ("twice a
week"), durations with a half in a compound ("a five-and-a-half-year contract"), financial
years ("fiscal 2025", "FY2025"), and a poll lead in points after a sentence naming the poll."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "Recycling bins in the village are emptied twice a week.",
            "twice a week",
            2.0,
            "per week",
        ),
        ("Nurses check the wound three times a day.", "three times a day", 3.0, "per day"),
        ("The festival is held once a year in the old square.", "once a year", 1.0, "per year"),
        ("The inspectors visit 4 times per month.", "4 times per month", 4.0, "per month"),
    ],
)
def test_how_often_something_happens_is_a_rate(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.QUANTITY, value, unit)]


def test_a_bounded_rate_keeps_its_qualifier(nlp: Language) -> None:
    (figure,) = find_figures(nlp("The tablets may be taken up to four times a day."))
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == (
        "up to four times a day",
        4.0,
        "per day",
        Qualifier.AT_MOST,
    )


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "The striker signed a five-and-a-half-year contract on Friday.",
            "five-and-a-half-year",
            5.5,
            "years",
        ),
        (
            "After a two-and-a-half-hour meeting the governors resigned.",
            "two-and-a-half-hour",
            2.5,
            "hours",
        ),
        (
            "Patients face a 10-and-a-half-month wait for a hip.",
            "10-and-a-half-month",
            10.5,
            "months",
        ),
    ],
)
def test_a_compound_duration_with_a_half_is_the_whole_duration(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Profits in fiscal 2025 rose by a tenth.", "fiscal 2025", "2025"),
        ("The retailer's fiscal year 2024 results were weak.", "fiscal year 2024", "2024"),
        ("FY2025 revenue at the miner was flat.", "FY2025", "2025"),
        ("The chain expects FY25 sales to slow.", "FY25", "2025"),
        ("Exports in fiscal year 2024-25 fell.", "fiscal year 2024-25", "2024/2025"),
    ],
)
def test_a_financial_year_has_its_year_as_value(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.DATE, value, None) in facts(nlp, text)


def test_a_poll_lead_in_points_after_a_sentence_naming_the_poll_is_percentage_points(
    nlp: Language,
) -> None:
    text = (
        "A new poll of 1,500 voters was published by the Herald on Sunday. "
        "Labour's lead narrowed to two points."
    )
    assert ("two points", FigureKind.PERCENT, 0.02, None) in facts(nlp, text)


def test_a_league_lead_in_points_stays_a_count_of_points(nlp: Language) -> None:
    text = "Rovers won the match at home on Saturday. Their lead narrowed to two points."
    assert ("two", FigureKind.COUNT, 2.0, "points") in facts(nlp, text)
