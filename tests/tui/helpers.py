"""Helpers for driving the reader in Pilot tests."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from rich.segment import Segment
from textual import events
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.annotations.model import Annotation
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimsPanel
from newslens.tui.legend import Legend

# What the status line says until the analysis of the article shown is in (or has failed).
_WAITING = ("fetching…", "analysing…")


async def analysed(pilot: Pilot[None], seconds: float = 30.0) -> None:
    """Wait until the analysis of the article shown has come back (or failed, or the reader
    has quit), its results drawn, and the workers started meanwhile (the store) are done.

    The reader starts its workers after its first frame: on a loaded machine none may have
    started by the first pause, and waiting for the workers there are was no wait at all.
    A worker running is waited for whole; between them, a page fetched and then analysed,
    the wait is in short pauses, ``seconds`` at most."""
    app = pilot.app
    assert isinstance(app, NewslensApp)
    await pilot.pause()
    for _ in range(int(seconds / 0.05)):
        await _workers_done(app)
        if app.return_code is not None or app.status not in _WAITING:
            break
        await pilot.pause(0.05)
    await _workers_done(app)
    # The panel's lists are composed just after the first frame and filled with what it was
    # told once they exist: on a loaded machine that can come after the analysis is in.
    await settled(
        pilot,
        lambda: (
            app.return_code is not None
            or all(panel.built.is_set() for panel in app.query(ClaimsPanel))
        ),
        seconds,
    )


async def _workers_done(app: NewslensApp) -> None:
    # The reader may quit meanwhile (a page that could not be fetched), cancelling its workers.
    with contextlib.suppress(WorkerCancelled):
        await app.workers.wait_for_complete()


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


async def pasted(pilot: Pilot[None], text: str) -> None:
    """Paste ``text`` into what has the focus, as a terminal's paste comes: long text typed
    key by key takes Pilot a second for every dozen keys."""
    focused = pilot.app.focused
    assert focused is not None
    focused.post_message(events.Paste(text))
    await pilot.pause()


def screen_lines(app: NewslensApp) -> list[str]:
    """The article view's lines as drawn now."""
    view = app.query_one(ArticleView)
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


def highlighted(view: ArticleView, y: int) -> str:
    """The text drawn on screen line ``y`` in a style other than the line's plain one."""
    segments: list[Segment] = list(view.render_line(y))
    plain = segments[0].style  # the gutter
    return "".join(s.text for s in segments[1:] if s.style != plain)


def screen_text(app: NewslensApp) -> str:
    return "\n".join(line.rstrip() for line in screen_lines(app))


def status_line(app: NewslensApp) -> str:
    """The first line of the legend: the status ("claim 3 of 7 · 4 speakers") and the key."""
    return str(app.query_one(Legend).render()).splitlines()[0]


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


def many_claims_app(count: int) -> NewslensApp:
    """The reader on ``count`` one-sentence claims in one paragraph, "Claim number 0 is here."
    on: more than the panel lists at first when ``count`` is over its step."""
    sentences = [f"Claim number {n} is here." for n in range(count)]
    article = Article(text="Many claims\n\n" + " ".join(sentences) + "\n")
    text = article.text
    claims = tuple(
        Claim(text.index(s), text.index(s) + len(s) - 1, ClaimKind.ASSERTION) for s in sentences
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=claims)
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())
