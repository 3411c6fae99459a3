"""The legend is laid out once for each change and kept until the next: after another theme
is chosen, or the terminal is resized, it reads exactly as it does in a reader opened in that
theme, at that size (the layers' colours lifted for the new background, the layers wrapped to
the new width), not as it was."""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.legend import Legend

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def legend_drawn(app: NewslensApp) -> list[list[Segment]]:
    legend = app.query_one(Legend)
    return [list(legend.render_line(y)) for y in range(legend.size.height)]


async def opened_in(
    article: Article, analyzer: Analyzer, theme: str, size: tuple[int, int]
) -> list[list[Segment]]:
    app = NewslensApp(article, analyzer=analyzer, config=Config(), theme=theme)
    async with app.run_test(size=size) as pilot:
        await analysed(pilot)
        await pilot.pause()
        return legend_drawn(app)


async def test_another_theme_colours_the_legend_as_a_reader_opened_in_it(
    article: Article, fake_analyzer: Analyzer
) -> None:
    light = await opened_in(article, fake_analyzer, "light", (100, 30))
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(), theme="dark")
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.pause()
        dark = legend_drawn(app)
        assert dark != light
        app.theme = "light"
        await pilot.pause()
        await pilot.pause()
        assert legend_drawn(app) == light


async def test_a_narrower_terminal_wraps_the_legend_as_a_reader_opened_at_that_width(
    article: Article, fake_analyzer: Analyzer
) -> None:
    narrow = await opened_in(article, fake_analyzer, "dark", (70, 24))
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(), theme="dark")
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.pause()
        assert len(legend_drawn(app)) < len(narrow)
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        assert legend_drawn(app) == narrow
