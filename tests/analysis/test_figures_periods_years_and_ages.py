"""Periods and ages as a fact-checker reads them: "from 2003 to 2009" is the years 2003/2009 (not
two clock times), "between January 1 and August 14" one period, "the first 100 days" 100 days (not
the rank "first"), and "at age 15" 15 years."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "She ran the charity from 2003 to 2009 before moving abroad.",
            "from 2003 to 2009",
            "2003/2009",
        ),
        (
            "Thefts climbed between 2012 and 2018 in the county.",
            "between 2012 and 2018",
            "2012/2018",
        ),
    ],
)
def test_a_span_of_years_is_a_range_of_years(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.RANGE, value, None) in facts(nlp, text)


def test_a_period_between_two_days_is_one_range(nlp: Language) -> None:
    text = "Patrols stopped 1,204 cars between January 1 and August 14 alone."
    assert ("between January 1 and August 14", FigureKind.RANGE, "--01-01/--08-14", None) in facts(
        nlp, text
    )


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("In his first 100 days the mayor closed six depots.", "100 days", 100.0, "days"),
        ("Put a little aside over a child's first 18 years.", "18 years", 18.0, "years"),
    ],
)
def test_the_first_few_periods_are_a_duration(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    durations = [f for f in facts(nlp, text) if f[0].endswith(words)]
    assert [(kind, v, u) for _, kind, v, u in durations] == [(FigureKind.QUANTITY, value, unit)]


def test_the_rank_of_a_day_stays_a_rank(nlp: Language) -> None:
    text = "It was the 21st day of the dockers' strike."
    assert [f[1] for f in facts(nlp, text)] == [FigureKind.ORDINAL]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The pianist gave her first recital at age 15 in Leeds.", "age 15", 15.0),
        ("Drivers must retire at the age of 70, the rule says.", "the age of 70", 70.0),
    ],
)
def test_an_age_named_as_one_is_in_years(
    nlp: Language, text: str, words: str, value: float
) -> None:
    assert (words, FigureKind.QUANTITY, value, "years") in facts(nlp, text)
