"""What a fact-checker reads in a takeover story (``articles/takeover_bid.txt``): the offer, the
dividend and earnings by the share ("250p a share", "8.4p a share", "earnings per share of
21.3p", "up from 18.9p", "$1.32 a share"), while the closing price and "a 5% share in Brennan"
are plain money and a percent, "a share of the profits" no figure, and "its three UK
factories" a count of factories."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import run

STORY = Path(__file__).parent / "articles" / "takeover_bid.txt"


def test_each_figure_reads_as_a_fact_checker_would(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, STORY.read_text(encoding="utf-8"))
    read = [
        (f.text, f.kind, f.value, f.unit, f.qualifier)
        for f in result.figures
        if f.kind is not FigureKind.DATE
    ]
    exactly = Qualifier.EXACTLY
    assert read == [
        ("£1.2bn", FigureKind.MONEY, 1_200_000_000.0, "GBP", exactly),
        ("£1.2bn", FigureKind.MONEY, 1_200_000_000.0, "GBP", exactly),
        ("250p", FigureKind.MONEY, 2.5, "GBP per share", exactly),
        ("34%", FigureKind.PERCENT, 0.34, None, exactly),
        ("187p", FigureKind.MONEY, 1.87, "GBP", exactly),
        ("8.4p", FigureKind.MONEY, 0.084, "GBP per share", exactly),
        ("21.3p", FigureKind.MONEY, 0.213, "GBP per share", exactly),
        ("18.9p", FigureKind.MONEY, 0.189, "GBP per share", exactly),
        ("£640m", FigureKind.MONEY, 640_000_000.0, "GBP", exactly),
        ("31%", FigureKind.PERCENT, 0.31, None, exactly),
        ("245p", FigureKind.MONEY, 2.45, "GBP", exactly),
        ("5%", FigureKind.PERCENT, 0.05, None, exactly),
        ("£25m", FigureKind.MONEY, 25_000_000.0, "GBP per year", exactly),
        ("2,300", FigureKind.COUNT, 2300.0, "jobs", exactly),
        ("three", FigureKind.COUNT, 3.0, "factories", exactly),
        ("at least two years", FigureKind.QUANTITY, 2.0, "years", Qualifier.AT_LEAST),
        ("$1.32", FigureKind.MONEY, 1.32, "USD per share", exactly),
        ("75%", FigureKind.PERCENT, 0.75, None, exactly),
    ]


def test_earnings_by_the_share_are_checked_in_the_companys_claim(
    analysis_nlp: Language,
) -> None:
    text = STORY.read_text(encoding="utf-8")
    result = run(analysis_nlp, text)
    units = {(f.start, f.end): f.unit for f in result.figures}
    earnings = [
        (c.claimant, [(text[a:b], units[a, b]) for a, b in c.figures])
        for c in result.claims
        if text[c.start : c.end].startswith("earnings")
    ]
    assert earnings == [
        (
            "Brennan Foods",
            [
                ("21.3p", "GBP per share"),
                ("March", None),
                ("18.9p", "GBP per share"),
                ("£640m", "GBP"),
            ],
        ),
        ("Crane", [("$1.32", "USD per share")]),
    ]
