"""Numbers listed and set off by commas after people called by a plural noun ("The men, 34
and 45, were arrested", "his sons, 12, 14 and 17,") are their ages, in years, as "A man,
34," is; numbers after things ("the teams, 12 and 14,") stay counts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("The men, 34 and 45, were arrested on Friday.", ["34", "45"]),
        ("His sons, 12, 14 and 17, were at home.", ["12", "14", "17"]),
        ("Two women, 19 and 22, were released without charge.", ["19", "22"]),
        ("The brothers, 16 and 18, appeared in court.", ["16", "18"]),
    ],
)
def test_numbers_listed_after_people_are_their_ages(
    nlp: Language, text: str, ages: list[str]
) -> None:
    found = facts(nlp, text)
    for age in ages:
        assert (age, FigureKind.QUANTITY, float(age), "years") in found


def test_numbers_listed_after_things_stay_counts(nlp: Language) -> None:
    found = facts(nlp, "The teams, 12 and 14, were tied.")
    assert ("12", FigureKind.COUNT, 12.0, None) in found
    assert ("14", FigureKind.COUNT, 14.0, None) in found
