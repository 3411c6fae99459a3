"""A score line on a line of its own under a headline ("Dunmore Rovers 3 Castlebridge 2") is one
score, 3-2, as "won 3-2" is; a line of dates or of parts of a series is none, and a score line
run on into a sentence is left as it was."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "line", "score"),
    [
        (
            "Rovers edge the derby\n\nDunmore Rovers 3 Castlebridge 2\n\nA late header won it.",
            "Dunmore Rovers 3 Castlebridge 2",
            "3-2",
        ),
        (
            "Albion hold on\nBrighton & Hove Albion 1, Castlebridge Athletic 0\nIt rained.",
            "Brighton & Hove Albion 1, Castlebridge Athletic 0",
            "1-0",
        ),
    ],
)
def test_a_score_line_of_its_own_is_one_score(
    nlp: Language, text: str, line: str, score: str
) -> None:
    assert facts(nlp, text) == [(line, FigureKind.COUNT, score, None)]


def test_a_score_told_with_a_hyphen_is_the_same_score(nlp: Language) -> None:
    assert ("3-2", FigureKind.COUNT, "3-2", None) in facts(
        nlp, "Dunmore Rovers won 3-2 at Castlebridge."
    )


@pytest.mark.parametrize(
    "text",
    ["The box set\n\nSeries 3 Episode 2\n\nIt opens in a kitchen.", "Monday 3 March 2024"],
)
def test_a_line_of_a_series_or_a_date_is_no_score(nlp: Language, text: str) -> None:
    scores = [f for f in facts(nlp, text) if f[1] is FigureKind.COUNT and isinstance(f[2], str)]
    assert scores == []
