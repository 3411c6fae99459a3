"""What a fact-checker reads in a story of a festival's prices (``articles/
festival_prices.txt``): prices by the person, the head, the vehicle, the litre and the tonne,
an old price set against a new one by the same unit ("rose to £1,200 a head from £950"), a
wage by the hour; the top place a single went to or a band hit as a rank, more visitors
counted; a pint's price named before it ("A pint of lager will cost £7.50") plain money, and
"went to No 10" no rank."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import run

STORY = Path(__file__).parent / "articles" / "festival_prices.txt"


def test_each_figure_reads_as_a_fact_checker_would(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, STORY.read_text(encoding="utf-8"))
    read = [
        (f.text, f.kind, f.value, f.unit) for f in result.figures if f.kind is not FigureKind.DATE
    ]
    assert read == [
        ("four hours", FigureKind.QUANTITY, 4.0, "hours"),
        ("£295", FigureKind.MONEY, 295.0, "GBP per person"),
        ("£270", FigureKind.MONEY, 270.0, "GBP per person"),
        ("12,000", FigureKind.COUNT, 12_000.0, "tickets"),
        ("£1,200", FigureKind.MONEY, 1200.0, "GBP per head"),
        ("£950", FigureKind.MONEY, 950.0, "GBP per head"),
        ("number one", FigureKind.ORDINAL, 1.0, None),
        ("No 1", FigureKind.ORDINAL, 1.0, None),
        ("£7.50", FigureKind.MONEY, 7.5, "GBP"),
        ("£6.80", FigureKind.MONEY, 6.8, "GBP"),
        ("£80", FigureKind.MONEY, 80.0, "GBP per vehicle"),
        ("£12.50", FigureKind.MONEY, 12.5, "GBP per hour"),
        ("£1.45", FigureKind.MONEY, 1.45, "GBP per litre"),
        ("£210", FigureKind.MONEY, 210.0, "GBP per tonne"),
        ("£250", FigureKind.MONEY, 250.0, "GBP per tonne"),
        ("1.2 million", FigureKind.COUNT, 1_200_000.0, "visitors"),
        ("300", FigureKind.COUNT, 300.0, "officers"),
    ]
    assert {f.qualifier for f in result.figures} == {Qualifier.EXACTLY}


def test_the_chart_place_is_checked_in_its_claim(analysis_nlp: Language) -> None:
    text = STORY.read_text(encoding="utf-8")
    result = run(analysis_nlp, text)
    checked = {text[c.start : c.end]: [text[a:b] for a, b in c.figures] for c in result.claims}
    hit = "Their support act, Velvet Moth, hit No 1 in the vinyl charts last year."
    assert checked[hit] == ["No 1"]
