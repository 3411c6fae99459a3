"""The age of something named in a few words before the number is an age in years, as "a median
age of 52" is: "the average age of first-time buyers is now 34" is 34 years, and so is "the age
of consent is 16" 16 years, never a bare count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "years"),
    [
        ("The average age of first-time buyers is now 34, the lender said.", "34", 34.0),
        ("The median age of the new recruits was 23 last year.", "23", 23.0),
        ("In most states the age of consent is 16.", "16", 16.0),
        ("The age of the old stone bridge is 90.", "90", 90.0),
    ],
)
def test_the_age_of_what_words_name_is_years(
    nlp: Language, text: str, words: str, years: float
) -> None:
    assert (words, FigureKind.QUANTITY, years, "years") in facts(nlp, text)
