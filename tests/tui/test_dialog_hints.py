"""Every dialog ends with a line naming its keys, as the tag picker's "1-6 or enter choose · ↑↓
move · esc cancel" (the tags' digits, which choose there too): the export picker and "Show a
hidden claim" too."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Label

from newslens.analysis.model import Analysis
from newslens.annotations.exports import FORMATS
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.tag_dialogs import ChoiceDialog, TagPicker, choose_hint

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
        # The digits that choose at once first in both: the tags' keys, the formats' digits.
        assert tag_picker_hint == "1-6 or enter choose · ↑↓ move · esc cancel"
        assert hint(app) == f"1-{len(FORMATS)} or enter choose · ↑↓ move · esc cancel"


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        ("3124", "1-4 or "),
        ("1", "1 or "),
        ("", ""),  # no tag on a key: enter alone chooses
        ("qa", "a tag's key or "),  # keys of config.toml's own, in no run
    ],
)
def test_a_list_dialogs_hint_names_the_keys_that_choose_at_once(keys: str, said: str) -> None:
    assert choose_hint(keys) == f"{said}enter choose · ↑↓ move · esc cancel"
