"""A change told as a share in words and the level it reached are two figures: "The dividend was
cut by half to 1.5p a share" is 0.5 and 1.5p "GBP per share", never a range from 0.5 to 1.5.
Two bare numbers close together after "by" stay a range ("rose by 30 to 35")."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_a_share_in_words_and_the_level_are_two_figures(nlp: Language) -> None:
    text = "The dividend was cut by half to 1.5p a share."
    assert facts(nlp, text) == [
        ("half", FigureKind.PERCENT, 0.5, None),
        ("1.5p", FigureKind.MONEY, 0.015, "GBP per share"),
    ]


def test_two_close_numbers_after_by_stay_a_range(nlp: Language) -> None:
    text = "Class sizes rose by 30 to 35 in the county."
    assert facts(nlp, text) == [("30 to 35", FigureKind.RANGE, "30/35", None)]
