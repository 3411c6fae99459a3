"""] and [ in selection mode (v) leave it for the next or previous claim, as they do from
anywhere: the article marks that claim ▸ and a digit tags it. The selection bar stayed up
over it, and a digit tagged the selection the article no longer showed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.selection import SelectionBar

from .helpers import analysed, screen_text, stored

Analyzer = Callable[[Article], Analysis]


def marked(app: NewslensApp) -> str:
    return " ".join(line[3:] for line in screen_text(app).splitlines() if line[1:2] == "▸")


@pytest.mark.parametrize("key", ["right_square_bracket", "left_square_bracket"])
async def test_a_claim_key_in_selection_mode_marks_the_claim_a_digit_tags(
    article: Article, fake_analyzer: Analyzer, key: str
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("v", key)
        await pilot.pause()
        assert not app.query_one(SelectionBar).display
        assert app.focused is app.query_one(ArticleView)
        claim = app.panel.current_claim()
        assert claim is not None
        claim_text = article.text[claim.start : claim.end]
        assert claim_text.split()[0] in marked(app)
        await pilot.press("1")
        assert [(a.exact, a.tags) for a in stored(article)] == [(claim_text, ("verified",))]
