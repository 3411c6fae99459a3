"""v pressed while selecting ends the selection, as v leaves vim's visual mode; it used to
start a new selection at the top of the screen, throwing the adjusted one away. A tag, a note
or an export ends it too, as an operator ends visual mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.selection import SelectionBar

from .helpers import analysed, screen_text, settled, stored

Analyzer = Callable[[Article], Analysis]


async def test_v_again_ends_the_selection_as_in_vim(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("v")
        bar = app.query_one(SelectionBar)
        assert bar.display
        await pilot.press("v")
        await pilot.pause()
        assert not bar.display


def marked(app: NewslensApp) -> str:
    return " ".join(line[3:] for line in screen_text(app).splitlines() if line[1:2] == "▸")


@pytest.mark.parametrize(
    ("keys", "ends"),
    [
        (("1",), True),
        (("ctrl+o", "4"), True),
        (("ctrl+o", "escape"), False),  # nothing was done: the selection waits
    ],
    ids=["tagged", "exported", "export cancelled"],
)
async def test_a_tag_or_an_export_ends_the_selection(
    article: Article,
    fake_analyzer: Analyzer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    keys: tuple[str, ...],
    ends: bool,
) -> None:
    """It stayed on after them: a fact-checker who took it to have ended pressed q to quit,
    and the selection stepped to the next quote."""
    monkeypatch.chdir(tmp_path)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("v")
        bar = app.query_one(SelectionBar)
        selected = article.text[bar.span[0] : bar.span[1]]
        await pilot.press(*keys)
        await settled(pilot, lambda: len(app.screen_stack) == 1)
        await pilot.pause()
        assert bar.display is not ends
        if not ends:
            return
        assert app.focused is app.query_one(ArticleView)  # q quits again, j scrolls
        if keys == ("1",):
            # The passage tagged stays marked: another digit tags it too.
            assert selected.split()[0] in marked(app)
            await pilot.press("2")
            assert [(a.exact, a.tags) for a in stored(article)] == [
                (selected, ("verified", "disputed"))
            ]
