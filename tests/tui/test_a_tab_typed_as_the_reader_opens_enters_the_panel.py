"""The panel's lists are composed just after the reader's first frame. A tab typed before
then (typed at once, or among the keys the terminal had before the reader was up) found no
list to go to: the keys stayed with the article, and the j after it scrolled the text where
the reader meant to move in the list. Now the tab, and the keys after it, wait for the
lists."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimsPanel

from .helpers import analysed, settled
from .test_key_bursts import burst

PARAGRAPHS = [
    f"Lock {n} on the canal reopened after repairs costing {n + 2} thousand pounds."
    for n in range(30)
]
TEXT = "Canal locks reopen\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def canal_app() -> NewslensApp:
    article = Article(text=TEXT)
    claims = tuple(
        Claim(TEXT.index(PARAGRAPHS[n]), TEXT.index(PARAGRAPHS[n]) + 40, ClaimKind.NUMERIC)
        for n in (0, 1, 2)
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=claims)
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


async def test_tab_and_j_typed_before_the_lists_are_there_move_in_the_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lists_wanted = asyncio.Event()
    build = ClaimsPanel._build

    async def late_build(panel: ClaimsPanel) -> None:  # as on a loaded machine
        await lists_wanted.wait()
        await build(panel)

    monkeypatch.setattr(ClaimsPanel, "_build", late_build)
    app = canal_app()
    async with app.run_test(size=(100, 20)) as pilot:
        view = app.query_one(ArticleView)
        await burst(app, "tab", "j")
        await pilot.pause()
        assert view.scroll_y == 0
        lists_wanted.set()
        await analysed(pilot)
        claims = app.query_one("#claims", OptionList)
        await settled(pilot, lambda: app.focused is claims)
        assert app.focused is claims
        assert view.scroll_y == 0
        await pilot.press("j")
        assert claims.highlighted is not None
