"""What a fact-checker reads in a story of energy help and a waste plant (``articles/
energy_bills.txt``): an income bound after its period, a plant's tonnes by the week (not those
"a week ago"), hours and days by the week, and homes counted with a bound."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import run

STORY = Path(__file__).parent / "articles" / "energy_bills.txt"


def test_each_figure_reads_as_a_fact_checker_would(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, STORY.read_text(encoding="utf-8"))
    read = [
        (f.text, f.kind, f.value, f.unit, f.qualifier)
        for f in result.figures
        if f.kind is not FigureKind.DATE
    ]
    assert read == [
        ("$48,000 a year or less", FigureKind.MONEY, 48000.0, "USD per year", Qualifier.AT_MOST),
        ("$300", FigureKind.MONEY, 300.0, "USD", Qualifier.EXACTLY),
        ("2,400", FigureKind.COUNT, 2400.0, "homes", Qualifier.EXACTLY),
        ("300 tonnes", FigureKind.QUANTITY, 300.0, "tonnes per week", Qualifier.EXACTLY),
        ("180 tonnes", FigureKind.QUANTITY, 180.0, "tonnes", Qualifier.EXACTLY),
        ("a week ago", FigureKind.QUANTITY, 1.0, "week", Qualifier.EXACTLY),
        ("two", FigureKind.COUNT, 2.0, "lines", Qualifier.EXACTLY),
        ("40 hours", FigureKind.QUANTITY, 40.0, "hours per week", Qualifier.EXACTLY),
        ("two days", FigureKind.QUANTITY, 2.0, "days per week", Qualifier.EXACTLY),
        ("50 homes or more", FigureKind.COUNT, 50.0, "homes", Qualifier.AT_LEAST),
    ]
