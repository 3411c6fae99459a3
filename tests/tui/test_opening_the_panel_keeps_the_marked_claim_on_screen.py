"""On a narrow terminal p brings the panel up under the article, which loses half its rows:
the marked claim near the bottom of the screen dropped out of view, the reader left looking at
the lines above it. The article keeps its top, and scrolls only as far as it must for the
marked claim to stay on screen."""

from __future__ import annotations

from textual.pilot import Pilot

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed

PARAGRAPHS = [f"Paragraph {n} says the ferry carried {n} thousand people." for n in range(40)]
TEXT = "Ferry numbers\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
CLAIM = PARAGRAPHS[20]
START = TEXT.index(CLAIM)
END = START + len(CLAIM) - 1


def make_app() -> NewslensApp:
    article = Article(text=TEXT)
    analysis = Analysis(
        fingerprint=article.fingerprint, claims=(Claim(START, END, ClaimKind.ASSERTION),)
    )
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


async def claim_on_the_last_rows(pilot: Pilot[None], view: ArticleView) -> None:
    """Mark the claim, then scroll back until its last line is the screen's last."""
    await pilot.press("right_square_bracket")
    while view.shows(END - 1):
        await pilot.press("k")
    await pilot.press("j")
    await pilot.pause()
    assert view.shows(START) and view.shows(END - 1)


async def test_p_at_60x20_keeps_the_marked_claim_on_screen() -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        await claim_on_the_last_rows(pilot, view)
        await pilot.press("p")
        await pilot.pause()
        assert view.shows(START) and view.shows(END - 1)


async def test_p_leaves_the_article_where_it_is_when_the_claim_is_read_past() -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        # Not at the very end, where the article keeps its last line on screen instead.
        await pilot.press("right_square_bracket", "G", "k")
        await pilot.pause()
        top = view.top_offset
        await pilot.press("p")
        await pilot.pause()
        assert view.top_offset == top
        assert not view.shows(START)
