"""A list of the panel entered with tab (or ← and → from another) has its cursor on a row: the
first of those the screen shows, else the first. A digit pressed at once tags that row; it
said "nothing is marked: choose a claim first", even in the Figures tab. The message that is
left, in a list with nothing to mark, names what the list holds."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis, Claim, ClaimKind, Figure, FigureKind
from newslens.annotations.model import TargetKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, notices, screen_text, stored

Analyzer = Callable[[Article], Analysis]

PARAGRAPHS = [
    f"Ward {n} of the district hospital treated {n * 10} patients over the weekend."
    for n in range(50)
]
TEXT = "Hospital weekend figures\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def hospital_app(*, figures: bool = True) -> NewslensApp:
    """Claims on wards 3, 30 and 45, ranked 45 first; figures of wards 3 and 30."""
    article = Article(text=TEXT)
    claims = tuple(
        Claim(*span(PARAGRAPHS[n].removesuffix(".")), ClaimKind.NUMERIC) for n in (45, 3, 30)
    )
    found = tuple(
        Figure(*span(f"{n * 10} patients"), f"{n * 10} patients", FigureKind.COUNT, n * 10.0)
        for n in (3, 30)
    )
    analysis = Analysis(
        fingerprint=article.fingerprint, claims=claims, figures=found if figures else ()
    )
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def marked(app: NewslensApp) -> str:
    return " ".join(line[3:] for line in screen_text(app).splitlines() if line[1:2] == "▸")


async def test_tab_then_a_digit_tags_the_claim_on_screen() -> None:
    app = hospital_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        view.scroll_to_offset(TEXT.index("Ward 29 "))
        await pilot.pause()
        reading_at = view.scroll_y
        await pilot.press("tab")
        await pilot.pause()
        assert "Ward 30 of" in marked(app)
        await pilot.press("1")
        await pilot.pause()
        assert [(a.exact, a.tags) for a in stored(app.article)] == [
            (PARAGRAPHS[30].removesuffix("."), ("verified",))
        ]
        assert view.scroll_y == reading_at


async def test_tab_with_no_claim_on_screen_takes_the_first_and_leaves_the_article() -> None:
    app = hospital_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        view.scroll_to_offset(TEXT.index("Ward 15 "))
        await pilot.pause()
        reading_at = view.scroll_y
        await pilot.press("tab")
        await pilot.pause()
        assert view.scroll_y == reading_at
        assert marked(app) == ""  # ward 45's claim, ranked first, is not on screen
        await pilot.press("1")
        await pilot.pause()
        assert [a.exact for a in stored(app.article)] == [PARAGRAPHS[45].removesuffix(".")]


async def test_the_figures_tab_entered_has_the_figure_on_screen_under_its_cursor() -> None:
    app = hospital_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        app.query_one(ArticleView).scroll_to_offset(TEXT.index("Ward 29 "))
        await pilot.pause()
        await pilot.press("tab", "left", "2")
        await pilot.pause()
        assert [(a.exact, a.kind, a.tags) for a in stored(app.article)] == [
            ("300 patients", TargetKind.FIGURE, ("disputed",))
        ]


async def test_a_list_whose_cursor_was_moved_keeps_it_when_entered_again() -> None:
    app = hospital_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "j", "escape", "g", "tab", "1")  # ward 3, then 30
        await pilot.pause()
        assert [a.exact for a in stored(app.article)] == [PARAGRAPHS[30].removesuffix(".")]


async def test_a_digit_in_an_empty_figures_tab_says_to_choose_a_figure() -> None:
    app = hospital_app(figures=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        app.query_one(ArticleView).scroll_to_offset(TEXT.index("Ward 15 "))
        await pilot.pause()
        await pilot.press("tab", "left", "1")  # no claim on screen, so none is marked
        await pilot.pause()
        assert stored(app.article) == []
        said = notices(app)[-1]
        assert said.startswith("nothing is marked: choose a figure first (j or k)")


async def test_a_digit_in_the_article_with_nothing_marked_still_says_to_choose_a_claim() -> None:
    app = hospital_app(figures=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("1")
        await pilot.pause()
        assert notices(app)[-1].startswith("nothing is marked: choose a claim first")


async def test_an_empty_figures_tab_takes_the_mark_off_the_claim_another_tab_had() -> None:
    app = hospital_app(figures=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        app.query_one(ArticleView).scroll_to_offset(TEXT.index("Ward 29 "))
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        assert "Ward 30 of" in marked(app)
        await pilot.press("left", "1")  # the Figures tab, with none listed
        await pilot.pause()
        assert marked(app) == ""
        assert stored(app.article) == []
        assert notices(app)[-1].startswith("nothing is marked: choose a figure first")
        await pilot.press("right")  # the Claims tab again, its cursor where it was
        await pilot.pause()
        assert "Ward 30 of" in marked(app)
