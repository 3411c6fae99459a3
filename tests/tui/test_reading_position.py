"""Where the reader is in the article, as less and vim show it: "top", "37%" (how much of the
text is down to the screen's last line), "end", or "all" when it fits on the screen, at the
right end of the status line, following every scroll."""

from __future__ import annotations

import re
import threading

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.legend import Legend

from .helpers import analysed, settled

LONG = "\n\n".join(f"Section {i}: " + "the ferry left the harbour at dawn " * 12 for i in range(60))
SHORT = "Pier reopens\n\nThe pier reopened on Monday after repairs.\n"


def _app(text: str) -> NewslensApp:
    return NewslensApp(
        Article(text=text),
        analyzer=lambda article: Analysis(fingerprint=article.fingerprint),
        config=Config(),
    )


def _position(app: NewslensApp) -> str:
    """The last word of the legend: where its last line ends."""
    return str(app.query_one(Legend).render()).split()[-1]


def _percent(position: str) -> int:
    assert re.fullmatch(r"\d{1,2}%", position), position
    return int(position[:-1])


async def test_the_status_line_says_how_far_through_the_article_the_screen_is() -> None:
    app = _app(LONG)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert _position(app) == "top"
        await pilot.press("ctrl+d")
        first = _percent(_position(app))
        view = app.query_one(ArticleView)
        assert first == view.bottom_offset * 100 // len(view.text)
        await pilot.press("space", "space")
        assert first < _percent(_position(app)) < 100
        await pilot.press("G")
        assert _position(app) == "end"
        await pilot.press("k")
        assert _percent(_position(app)) == 99
        await pilot.press("g")
        assert _position(app) == "top"


async def test_the_position_follows_every_scroll_not_only_the_keys() -> None:
    # The mouse wheel and the scrollbar move the view as this does.
    app = _app(LONG)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.scroll_to(y=view.max_scroll_y // 2, animate=False)
        await pilot.pause()
        assert 30 < _percent(_position(app)) < 70
        view.scroll_to(y=view.max_scroll_y, animate=False)
        await pilot.pause()
        assert _position(app) == "end"


async def test_an_article_that_fits_on_the_screen_is_all_there() -> None:
    app = _app(SHORT)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert _position(app) == "all"


async def test_a_taller_terminal_that_shows_the_whole_article_says_so() -> None:
    app = _app("\n\n".join(f"Line {i} of the notice." for i in range(12)))
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        assert _position(app) == "top"
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        assert _position(app) == "all"


async def test_scrolling_draws_only_the_lines_it_brings_on_screen() -> None:
    # The position is kept up to date without drawing the article again: each j costs the
    # one line it brings in, whatever the status line does.
    app = _app(LONG)
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)  # its highlights, when they come, redraw every line
        view = app.query_one(ArticleView)
        built: list[int] = []
        build = view._build_strip

        def counting(index: int):  # type: ignore[no-untyped-def]
            built.append(index)
            return build(index)

        view._build_strip = counting  # type: ignore[method-assign]
        positions = set()
        for _ in range(12):
            await pilot.press("j")
            positions.add(_position(app))
        assert len(positions) > 1  # the status line did change meanwhile
        assert len(built) <= 12 + 2


async def test_a_reader_at_the_end_stays_there_when_the_legend_grows_to_two_lines() -> None:
    # At 86 columns "analysing…" and the layers fit one line, "1000 claims" that replaces it
    # does not: the legend takes a row from the article as the analysis comes in.
    analysis_wanted = threading.Event()

    def late(article: Article) -> Analysis:
        analysis_wanted.wait(30)
        claims = tuple(Claim(0, 4, ClaimKind.ASSERTION) for _ in range(1000))
        return Analysis(fingerprint=article.fingerprint, claims=claims)

    text = "\n\n".join(f"Pier {i} reopens. " + "The ferry left at dawn. " * 20 for i in range(40))
    app = NewslensApp(Article(text=text), analyzer=late, config=Config())
    async with app.run_test(size=(86, 30)) as pilot:
        await pilot.pause()
        legend = app.query_one(Legend)
        await pilot.press("G")
        assert _position(app) == "end"
        assert legend.size.height == 1
        analysis_wanted.set()
        await analysed(pilot)
        await settled(pilot, lambda: legend.size.height == 2)
        assert legend.size.height == 2
        assert _position(app) == "end"
        view = app.query_one(ArticleView)
        assert view.bottom_offset == len(view.text)
        # The selection bar takes rows too: the sentence v chose on screen stays there.
        await pilot.press("v")
        await settled(pilot, lambda: app.query("#selection").first().size.height > 0)
        start, end = view._marked_span()
        assert view.shows(start) and view.shows(end - 1)
