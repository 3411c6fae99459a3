"""A note is the reader's own words: a reflexive esc after typing one threw it away without a
word. Esc in a changed note now says that a second esc discards it (ctrl+s still saves);
in a note left as it was, esc closes at once."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Label

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.tag_dialogs import NoteEditor

from .helpers import analysed, stored

Analyzer = Callable[[Article], Analysis]


def hint(app: NewslensApp) -> str:
    return str(app.screen.query_one(".nl-hint", Label).render())


async def test_the_first_esc_in_a_typed_note_warns_and_the_second_discards_it(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e", *"call the engineer", "escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.note == "call the engineer"
        assert hint(app).startswith("esc again discards this note's changes")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        assert stored(article) == []


async def test_ctrl_s_after_the_warning_still_saves_the_note(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e", *"call the engineer", "escape", "ctrl+s")
        await pilot.pause()
        assert [a.note for a in stored(article)] == ["call the engineer"]


async def test_esc_in_a_note_left_as_it_was_closes_at_once(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
