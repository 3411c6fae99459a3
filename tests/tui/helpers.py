"""Helpers for driving the reader in Pilot tests."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.annotations.model import Annotation
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView


async def analysed(pilot: Pilot[None]) -> None:
    """Wait until the analysis worker has finished and its results are drawn."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def settled(pilot: Pilot[None], done: Callable[[], bool], seconds: float = 5.0) -> None:
    """Pause until ``done()`` holds, or ``seconds`` have passed: on a loaded machine the last
    keys of a burst, held until a dialog is up, may still be on their way after one pause.
    Then one pause more, for what the last of them set off (the status line, the legend):
    a test that ends with messages on their way has the app meet them as it shuts down."""
    for _ in range(int(seconds / 0.05)):
        if done():
            break
        await pilot.pause(0.05)
    await pilot.pause()


def screen_lines(app: NewslensApp) -> list[str]:
    """The article view's lines as drawn now."""
    view = app.query_one(ArticleView)
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


def screen_text(app: NewslensApp) -> str:
    return "\n".join(line.rstrip() for line in screen_lines(app))


def notices(app: NewslensApp) -> list[str]:
    """The messages of the toasts shown so far, oldest first."""
    return [str(n.message) for n in app._notifications]


def stored(article: Article) -> list[Annotation]:
    """What the database file holds now, read through a separate connection."""
    with AnnotationStore.open() as store:
        return store.annotations(article.fingerprint)


def one_claim_app(claim: str) -> NewslensApp:
    """The reader on a headline and ``claim``, the one claim its analysis lists."""
    article = Article(text=f"Headline\n\n{claim}.\n")
    start = article.text.index(claim)
    analysis = Analysis(
        fingerprint=article.fingerprint,
        claims=(Claim(start, start + len(claim), ClaimKind.ASSERTION),),
    )
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())
