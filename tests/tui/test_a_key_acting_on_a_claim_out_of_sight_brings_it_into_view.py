"""A claim marked stays marked as the article moves away from it (a search made, a scroll);
a key that acts on it brings it back into view, so the reader sees what a digit tags, rather
than a confirmation alone quoting a claim pages away; an undo (or a redo) brings the claim it
changed into view. On screen, it stays where it is."""

from __future__ import annotations

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, screen_text, stored

PARAGRAPHS = [
    f"Ferry route {n} carried {n * 120} passengers in the first week of the timetable."
    for n in range(40)
]
TEXT = "Ferry timetable figures\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
CLAIMED = (2, 36)  # the first ranked first


def ferry_app() -> NewslensApp:
    article = Article(text=TEXT)
    claims = tuple(
        Claim(TEXT.index(PARAGRAPHS[n]), TEXT.index(PARAGRAPHS[n]) + 40, ClaimKind.NUMERIC)
        for n in CLAIMED
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=claims)
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def marked(app: NewslensApp) -> str:
    return " ".join(line[3:] for line in screen_text(app).splitlines() if line[1:2] == "▸")


async def test_a_digit_on_a_claim_scrolled_out_of_sight_brings_it_back() -> None:
    app = ferry_app()
    async with app.run_test(size=(100, 20)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("right_square_bracket", "G")  # route 2's claim marked, then the end
        await pilot.pause()
        assert marked(app) == ""
        await pilot.press("1")
        await pilot.pause()
        assert [a.exact for a in stored(app.article)] == [PARAGRAPHS[2][:40]]
        assert "Ferry route 2 carried" in marked(app)
        reading_at = view.scroll_y
        await pilot.press("j", "2")  # on screen still: the article stays where it is
        await pilot.pause()
        assert view.scroll_y == reading_at + 1


async def test_undo_brings_the_claim_it_changed_back_into_view() -> None:
    app = ferry_app()
    async with app.run_test(size=(100, 20)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("right_square_bracket", "1", "escape", "G")  # tagged, then the end
        await pilot.pause()
        assert marked(app) == ""
        await pilot.press("u")
        await pilot.pause()
        assert stored(app.article) == []
        assert "Ferry route 2 carried" in screen_text(app)
        reading_at = view.scroll_y
        await pilot.press("j", "U")  # on screen still: the article stays where it is
        await pilot.pause()
        assert [a.exact for a in stored(app.article)] == [PARAGRAPHS[2][:40]]
        assert view.scroll_y == reading_at + 1
