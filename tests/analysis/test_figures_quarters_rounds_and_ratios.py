"""Figures in business, sport and study copy: a quarter named "Q3 2022", the part of the whole
a count is ("won 18 of their 24 matches"), a tournament's rounds ("the last 16"), and a
study's hazard or odds ratio."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_a_quarter_and_its_year_is_a_date(nlp: Language) -> None:
    # Valued as the interval of its months (see figures.dates).
    text = "Growth at the port slowed in Q1 2024 and Q2 2024."
    assert facts(nlp, text) == [
        ("Q1 2024", FigureKind.DATE, "2024-01/2024-03", None),
        ("Q2 2024", FigureKind.DATE, "2024-04/2024-06", None),
    ]


def test_a_model_name_before_a_quarter_like_code_is_no_quarter(nlp: Language) -> None:
    texts = [f[0] for f in facts(nlp, "He traded in his Audi Q3 2020 for an electric car.")]
    assert not any(t.startswith("Q3") for t in texts)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The Rovers won 18 of their 24 matches last season.", "matches"),
        ("The Rovers won five of their last six league games.", "games"),
        ("The Rovers have won five of their six home games.", "games"),
    ],
)
def test_a_count_out_of_a_whole_counts_what_the_whole_counts(
    nlp: Language, text: str, noun: str
) -> None:
    assert [unit for *_, unit in facts(nlp, text)[:2]] == [noun, noun]


def test_a_count_before_a_noun_and_its_modifier_counts_the_noun(nlp: Language) -> None:
    assert facts(nlp, "The Rovers won six league games.") == [
        ("six", FigureKind.COUNT, 6.0, "games")
    ]


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Reed scored in the 89th minute.", "the 89th minute", "minute"),
        ("It was the 14th day of the strike.", "the 14th day", "day"),
        ("The town marks its 40th anniversary.", "40th anniversary", None),
        ("It was his first full day on the job.", "first full day", "day"),
        # the second of the tests, this year: no rank of a year
        ("The launch, its second this year, failed.", "second this year", None),
    ],
)
def test_an_ordinal_of_a_unit_of_time_is_in_that_unit(
    nlp: Language, text: str, words: str, unit: str | None
) -> None:
    assert [(w, u) for w, kind, _, u in facts(nlp, text) if kind is FigureKind.ORDINAL] == [
        (words, unit)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "United reached the last 16 of the cup for the first time in a decade.",
        "City were knocked out in the last eight by a late goal.",
        "The holders went out in the quarter-finals on penalties.",
    ],
)
def test_a_round_of_a_tournament_is_no_figure(nlp: Language, text: str) -> None:
    assert not [f for f in facts(nlp, text) if f[1] is FigureKind.COUNT]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Prices have doubled over the last eight years in the town.",
            ("the last eight years", FigureKind.QUANTITY, 8.0, "years"),
        ),
        (
            "The last eight people to leave the mine were rescued.",
            ("eight", FigureKind.COUNT, 8.0, "people"),
        ),
    ],
)
def test_the_last_few_of_something_are_still_a_figure(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The hazard ratio was 0.41 in the treated group.", "0.41", 0.41, "hazard ratio"),
        ("The trial found an odds ratio of 1.8 for smokers.", "1.8", 1.8, "odds ratio"),
        ("The relative risk was 1.3 among older women.", "1.3", 1.3, "relative risk"),
    ],
)
def test_a_ratio_of_risks_is_a_quantity_named_by_its_ratio(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)
