"""A word a hyphen broke at the end of a line wrapped by hand (text from a PDF, "passen-\\ngers")
is drawn whole where the reader joins the lines, in the article and in the panel's list: it
showed as "passen- gers". A dash set off by spaces at a line end is no broken word, and keeps
its space."""

from __future__ import annotations

from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, screen_lines

TEXT = (
    "Rail operator adds carriages\n"
    "\n"
    "The operator said on Monday that it would add two carriages to the morning passen-\n"
    "gers' trains from March, after complaints that standing room ran out well before\n"
    "the first stop. The union welcomed the plan -\n"
    "though it said more drivers would be needed to run the longer trains on time.\n"
)
CLAIM = "it would add two carriages to the morning passen-\ngers' trains from March"


def _analysis(article: Article) -> Analysis:
    start = TEXT.index(CLAIM)
    return Analysis(
        fingerprint=article.fingerprint,
        claims=(Claim(start, start + len(CLAIM), ClaimKind.ASSERTION),),
    )


async def test_a_word_broken_at_a_line_end_is_drawn_without_a_space() -> None:
    article = Article(text=TEXT)
    app = NewslensApp(article, analyzer=_analysis, config=Config())
    async with app.run_test(size=(200, 30)) as pilot:
        await analysed(pilot)
        shown = " ".join(line.strip() for line in screen_lines(app))  # a paragraph's rows
        assert "the morning passen-gers' trains from March" in shown, shown
        assert "the plan - though it said" in shown  # a dash keeps its space
        view_text = app.query_one(ArticleView).text
        assert view_text.index("gers'") == TEXT.index("gers'")  # what is drawn, not the offsets
        claims = app.query_one("#claims", OptionList)
        assert "morning passen-gers' trains" in str(claims.get_option_at_index(0).prompt)
