"""A search puts which match n and N are on in the status line ("match 1 of 2"). Where the
legend fits its lines without it (about 100 columns), it keeps them: the words go in with one
space between the layers, or shorter, rather than wrapping the legend and pushing the article
up a line; which match it is, and where the screen is in the text, stay in sight."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.legend import Legend

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def legend_lines(app: NewslensApp) -> list[str]:
    legend = app.query_one(Legend)
    return [legend.render_line(y).text.rstrip() for y in range(legend.size.height)]


@pytest.mark.parametrize("width", [88, 95, 100, 104, 110])
@pytest.mark.parametrize("tagged", [False, True], ids=["", "after a tag"])
async def test_the_legend_keeps_its_lines_through_a_search(
    article: Article, fake_analyzer: Analyzer, width: int, tagged: bool
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(width, 24)) as pilot:
        await analysed(pilot)
        if tagged:
            await pilot.press("right_square_bracket", "1")
            await pilot.pause()
        lines = len(legend_lines(app))
        article_height = app.query_one(ArticleView).size.height
        await pilot.press("slash", *"wall", "enter", "n")
        await pilot.pause()
        shown = legend_lines(app)
        assert len(shown) == lines
        legend = " ".join(shown)
        assert "2 of 3" in legend or "2/3" in legend
        assert legend.endswith("all")
        for part in ("S speaker", "┆reported", "B boilerplate"):
            assert part in legend
        assert all(len(line) <= width for line in shown)
        assert app.query_one(ArticleView).size.height == article_height
