"""Search finds a word a hyphen broke at the end of a line wrapped by hand as the reader draws
it, whole: "passengers" found nothing in "passen-\\ngers", drawn "passen-gers". The match is
the whole word, both halves highlighted. A real hyphen broken there ("well-\\nknown") is drawn
the same, so it is found the same; a hyphen inside a line is no break, and stays a hyphen."""

from __future__ import annotations

from textual.pilot import Pilot

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, highlighted, screen_lines

TEXT = (
    "Ferry operator cuts a crossing\n"
    "\n"
    "The operator said on Monday that it would stop the late crossing for passen-\n"
    "gers from March, a long-term change it blamed on a shortage of crew in the\n"
    "winter months. Unions called the shortage a well-\n"
    "known problem that the company had ignored for years before the cut.\n"
)


async def _found(pilot: Pilot[None], query: str) -> list[str]:
    """What a search for ``query`` highlights, line by line."""
    await pilot.press("slash", *query, "enter")
    await pilot.pause()
    app = pilot.app
    assert isinstance(app, NewslensApp)
    view = app.query_one(ArticleView)
    shown = range(len(screen_lines(app)))
    return [found for y in shown if (found := highlighted(view, y))]


async def test_a_word_a_hyphen_broke_at_a_line_end_is_found_whole() -> None:
    article = Article(text=TEXT)
    app = NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=Config())
    async with app.run_test(size=(120, 24)) as pilot:
        await analysed(pilot)
        shown = " ".join(line.strip() for line in screen_lines(app))  # a paragraph's rows
        assert "for passen-gers from March" in shown
        assert await _found(pilot, "passengers") == ["passen-gers"]
        assert await _found(pilot, "passen-gers") == ["passen-gers"]  # as it is drawn
        assert await _found(pilot, "well-known") == ["well-known"]


async def test_a_hyphen_inside_a_line_is_no_break() -> None:
    article = Article(text=TEXT)
    app = NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=Config())
    async with app.run_test(size=(120, 24)) as pilot:
        await analysed(pilot)
        assert await _found(pilot, "longterm") == []
        assert await _found(pilot, "long-term") == ["long-term"]
