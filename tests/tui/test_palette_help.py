"""The command palette offers one list of keys, newslens's own Help."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


async def test_the_palette_has_help_and_not_textuals_keys_panel(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # Textual's "Keys" panel listed keys that do nothing in the reader (scroll left, page
    # right) and squeezed the article and the panel into what was left of the screen.
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        for focus in ("#article", "#claims"):
            app.query_one(focus).focus()
            await pilot.pause()
            titles = {command.title for command in app.get_system_commands(app.screen)}
            assert "Help" in titles
            assert "Keys" not in titles
