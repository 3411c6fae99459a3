"""A range whose bounds are shares in words ("half to two-thirds") runs between those shares,
0.5 to 0.667, as "between a third and a half" does; "two-thirds" is no two. A share a verb
of change moved by and the amount it reached ("cut by half to 1.5p a share") stay two
figures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rents in the city rose by half to two-thirds.", "half to two-thirds"),
        ("Half to two-thirds of the homes on the estate were flooded.", "Half to two-thirds"),
    ],
)
def test_a_range_of_shares_in_words_runs_between_the_shares(
    nlp: Language, text: str, words: str
) -> None:
    assert (words, FigureKind.RANGE, "0.5/0.6666666667", None) in facts(nlp, text)


def test_a_share_cut_by_and_the_amount_reached_stay_two_figures(nlp: Language) -> None:
    assert facts(nlp, "The miner cut its dividend by half to 1.5p a share.") == [
        ("half", FigureKind.PERCENT, 0.5, None),
        ("1.5p", FigureKind.MONEY, 0.015, "GBP per share"),
    ]
