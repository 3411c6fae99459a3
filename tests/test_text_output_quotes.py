"""Quotes in the text output show on one line, without an email's reply marks, while the JSON
keeps the offsets and the text exactly as they stand."""

from __future__ import annotations

from newslens.analysis.model import Analysis, Quote, QuoteKind
from newslens.article import Article
from newslens.report import record, summary


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
