"""Four digits hyphened to "strong" count what they go before or after, though the model tags
them as a year: "a 2000-strong crowd" is a count of 2,000, as "a 2,000-strong crowd" is. A year
that "strong" follows with no hyphen stays a year."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A 2000-strong crowd marched on the town hall.", "2000"),
        ("Police said a crowd 2000-strong gathered outside.", "2000"),
        ("A 2,000-strong crowd marched on the town hall.", "2,000"),
    ],
)
def test_so_many_strong_in_four_digits_is_a_count(nlp: Language, text: str, words: str) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, 2000.0, None)


def test_a_year_before_strong_with_no_hyphen_stays_a_year(nlp: Language) -> None:
    figure = found(nlp, "Since 2000 strong demand has kept prices high.")["2000"]
    assert (figure.kind, figure.value) == (FigureKind.DATE, "2000")
