"""Spaces left at the end of a hand-wrapped line (an email, a PDF) are drawn as one space
where the reader joins the lines, in the article and in the Figures tab's context: they showed
as a gap in mid-sentence, "pier for   repairs". What is marked stays on the right words."""

from __future__ import annotations

from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind, Figure, FigureKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, screen_lines

TEXT = (
    "Ferry to be laid up for the winter\n"
    "\n"
    "The harbour company said on Friday that its older ferry would go to the pier for   \n"
    "repairs at a cost of 12 million pounds, and that the newer boat would run   \n"
    "alone on the crossing until the work was finished in the spring next year.\n"
    "\n"
    "Passengers were told that sailings would be less frequent during the repairs  \n"
    "and that the company would publish a timetable for the winter months soon.\n"
)
FIGURE = "12 million pounds"
CLAIM = "its older ferry would go to the pier for   \nrepairs at a cost of 12 million pounds"


def _analysis(article: Article) -> Analysis:
    start = TEXT.index(FIGURE)
    figure = Figure(start, start + len(FIGURE), FIGURE, FigureKind.MONEY, 12e6, "GBP")
    claim = TEXT.index(CLAIM)
    return Analysis(
        fingerprint=article.fingerprint,
        figures=(figure,),
        claims=(Claim(claim, claim + len(CLAIM), ClaimKind.NUMERIC),),
    )


async def test_trailing_spaces_at_a_soft_line_end_show_as_one_space() -> None:
    article = Article(text=TEXT)
    app = NewslensApp(article, analyzer=_analysis, config=Config())
    async with app.run_test(size=(200, 30)) as pilot:
        await analysed(pilot)
        shown = " ".join(line.strip() for line in screen_lines(app))  # a paragraph's rows
        assert "pier for repairs at a cost of 12 million pounds" in shown, shown
        assert "would run alone on the crossing" in shown
        assert "the repairs and that the company" in shown
        view = app.query_one(ArticleView)
        underlined = [
            segment.text
            for y in range(view.scrollable_content_region.height)
            for segment in view.render_line(y)
            if segment.style is not None and segment.style.underline
        ]
        assert underlined == [FIGURE]
        assert view.text == TEXT.replace("   \n", "    ").replace("  \n", "   ")  # offsets kept


async def test_the_panel_shows_one_space_at_a_soft_line_end() -> None:
    article = Article(text=TEXT)
    app = NewslensApp(article, analyzer=_analysis, config=Config())
    async with app.run_test(size=(200, 30)) as pilot:
        await analysed(pilot)
        figures = app.query_one("#figures", OptionList)
        context = str(figures.get_option_at_index(0).prompt).splitlines()[1]
        assert "pier for repairs at a cost of 12 million pounds" in context, context
        claim = str(app.query_one("#claims", OptionList).get_option_at_index(0).prompt)
        assert "go to the pier for repairs at a cost" in claim, claim
