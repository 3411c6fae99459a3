"""Tab moves between the article and the panel; with the panel hidden (p, or a terminal under
80 columns) it did nothing and said nothing. It says how to show the panel; where the panel is
up, tab goes on to it without a word."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.claims_panel import ClaimsPanel

from .helpers import analysed, notices

Analyzer = Callable[[Article], Analysis]

HIDDEN = "the panel is hidden: p shows it"


async def test_tab_below_80_columns_says_p_shows_the_panel(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(pilot)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.view
        assert HIDDEN in notices(app)


async def test_tab_after_p_hid_the_panel_says_so(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("p", "shift+tab")
        await pilot.pause()
        assert HIDDEN in notices(app)


async def test_tab_to_a_panel_on_screen_says_nothing(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("tab")
        await pilot.pause()
        focused = app.focused
        assert focused is not None and app.query_one(ClaimsPanel) in focused.ancestors
        assert HIDDEN not in notices(app)
