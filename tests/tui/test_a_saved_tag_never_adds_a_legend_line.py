"""Tagging a claim puts "saved ✓" in the status line. Where the legend fits one line without
it (100 columns), the legend stays one line: the words go in with one space between the
layers, or the mark alone, rather than wrapping the legend and pushing the article up a line
at every first tag."""

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


@pytest.mark.parametrize("width", [98, 100, 103, 106])
async def test_the_legend_keeps_its_one_line_when_a_tag_is_saved(
    article: Article, fake_analyzer: Analyzer, width: int
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(width, 24)) as pilot:
        await analysed(pilot)
        assert len(legend_lines(app)) == 1
        article_height = app.query_one(ArticleView).size.height
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        [line] = legend_lines(app)
        # The claim tagged is marked: which of the claims it is replaces their count, where
        # the line has room for it.
        assert line.startswith(("claim 1 of 3 · 3 speakers · ", "claim 1 of 3 · "))
        assert "✓" in line
        for part in ("S speaker", "┆reported", "B boilerplate", "all"):
            assert part in line
        assert len(line) <= width
        assert app.query_one(ArticleView).size.height == article_height


async def test_where_there_is_room_the_status_says_saved_in_words(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        [line] = legend_lines(app)
        assert "claim 1 of 3 · 3 speakers · saved ✓ │ S speaker  D" in line
