"""The selection bar (v) at 100 columns: what is selected on a line of its own, its middle
left out (" … ") when it is longer than the line, and a reminder of the keys that annotate it (the digits, e),
not only of those that move it."""

from __future__ import annotations

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.selection import SelectionBar

from .helpers import analysed

LONG_SENTENCE = (
    "The harbour board said on Monday that the new breakwater, first proposed a decade ago "
    "and twice delayed by storms, would be finished before the autumn tides arrived."
)


def bar_lines(app: NewslensApp) -> list[str]:
    bar = app.query_one(SelectionBar)
    return [bar.render_line(y).text for y in range(bar.size.height)]


async def test_the_bar_names_the_digits_and_e_and_cuts_a_long_selection_with_an_ellipsis() -> None:
    article = Article(text=f"Breakwater delayed\n\n{LONG_SENTENCE}\n")
    app = NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "j")
        await pilot.pause()
        lines = bar_lines(app)
        # Longer than the line: its start and its end, " … " between.
        assert lines[0].strip().startswith("selecting “The harbour board said on Monday")
        assert " … " in lines[0] and lines[0].rstrip().endswith("autumn tides arrived.”")
        hint = " ".join(lines[1:])
        assert "1-6 tag" in hint and "e note" in hint, lines
        assert "c/q/f claim/quote/figure" in hint, lines
        assert all(len(line) <= 100 for line in lines)


async def test_a_short_selection_is_shown_whole() -> None:
    article = Article(text="Breakwater delayed\n\nThe board met.\n")
    app = NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "j")
        await pilot.pause()
        assert bar_lines(app)[0].strip() == "selecting “The board met.”"


async def test_the_digits_shown_follow_config_keys() -> None:
    article = Article(text="Breakwater delayed\n\nThe board met.\n")
    config = Config(keys={"quick-tag-1": "z", "note": "E"})
    app = NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=config)
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("v")
        await pilot.pause()
        hint = " ".join(bar_lines(app)[1:])
        assert "z/2/3/4/5/6 tag" in hint and "E note" in hint, hint
