"""A small hand-written article with a hand-made Analysis: the reader's tests never need spaCy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import (
    Analysis,
    Claim,
    ClaimKind,
    Figure,
    FigureKind,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
    Stance,
)
from newslens.article import Article
from newslens.tui.annotating import saving

TEXT = """\
Harbour council approves new sea wall

The council voted on Tuesday to spend 4.2 million pounds on a new sea wall. \
Mayor Ann Holt said the old wall "will not survive another winter" and promised work by May.

"We cannot wait any longer," Holt said. Residents claimed that 300 homes flooded last year.

Engineer Raj Patel admitted that costs could rise by 15 percent. Patel added that the design was tested.

Previous post Harbour fair opens Next post Ferry times change
"""


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def make_analysis(text: str = TEXT) -> Analysis:
    article = Article(text=text)
    holt_quote_said = span(text, "Holt", 1)
    patel = span(text, "Raj Patel")
    patel_again = span(text, "Patel", 1)
    quotes = (
        Quote(
            parts=(span(text, '"will not survive another winter"'),),
            kind=QuoteKind.DIRECT,
            speaker="Ann Holt",
            speaker_key="ann holt",
            speaker_span=span(text, "Mayor Ann Holt"),
            cue="said",
            cue_span=span(text, "said"),
            stance=Stance.NEUTRAL,
        ),
        Quote(
            parts=(span(text, '"We cannot wait any longer,"'),),
            kind=QuoteKind.DIRECT,
            speaker="Ann Holt",
            speaker_key="ann holt",
            speaker_span=holt_quote_said,
            cue="said",
            cue_span=span(text, "said", 1),
            stance=Stance.NEUTRAL,
        ),
        Quote(
            parts=(span(text, "costs could rise by 15 percent"),),
            kind=QuoteKind.INDIRECT,
            speaker="Raj Patel",
            speaker_key="raj patel",
            speaker_span=patel,
            cue="admitted",
            cue_span=span(text, "admitted"),
            stance=Stance.CONCESSIVE,
        ),
    )
    figures = (
        Figure(
            *span(text, "4.2 million pounds"), "4.2 million pounds", FigureKind.MONEY, 4.2e6, "GBP"
        ),
        Figure(*span(text, "300 homes"), "300 homes", FigureKind.COUNT, 300.0, "homes"),
        Figure(*span(text, "15 percent"), "15 percent", FigureKind.PERCENT, 0.15),
    )
    claims = (
        Claim(
            *span(text, 'the old wall "will not survive another winter"'),
            ClaimKind.ATTRIBUTED,
            claimant="Ann Holt",
            claimant_key="ann holt",
            cue="said",
        ),
        Claim(
            *span(text, "300 homes flooded last year"),
            ClaimKind.NUMERIC,
            claimant="Residents",
            claimant_key="residents",
            cue="claimed",
            figures=(span(text, "300 homes"),),
        ),
        Claim(
            *span(text, "costs could rise by 15 percent"),
            ClaimKind.NUMERIC,
            claimant="Raj Patel",
            claimant_key="raj patel",
            cue="admitted",
            figures=(span(text, "15 percent"),),
        ),
    )
    speakers = (
        Speaker(
            "ann holt",
            "Ann Holt",
            SpeakerKind.PERSON,
            (span(text, "Mayor Ann Holt"), holt_quote_said),
            2,
        ),
        Speaker("raj patel", "Raj Patel", SpeakerKind.PERSON, (patel, patel_again), 1),
        Speaker("residents", "Residents", SpeakerKind.GROUP, (span(text, "Residents"),), 0),
    )
    return Analysis(
        fingerprint=article.fingerprint,
        speakers=speakers,
        quotes=quotes,
        figures=figures,
        claims=claims,
        boilerplate=(span(text, "Previous post Harbour fair opens Next post Ferry times change"),),
        model_name="fake",
        model_version="1",
    )


@pytest.fixture
def article() -> Article:
    return Article(
        text=TEXT,
        title="Harbour council approves new sea wall",
        byline="A. Reporter",
        date="2024-03-05",
        source="harbour.txt",
    )


@pytest.fixture
def fake_analyzer() -> Callable[[Article], Analysis]:
    return lambda article: make_analysis(article.text)


@pytest.fixture(autouse=True)
def confirmations_outlast_a_slow_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """A confirmation, and "saved ✓" beside it, are up for three seconds of wall time. With the
    tests on every core and a loaded machine, the steps of one test (open a dialog, close it)
    can take longer than that, and a test would find them gone for no fault of the reader's."""
    monkeypatch.setattr(saving, "_INFORMED_FOR", 60)
    monkeypatch.setattr(saving, "SAVED_SHOWN_FOR", 60)
