"""What a fact-checker reads in a story of the busiest visitor attractions (``articles/
visitor_attractions.txt``): places in the ranking as ranks ("number one in the country", "the
nation's No 1 heritage site", "was number two", "fell to number five"), visitors counted in
millions by the year, money by the year, the quarter and the decade, "A quarter of visitors" a
share; the director's "Number one, we have to …" lists and is no figure."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import run

STORY = Path(__file__).parent / "articles" / "visitor_attractions.txt"


def test_each_figure_reads_as_a_fact_checker_would(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, STORY.read_text(encoding="utf-8"))
    read = [
        (f.text, f.kind, f.value, f.unit, f.qualifier)
        for f in result.figures
        if f.kind is not FigureKind.DATE
    ]
    exactly, about = Qualifier.EXACTLY, Qualifier.APPROXIMATELY
    assert read == [
        ("a second year", FigureKind.ORDINAL, 2.0, "year", exactly),
        ("1.5m", FigureKind.COUNT, 1_500_000.0, "visitors", exactly),
        ("number one", FigureKind.ORDINAL, 1.0, None, exactly),
        ("No 1", FigureKind.ORDINAL, 1.0, None, exactly),
        ("1.5m", FigureKind.COUNT, 1_500_000.0, "visitors per year", exactly),
        ("900,000", FigureKind.COUNT, 900_000.0, "visitors per year", exactly),
        ("about £18m", FigureKind.MONEY, 18_000_000.0, "GBP per year", about),
        ("£400,000", FigureKind.MONEY, 400_000.0, "GBP per quarter", exactly),
        ("number two", FigureKind.ORDINAL, 2.0, None, exactly),
        ("1.1m", FigureKind.COUNT, 1_100_000.0, "visitors", exactly),
        ("number five", FigureKind.ORDINAL, 5.0, None, exactly),
        ("6%", FigureKind.PERCENT, 0.06, None, exactly),
        ("8%", FigureKind.PERCENT, 0.08, None, exactly),
        ("A quarter", FigureKind.PERCENT, 0.25, None, exactly),
        ("one in five", FigureKind.PERCENT, 0.2, None, exactly),
        ("under 16", FigureKind.QUANTITY, 16.0, "years", Qualifier.AT_MOST),
        ("£30m", FigureKind.MONEY, 30_000_000.0, "GBP per decade", exactly),
        ("about 2cm", FigureKind.QUANTITY, 2.0, "cm per decade", about),
    ]


def test_a_place_in_the_ranking_is_checked_in_its_claim(analysis_nlp: Language) -> None:
    text = STORY.read_text(encoding="utf-8")
    result = run(analysis_nlp, text)
    ranked = {text[c.start : c.end]: [text[a:b] for a, b in c.figures] for c in result.claims}
    assert ranked["Hill's Gardens was number two in the rankings with 1.1m visitors."] == [
        "number two",
        "1.1m",
    ]
    assert ranked["The Ocean Museum, which is free, fell to number five."] == ["number five"]
