"""esc in the claims panel clears the marks and gives the keys back to the article, as it does
from the article itself: a digit then says nothing is marked. In the list, the next digit
marked the claim under its cursor again and tagged it, as if esc had done nothing. And esc
ends a selection (v) whose bar lost the keys to the panel (tab): nothing could end it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.selection import SelectionBar

from .helpers import analysed, notices, stored

Analyzer = Callable[[Article], Analysis]


@pytest.mark.parametrize("tab", [(), ("left",)], ids=["claims", "figures"])
async def test_esc_in_a_list_leaves_nothing_marked(
    article: Article, fake_analyzer: Analyzer, tab: tuple[str, ...]
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", *tab, "j", "escape")
        await pilot.pause()
        assert app.focused is app.query_one(ArticleView)
        await pilot.press("1")
        await pilot.pause()
        assert stored(article) == []
        assert "nothing is marked" in notices(app)[-1]


async def test_esc_ends_a_selection_whose_bar_lost_the_keys(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "tab")  # the keys go on to the next pane; the bar stayed up
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not app.query_one(SelectionBar).display
        await pilot.press("1")
        await pilot.pause()
        assert stored(article) == []
