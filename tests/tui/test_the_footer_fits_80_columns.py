"""At 80 columns the footer shows each of its keys whole, the palette's key at its right end
("e Note" was cut to "e Not", and "v Select text" was not there at all): it shows the keys
the reader learns the app by, and the others (the panel, the previous claim) stay in help
and the command palette."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.selection import SelectionBar

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]

SHOWN = ["q Quit", "? Help", "/ Search", "] Next claim", "t Tag…", "e Note", "v Select text"]


@pytest.mark.parametrize("width", [80, 100])
async def test_the_footers_keys_are_whole(
    article: Article, fake_analyzer: Analyzer, width: int
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(width, 24)) as pilot:
        await analysed(pilot)
        await pilot.pause()
        keys = list(app.screen.query("Footer FooterKey"))
        [palette] = [key for key in keys if key.has_class("-command-palette")]
        shown = [key for key in keys if key is not palette]
        assert [key.render_line(0).text.strip() for key in shown] == SHOWN
        assert all(key.region.right < palette.region.x for key in shown)
        assert palette.region.right == width


async def test_the_keys_left_out_of_the_footer_are_in_help_and_the_palette(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        rows = {description: keys for keys, description, _, _ in app.key_rows()}
        assert rows["Previous claim"] == "[" and rows["Show / hide the panel"] == "p"
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Previous claim", "Show / hide the panel", "Next claim", "Search"} <= titles


async def test_in_selection_mode_the_bar_names_enter_and_esc_and_the_footer_fits(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("v")
        await pilot.pause()
        keys = list(app.screen.query("Footer FooterKey"))
        [palette] = [key for key in keys if key.has_class("-command-palette")]
        assert all(key.region.right < palette.region.x for key in keys if key is not palette)
        bar = app.query_one(SelectionBar)
        shown = " ".join(bar.render_line(y).text for y in range(bar.size.height))
        assert "enter annotate" in shown and "esc cancel" in shown
        await pilot.press("escape")
        assert not bar.display


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (80, [*SHOWN[:-1], "f By speaker"]),
        (100, [*SHOWN[:-1], "f By speaker", "v Select text"]),
    ],
)
async def test_in_the_claims_list_the_footer_offers_f_before_v(
    article: Article, fake_analyzer: Analyzer, width: int, expected: list[str]
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(width, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("tab")
        await pilot.pause()
        keys = list(app.screen.query("Footer FooterKey"))
        [palette] = [key for key in keys if key.has_class("-command-palette")]
        shown = [key.render_line(0).text.strip() for key in keys if key is not palette]
        assert shown == expected
