"""A markets report and a property story: a sum in trillions written "trn" as the City pages
write it ("$3.2trn") keeps its scale; a share and the price it took a commodity to ("gold rose
0.8pc to $2,365") are two figures, no range; a factor written with an "x" ("4.5x salary") or
with a half ("three-and-a-half times") is a multiple, as whole ones are; and a number with
a half joined by hyphens ("two-and-a-half million") is one number."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts

MARKETS = (
    "Apple's market value passed $3.2trn for the first time, and UK government debt reached"
    " £2.7trn.\n\nGold rose 0.8pc to $2,365 an ounce on Tuesday.\n"
)

PROPERTY = (
    "A typical home now costs £290k, or 4.5x average salary. Buyers need five times their"
    " earnings, compared with three-and-a-half times in the 1990s.\n"
)


def test_a_sum_in_trillions_written_trn(analysis_nlp: Language) -> None:
    found = facts(analysis_nlp, MARKETS)
    assert ("$3.2trn", FigureKind.MONEY, 3.2e12, "USD") in found
    assert ("£2.7trn", FigureKind.MONEY, 2.7e12, "GBP") in found


def test_a_share_and_the_price_it_reached_are_two_figures(analysis_nlp: Language) -> None:
    found = facts(analysis_nlp, MARKETS)
    assert ("0.8pc", FigureKind.PERCENT, 0.008, None) in found
    assert ("$2,365", FigureKind.MONEY, 2365.0, "USD per ounce") in found
    assert not [f for f in found if f[1] is FigureKind.RANGE]


def test_a_factor_written_with_an_x(analysis_nlp: Language) -> None:
    found = facts(analysis_nlp, PROPERTY)
    assert ("4.5x", FigureKind.QUANTITY, 4.5, "times") in found


def test_a_factor_with_a_half_is_no_count_of_occasions(analysis_nlp: Language) -> None:
    found = facts(analysis_nlp, PROPERTY)
    assert ("three-and-a-half times", FigureKind.QUANTITY, 3.5, "times") in found
    assert ("five times", FigureKind.QUANTITY, 5.0, "times") in found
    # a thing happens a whole number of times
    burgled = facts(analysis_nlp, "He has been burgled three times in the past year.\n")
    assert ("three", FigureKind.COUNT, 3.0, "times") in burgled


def test_a_number_and_a_half_joined_by_hyphens(analysis_nlp: Language) -> None:
    found = facts(
        analysis_nlp,
        "Some two-and-a-half million people voted. She won by two-and-a-half lengths.\n",
    )
    assert ("Some two-and-a-half million", FigureKind.COUNT, 2500000.0, "people") in found
    assert ("two-and-a-half", FigureKind.COUNT, 2.5, "lengths") in found
