"""On a wide terminal the text is set in a column of at most 100 cells, centred where the
article is shown, the claims panel beside it as it was: lines 190 cells long are hard to follow
back to the next. Narrower, the text takes the width it has, as before. What is marked (a
claim, a search match) stays on its words."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimsPanel

from .helpers import analysed, screen_lines

PARAGRAPH = (
    "The river authority said on Monday that the lock gates at Millbrook would be replaced "
    "over the winter, closing the canal to boats for eleven weeks, and that the towpath would "
    "stay open to walkers and cyclists for all but the last fortnight of the work. "
)
CLAIM = "closing the canal to boats for eleven weeks"
TEXT = "Canal to close for lock repairs\n\n" + "\n\n".join(PARAGRAPH * 3 for _ in range(4))


def _app() -> NewslensApp:
    start = TEXT.index(CLAIM)
    claims = (Claim(start, start + len(CLAIM), ClaimKind.ASSERTION),)
    return NewslensApp(
        Article(text=TEXT),
        analyzer=lambda article: Analysis(article.fingerprint, claims=claims),
        config=Config(),
    )


def _text_lines(app: NewslensApp) -> list[str]:
    return [line.rstrip() for line in screen_lines(app) if line.strip()]


@pytest.mark.parametrize("panel_keys", [(), ("p",)])
async def test_a_wide_terminal_sets_the_text_in_a_centred_column(
    panel_keys: tuple[str, ...],
) -> None:
    app = _app()
    async with app.run_test(size=(200, 30)) as pilot:
        await analysed(pilot)
        await pilot.press(*panel_keys)
        await pilot.pause()
        view = app.query_one(ArticleView)
        lines = _text_lines(app)[1:]  # the paragraphs, past the headline
        lengths = [len(line.lstrip()) for line in lines]
        assert 90 <= max(lengths) <= 100, lengths
        left = min(len(line) - len(line.lstrip()) for line in lines)
        right = view.size.width - max(len(line) for line in lines)
        assert left > 10 and abs(left - right) <= 4, (left, right)
        # The panel keeps its width: what the column leaves is the article's margins.
        panel = app.query_one(ClaimsPanel)
        assert panel.display == (not panel_keys)
        if panel.display:
            assert panel.outer_size.width == 60


@pytest.mark.parametrize("width", [72, 100])
async def test_a_narrower_terminal_gives_the_text_the_width_it_has(width: int) -> None:
    app = _app()
    async with app.run_test(size=(width, 30)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        lines = _text_lines(app)
        assert all(line.startswith("   ") and line[3] != " " for line in lines)
        assert max(len(line) for line in lines) >= view.size.width - 8


async def test_a_claim_and_a_match_in_the_column_are_marked_on_their_words() -> None:
    app = _app()
    async with app.run_test(size=(200, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("p", "right_square_bracket")
        await pilot.pause()
        view = app.query_one(ArticleView)
        claim_bg = view.get_component_rich_style("article--claim", partial=True).bgcolor
        marked = [
            segment.text
            for y in range(view.scrollable_content_region.height)
            for segment in view.render_line(y)
            if segment.style and segment.style.bgcolor == claim_bg
        ]
        assert marked[0] == "▸"  # in the gutter, moved with the column
        assert " ".join(part.strip() for part in marked[1:]) == CLAIM
        await pilot.press("slash", *"towpath", "enter")
        await pilot.pause()
        current = view.get_component_rich_style("article--match-current", partial=True).bgcolor
        for y in range(view.scrollable_content_region.height):
            strip = view.render_line(y)
            cells = 0
            for segment in strip:
                if segment.style and segment.style.bgcolor == current:
                    assert segment.text == "towpath"
                    assert strip.text[cells:].startswith("towpath")
                    return
                cells += cell_len(segment.text)
        pytest.fail("the match is not marked on screen")
