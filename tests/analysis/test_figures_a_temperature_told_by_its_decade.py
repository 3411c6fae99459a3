"""A temperature told by the part of a decade of degrees is the degrees of that part, after a word
of the weather: "temperatures in the mid-30s" are 34 to 36 degrees, "the high 30s" 37 to 39,
"highs in the low 20s" 20 to 23, "the low teens" 13 to 15; no date, and not left out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "degrees"),
    [
        ("Forecasters expect temperatures in the mid-30s across the south.", "mid-30s", "34/36"),
        ("Temperatures could reach the high 30s in places this weekend.", "high 30s", "37/39"),
        ("Highs will be in the low 20s on Monday.", "low 20s", "20/23"),
        ("Temperatures dipped into the low teens overnight.", "low teens", "13/15"),
    ],
)
def test_a_temperature_told_by_its_decade_is_a_range_of_degrees(
    nlp: Language, text: str, words: str, degrees: str
) -> None:
    assert (words, FigureKind.RANGE, degrees, "degrees") in facts(nlp, text)
