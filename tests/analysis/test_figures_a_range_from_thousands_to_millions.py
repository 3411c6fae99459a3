"""A range whose low bound is written in full and whose high bound has a scale keeps each bound's
own scale: "between 2,000 and 3 million people" is 2,000 to 3,000,000, one range, while the
scale written once still serves a bare low bound ("between 20 and 30 million" is 20,000,000 to
30,000,000)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "bounds"),
    [
        (
            "Organisers said between 2,000 and 3 million people could attend.",
            "between 2,000 and 3 million",
            "2000/3000000",
        ),
        (
            "Between 500 and 1 million people lined the route.",
            "Between 500 and 1 million",
            "500/1000000",
        ),
    ],
)
def test_each_bound_keeps_its_own_scale(nlp: Language, text: str, words: str, bounds: str) -> None:
    assert [f[:3] for f in facts(nlp, text)] == [(words, FigureKind.RANGE, bounds)]


def test_a_bare_low_bound_still_takes_the_scale(nlp: Language) -> None:
    text = "Between 2,000 and 3 million people came, against between 20 and 30 million in 2019."
    assert [f[:3] for f in facts(nlp, text) if f[1] is FigureKind.RANGE] == [
        ("Between 2,000 and 3 million", FigureKind.RANGE, "2000/3000000"),
        ("between 20 and 30 million", FigureKind.RANGE, "20000000/30000000"),
    ]
