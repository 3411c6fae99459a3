"""A search opened from the claims panel and closed with esc, nothing searched, gives the keys
back to the panel: j there went on to scroll the article, the panel's cursor left behind. A
search made (enter) still sends them to the article, where its matches are."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, status_line

Analyzer = Callable[[Article], Analysis]


async def test_esc_in_a_search_from_the_panel_leaves_j_moving_in_the_panel(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "slash", *"wall", "escape", "j")
        await pilot.pause()
        assert status_line(app).startswith("claim 2 of 3")


async def test_a_search_from_the_panel_sends_the_keys_to_the_article(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "j", "slash", *"wall", "enter")
        await pilot.pause()
        assert app.focused is app.view
