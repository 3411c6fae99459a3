"""L straight after a tag: the confirmation ("+misleading") stood over the Library's title,
which is about every article's annotations, not the claim just tagged. The Library hides the
reader's confirmations as a dialog does; they come back with the reader if their time is not
up, and a warning still shows over the Library."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.library import LibraryScreen

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def shown_toasts(app: NewslensApp) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query("Toast") if toast.display]


async def test_a_tag_confirmation_waits_while_the_library_is_open(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "4")
        await pilot.pause()
        assert any("misleading" in toast for toast in shown_toasts(app))
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert shown_toasts(app) == []
        app.notify("the disk is full", severity="warning")
        await pilot.pause()
        assert any("the disk is full" in toast for toast in shown_toasts(app))
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, LibraryScreen)
        assert any("misleading" in toast for toast in shown_toasts(app))
