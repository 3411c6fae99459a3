"""Two parts of a hundred joined by a slash are a share, as "split 60:40" is: "a 50/50 split" is
0.5 and "a 70/30 portfolio" 0.7, each one figure with its value, not a count of nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "share"),
    [
        ("The partners agreed a 50/50 split of the profits.", "50/50", 0.5),
        ("Advisers often suggest a 70/30 portfolio of shares and bonds.", "70/30", 0.7),
    ],
)
def test_parts_of_a_hundred_joined_by_a_slash_are_a_share(
    nlp: Language, text: str, words: str, share: float
) -> None:
    assert facts(nlp, text) == [(words, FigureKind.PERCENT, share, None)]
