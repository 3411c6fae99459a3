"""A selection that runs from one paragraph into the next (the headline and the sentence
after it, s) is named in the selection bar with one space where the paragraphs meet, as the
panel shows text: the blank line is no gap in mid-sentence."""

from __future__ import annotations

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.selection import SelectionBar

from .helpers import analysed


async def test_the_bar_shows_a_paragraph_break_as_one_space() -> None:
    article = Article(text="Breakwater delayed\n\nThe harbour board met on Monday.\n")
    app = NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "s")
        await pilot.pause()
        bar = app.query_one(SelectionBar)
        assert bar.span == (0, len("Breakwater delayed\n\nThe harbour board met on Monday."))
        assert bar.render_line(0).text.strip() == (
            "selecting “Breakwater delayed The harbour board met on Monday.”"
        )
