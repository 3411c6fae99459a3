"""A bare number set against a count of people as what the place they are in was made for counts
the same people: "143 pupils in a building designed for 210" is 210 pupils (it counted nothing),
"700 inmates but was built for 400" 400 inmates, as a whole after "out of" counts the part's noun ("won 18 matches out of 24"). Things counted
lend their noun to nothing a place was made for ("300 beds and a car park designed for 120"),
and "eight people out of 10" is a share of any ten, not ten people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The school has 143 pupils in a building designed for 210.", ("210", "pupils")),
        ("The ward now treats 30 patients but was built for 24.", ("24", "patients")),
        ("United won 18 matches out of 24 this season.", ("24", "matches")),
        ("The jail holds 700 inmates but was built for 400.", ("400", "inmates")),
        ("The ferry carried 900 passengers but was built for 600.", ("600", "passengers")),
    ],
)
def test_a_number_set_against_a_count_counts_the_same_things(
    nlp: Language, text: str, whole: tuple[str, str]
) -> None:
    words, unit = whole
    assert (words, FigureKind.COUNT, float(words), unit) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The hospital has 300 beds and a car park designed for 120.", "120"),
        ("The depot holds 70 buses but was built for 40.", "40"),
        ("Eight people out of 10 said they would vote again.", "10"),
    ],
)
def test_a_place_for_things_or_a_share_of_ten_counts_nothing_named(
    nlp: Language, text: str, words: str
) -> None:
    assert (words, FigureKind.COUNT, float(words), None) in facts(nlp, text)
