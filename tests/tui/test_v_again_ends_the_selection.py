"""v pressed while selecting ends the selection, as v leaves vim's visual mode; it used to
start a new selection at the top of the screen, throwing the adjusted one away."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.selection import SelectionBar

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


async def test_v_again_ends_the_selection_as_in_vim(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("v")
        bar = app.query_one(SelectionBar)
        assert bar.display
        await pilot.press("v")
        await pilot.pause()
        assert not bar.display
