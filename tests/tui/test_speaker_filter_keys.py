"""f brings up the Sources list with its cursor on the filter in force, so the keys after it
(↓ to the first speaker, enter) work the same typed one by one or in one burst (typed fast
over SSH, pasted, sent by tmux). Esc, the key a reader tries first, takes the filter off, as
"all speakers" does; in the panel (the Sources list, the claims) it only leaves it, the filter
kept."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.claims_panel import ClaimsPanel

from .helpers import analysed, settled
from .test_key_bursts import burst

Analyzer = Callable[[Article], Analysis]


async def test_a_speaker_chosen_right_after_f_filters_the_claims(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await burst(app, "f", "down", "enter")  # below "all speakers": the first speaker
        panel = app.query_one(ClaimsPanel)
        await settled(pilot, lambda: panel.speaker_filter == "ann holt")
        assert panel.speaker_filter == "ann holt"


async def test_f_puts_the_cursor_on_the_filter_in_force(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        sources = app.query_one("#sources", OptionList)
        await pilot.press("f")
        assert sources.highlighted == 0  # all speakers: enter keeps every claim
        await pilot.press("down", "down", "enter")
        assert app.query_one(ClaimsPanel).speaker_filter == "raj patel"
        await pilot.press("f")
        assert sources.highlighted == 2  # Raj Patel's row, as chosen
        await pilot.press("up", "up", "enter")
        assert app.query_one(ClaimsPanel).speaker_filter is None


async def test_esc_in_the_article_takes_the_speaker_filter_off(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        panel = app.query_one(ClaimsPanel)
        await pilot.press("f", "down", "enter", "escape")  # the claims list left
        assert panel.speaker_filter == "ann holt"
        await pilot.press("f", "escape")  # the Sources list left, no speaker chosen
        await pilot.pause()
        assert panel.speaker_filter == "ann holt"
        assert app.status.startswith("1 of ")
        await pilot.press("escape")
        await pilot.pause()
        assert panel.speaker_filter is None
        assert app.status.startswith("3 claims")
        assert app._marked is None
