"""A confirmation takes the place of the one before through Textual's public notifications
alone: the reader called App._unnotify, a private method a Textual release may rename or drop
(the reader then stopped at the second tag). The toast taking the place is where the first
was, also when it was replaced under the palette, and an error between them stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.app import App

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed
from .test_confirmations_replace_each_other import toasts
from .test_key_bursts import burst

Analyzer = Callable[[Article], Analysis]


@pytest.fixture(autouse=True)
def _no_private_unnotify(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(App, "_unnotify")


async def test_tags_pressed_one_after_another_leave_one_toast(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(72, 24), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        [first] = app.screen.query("Toast")
        at = first.region.y
        await pilot.press("2", "3")
        await pilot.pause(0.3)
        [shown] = toasts(app)
        assert shown.startswith("+false")
        assert app.screen.query_one("Toast").region.y == at


async def test_a_burst_of_keys_leaves_one_confirmation_beside_an_error(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        app.notify("the disk is full", severity="error", timeout=30)
        await burst(app, "right_square_bracket", "1", "2", "3", "9")
        await pilot.pause(0.3)
        shown = toasts(app)
        assert shown[0] == "the disk is full"
        assert len(shown) == 2 and shown[1].startswith("no tag on 9"), shown


async def test_a_toast_replaced_under_the_palette_leaves_no_gap_behind(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(72, 24), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        [first] = app.screen.query("Toast")
        at = first.region.y
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.inform("said while the palette is open")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert toasts(app) == ["said while the palette is open"]
        assert app.screen.query_one("Toast").region.y == at
