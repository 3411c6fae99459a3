"""An age told by the part of a decade of life is the years of that part, in digits or in words:
"in her mid-twenties" 24 to 26, "in his early 30s" 30 to 33, "in her late forties" 47 to 49,
"in their late teens" 17 to 19; a decade in words, "in his thirties", is 30 to 39 as "in his 30s"
is. The second of two decades after one possessive is an age as the first is: "in their late 20s
or early 30s" is 27 to 29 or 30 to 33, no date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "years"),
    [
        ("Police said a woman in her mid-twenties was taken to hospital.", "mid-twenties", "24/26"),
        ("A man in his early 30s was arrested at the scene.", "early 30s", "30/33"),
        ("A neighbour in her late forties called for help.", "late forties", "47/49"),
        ("Two boys in their late teens were held overnight.", "late teens", "17/19"),
        ("The driver, a man in his thirties, was unhurt.", "thirties", "30/39"),
        ("The two men were in their late 20s or early 30s, police said.", "early 30s", "30/33"),
    ],
)
def test_an_age_in_part_of_a_decade_is_its_years(
    nlp: Language, text: str, words: str, years: str
) -> None:
    assert (words, FigureKind.RANGE, years, "years") in facts(nlp, text)
