"""In a story of an election, the number a candidate came in a place or won with ("came third
with 4,011", "came second on 3,870", "won with 12,504") counts votes, and the place stays a
rank of its own; in a league table "finished second on 71" counts nothing named, and a number
with its noun ("won with 14 seats") counts that noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In the by-election, the Green candidate came third with 4,011.",
            ("4,011", FigureKind.COUNT, 4011.0, "votes"),
        ),
        (
            "In the mayoral election, Reform came a close second on 3,870, the count showed.",
            ("3,870", FigureKind.COUNT, 3870.0, "votes"),
        ),
        (
            "The Labour candidate won with 12,504 in the by-election.",
            ("12,504", FigureKind.COUNT, 12504.0, "votes"),
        ),
    ],
)
def test_the_number_a_candidate_placed_or_won_with_is_votes(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)


def test_the_place_stays_a_rank_beside_the_votes(nlp: Language) -> None:
    found = facts(nlp, "In the by-election, the Green candidate came third with 4,011.")
    assert ("third", FigureKind.ORDINAL, 3.0, None) in found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The club finished second on 71, eight points behind the champions.",
            ("71", FigureKind.COUNT, 71.0, None),
        ),
        (
            "In the council election, Labour won with 14 seats.",
            ("14", FigureKind.COUNT, 14.0, "seats"),
        ),
    ],
)
def test_a_place_in_a_table_or_a_count_with_its_noun_is_no_votes(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str | None]
) -> None:
    assert figure in facts(nlp, text)
