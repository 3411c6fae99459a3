"""An annotation that could not be placed is told of once, not each time its article opens: a
fact-checker who has read the warning finds it in the Library. Another one losing its place is
news again."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .conftest import TEXT
from .helpers import analysed, notices

Analyzer = Callable[[Article], Analysis]

NOW = "The council voted on Tuesday to spend 4.2 million pounds on a new sea wall."
THEN = "The council voted on Tuesday to spend 3.9 million pounds on a new sea wall."
GONE = "Critics said the wall would last only 20 years."


def _tag_in_an_older_text(article: Article, old_text: str, passage: str) -> None:
    old = Article(text=old_text, title=article.title, source=article.source)
    with AnnotationStore.open() as store:
        start = old_text.index(passage)
        store.tag(old, start, start + len(passage), "false", kind=TargetKind.CLAIM)


async def _warnings_on_opening(article: Article, analyzer: Analyzer) -> list[str]:
    app = NewslensApp(article, analyzer=analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        return [n for n in notices(app) if "could not be placed" in n]


async def test_the_same_orphans_are_not_told_of_again(
    article: Article, fake_analyzer: Analyzer
) -> None:
    _tag_in_an_older_text(article, TEXT.replace(NOW, THEN), THEN)
    assert len(await _warnings_on_opening(article, fake_analyzer)) == 1
    assert await _warnings_on_opening(article, fake_analyzer) == []
    assert await _warnings_on_opening(article, fake_analyzer) == []


async def test_another_orphan_is_told_of_with_the_one_told_before(
    article: Article, fake_analyzer: Analyzer
) -> None:
    _tag_in_an_older_text(article, TEXT.replace(NOW, THEN), THEN)
    await _warnings_on_opening(article, fake_analyzer)
    _tag_in_an_older_text(
        article, TEXT.replace("Engineer Raj Patel", f"{GONE}\n\nEngineer Raj Patel"), GONE
    )
    (warning,) = await _warnings_on_opening(article, fake_analyzer)
    assert warning.startswith("2 annotations could not be placed in this text: 1 whose numbers")
