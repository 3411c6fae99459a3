"""Ranks listed before the one noun they share are a figure each: "in the 89th and 93rd minutes"
is the 89th and the 93rd minute, where the whole was read as the 89th alone and "93rd" lost; so
are "the first and second quarters" of a game or a year. One rank stays one figure, and a list
of days of a month, of centuries or of the quarters of a named year is no list of ranks. Each
rank of a unit of time is in that unit: "the 12th and 78th minutes" are both "minute"; ranks
before no unit ("finished 2nd and 5th") have none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        ("Rovers scored in the 89th and 93rd minutes to snatch a draw.", [89.0, 93.0]),
        ("The striker netted in the 52nd, 67th and 88th minutes.", [52.0, 67.0, 88.0]),
        ("The Lions led in the first and second quarters before fading.", [1.0, 2.0]),
        ("Output grew fastest in the first and second quarters.", [1.0, 2.0]),
    ],
)
def test_ranks_listed_before_one_noun_are_a_figure_each(
    nlp: Language, text: str, ranks: list[float]
) -> None:
    found = [value for _, kind, value, _ in facts(nlp, text) if kind == FigureKind.ORDINAL]
    assert found == ranks


def test_one_rank_before_its_noun_stays_one_figure(nlp: Language) -> None:
    text = "The winner came in the 89th minute."
    assert facts(nlp, text) == [("the 89th minute", FigureKind.ORDINAL, 89.0, "minute")]


def test_centuries_listed_are_no_ranks(nlp: Language) -> None:
    text = "The church dates from the 12th and 13th centuries."
    assert [kind for _, kind, _, _ in facts(nlp, text)] == [FigureKind.DATE]


def test_quarters_of_a_named_year_listed_are_one_date(nlp: Language) -> None:
    text = "Profits fell in the third and fourth quarters of 2025."
    assert [kind for _, kind, _, _ in facts(nlp, text)] == [FigureKind.DATE]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("He scored in the 12th and 78th minutes.", ["minute", "minute"]),
        ("Goals came in the 3rd, 40th and 89th minutes.", ["minute", "minute", "minute"]),
        # ranks of no unit of time have none
        ("She finished 2nd and 5th in the heats.", [None, None]),
    ],
)
def test_ranks_listed_before_a_unit_of_time_are_each_in_it(
    nlp: Language, text: str, units: list[str | None]
) -> None:
    assert [unit for _, kind, _, unit in facts(nlp, text) if kind == FigureKind.ORDINAL] == units
