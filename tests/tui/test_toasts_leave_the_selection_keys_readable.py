"""Selecting text with v puts a bar over the status line: what is selected, then the keys
that work on it. A toast (x's "no tag here to remove", "no figure found") sits above that
bar, never over its keys. (A digit's confirmation ends the selection, tagged.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.selection import SelectionBar

from .helpers import analysed


@pytest.mark.parametrize(
    ("size", "panel_keys"),
    [
        ((120, 36), ()),
        ((80, 24), ()),
        ((200, 50), ()),
        ((72, 30), ("p",)),  # narrow, the panel brought up under the text
        ((100, 30), ("p",)),  # wide, the panel closed: the toast is over the header
    ],
)
async def test_a_toast_while_selecting_covers_neither_the_bar_nor_the_text(
    article: Article,
    fake_analyzer: Callable[[Article], Analysis],
    size: tuple[int, int],
    panel_keys: tuple[str, ...],
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=size, notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press(*panel_keys, "v", "w", "x")
        await pilot.pause()
        bar = app.query_one(SelectionBar)
        assert bar.display
        [toast] = [toast.region for toast in app.screen.query("Toast")]
        assert not toast.overlaps(bar.region), (toast, bar.region)
        assert not toast.overlaps(app.query_one(ArticleView).region)
