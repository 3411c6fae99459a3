"""Below 80 columns the footer still shows each key it shows whole, before the palette's key:
its labels are a word ("] Claim"), and a key that still does not fit is left out (help and
the palette list them all). At 60 columns "v Select text" ran on under the palette's key, and
in selection mode at 50 the footer's keys were cut the same way."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def footer_keys(app: NewslensApp) -> list[str]:
    """The footer's keys as drawn, each asserted whole and clear of the palette's key."""
    keys = list(app.screen.query("Footer FooterKey"))
    [palette] = [key for key in keys if key.has_class("-command-palette")]
    shown = [key for key in keys if key is not palette]
    assert all(key.region.right < palette.region.x for key in shown)
    assert palette.region.right == app.size.width
    footer = app.screen.query_one("Footer")
    assert footer.virtual_size.width <= footer.size.width  # nothing scrolled out of sight
    return [key.render_line(0).text.strip() for key in shown]


@pytest.mark.parametrize("width", [50, 60, 72])
@pytest.mark.parametrize("selecting", [False, True])
async def test_the_footers_keys_are_whole_below_80_columns(
    article: Article, fake_analyzer: Analyzer, width: int, selecting: bool
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(width, 20)) as pilot:
        await analysed(pilot)
        if selecting:
            await pilot.press("v")
        await pilot.pause()
        keys = footer_keys(app)
        assert keys[:2] == (["? Help", "/ Search"] if selecting else ["q Quit", "? Help"])
        assert "] Next claim" not in keys


async def test_at_60_columns_the_main_keys_are_there_in_a_word(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(pilot)
        await pilot.pause()
        assert footer_keys(app) == ["q Quit", "? Help", "/ Search", "] Claim", "t Tag…", "e Note"]


async def test_the_footer_is_fitted_again_when_the_terminal_is_resized(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 20)) as pilot:
        await analysed(pilot)
        await pilot.pause()
        assert "v Select text" in footer_keys(app)
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.pause()
        assert "] Claim" in footer_keys(app)
        await pilot.resize_terminal(80, 20)
        await pilot.pause()
        await pilot.pause()
        assert footer_keys(app)[-2:] == ["e Note", "v Select text"]
