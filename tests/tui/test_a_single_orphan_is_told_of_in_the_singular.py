"""One annotation that lost its place is told of as one: "1 annotation could not be placed in
this text: their numbers changed; they are kept" read as a slip."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .conftest import TEXT
from .helpers import analysed

Analyzer = Callable[[Article], Analysis]

NOW = "The council voted on Tuesday to spend 4.2 million pounds on a new sea wall."
THEN = "The council voted on Tuesday to spend 3.9 million pounds on a new sea wall."
GONE = "Critics said the wall would last only 20 years."


@pytest.mark.parametrize(
    ("old_text", "tagged", "expected"),
    [
        (
            TEXT.replace(NOW, THEN),
            THEN,
            "1 annotation could not be placed in this text: its numbers changed; it is kept: "
            "see the library (L)",
        ),
        (
            TEXT.replace("Engineer Raj Patel", f"{GONE}\n\nEngineer Raj Patel"),
            GONE,
            "1 annotation could not be placed in this text (it changed); it is kept: "
            "see the library (L)",
        ),
    ],
    ids=["numbers changed", "no longer found"],
)
async def test_one_orphan_is_one_annotation_that_is_kept(
    article: Article, fake_analyzer: Analyzer, old_text: str, tagged: str, expected: str
) -> None:
    old = Article(text=old_text, title=article.title, source=article.source)
    with AnnotationStore.open() as store:
        start = old_text.index(tagged)
        store.tag(old, start, start + len(tagged), "false", kind=TargetKind.CLAIM)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert expected in [str(n.message) for n in app._notifications]
