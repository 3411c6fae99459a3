"""A pair joined by a colon that a game was won, lost or drawn by is its score, a tally as "won
3-2" is: "won 2:1" and "won by 2:1" are "2-1", "beat Dortmund 3:1" "3-1", "a 2:1 win" a tally that
counts no wins; a vote "carried by 2:1" stays a share. A map's or a model's scale is the share of
the real size it shows: "a scale of 1:50,000" is 0.00002, no clock time of 01:50."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "score"),
    [
        ("Bayern won 2:1 in Munich on Saturday.", "2:1", "2-1"),
        ("The home side won by 2:1 on Saturday.", "2:1", "2-1"),
        ("Bayern beat Dortmund 3:1 on Saturday.", "3:1", "3-1"),
        ("The hosts lost 0:2 at home.", "0:2", "0-2"),
        ("Leipzig drew 1:1 with Mainz.", "1:1", "1-1"),
        ("It was a 2:1 win for Bayern.", "2:1", "2-1"),
    ],
)
def test_a_score_with_a_colon_is_a_tally(nlp: Language, text: str, words: str, score: str) -> None:
    assert (words, FigureKind.COUNT, score, None) in facts(nlp, text)


def test_a_vote_carried_by_a_ratio_stays_a_share(nlp: Language) -> None:
    figures = facts(nlp, "Bayern won 2:1. Later the motion was carried by 2:1 after a long debate.")
    assert [f for f in figures if f[0] == "2:1"] == [
        ("2:1", FigureKind.COUNT, "2-1", None),
        ("2:1", FigureKind.PERCENT, 0.667, None),
    ]


@pytest.mark.parametrize(
    ("text", "words", "share"),
    [
        ("The hikers used a map with a scale of 1:50,000.", "1:50,000", 0.00002),
        ("The model of the station was built at 1:100 scale.", "1:100", 0.01),
    ],
)
def test_a_scale_is_the_share_of_the_real_size(
    nlp: Language, text: str, words: str, share: float
) -> None:
    assert [f for f in facts(nlp, text) if f[0] == words] == [
        (words, FigureKind.QUANTITY, pytest.approx(share), "scale")
    ]
