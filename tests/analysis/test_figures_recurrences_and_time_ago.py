"""How often something recurs ("every two weeks") and how long ago it happened ("2.5 years
ago", "ten days later"), as a fact-checker reads them in the Figures tab."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The recycling bins are emptied every two weeks.", "every two weeks", "per 2 weeks"),
        ("Every 10 days a nurse visits the farm.", "Every 10 days", "per 10 days"),
        ("The quarry is inspected every three months.", "every three months", "per 3 months"),
    ],
)
def test_once_every_few_periods_is_one_occasion_per_that_period(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert (words, FigureKind.QUANTITY, 1.0, unit) in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mill closed 2.5 years ago, the union said.",
        "The mill closed two and a half years ago, the union said.",
        "The mill closed around two and a half years ago, the union said.",
    ],
)
def test_how_long_ago_is_the_time_gone_by(nlp: Language, text: str) -> None:
    assert [(kind, value, unit) for _, kind, value, unit in facts(nlp, text)] == [
        (FigureKind.QUANTITY, 2.5, "years")
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Ten days later, the bridge reopened to traffic.", 10.0, "days"),
        ("Two years earlier, the plant had shed its night shift.", 2.0, "years"),
        ("Two years before, the plant had shed its night shift.", 2.0, "years"),
    ],
)
def test_how_long_after_or_before_is_a_length_of_time(
    nlp: Language, text: str, value: float, unit: str
) -> None:
    assert [(kind, v, u) for _, kind, v, u in facts(nlp, text)] == [
        (FigureKind.QUANTITY, value, unit)
    ]


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Profit fell to £180m from £201m a year before.", "a year before", "year"),
        ("Profit fell to £180m from £201m a year earlier.", "a year earlier", "year"),
        ("Profit fell to £180m from £201m a year ago.", "a year ago", "year"),
        ("Sales rose to £90m from £75m a decade before.", "a decade before", "decade"),
    ],
)
def test_a_period_before_reads_as_the_time_gone_by_as_earlier_and_ago_do(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert (words, FigureKind.QUANTITY, 1.0, unit) in facts(nlp, text)


def test_a_period_something_took_stays_its_length(nlp: Language) -> None:
    text = "The new footbridge took a year to build."
    assert facts(nlp, text) == [("a year", FigureKind.QUANTITY, 1.0, "year")]
