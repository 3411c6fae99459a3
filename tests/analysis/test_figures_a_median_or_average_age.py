"""A group's median or average age is an age in years, as "aged 52" is: "a median age of 52"
and "the average age was 41" give 52 and 41 years, never a bare count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "years"),
    [
        ("The volunteers had a median age of 52.", "52", 52.0),
        ("The average age was 41 among the new members.", "41", 41.0),
        ("Patients in the study had a mean age of 67.", "67", 67.0),
    ],
)
def test_a_median_or_average_age_is_years(
    nlp: Language, text: str, words: str, years: float
) -> None:
    assert (words, FigureKind.QUANTITY, years, "years") in facts(nlp, text)
