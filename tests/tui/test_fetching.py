"""A URL opens in the reader at once: it says what it is fetching until the page is in,
then shows it; a page that cannot be fetched ends the reader with the one-line error."""

from __future__ import annotations

import threading

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.errors import NewslensError
from newslens.tui.app import NewslensApp
from newslens.tui.legend import Legend

from .conftest import TEXT, make_analysis
from .helpers import analysed, screen_text

URL = "https://news.example/harbour-wall"


class SlowPage:
    """Stands in for BackgroundAnalysis given a URL: the page arrives when released."""

    def __init__(self, problem: str | None = None) -> None:
        self.fetching: str | None = URL
        self.article = Article(text=f"Fetching {URL} …\n", title="Fetching…", source=URL)
        self.arrive = threading.Event()
        self._problem = problem

    def wait_for_article(self) -> tuple[Article, tuple[str, ...]]:
        self.arrive.wait(30)
        if self._problem is not None:
            raise NewslensError(self._problem)
        self.fetching = None
        self.article = Article(text=TEXT, title="Harbour council approves new sea wall", source=URL)
        return self.article, (f"{URL}: not UTF-8; read as Windows-1252",)

    def __call__(self, article: Article) -> Analysis:
        assert article is self.article
        return make_analysis(article.text)


def _status(app: NewslensApp) -> str:
    return str(app.query_one(Legend).render())


async def test_the_reader_says_what_it_fetches_until_the_page_is_in() -> None:
    page = SlowPage()
    app = NewslensApp(page.article, analyzer=page, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert f"Fetching {URL} …" in screen_text(app)
        assert _status(app).startswith("fetching…")
        claims = app.query_one("#claims", OptionList)
        assert str(claims.get_option_at_index(0).prompt) == "fetching…"  # the panel too
        assert app.store is None  # nothing is annotated on the stand-in
        page.arrive.set()
        await analysed(pilot)
        await analysed(pilot)
        assert "Mayor Ann Holt said" in screen_text(app)
        assert "Fetching" not in screen_text(app)
        assert _status(app).startswith("3 claims")
        assert f"{URL}: not UTF-8; read as Windows-1252" in [
            str(n.message) for n in app._notifications
        ]
    assert app.return_code in (None, 0) and app.fetch_error is None


async def test_a_page_that_cannot_be_fetched_ends_the_reader_with_its_error() -> None:
    page = SlowPage(problem=f"{URL}: timed out after 20 s")
    app = NewslensApp(page.article, analyzer=page, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        page.arrive.set()
        await analysed(pilot)
    assert app.return_code == 2
    assert app.fetch_error == f"{URL}: timed out after 20 s"
