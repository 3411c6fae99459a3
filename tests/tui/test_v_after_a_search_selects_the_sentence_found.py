"""v after a search selects the sentence the match is in: a fact-checker searches for the words
to annotate and then selects them. v selected the first sentence on screen, the headline, and
a digit pressed next tagged that. With the search cleared (esc), v is as it was."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.selection import SelectionBar

from .helpers import analysed, settled, stored

Analyzer = Callable[[Article], Analysis]


def _selected(app: NewslensApp) -> str:
    bar = app.query_one(SelectionBar)
    return app.article.text[bar.span[0] : bar.span[1]] if bar.display else ""


async def test_v_after_a_search_selects_the_sentence_of_the_match(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("slash", *"homes flooded", "enter", "v")
        await settled(pilot, lambda: bool(app.query(SelectionBar)))
        assert _selected(app) == "Residents claimed that 300 homes flooded last year."
        await pilot.press("2")
        await settled(pilot, lambda: bool(stored(app.article)))
        assert [a.exact for a in stored(app.article)] == [
            "Residents claimed that 300 homes flooded last year."
        ]


async def test_v_with_the_search_cleared_selects_the_first_sentence_on_screen(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("slash", *"homes flooded", "enter", "escape", "v")
        await settled(pilot, lambda: bool(app.query(SelectionBar)))
        assert _selected(app) == "Harbour council approves new sea wall"
