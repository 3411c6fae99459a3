"""A whole number and parts of one more are read as one value: "two and a quarter hours" is
2.25 hours and "five and three quarter years" 5.75 years, as "four and a half years" is 4.5
(not 2 hours, nor 5 + 3 = 8 years)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The hike took two and a quarter hours.", "two and a quarter hours", 2.25, "hours"),
        (
            "The rebuild took five and three quarter years in all.",
            "five and three quarter years",
            5.75,
            "years",
        ),
    ],
)
def test_a_whole_number_and_parts_of_one_more_are_one_value(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)
