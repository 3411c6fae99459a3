"""Tab between the article and the panel changes the footer's keys by f only, offered in the
Claims list (the keys that change, a list's arrows, are never shown in it): back in the
article the footer is not built again for the focus events that follow, which was half the
CPU a tab took. A key that changes what the footer shows (v, selection mode) rebuilds it."""

from __future__ import annotations

from collections.abc import Callable

from textual.widget import Widget

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def footer_keys(app: NewslensApp) -> list[Widget]:
    return list(app.screen.query("Footer FooterKey"))


def shown(keys: list[Widget]) -> list[str]:
    return [key.render_line(0).text.strip() for key in keys]


async def test_tab_into_the_panel_and_back_changes_the_footers_keys_by_f_only(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        before = shown(footer_keys(app))
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is not app.view
        in_panel = shown(footer_keys(app))
        assert [key for key in in_panel if key != "f By speaker"] == before
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.view
        back = footer_keys(app)
        assert shown(back) == before
        app.screen.refresh_bindings()  # a focus event that leaves the keys as they were
        await pilot.pause()
        assert footer_keys(app) == back


async def test_selection_mode_still_shows_its_own_keys(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        before = shown(footer_keys(app))
        assert "v Select text" in before
        await pilot.press("v")
        await pilot.pause()
        selecting = shown(footer_keys(app))
        assert selecting != before and "v Select text" not in selecting
        await pilot.press("escape")
        await pilot.pause()
        assert shown(footer_keys(app)) == before
