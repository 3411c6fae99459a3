"""less's d (half a page down), z and w (a window down and up) move through the article, the
panel's lists and help. Where newslens had given a key a meaning first, it keeps it: u is
undo (ctrl+u goes up half a page), and w in selection mode selects a word more. A config.toml
that gives z to undo (as README's example does) keeps working: the page keeps its others."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.selection import SelectionBar

from .helpers import analysed, notices, settled, stored
from .test_key_bursts import burst
from .test_less_keys import _many_claims_app

PARAGRAPH = "The ferry timetable for the winter was published on Friday by the harbour board. "
TEXT = "Winter ferry timetable\n\n" + "\n\n".join(f"Part {i}. " + PARAGRAPH * 6 for i in range(60))


def _app(config: Config | None = None) -> NewslensApp:
    start = TEXT.index("The ferry")
    claims = (Claim(start, start + len(PARAGRAPH) - 1, ClaimKind.ASSERTION),)
    return NewslensApp(
        Article(text=TEXT),
        analyzer=lambda a: Analysis(a.fingerprint, claims=claims),
        config=config or Config(),
    )


async def test_d_z_and_w_move_through_the_article() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        page = view.scrollable_content_region.height
        await pilot.press("d")
        assert view.scroll_y == page // 2
        await pilot.press("z")
        assert view.scroll_y == page // 2 + page
        await pilot.press("w")
        assert view.scroll_y == page // 2
        await pilot.press("ctrl+u")
        assert view.scroll_y == 0


async def test_u_still_undoes_and_w_still_selects_a_word_more() -> None:
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        assert [a.tags for a in stored(app.article)] == [("verified",)]
        view = app.query_one(ArticleView)
        await pilot.press("u")
        assert stored(app.article) == []
        assert view.scroll_y == 0
        await pilot.press("escape", "v", "w")
        bar = app.query_one(SelectionBar)
        assert TEXT[slice(*bar.span)] == "Winter ferry timetable"  # the headline, whole
        await pilot.press("j", "S", "w")
        assert TEXT[slice(*bar.span)] == "Part 0"
        assert view.scroll_y == 0


async def test_w_typed_in_one_burst_after_v_selects_rather_than_pages() -> None:
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("z", "z")
        view = app.query_one(ArticleView)
        scrolled = view.scroll_y
        await burst(app, "v", "S", "w")
        await settled(pilot, lambda: _words_selected(app) == 2)
        bar = app.query_one(SelectionBar)
        assert bar.display and len(TEXT[slice(*bar.span)].split()) == 2
        assert view.scroll_y == scrolled


async def test_d_z_and_w_move_in_help_and_are_listed_there() -> None:
    app = _app()
    async with app.run_test(size=(120, 16)) as pilot:
        await analysed(pilot)
        await pilot.press("question_mark")
        box = app.screen.query_one("#help-box", VerticalScroll)
        await pilot.pause()
        page = box.scrollable_content_region.height
        await pilot.press("d")
        assert box.scroll_y == page // 2
        await pilot.press("z")
        assert box.scroll_y == page // 2 + page
        await pilot.press("w")
        assert box.scroll_y == page // 2
        rows = {binding_id: keys for keys, _, _, binding_id in app.key_rows()}
        assert rows["half-page-down"] == "ctrl+d, d"
        assert rows["page-down"].endswith(", z") and rows["page-up"].endswith(", w")
        assert rows["undo"] == "u" and rows["half-page-up"] == "ctrl+u"


async def test_d_z_and_w_move_in_the_panels_lists() -> None:
    app = _many_claims_app(60)
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "less_than_sign")
        claims = app.query_one("#claims", OptionList)
        await pilot.press("z")
        paged = claims.highlighted
        assert claims.has_focus and paged is not None and paged > 2
        await pilot.press("w")
        assert claims.highlighted == 0
        await pilot.press("d")
        assert claims.highlighted == paged // 2


async def test_a_config_giving_z_to_undo_keeps_paging_on_the_other_keys() -> None:
    app = _app(Config(keys={"undo": "z"}))
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        rows = {binding_id: keys for keys, _, _, binding_id in app.key_rows()}
        assert rows["page-down"] == "space, pagedown, ctrl+f"
        await pilot.press("right_square_bracket", "1", "z")
        assert stored(app.article) == []
        assert any(m.startswith("undone") for m in notices(app))


def _words_selected(app: NewslensApp) -> int:
    """How many words the selection bar holds; 0 while there is none."""
    bars = app.query(SelectionBar)
    return len(TEXT[slice(*bars.first().span)].split()) if bars and bars.first().display else 0
