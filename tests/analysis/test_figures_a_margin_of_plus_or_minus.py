"""A poll's margin "plus or minus 3.4 points" is a margin either way, as "±3" is: the
figure is the points, never a negative share, in words too ("plus or minus three percentage
points"); and a company's or a campaign's "best
quarter" is a period, no share of a quarter."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_plus_or_minus_points_is_no_negative_share(nlp: Language) -> None:
    assert facts(nlp, "The poll has a margin of error of plus or minus 3.4 points.") == [
        ("3.4 points", FigureKind.PERCENT, 0.034, None)
    ]


def test_plus_or_minus_percentage_points_leaves_the_minus_out(nlp: Language) -> None:
    assert facts(nlp, "The survey has a margin of error of plus or minus 4 percentage points.") == [
        ("4 percentage points", FigureKind.PERCENT, 0.04, None)
    ]


def test_plus_or_minus_percentage_points_in_words_is_the_points(nlp: Language) -> None:
    assert facts(
        nlp, "The poll has a margin of error of plus or minus three percentage points."
    ) == [("three percentage points", FigureKind.PERCENT, 0.03, None)]


def test_minus_alone_is_still_below_nought(nlp: Language) -> None:
    assert facts(nlp, "Temperatures fell to minus 12 degrees Fahrenheit.") == [
        ("minus 12 degrees Fahrenheit", FigureKind.QUANTITY, -12.0, "degrees Fahrenheit")
    ]


def test_a_best_quarter_is_no_share(nlp: Language) -> None:
    assert facts(nlp, "It was its best quarter yet.") == []
    assert facts(nlp, "Sales fell by a quarter.") == [("a quarter", FigureKind.PERCENT, 0.25, None)]
