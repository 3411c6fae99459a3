"""Where n and N are among the matches: they go round from the last match to the first
without a word, so the status line says which match is on screen, of how many."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.legend import Legend

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def _status(app: NewslensApp) -> str:
    return str(app.query_one(Legend).render()).split("│")[0]


async def test_the_status_line_says_which_match_n_and_n_are_on(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert "match" not in _status(app)
        await pilot.press("slash", *"Holt", "enter")  # "Mayor Ann Holt", then "Holt said"
        await pilot.pause()
        assert "match 1 of 2" in _status(app)
        await pilot.press("n")
        assert "match 2 of 2" in _status(app)
        await pilot.press("n")  # round to the first again
        assert "match 1 of 2" in _status(app)
        await pilot.press("N")
        assert "match 2 of 2" in _status(app)
        await pilot.press("escape")  # the matches are cleared, and so is where n was
        assert "match" not in _status(app)
        await pilot.press("N")  # the last search again, from the screen
        assert "match 2 of 2" in _status(app)
