"""Tab moves the focus to the claims panel and nothing else: the article stays where the reader
is. The claim under the list's cursor is marked ▸ when it is on screen; when it is not, nothing
is, until the cursor moves (which brings its claim into view) or a key acts on the claim."""

from __future__ import annotations

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, screen_text, stored

PARAGRAPHS = [f"Paragraph {n} says the dam holds {n} million litres." for n in range(60)]
TEXT = "Reservoir levels\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def make_app() -> NewslensApp:
    article = Article(text=TEXT)
    claims = tuple(
        Claim(TEXT.index(p), TEXT.index(p) + len(p) - 1, ClaimKind.ASSERTION)
        for p in (PARAGRAPHS[2], PARAGRAPHS[40])
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=claims)
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def marked(app: NewslensApp) -> str:
    return " ".join(line[3:] for line in screen_text(app).splitlines() if line[1:2] == "▸")


async def test_tab_leaves_the_article_where_it_was_read() -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("right_square_bracket")  # paragraph 2's claim, at the cursor
        await pilot.press("G")  # read on to the end
        await pilot.pause()
        at_the_end = view.scroll_y
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.query_one("#claims")
        assert view.scroll_y == at_the_end
        assert marked(app) == ""  # the cursor's claim is not on screen: nothing is marked


async def test_tab_marks_the_cursors_claim_when_it_is_on_screen() -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("right_square_bracket", "j")
        await pilot.pause()
        reading_at = view.scroll_y
        await pilot.press("tab")
        await pilot.pause()
        assert view.scroll_y == reading_at
        assert "Paragraph 2 says" in marked(app)


async def test_after_tab_a_digit_tags_the_cursors_claim_and_shows_it() -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "G", "tab", "1")
        await pilot.pause()
        assert [(a.exact, a.tags) for a in stored(app.article)] == [
            (PARAGRAPHS[2][:-1], ("verified",))
        ]
        assert "Paragraph 2 says" in marked(app)  # what was tagged is brought into view


async def test_moving_the_cursor_after_tab_brings_its_claim_into_view() -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "G", "tab", "j")
        await pilot.pause()
        assert "Paragraph 40 says" in marked(app)
