"""Enter in the Library on an annotation of a claim opens the article at it and puts the side
panel's cursor on that claim too: the panel went on pointing at the claim it was on (or at
the first), so tagging from the panel, or ] from there, acted on another claim. An
annotation of a figure puts the cursor on the figure, in the Figures tab."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList, TabbedContent

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .conftest import TEXT, span
from .helpers import analysed, settled

Analyzer = Callable[[Article], Analysis]


async def test_the_cursor_is_on_the_claim_in_this_article(
    article: Article, fake_analyzer: Analyzer
) -> None:
    start, end = span(TEXT, "costs could rise by 15 percent")
    with AnnotationStore.open() as store:
        store.tag(article, start, end, "disputed")
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket")  # the cursor on the first claim
        await pilot.press("L")
        await pilot.pause()
        await pilot.press(*"costs", "enter")
        await settled(pilot, lambda: app.reading(app.screen))
        await pilot.pause()
        claim = app.panel.current_claim()
        assert claim is not None and (claim.start, claim.end) == (start, end)


async def test_the_cursor_is_on_the_claim_in_another_article_once_it_is_analysed(
    article: Article, fake_analyzer: Analyzer
) -> None:
    other = Article(text=TEXT + "\nA last line.\n", title="Sea wall, again", source="again.txt")
    start, end = span(other.text, "300 homes flooded last year")
    with AnnotationStore.open() as store:
        store.tag(other, start, end, "false")
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.pause()
        await pilot.press(*"flooded", "enter")
        await settled(
            pilot, lambda: app.article.title == "Sea wall, again" and bool(app.annotations)
        )
        await analysed(pilot)
        await settled(pilot, lambda: app.panel.current_claim() is not None)
        claim = app.panel.current_claim()
        assert claim is not None and (claim.start, claim.end) == (start, end)


async def test_the_cursor_is_on_a_figure_in_the_figures_tab(
    article: Article, fake_analyzer: Analyzer
) -> None:
    start, end = span(TEXT, "4.2 million pounds")
    with AnnotationStore.open() as store:
        store.tag(article, start, end, "verified", kind=TargetKind.FIGURE)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.pause()
        await pilot.press(*"million", "enter")
        await settled(pilot, lambda: app.reading(app.screen))
        await pilot.pause()
        assert app.query_one(TabbedContent).active == "figures-tab"
        assert app.query_one("#figures", OptionList).highlighted == 0
