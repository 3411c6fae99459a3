"""As the cursor steps through the claims in the panel, the article marks (▸ in the gutter)
the lines of the claim in hand, and the lines of the claim before are drawn unmarked again:
only those lines are redrawn, so none may keep the mark of a claim left."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.claims_panel import ClaimsPanel

from .helpers import analysed, screen_lines

Analyzer = Callable[[Article], Analysis]


def marked_lines(app: NewslensApp) -> str:
    return " ".join(line for line in screen_lines(app) if "▸" in line)


async def test_each_step_moves_the_mark_to_the_claim_in_hand(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        panel = app.query_one(ClaimsPanel)
        await pilot.press("tab")
        await pilot.pause()
        seen = []
        for step in range(3):
            if step:
                await pilot.press("down")
                await pilot.pause()
            row = panel.current_claim()
            assert row is not None
            words = article.text[row.start : row.end].split()
            marked = marked_lines(app)
            assert " ".join(words[:2]) in marked
            for before in seen:
                assert before not in marked
            seen.append(" ".join(words[:2]))
        await pilot.press("up")
        await pilot.pause()
        marked = marked_lines(app)
        assert seen[1] in marked and seen[0] not in marked and seen[2] not in marked


async def test_a_claim_left_unmarked_is_drawn_as_it_was_before_it_was_marked(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        unmarked = screen_lines(app)
        await pilot.press("tab")
        await pilot.pause()
        assert marked_lines(app)
        app.view.clear_span()
        await pilot.pause()
        assert screen_lines(app) == unmarked
