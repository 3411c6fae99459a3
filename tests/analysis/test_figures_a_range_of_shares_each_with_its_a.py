"""A range whose bounds are shares each written with its "a" ("by a third to a half", "a
quarter to a third") runs between the shares, as "half to two-thirds" does, not the first
share alone; a share and the amount a cut reached ("by a third to 40p") stay two figures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Rents rose by a third to a half.", "a third to a half", "0.3333333333/0.5"),
        (
            "Rents in the capital rose by a third to a half over the decade.",
            "a third to a half",
            "0.3333333333/0.5",
        ),
        ("Fares were cut by a quarter to a third.", "a quarter to a third", "0.25/0.3333333333"),
    ],
)
def test_a_range_of_shares_each_with_its_a_runs_between_them(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.RANGE, value, None) in facts(nlp, text)


def test_a_share_cut_by_and_the_price_reached_stay_two_figures(nlp: Language) -> None:
    assert facts(nlp, "The firm cut its dividend by a third to 40p.") == [
        ("a third", FigureKind.PERCENT, 0.3333333333, None),
        ("40p", FigureKind.MONEY, 0.4, "GBP"),
    ]
