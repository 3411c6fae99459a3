"""A search opened in selection mode (v, then /) hands the keys back to the selection once it
is done or closed: the bar still says "w/b ±word", and w there selects one word more. It
used to give them to the article, where w pages up and the bar's keys did nothing it named."""

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


@pytest.mark.parametrize("ending", ["enter", "escape"], ids=["searched", "closed"])
async def test_after_a_search_the_selection_keys_still_act_on_the_selection(
    article: Article, fake_analyzer: Analyzer, ending: str
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "j")  # the first sentence of the story
        bar = app.query_one(SelectionBar)
        start, end = bar.span
        await pilot.press("slash", *"wall", ending)
        await pilot.pause()
        assert app.focused is bar
        await pilot.press("b")
        assert bar.display and bar.span[0] == start and bar.span[1] < end
