"""A form feed, a PDF's page break, is layout, not words: the reader shows a blank line there,
never "␌" (on a line of its own, or before the next page's first word), and everything after
it (a search's match, a claim's highlight) is drawn on the very characters it names."""

from __future__ import annotations

from rich.segment import Segment

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import GUTTER, ArticleView

from .helpers import analysed, screen_lines, screen_text

CLAIM = "repairs will take until May"
# As pdftotext writes pages (each after the last line end of the one before), and as a page
# break pasted on a line of its own comes.
PAGES = [
    "Quay repairs\n\nThe harbour trust met on Friday.\n\fIts engineer said repairs will take "
    "until May.\n\f",
    "Quay repairs\n\nThe harbour trust met on Friday.\n\f\nIts engineer said repairs will take "
    "until May.\n",
]


def _app(text: str) -> NewslensApp:
    article = Article(text=text)
    start = text.index(CLAIM)
    claim = Claim(start, start + len(CLAIM), ClaimKind.ASSERTION)
    analysis = Analysis(fingerprint=article.fingerprint, claims=(claim,))
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def _styled(view: ArticleView, y: int) -> str:
    """The text drawn on screen line ``y``, past the gutter, in a style other than plain."""
    segments: list[Segment] = list(view.render_line(y))
    plain = segments[-1].style
    cells = [(char, s.style) for s in segments for char in s.text][GUTTER:]
    return "".join(char for char, style in cells if style != plain).strip()


async def test_a_page_break_is_a_blank_line() -> None:
    for text in PAGES:
        app = _app(text)
        async with app.run_test(size=(80, 24)) as pilot:
            await analysed(pilot)
            assert "␌" not in screen_text(app)
            lines = [line.strip() for line in screen_lines(app)]
            friday = lines.index("The harbour trust met on Friday.")
            assert lines[friday + 1] == ""
            assert lines[friday + 2].startswith("Its engineer said")


async def test_what_comes_after_a_page_break_is_highlighted_where_it_is() -> None:
    app = _app(PAGES[0])
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        row = [line.strip() for line in screen_lines(app)].index(
            "Its engineer said repairs will take until May."
        )
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert _styled(view, row) == CLAIM
        await pilot.press("escape", "slash", *"take until", "enter")
        await pilot.pause()
        assert view.match_count == 1 and _styled(view, row) == "take until"


# A PDF's text, wrapped by hand, whose second page begins in the middle of a sentence.
REPORT = (
    "Sea wall repairs\n"
    "\n"
    "The council treasurer, Ann Holt, said on Monday that the repairs to the\n"
    "sea wall would cost about four million pounds and would take until the\n"
    "\fend of the year, when the new barrier on the north shore is finished.\n"
)


async def test_a_page_break_inside_a_paragraph_goes_on_with_it() -> None:
    article = Article(text=REPORT)
    analysis = Analysis(fingerprint=article.fingerprint)
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(160, 24)) as pilot:
        await analysed(pilot)
        lines = [" ".join(line.split()) for line in screen_lines(app)]
        assert any("take until the end of the year, when the new" in line for line in lines)
