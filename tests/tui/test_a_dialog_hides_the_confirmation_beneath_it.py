"""The reader's screen shows through a dialog, dimmed: at 60×20 the confirmation of the last
tag stood there half hidden behind the tag picker (over the header, or over the panel when
it is open). A confirmation waits, whole, until the dialog closes; a warning still shows on
the dialog."""

from __future__ import annotations

import html
from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def drawn(app: NewslensApp) -> str:
    """Everything on the terminal now, the screens under a dialog included (the text of its
    SVG screenshot)."""
    return html.unescape(app.export_screenshot()).replace("\xa0", " ")


@pytest.mark.parametrize("panel", [False, True])
async def test_no_part_of_a_confirmation_shows_behind_the_tag_picker(
    article: Article, fake_analyzer: Analyzer, panel: bool
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await analysed(pilot)
        if panel:
            await pilot.press("p")
        await pilot.press("right_square_bracket", "4")
        await pilot.pause()
        assert "+misleading" in drawn(app)
        await pilot.press("t")
        await pilot.pause()
        assert app.screen is not app.screen_stack[0]
        assert "+misleading" not in drawn(app)
        app.notify("the disk is full", severity="warning")
        await pilot.pause()
        assert "the disk is full" in drawn(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "+misleading" in drawn(app)
