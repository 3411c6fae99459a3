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


def test_a_quotes_cue_is_named_in_lower_case_as_the_panel_lists_it() -> None:
    text = "According to the council, the bridge will reopen in May. Roadworks ended, it says.\n"
    reopen = (text.index("the bridge"), text.index(" in May"))
    ended = (text.index("Roadworks"), text.index(", it says"))
    quotes = (
        Quote(parts=(reopen,), kind=QuoteKind.INDIRECT, speaker="The council", cue="According"),
        Quote(parts=(ended,), kind=QuoteKind.INDIRECT, speaker="The council", cue="says"),
    )
    article = Article(text=text)
    shown = summary(article, Analysis(fingerprint=article.fingerprint, quotes=quotes))
    assert "  The council · according · indirect\n" in shown
    assert "  The council · says · indirect\n" in shown  # a cue in lower case already, as it was


def test_a_quote_given_by_a_colon_names_no_cue() -> None:
    text = "MAYOR: The bridge will reopen in May.\n"
    words = (text.index("The bridge"), text.index("."))
    quote = Quote(parts=(words,), kind=QuoteKind.DIRECT, speaker="Mayor", cue=":")
    article = Article(text=text)
    shown = summary(article, Analysis(fingerprint=article.fingerprint, quotes=(quote,)))
    assert "  Mayor · direct\n" in shown
