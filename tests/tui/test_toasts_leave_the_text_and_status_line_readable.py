"""A toast (a tag's confirmation, the warning that annotations could not be placed) sits over
the claims panel, above the status line: never over the text being read, nor over the end of
the status line that says where you are ("37%", "match 3 of 7")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.geometry import Region

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.legend import Legend

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def toast_regions(app: NewslensApp) -> list[Region]:
    return [toast.region for toast in app.screen.query("Toast")]


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (200, 50)])
async def test_a_tags_confirmation_covers_neither_the_text_nor_the_status_line(
    article: Article, fake_analyzer: Analyzer, size: tuple[int, int]
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=size, notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        [toast] = toast_regions(app)
        text = app.query_one(ArticleView).region
        status = app.query_one(Legend).region
        assert not toast.overlaps(text), (toast, text)
        assert not toast.overlaps(status), (toast, status)
