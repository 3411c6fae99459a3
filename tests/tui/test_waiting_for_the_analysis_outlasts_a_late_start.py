"""The tests' ``analysed`` waits for what it says, the analysis of the article shown, even
when its worker starts late: on a loaded machine the reader's first frame, after which its
workers start, may not be out by the first pause, and the wait for the workers there were
then returned at once (a test saw "analysing…" where the analysis had failed)."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.errors import NewslensError
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def late_start(article: Article, analyzer: Analyzer) -> NewslensApp:
    """The reader, its analysis started a little after the first frame."""
    app = NewslensApp(article, analyzer=analyzer, config=Config())
    start = app.analyse
    app.analyse = lambda: app.set_timer(0.3, start)  # type: ignore[method-assign]
    return app


async def test_analysed_waits_for_an_analysis_that_starts_late(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = late_start(article, fake_analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        assert app.analysis is not None and app.status.startswith("3 claims")


async def test_analysed_waits_for_a_failure_that_comes_late(article: Article) -> None:
    def broken(article: Article) -> Analysis:
        raise NewslensError("no English spaCy model is installed")

    app = late_start(article, broken)
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        assert app.status == "analysis failed"
