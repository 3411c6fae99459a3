"""A headline's wire slug and capitals, and quotes shown on one line in text output."""

from __future__ import annotations

from newslens.analysis.model import Analysis, Quote, QuoteKind
from newslens.article import Article, title_from_first_line
from newslens.report import record, summary


def test_a_wire_slug_is_not_part_of_the_title() -> None:
    text = "UPDATE 3-Ferry fares to rise in April\n\n(Adds detail)\n\nLONDON - Fares rise.\n"
    assert title_from_first_line(text) == "Ferry fares to rise in April"
    corrected = "CORRECTED-UPDATE 1-US-UK talks resume\n\nText.\n"
    assert title_from_first_line(corrected) == "US-UK talks resume"
    assert title_from_first_line("US-UK talks resume\n\nText.\n") == "US-UK talks resume"


def test_a_first_line_in_capitals_is_a_headline() -> None:
    text = "WESTBRIDGE PARISH COUNCIL\nMinutes of the meeting, 4 May\n\nPresent: five members.\n"
    assert title_from_first_line(text) == "WESTBRIDGE PARISH COUNCIL"


def _one_quote(text: str, start: int, end: int) -> tuple[Article, Analysis]:
    quote = Quote(parts=((start, end),), kind=QuoteKind.INDIRECT, speaker="The club", cue="says")
    article = Article(text=text)
    return article, Analysis(fingerprint=article.fingerprint, quotes=(quote,))


def test_a_quote_shows_on_one_line_without_reply_marks() -> None:
    text = "> The club says the pitch\n> is waterlogged and   the match\n>> is off.\n"
    start = text.index("the pitch")
    end = text.index("off") + 3
    article, analysis = _one_quote(text, start, end)
    shown = summary(article, analysis)
    assert "    the pitch is waterlogged and the match is off\n" in shown
    # the json keeps the offsets and the text exactly as they stand
    assert record(article, analysis)["quotes"][0]["start"] == start
    assert record(article, analysis)["text"] == text
