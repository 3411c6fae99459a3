"""A key pressed at speed that changes nothing ("nothing is marked", "no tag on 9", "no
claims") says so in the one toast the confirmations use: the next note or confirmation takes
its place instead of a pile of them over the article."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, pasted, settled
from .test_confirmations_replace_each_other import toasts
from .test_key_bursts import burst

Analyzer = Callable[[Article], Analysis]


def unanalysed(article: Article) -> NewslensApp:
    """The reader on ``article`` with an analysis that found nothing in it."""
    return NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=Config())


async def test_a_digit_pressed_five_times_with_nothing_marked_leaves_one_toast(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "escape", *"11111")
        await pilot.pause()
        [shown] = toasts(app)
        assert shown.startswith("nothing is marked")


async def test_digits_typed_in_one_burst_with_nothing_marked_leave_one_toast(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        await burst(app, "escape", *"12345")
        await settled(pilot, lambda: len(toasts(app)) == 1)
        [shown] = toasts(app)
        assert shown.startswith("nothing is marked")


async def test_a_note_and_a_confirmation_take_each_others_place(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        steps = [
            (("escape", "1"), "nothing is marked"),
            (("right_square_bracket", "1"), "+verified"),
            (("9",), "no tag on 9"),
            (("x",), "−verified"),
            (("x",), "no tag here to remove"),
            (("o",), "claims in text order"),
        ]
        for keys, said in steps:
            await pilot.press(*keys)
            await pilot.pause()
            [shown] = toasts(app)
            assert shown.startswith(said), (keys, shown)


async def test_stepping_through_no_claims_and_no_search_leaves_one_toast(
    article: Article,
) -> None:
    app = unanalysed(article)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press(*"]]]", *"nnn")
        await pilot.pause()
        [shown] = toasts(app)
        assert shown.startswith("no search yet")


async def test_jumping_to_a_claim_none_found_while_selecting_leaves_one_toast(
    article: Article,
) -> None:
    app = unanalysed(article)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("v", *"ccc")
        await pilot.pause()
        [shown] = toasts(app)
        assert shown == "no claim found in this article (yet)"


async def test_an_error_stays_beside_the_note_after_it(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t")
        await pasted(pilot, "x" * 61)  # too long a name
        await pilot.press("enter")
        await pilot.press("escape", "1", "1")
        await pilot.pause()
        shown = toasts(app)
        assert len(shown) == 2
        assert "at most 60 characters" in shown[0]
        assert shown[1].startswith("nothing is marked")
