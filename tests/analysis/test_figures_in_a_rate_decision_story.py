"""What a fact-checker reads in a central bank's rate decision (``articles/rate_decision.txt``):
the cut in points and the rate, the committee's vote as one tally ("seven to two", not two
counts), bond sales and a mortgage's saving by the period ("£20bn a quarter", "£30 a month"),
and growth "by 0.3% a quarter this year" with no quarter of a year as a figure of its own."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import run

STORY = Path(__file__).parent / "articles" / "rate_decision.txt"


def test_each_figure_reads_as_a_fact_checker_would(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, STORY.read_text(encoding="utf-8"))
    read = [
        (f.text, f.kind, f.value, f.unit, f.qualifier)
        for f in result.figures
        if f.kind is not FigureKind.DATE
    ]
    exactly = Qualifier.EXACTLY
    assert read == [
        ("4%", FigureKind.PERCENT, 0.04, None, exactly),
        ("a quarter of a percentage point", FigureKind.PERCENT, 0.0025, None, exactly),
        ("4%", FigureKind.PERCENT, 0.04, None, exactly),
        ("third", FigureKind.ORDINAL, 3.0, None, exactly),
        ("a year", FigureKind.QUANTITY, 1.0, "year", exactly),
        ("2%", FigureKind.PERCENT, 0.02, None, exactly),
        ("seven to two", FigureKind.COUNT, "7-2", None, exactly),
        ("two", FigureKind.COUNT, 2.0, "members", exactly),
        ("4.25%", FigureKind.PERCENT, 0.0425, None, exactly),
        ("2.8%", FigureKind.PERCENT, 0.028, None, exactly),
        ("3.4%", FigureKind.PERCENT, 0.034, None, exactly),
        ("0.3%", FigureKind.PERCENT, 0.003, "per quarter", exactly),
        ("£20bn", FigureKind.MONEY, 20_000_000_000.0, "GBP per quarter", exactly),
        ("two", FigureKind.COUNT, 2.0, "cuts", exactly),
        ("£200,000", FigureKind.MONEY, 200_000.0, "GBP", exactly),
        ("about £30", FigureKind.MONEY, 30.0, "GBP per month", Qualifier.APPROXIMATELY),
        ("4.6%", FigureKind.PERCENT, 0.046, None, exactly),
        ("5.1%", FigureKind.PERCENT, 0.051, "per year", exactly),
        ("0.4%", FigureKind.PERCENT, 0.004, None, exactly),
        ("$1.27", FigureKind.MONEY, 1.27, "USD per GBP", exactly),
    ]


def test_the_banks_forecast_is_its_claim_with_the_growth_and_the_date(
    analysis_nlp: Language,
) -> None:
    text = STORY.read_text(encoding="utf-8")
    result = run(analysis_nlp, text)
    forecast = next(c for c in result.claims if c.cue == "expects")
    assert (forecast.claimant, [text[a:b] for a, b in forecast.figures]) == (
        "Bank of Norland",
        ["0.3%", "the second half of 2026"],
    )
