"""A range in points keeps its points, however it is joined: a poll's lead "between 8 and 12
points" and "8-12 points" are 8 to 12 points, never the clock times 08:00 to 12:00 nor a range
with no unit."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Polls had put Labour ahead by between 8 and 12 points.", "between 8 and 12 points"),
        ("Their lead grew to 8-12 points in the latest polls.", "8-12 points"),
    ],
)
def test_a_range_of_points_is_in_points(nlp: Language, text: str, words: str) -> None:
    assert (words, FigureKind.RANGE, "8/12", "points") in facts(nlp, text)
