"""An article piped in (`curl … | newslens`) is said to come from "standard input", in the
header and in the Library, not from "-", the command line's shorthand for it."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.header import ArticleHeader

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


async def test_a_piped_article_comes_from_standard_input(
    article: Article, fake_analyzer: Analyzer
) -> None:
    piped = Article(text=article.text, title=article.title, source="-")
    claim = "The council voted on Tuesday"
    start = piped.text.index(claim)
    with AnnotationStore.open() as store:
        store.tag(piped, start, start + len(claim), "verified", kind=TargetKind.CLAIM)
    app = NewslensApp(piped, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        header = str(app.query_one(ArticleHeader).render())
        assert header.splitlines()[1].endswith("standard input")
        await pilot.press("L")
        listing = app.screen.query_one(OptionList)
        heading = str(listing.get_option_at_index(0).prompt)
        assert heading.splitlines()[1].strip() == "standard input"
