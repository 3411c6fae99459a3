"""A confirmation says, in the reader's words, what changed and on which claim: removing a
tag names the claim as adding it does, and undoing "not a claim" does not speak the store's
own name for the mark ("tag not-a-claim"); hiding a claim (h) and showing it again from the
palette name it too."""

from __future__ import annotations

from collections.abc import Callable

from textual.command import CommandList
from textual.widgets import Label

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.tag_dialogs import ChoiceDialog

from .helpers import analysed, notices, settled

Analyzer = Callable[[Article], Analysis]

ON_THE_FIRST_CLAIM = " · “the old wall"


async def test_removing_a_tag_names_the_claim_it_came_off(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "x")
        await pilot.pause()
        assert notices(app)[-1].startswith("−verified" + ON_THE_FIRST_CLAIM)


async def test_undoing_and_redoing_not_a_claim_say_so_plainly(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "h", "u")
        await pilot.pause()
        assert notices(app)[-1].startswith("undone: claim shown again" + ON_THE_FIRST_CLAIM)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert notices(app)[-1].startswith("redone: claim hidden again" + ON_THE_FIRST_CLAIM)


async def test_saving_and_removing_a_note_name_the_claim(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e", *"ask", "ctrl+s")
        await pilot.pause()
        assert notices(app)[-1].startswith("note saved" + ON_THE_FIRST_CLAIM)
        # A note of several lines is emptied as the editor's hint says: f7 selects it all.
        await pilot.press("e", "enter", *"and again")
        await pilot.pause()
        assert "f7 select all" in str(app.screen.query_one(".nl-hint", Label).render())
        await pilot.press("f7", "backspace", "ctrl+s")
        await pilot.pause()
        assert notices(app)[-1].startswith("note removed" + ON_THE_FIRST_CLAIM)


async def test_hiding_a_claim_names_the_claim_hidden(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "h")
        await pilot.pause()
        assert notices(app)[-1].startswith("marked not a claim and hidden" + ON_THE_FIRST_CLAIM)
        assert notices(app)[-1].endswith("(u undoes)")


async def test_showing_a_hidden_claim_again_from_the_palette_names_it(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "h", "ctrl+p", *"show a hidden claim")
        await settled(pilot, lambda: "Show a hidden claim" in _palette_rows(app))
        await pilot.press("enter")
        await settled(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("enter")
        await pilot.pause()
        assert notices(app)[-1].startswith("claim shown again" + ON_THE_FIRST_CLAIM)


def _palette_rows(app: NewslensApp) -> str:
    """The commands the palette lists now, as drawn."""
    return "\n".join(
        str(listing.get_option_at_index(i).prompt)
        for listing in app.screen.query(CommandList)
        for i in range(listing.option_count)
    )
