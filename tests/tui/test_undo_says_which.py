"""u and ctrl+r say which change they took back or made again: "undone: note · “…”" names
the claim the note is on, quoted as the tag confirmations quote it (plain, no controls), and
the state the claim is in now, in the reader's words: "undone: tag verified is back" after the tag
was taken off (never the store's "untag", nor "tag verified removed", which read as if it had just
gone)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.annotations.model import NOT_A_CLAIM, Annotation
from newslens.article import Article
from newslens.config import Config
from newslens.tui.annotating.undoing import step_words
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
        assert notices(app)[-1] == "undone: note taken off · “300 homes flooded last year”"
        await pilot.press("u")
        assert notices(app)[-1] == (
            'undone: note taken off · “the old wall "will not survive another…”'
        )
        await pilot.press("ctrl+r")
        assert notices(app)[-1].startswith("redone: note is back · “the old wall")
        await pilot.press("1", "1", "u")  # tagged, the tag taken off, and that undone
        assert notices(app)[-1] == "undone: tag verified is back · “300 homes flooded last year”"


async def test_an_undone_change_on_hostile_text_is_quoted_inert() -> None:
    hostile = "Pay [bold]now[/bold] \x1b]52;c;aGk=\x07 \u202eor else"
    app = one_claim_app(hostile)
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "u")
        [undone] = [n for n in app._notifications if n.message.startswith("undone")]
        assert (
            undone.message
            == "undone: tag verified taken off · “Pay [bold]now[/bold] ␛]52;c;aGk=␇ \ufffdor…”"
        )
        assert not undone.markup


def _noted(note: str) -> Annotation:
    return Annotation("a", "f", 0, 4, exact="Rain", prefix="", suffix="", note=note)


@pytest.mark.parametrize(
    ("label", "undo", "was", "now", "said"),
    [
        ("tag verified", True, "", "", "tag verified taken off"),
        ("tag verified", False, "", "", "tag verified is back"),
        ("untag verified", True, "", "", "tag verified is back"),
        ("untag verified", False, "", "", "tag verified taken off"),
        (f"tag {NOT_A_CLAIM}", True, "", "", "claim shown again"),
        (f"tag {NOT_A_CLAIM}", False, "", "", "claim hidden again"),
        (f"untag {NOT_A_CLAIM}", True, "", "", "claim hidden again"),
        (f"untag {NOT_A_CLAIM}", False, "", "", "claim shown again"),
        ("note", True, "ask the mayor", "", "note taken off"),
        ("note", True, "", "ask the mayor", "note is back"),
        ("note", False, "", "ask the mayor", "note is back"),
        ("note", True, "ask the mayor", "ask the council", "note back as it was"),
        ("note", False, "ask the mayor", "ask the council", "note changed again"),
    ],
)
def test_an_undo_or_redo_says_the_state_the_claim_is_in_now(
    label: str, undo: bool, was: str, now: str, said: str
) -> None:
    # A note emptied leaves no annotation (None) unless a tag keeps it: both read the same.
    before = _noted(was) if was else None
    after = _noted(now) if now else None
    assert step_words(label, undo=undo, was=before, now=after) == said
    assert step_words(label, undo=undo, was=_noted(was), now=_noted(now)) == said
