"""Keys typed in the same burst as T (the theme list) are the list's search, not the
reader's keys: "high" reached the article before the list was open, where h marked the claim
in hand not a claim, and the search was left "gh"."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.command import CommandInput

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, settled, stored

Analyzer = Callable[[Article], Analysis]


async def test_a_burst_after_t_is_the_theme_search(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket")
        for key in "Thigh":
            event = events.Key(key, key)
            event.set_sender(app)
            app.post_message(event)
        await settled(pilot, lambda: bool(app.screen.query(CommandInput)))
        await settled(pilot, lambda: app.screen.query_one(CommandInput).value == "high")
        assert app.screen.query_one(CommandInput).value == "high"
        assert stored(article) == []
