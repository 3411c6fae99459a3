"""A count of so many cast counts votes, the noun left out: "1.6 million out of 3.1 million cast"
counts votes, not a cast, as "3.1 million votes cast" does; a film's cast is counted as before. The
first of "1.6 million out of 3.1 million votes" counts votes too."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "The party took 1.6 million out of 3.1 million cast.",
        "The party won 52 per cent of the 3.1 million cast.",
    ],
)
def test_a_count_cast_counts_votes(nlp: Language, text: str) -> None:
    assert ("3.1 million", FigureKind.COUNT, 3_100_000.0, "votes") in facts(nlp, text)


def test_a_count_out_of_a_count_of_votes_counts_votes(nlp: Language) -> None:
    text = "The incumbent won 1.6 million out of 3.1 million votes in the runoff."
    assert facts(nlp, text) == [
        ("1.6 million", FigureKind.COUNT, 1_600_000.0, "votes"),
        ("3.1 million", FigureKind.COUNT, 3_100_000.0, "votes"),
    ]
