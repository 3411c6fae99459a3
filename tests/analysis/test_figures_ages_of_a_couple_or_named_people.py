"""Numbers listed after a pair of people ("The couple, 71 and 68, were found") or after people
the parse hangs them away from ("Police named the suspects, 23 and 31.") are their ages, in
years, as "The men, 34 and 45," are; the couple is no date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("The couple, 71 and 68, were found at their home.", ["71", "68"]),
        ("Police named the suspects, 23 and 31.", ["23", "31"]),
        ("The pair, 19 and 20, were arrested at the scene.", ["19", "20"]),
    ],
)
def test_numbers_listed_after_a_couple_or_named_people_are_ages(
    nlp: Language, text: str, ages: list[str]
) -> None:
    assert facts(nlp, text) == [(age, FigureKind.QUANTITY, float(age), "years") for age in ages]


def test_numbers_counted_after_people_stay_counts(nlp: Language) -> None:
    found = facts(nlp, "Among the suspects, 23 and 31 were charged.")
    assert ("23", FigureKind.COUNT, 23.0, None) in found
