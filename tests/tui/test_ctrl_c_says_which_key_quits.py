"""ctrl+c, which quits most terminal programs, leaves the reader open and says which key
quits, in plain words: Textual's own message read "Press [b]ctrl+q[/b] to quit the app", its
markup shown as typed, as every toast of this app shows its text."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, notices

Analyzer = Callable[[Article], Analysis]


async def test_ctrl_c_names_the_key_that_quits_here(
    article: Article, fake_analyzer: Analyzer
) -> None:
    config = Config(keys={"quit": "Q"})
    app = NewslensApp(article, analyzer=fake_analyzer, config=config)
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("ctrl+c")
        assert notices(app)[-1] == "to quit newslens press Q (or ctrl+q)"
        assert app.return_code is None
        # The Library's filter takes letters as typed text: only ctrl+q quits there.
        await pilot.press("L")
        app.screen.query_one(OptionList).focus()
        await pilot.press("ctrl+c")
        assert notices(app)[-1] == "to quit newslens press ctrl+q"
        assert not any("[b]" in notice for notice in notices(app))
        assert app.return_code is None
