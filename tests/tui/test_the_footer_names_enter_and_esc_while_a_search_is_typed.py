"""While a search is typed the reader's keys type letters into it: the footer names the keys
that still act, enter to search and esc to close, not "/ Search" alone ("/" types itself); the
empty bar names them too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.search import SearchBar

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def footer_keys(app: NewslensApp) -> list[str]:
    return [key.render_line(0).text.strip() for key in app.screen.query("Footer FooterKey")]


@pytest.mark.parametrize("width", [60, 80, 110])
async def test_typing_a_search_the_footer_shows_enter_and_esc(
    article: Article, fake_analyzer: Analyzer, width: int
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(width, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("slash")
        await pilot.pause()
        bar = app.query_one(SearchBar)
        # The empty bar says what it is and its keys, where it said "search the article…" only.
        assert bar.render_line(0).text.strip() == "search the article · enter find · esc close"
        await pilot.press(*"24/7")
        await pilot.pause()
        assert bar.value == "24/7"
        assert footer_keys(app)[:2] == ["⏎ Search", "esc Close"]
        assert "/ Search" not in footer_keys(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "/ Search" in footer_keys(app)
