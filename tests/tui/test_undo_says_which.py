"""u and ctrl+r say which change they took back or made again: "undone: note · “…”" names
the claim the note is on, quoted as the tag confirmations quote it (plain, no controls), and
the change in the reader's words ("tag verified removed", never the store's "untag")."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, notices, one_claim_app

Analyzer = Callable[[Article], Analysis]


async def test_undoing_a_note_names_the_claim_it_was_on(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e", *"first", "ctrl+s")
        await pilot.press("right_square_bracket", "e", *"second", "ctrl+s")
        await pilot.press("u")
        assert notices(app)[-1] == "undone: note · “300 homes flooded last year”"
        await pilot.press("u")
        assert notices(app)[-1] == ('undone: note · “the old wall "will not survive another…”')
        await pilot.press("ctrl+r")
        assert notices(app)[-1].startswith("redone: note · “the old wall")
        await pilot.press("1", "1", "u")  # tagged, the tag taken off, and that undone
        assert notices(app)[-1] == "undone: tag verified removed · “300 homes flooded last year”"


async def test_an_undone_change_on_hostile_text_is_quoted_inert() -> None:
    hostile = "Pay [bold]now[/bold] \x1b]52;c;aGk=\x07 \u202eor else"
    app = one_claim_app(hostile)
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "u")
        [undone] = [n for n in app._notifications if n.message.startswith("undone")]
        assert (
            undone.message == "undone: tag verified · “Pay [bold]now[/bold] ␛]52;c;aGk=␇ \ufffdor…”"
        )
        assert not undone.markup
