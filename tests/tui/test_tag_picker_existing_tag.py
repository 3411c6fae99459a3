"""Choosing in the tag picker a tag the claim already has: it says so and leaves nothing to
undo. It said "+verified", as if it had added one, and u then undid nothing."""

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


def _tags(article: Article) -> list[tuple[str, ...]]:
    with AnnotationStore.open() as store:
        return [a.tags for a in store.annotations(article.fingerprint)]


async def test_picking_a_tag_the_claim_has_says_so_and_leaves_nothing_to_undo(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        assert _tags(article) == [("verified",)]
        await pilot.press("t")
        assert isinstance(app.screen, TagPicker)
        await pilot.press(*"verified", "enter")
        await pilot.pause()
        notices = [str(n.message) for n in app._notifications]
        assert any(n.startswith("already verified") and "x removes" in n for n in notices)
        assert not any(n.startswith("+verified") for n in notices[1:])
        assert _tags(article) == [("verified",)]
        await pilot.press("u")  # undoes the digit's tag, the one change made
        assert _tags(article) == []
