"""A dialog opened while a confirmation is still up (tag with 4, then t at once) is what the
reader works in now: the confirmation, which said what the last key did, stays out of its
way until the dialog closes. A warning about the dialog itself (a note that could not be saved
when quitting) still shows over it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def shown_toasts(app: NewslensApp) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query("Toast") if toast.display]


@pytest.mark.parametrize("dialog_key", ["t", "e", "question_mark", "ctrl+p"])
async def test_a_confirmation_steps_aside_for_a_dialog_and_comes_back_after(
    article: Article, fake_analyzer: Analyzer, dialog_key: str
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "4")
        await pilot.pause()
        assert any("misleading" in toast for toast in shown_toasts(app))
        await pilot.press(dialog_key)
        await pilot.pause()
        assert app.screen is not app.screen_stack[0]
        assert shown_toasts(app) == []
        await pilot.press("escape")
        await pilot.pause()
        assert any("misleading" in toast for toast in shown_toasts(app))


async def test_a_warning_shows_over_a_dialog(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("t")
        await pilot.pause()
        app.notify("the disk is full", severity="warning")
        await pilot.pause()
        assert any("the disk is full" in toast for toast in shown_toasts(app))
