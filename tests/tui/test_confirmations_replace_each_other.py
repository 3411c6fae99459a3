"""Tagging at speed: each action's confirmation ("+verified · “…”") takes the place of the one
before instead of piling up over the article; errors and warnings still stay on screen."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, pasted, settled
from .test_key_bursts import burst

Analyzer = Callable[[Article], Analysis]


def toasts(app: NewslensApp) -> list[str]:
    """The toasts on screen now, as their text."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


async def test_five_quick_tags_leave_one_toast_saying_the_last(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "2", "3", "4", "5")
        await pilot.pause()
        [shown] = toasts(app)
        assert shown.startswith("+needs-source · “the old wall")


async def test_untag_note_hide_undo_and_redo_each_replace_the_last_confirmation(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        steps = [
            (("right_square_bracket", "1"), "+verified"),
            (("x",), "−verified"),
            (("e", *"checked", "ctrl+s"), "note saved"),
            (("u",), "undone: note taken off · “the old wall"),
            (("ctrl+r",), "redone: note is back · “the old wall"),
            (("h",), "marked not a claim"),
            (("u",), "undone: claim shown again"),
        ]
        for keys, said in steps:
            await pilot.press(*keys)
            await pilot.pause()
            [shown] = toasts(app)
            assert shown.startswith(said), (keys, shown)


async def test_an_error_stays_beside_the_confirmations_after_it(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t")
        await pasted(pilot, "x" * 61)  # too long a name
        await pilot.press("enter")
        await pilot.press("1", "2")
        await pilot.pause()
        shown = toasts(app)
        assert len(shown) == 2
        assert "at most 60 characters" in shown[0]
        assert shown[1].startswith("+disputed")


async def test_tags_typed_in_one_burst_leave_one_toast(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        await burst(app, "right_square_bracket", "1", "2", "3", "4", "5")
        await settled(pilot, lambda: any(t.startswith("+needs-source") for t in toasts(app)))
        [shown] = toasts(app)
        assert shown.startswith("+needs-source · “the old wall")
