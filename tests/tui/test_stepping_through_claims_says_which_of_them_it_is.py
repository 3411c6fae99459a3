"""Stepping through the claims with ] and [ says in the status line which of them is marked,
"claim 2 of 5 · 3 speakers" in place of "5 claims · 3 speakers": below 80 columns the panel is
out of sight, and a reader tagging claim after claim wants to know how many are left. Esc,
marking nothing, takes it away. Where the words would take the legend a line more, it keeps
the count: the article is never pushed up a line."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.style import Style

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.legend import Legend, LegendEntry, StatusPart, legend_text

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def legend(app: NewslensApp) -> str:
    shown = app.query_one(Legend)
    return " ".join(shown.render_line(y).text.strip() for y in range(shown.size.height))


def says_claim(app: NewslensApp, at: int, of: int) -> bool:
    shown = legend(app)
    return shown.startswith(f"claim {at} of {of} · 3 speakers")


@pytest.mark.parametrize("width", [60, 80, 100, 120])
async def test_the_status_line_says_which_claim_is_marked(
    article: Article, fake_analyzer: Analyzer, width: int
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(width, 24)) as pilot:
        await analysed(pilot)
        assert app.analysis is not None
        listed = len(app.analysis.claims)
        lines = app.query_one(Legend).size.height
        assert not says_claim(app, 1, listed)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert says_claim(app, 2, listed)
        # The words go in where the legend has room, never pushing the article up a line.
        assert app.query_one(Legend).size.height == lines
        await pilot.press("left_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert says_claim(app, listed, listed)
        await pilot.press("escape")
        await pilot.pause()
        assert not any(says_claim(app, at, listed) for at in range(1, listed + 1))


@pytest.mark.parametrize("width", range(92, 104, 2))
async def test_a_claim_marked_never_adds_a_legend_line(
    article: Article, fake_analyzer: Analyzer, width: int
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(width, 24)) as pilot:
        await analysed(pilot)
        lines = app.query_one(Legend).size.height
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert app.query_one(Legend).size.height == lines
        assert legend(app).startswith(("claim 2 of 3 · 3 speakers", "claim 2 of 3 │"))


def test_where_the_words_have_no_room_the_count_stays() -> None:
    layers = ["speaker", "┃“quote”", "┆reported", "cue", "figure", "boilerplate"]
    entries = [LegendEntry(label[0], label, Style(), True) for label in layers]
    status = StatusPart(("claim 12 of 30 · 11 speakers", "30 claims · 11 speakers"))
    for width, first in ((49, "30 claims · 11 speakers"), (60, "claim 12 of 30 · 11 speakers")):
        shown = legend_text(entries, status, "", width, "37%").plain.splitlines()
        assert len(shown) == 2
        assert shown[0].startswith(first)
