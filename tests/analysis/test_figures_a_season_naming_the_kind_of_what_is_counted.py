"""A number before a season and a noun counts the noun ("cuts 40 winter sailings"), as the
model's date "40 winter" hides; a season of a named year and a time ago in seasons stay dates."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "Island ferry firm cuts 40 winter sailings",
        "The ferry firm cuts 40 winter sailings from its island routes.",
    ],
)
def test_a_number_before_a_season_and_a_noun_counts_the_noun(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == [("40", FigureKind.COUNT, 40.0, "sailings")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The mill closed its doors in the winter of 1940.", "the winter of 1940"),
        ("The mill closed its doors 40 winters ago.", "40 winters ago"),
        ("Heating bills peaked in Winter 2024.", "Winter 2024"),
    ],
)
def test_a_season_of_a_year_or_seasons_ago_stay_a_date(
    nlp: Language, text: str, words: str
) -> None:
    assert [(f[0], f[1]) for f in facts(nlp, text)] == [(words, FigureKind.DATE)]
