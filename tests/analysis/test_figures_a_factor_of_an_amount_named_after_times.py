"""A whole number of times before the amount it multiplies is a factor, as "three times the
estimate" is: "house prices are 11 times local earnings" is 11 times, not 11 occasions.
Occasions stay a count of times, with a time after them ("capped 11 times last season") or
whoever speaks next ("arrested 11 times police said")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "factor"),
    [
        ("In some towns house prices are 11 times local earnings.", "11 times", 11.0),
        ("Chief executives earn 120 times average pay.", "120 times", 120.0),
        ("The average home costs 9 times annual salaries.", "9 times", 9.0),
    ],
)
def test_a_number_of_times_an_amount_is_a_factor(
    nlp: Language, text: str, words: str, factor: float
) -> None:
    assert (words, FigureKind.QUANTITY, factor, "times") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He was capped 11 times last season.",
        "He has been arrested 11 times police said.",
        "She has visited 11 times in the past year.",
    ],
)
def test_occasions_stay_a_count_of_times(nlp: Language, text: str) -> None:
    assert ("11", FigureKind.COUNT, 11.0, "times") in facts(nlp, text)
