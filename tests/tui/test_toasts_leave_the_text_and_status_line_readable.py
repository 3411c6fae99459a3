"""A toast (a tag's confirmation, the warning that annotations could not be placed) sits over
the claims panel, above the status line; with no panel on screen (a narrow terminal, or the
panel closed with p), over the header. Never over the text being read, nor over the end of
the status line that says where you are ("37%", "match 3 of 7")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.geometry import Region

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.legend import Legend

from .conftest import TEXT
from .helpers import analysed, notices

Analyzer = Callable[[Article], Analysis]


def toast_regions(app: NewslensApp) -> list[Region]:
    return [toast.region for toast in app.screen.query("Toast")]


@pytest.mark.parametrize(
    ("size", "panel_keys"),
    [
        ((80, 24), ()),
        ((100, 30), ()),
        ((200, 50), ()),
        ((72, 24), ()),  # narrow: the panel is hidden
        ((72, 24), ("p",)),  # narrow, the panel brought up under the text
        ((100, 30), ("p",)),  # wide, the panel closed
        ((60, 20), ("p", "p")),  # narrow, the panel brought up and put away again
    ],
)
async def test_a_tags_confirmation_covers_neither_the_text_nor_the_status_line(
    article: Article, fake_analyzer: Analyzer, size: tuple[int, int], panel_keys: tuple[str, ...]
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=size, notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press(*panel_keys, "right_square_bracket", "1")
        await pilot.pause()
        [toast] = toast_regions(app)
        assert app.screen.get_widget_at(toast.x + 1, toast.y)[0] is app.screen.query_one("Toast")
        text = app.query_one(ArticleView).region
        status = app.query_one(Legend).region
        assert not toast.overlaps(text), (toast, text)
        assert not toast.overlaps(status), (toast, status)


async def test_a_toast_that_replaces_another_over_the_header_takes_its_place(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(72, 24), notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        [first] = toast_regions(app)
        await pilot.press("x")
        await pilot.pause(0.3)
        [second] = toast_regions(app)
        assert second.y == first.y == 0
        assert app.screen.get_widget_at(second.x + 1, 0)[0] is app.screen.query_one("Toast")


async def test_the_longest_notes_leave_the_headers_second_line_at_80_columns(
    fake_analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On two lines, "nothing is marked: …", a hidden claim's confirmation or an export's
    # covered the source, byline and date as well as the title.
    monkeypatch.chdir(tmp_path)
    title = "Harbour council approves a new sea wall after the winter storms flooded the quay"
    article = Article(text=TEXT, title=title, byline="A. Reporter", source="harbour.txt")
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await analysed(pilot)
        header = app.query_one("#header").region
        source_line = Region(header.x, header.y + 1, header.width, 1)
        for keys, said in (
            (("1",), "nothing is marked"),
            (("right_square_bracket", "h"), "marked not a claim and hidden"),
            (("right_square_bracket", "1", "t", "1"), "already verified"),
            (("tab", "right", "1"), "nothing is marked"),
        ):
            await pilot.press(*keys)
            await pilot.pause(0.2)
            assert notices(app)[-1].startswith(said), notices(app)
            [toast] = toast_regions(app)
            assert not toast.overlaps(source_line), (notices(app)[-1], toast)
        for _ in range(2):  # the second export is numbered: "…-2.csv"
            app._export("csv")
            await pilot.pause(0.2)
            [toast] = toast_regions(app)
            assert not toast.overlaps(source_line), (notices(app)[-1], toast)
        assert notices(app)[-1].startswith("exported to harbour-council-approves-a-new")
        assert notices(app)[-1].endswith(f"…-{article.fingerprint[:8]}-2.csv")


async def test_each_confirmation_keeps_to_one_line_at_60_columns(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # Cut for 80 columns, a confirmation ran to two or three lines over the text at 60.
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await analysed(pilot)
        for keys, said in (
            (("1",), "nothing is marked"),
            (("right_square_bracket", "5"), "+needs-source · "),
            (("u",), "undone: tag needs-source taken off · "),
            (("ctrl+r",), "redone: tag needs-source is back · "),
            (("x",), "−needs-source · "),
            (("h",), "marked not a claim and hidden · "),
            (("u",), "undone: claim shown again · "),
            (("right_square_bracket", "e", *"ask", "ctrl+s"), "note saved · "),
            (("slash", *"flooded last year after the storm", "enter"), "no match for '"),
        ):
            await pilot.press(*keys)
            await pilot.pause(0.2)
            assert notices(app)[-1].startswith(said), notices(app)
            [toast] = toast_regions(app)
            assert toast.height == 1, notices(app)[-1]
