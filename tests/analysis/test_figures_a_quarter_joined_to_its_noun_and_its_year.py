"""A quarter joined to the noun it comes before reads as "the second quarter" does: with no
year named, a date with no value ("Second-quarter profit rose"); beside the year it names, the
interval of its months, as "the third quarter of 2024" is ("third-quarter 2024 results", "the
bank's 2024 second-quarter profit"); so is a half before its year ("second-half 2023 sales"),
though one before its noun alone ("first-half profits") is no figure."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts


def test_a_quarter_before_its_noun_with_no_year_is_an_unvalued_date(nlp: Language) -> None:
    assert facts(nlp, "Second-quarter profit rose at the bank.") == [
        ("Second-quarter", FigureKind.DATE, None, None)
    ]


def test_a_quarter_before_its_noun_beside_its_year_is_its_months(nlp: Language) -> None:
    assert facts(nlp, "Its third-quarter 2024 results beat forecasts.") == [
        ("third-quarter 2024", FigureKind.DATE, "2024-07/2024-09", None)
    ]
    assert facts(nlp, "The bank's 2024 second-quarter profit rose.") == [
        ("2024 second-quarter", FigureKind.DATE, "2024-04/2024-06", None)
    ]


def test_a_half_before_its_noun_beside_its_year_is_its_months(nlp: Language) -> None:
    assert facts(nlp, "Second-half 2023 sales fell at the chain.") == [
        ("Second-half 2023", FigureKind.DATE, "2023-07/2023-12", None)
    ]
    assert facts(nlp, "First-half 2024 profit rose at the bank.") == [
        ("First-half 2024", FigureKind.DATE, "2024-01/2024-06", None)
    ]
