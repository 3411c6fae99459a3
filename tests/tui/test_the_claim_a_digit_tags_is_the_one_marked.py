"""With the claims (or figures) list in hand, a digit tags the row under its cursor: the
article marks that claim ▸, as the cursor moves and when the list takes the focus (after a
speaker is chosen in Sources, or tab), so the claim tagged is always the one marked."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.stepped_list import STEP

from .helpers import analysed, many_claims_app, screen_text, stored

Analyzer = Callable[[Article], Analysis]


def marked(app: NewslensApp) -> str:
    """The article's lines marked ▸, joined."""
    return " ".join(line[3:] for line in screen_text(app).splitlines() if line[1:2] == "▸")


def make_app(article: Article, analyzer: Analyzer) -> NewslensApp:
    return NewslensApp(article, analyzer=analyzer, config=Config())


async def test_a_speaker_chosen_in_sources_marks_the_claim_a_digit_tags(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket")  # Ann Holt's claim, marked
        assert "old wall" in marked(app)
        await pilot.press("f", "down", "down", "enter")  # Raj Patel: his claim under the cursor
        await pilot.pause()
        assert "costs could rise" in marked(app)
        assert "old wall" not in marked(app)
        await pilot.press("2")
        assert [(a.exact, a.tags) for a in stored(article)] == [
            ("costs could rise by 15 percent", ("disputed",))
        ]


async def test_after_esc_a_speaker_chosen_marks_their_claim(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("escape", "f", "down", "enter")  # Ann Holt
        await pilot.pause()
        assert "old wall" in marked(app)


async def test_the_mark_follows_the_cursor_through_the_claims(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "tab", "j")
        await pilot.pause()
        assert "300 homes flooded" in marked(app)
        assert "old wall" not in marked(app)
        await pilot.press("1", "k")
        await pilot.pause()
        assert "old wall" in marked(app)
        assert [(a.exact, a.tags) for a in stored(article)] == [
            ("300 homes flooded last year", ("verified",))
        ]


async def test_the_mark_follows_the_cursor_through_the_figures(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "tab", "left", "j")  # the second figure
        await pilot.pause()
        assert "300 homes" in marked(app)
        assert "old wall" not in marked(app)
        await pilot.press("3")
        [saved] = stored(article)
        assert (saved.exact, saved.kind, saved.tags) == ("300 homes", TargetKind.FIGURE, ("false",))


async def test_on_the_row_that_lists_more_claims_a_digit_tags_the_marked_claim() -> None:
    app = many_claims_app(STEP + 1)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "tab")
        app.query_one("#claims", OptionList).highlighted = STEP  # "… 1 more claims"
        await pilot.pause()
        assert "Claim number 0 is here" in marked(app)
        await pilot.press("1")
        assert [(a.exact, a.tags) for a in stored(app.article)] == [
            ("Claim number 0 is here", ("verified",))
        ]
