"""Below 80 columns p brings the panel up under the article, on half the rows: at 60×20 that left
its list four rows, and the tags and note of the claim under the cursor fell below the screen.
The panel now takes as many rows as a claim's row needs whole; on a taller screen, still half."""

from __future__ import annotations

from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimsPanel

from .helpers import analysed, settled

CLAIM = (
    "The county spent 2.3 million pounds on new buses last year, and ridership rose by 12 percent"
)
TEXT = f"Bus routes expand\n\n{CLAIM}, the transport board said on Friday.\n"


def make_app() -> NewslensApp:
    article = Article(text=TEXT)
    start = TEXT.index(CLAIM)
    figures = tuple(
        (TEXT.index(figure), TEXT.index(figure) + len(figure))
        for figure in ("2.3 million pounds", "12 percent")
    )
    claim = Claim(
        start,
        start + len(CLAIM),
        ClaimKind.ATTRIBUTED,
        claimant="the transport board",
        claimant_key="the transport board",
        cue="said",
        figures=figures,
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=(claim,))
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def list_lines(app: NewslensApp) -> list[str]:
    listed = app.query_one("#claims", OptionList)
    return [listed.render_line(y).text.strip() for y in range(listed.size.height)]


async def test_at_60_by_20_the_tags_and_note_of_the_claim_under_the_cursor_show() -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(pilot)
        await pilot.press("p", "tab", "1", "e", *"Call the board", "ctrl+s")
        await settled(pilot, lambda: len(app.screen_stack) == 1)
        lines = list_lines(app)
        assert lines[0] == "the transport board · said"
        assert "[verified] [note] Call the board" in lines
        assert app.query_one(ArticleView).size.height > 0  # the article keeps some rows


async def test_on_a_tall_narrow_screen_the_panel_takes_half_the_rows() -> None:
    app = make_app()
    async with app.run_test(size=(60, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("p")
        await pilot.pause()
        panel, view = app.query_one(ClaimsPanel), app.query_one(ArticleView)
        assert abs(panel.size.height - view.size.height) <= 2
