"""A change from a value in a year to a later one is two counts of the same things: "grew from
640 in 2019 to 812 children" counts children twice, and "from 3,100 in 2020 to 4,800 members"
is no range from the year 2020 to 4,800. Two years either side of "to" stay a range."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "first", "unit"),
    [
        ("The number in care grew from 640 in 2019 to 812 children this year.", "640", "children"),
        ("Membership rose from 3,100 in 2020 to 4,800 members last year.", "3,100", "members"),
    ],
)
def test_the_value_changed_from_counts_what_the_level_counts(
    nlp: Language, text: str, first: str, unit: str
) -> None:
    found = facts(nlp, text)
    assert (first, FigureKind.COUNT, float(first.replace(",", "")), unit) in found
    assert all(kind is not FigureKind.RANGE for _, kind, _, _ in found)


def test_two_years_either_side_of_to_stay_a_range(nlp: Language) -> None:
    text = "The pilot scheme ran in 2020 to 2022 across the county."
    assert ("2020 to 2022", FigureKind.RANGE, "2020/2022", None) in facts(nlp, text)
