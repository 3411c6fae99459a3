"""n and N after scrolling away from the current match go on from where the reader is."""

from __future__ import annotations

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import screen_text

LONG = "\n\n".join(f"Paragraph {i}: the harbour wall " + "lorem ipsum " * 30 for i in range(300))


def _app() -> NewslensApp:
    return NewslensApp(
        Article(text=LONG), analyzer=lambda a: Analysis(a.fingerprint), config=Config()
    )


async def test_n_after_g_to_the_end_finds_the_match_there_not_the_first() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        await pilot.press("slash", *"harbour wall", "enter", "n")
        assert view.current_match == 1
        await pilot.press("G", "N")  # the last match, at the end: not the first one again
        assert view.current_match == 299
        assert "Paragraph 299" in screen_text(app)
        await pilot.press("g", "n")  # from the top again: the first match on screen
        assert view.current_match == 0
        await pilot.press("n", "n")  # on screen, n steps from the current match as before
        assert view.current_match == 2


async def test_n_after_scrolling_down_takes_the_next_match_on_screen() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        await pilot.press("slash", *"harbour wall", "enter")
        assert view.current_match == 0
        for _ in range(40):
            await pilot.press("space")
        await pilot.press("n")
        start = LONG.index("harbour wall", LONG.index(f"Paragraph {view.current_match}:"))
        assert view.top_offset <= start < view.bottom_offset
        assert view.current_match > 1  # not the second match, pages behind
