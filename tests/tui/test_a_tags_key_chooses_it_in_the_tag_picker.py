"""The tag picker shows each tag's quick-tag key beside it ("● disputed  2"); typed first in
the picker, that key chooses the tag, as the row promises, instead of filtering for "2" and
offering a new tag called "2". A new tag whose name starts with such a key is typed after a
space; the key typed later in a name filters as any other character."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.tag_dialogs import TagPicker

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def saved_tags(article: Article) -> list[tuple[str, ...]]:
    with AnnotationStore.open() as store:
        return [a.tags for a in store.annotations(article.fingerprint)]


async def test_the_key_beside_a_tag_chooses_it(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t", "2")
        assert not isinstance(app.screen, TagPicker)
        await pilot.pause()
        assert saved_tags(article) == [("disputed",)]


async def test_the_key_as_part_of_a_name_filters(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t", *"q2", "enter")
        await pilot.press("t", "space", *"2nd source", "enter")
        await pilot.pause()
        assert saved_tags(article) == [("q2", "2nd source")]


async def test_the_remove_picker_takes_the_key_of_a_tag_the_claim_has(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "2", "x")
        assert isinstance(app.screen, TagPicker)
        await pilot.press("3")  # "false" is not among them: it filters, and nothing is chosen
        assert isinstance(app.screen, TagPicker)
        await pilot.press("backspace", "2")
        await pilot.pause()
        assert saved_tags(article) == [("verified",)]
