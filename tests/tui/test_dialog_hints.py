"""Every dialog ends with a line naming its keys, as the tag picker's "enter choose · ↑↓
move · esc cancel": the export picker and "Show a hidden claim" too."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Label

from newslens.analysis.model import Analysis
from newslens.annotations.exports import FORMATS
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.tag_dialogs import ChoiceDialog, TagPicker

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def hint(app: NewslensApp) -> str:
    return str(app.screen.query_one(".nl-hint", Label).render())


async def test_the_export_picker_names_its_keys_as_the_tag_picker_does(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t")
        assert isinstance(app.screen, TagPicker)
        tag_picker_hint = hint(app)
        await pilot.press("escape")
        app.action_export_annotations()
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        assert tag_picker_hint == "enter choose · ↑↓ move · esc cancel"
        # Its formats' digits first, which the tag picker's tags show beside them.
        assert hint(app) == f"1-{len(FORMATS)} or {tag_picker_hint}"
