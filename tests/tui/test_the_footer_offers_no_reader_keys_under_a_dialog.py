"""Under a dialog the reader's footer shows none of its keys: in the note editor and the tag
picker q and ? are typed, in help q closes help, and each dialog names its own keys. The
footer said "q Quit ? Help" under all of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, settled

Analyzer = Callable[[Article], Analysis]


def reader_footer_keys(app: NewslensApp) -> list[str]:
    reader = app.screen_stack[0]
    keys = reader.query("Footer FooterKey")
    return [
        key.render_line(0).text.strip()
        for key in keys
        if key.display and not key.has_class("-command-palette")
    ]


@pytest.mark.parametrize("opener", ["e", "t", "question_mark"], ids=["note", "tag", "help"])
async def test_a_dialog_leaves_the_footer_without_the_readers_keys(
    article: Article, fake_analyzer: Analyzer, opener: str
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        assert "q Quit" in reader_footer_keys(app)
        await pilot.press("right_square_bracket", opener)
        await settled(pilot, lambda: len(app.screen_stack) > 1)
        await pilot.pause()
        assert reader_footer_keys(app) == []
        await pilot.press("escape")
        await settled(pilot, lambda: len(app.screen_stack) == 1)
        await pilot.pause()
        assert "q Quit" in reader_footer_keys(app)
