"""less's and vim's keys, for readers who live in them: ctrl+e/ctrl+y a line, ctrl+d/ctrl+u half
a page, ctrl+f/ctrl+b a page, < and > the top and the end, in the article, the panel's lists
and help; in help, the palette and config.toml [keys] like every other key."""

from __future__ import annotations

import re

import pytest
from textual.containers import VerticalScroll
from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.errors import NewslensError
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.search import SearchBar

from .helpers import analysed, status_line, stored

LONG = "\n\n".join(f"Section {i}: " + "the tide came in over the old pier " * 12 for i in range(80))


def _long_article_app(config: Config | None = None) -> NewslensApp:
    return NewslensApp(
        Article(text=LONG),
        analyzer=lambda article: Analysis(fingerprint=article.fingerprint),
        config=config or Config(),
    )


def _many_claims_app(count: int, config: Config | None = None) -> NewslensApp:
    text = "".join(f"Claim {i:03} says the pier cost {i} pounds.\n\n" for i in range(count))
    article = Article(text=text)
    starts = [i for i in range(len(text)) if text.startswith("Claim ", i)]
    claims = tuple(Claim(start, start + 9, ClaimKind.NUMERIC) for start in starts)
    return NewslensApp(
        article,
        analyzer=lambda a: Analysis(a.fingerprint, claims=claims),
        config=config or Config(),
    )


async def test_the_article_scrolls_with_less_and_vim_keys() -> None:
    app = _long_article_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        page = view.scrollable_content_region.height
        await pilot.press("ctrl+e", "ctrl+e")
        assert view.scroll_y == 2
        await pilot.press("ctrl+y")
        assert view.scroll_y == 1
        await pilot.press("ctrl+d")
        assert view.scroll_y == 1 + page // 2
        await pilot.press("ctrl+u")
        assert view.scroll_y == 1
        await pilot.press("ctrl+f")
        assert view.scroll_y == 1 + page
        await pilot.press("ctrl+b")
        assert view.scroll_y == 1
        await pilot.press("greater_than_sign")
        assert view.scroll_y == view.max_scroll_y > page
        await pilot.press("less_than_sign")
        assert view.scroll_y == 0


async def test_the_panel_lists_answer_less_and_vim_keys() -> None:
    app = _many_claims_app(60)
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("tab")
        claims = app.query_one("#claims", OptionList)
        await pilot.press("less_than_sign")
        assert claims.has_focus and claims.highlighted == 0
        await pilot.press("ctrl+e", "ctrl+e")
        assert claims.highlighted == 2
        await pilot.press("ctrl+y")
        assert claims.highlighted == 1
        await pilot.press("ctrl+f")
        page = claims.highlighted - 1
        assert page > 4
        await pilot.press("ctrl+b")
        assert claims.highlighted == 1
        await pilot.press("ctrl+d")  # half as far as a page
        assert claims.highlighted == 1 + page // 2
        await pilot.press("ctrl+d")
        assert claims.highlighted == 1 + 2 * (page // 2)
        await pilot.press("ctrl+u")
        assert claims.highlighted == 1 + page // 2
        await pilot.press("ctrl+u")  # a page would reach the first row: there
        assert claims.highlighted == 0
        await pilot.press("greater_than_sign")
        assert claims.highlighted == 59


async def test_a_page_in_the_narrow_panel_moves_by_what_it_shows() -> None:
    # Rows of three lines (who, two of the claim's) in a list of seven at 60×20: a page moved
    # two rows and the list two lines, the row it went to already on screen (with rows of four
    # or five lines, one row and one line).
    sentences = [f"Route {n} carried {n * 120} passengers in its first week." for n in range(30)]
    text = "Ferries\n\n" + "\n\n".join(sentences) + "\n"
    article = Article(text=text)
    claims = tuple(
        Claim(
            text.index(sentence),
            text.index(sentence) + len(sentence),
            ClaimKind.ATTRIBUTED,
            claimant="the ferry operator",
            cue="said",
            figures=((text.index(sentence) + 6, text.index(sentence) + 8),),
        )
        for sentence in sentences
    )
    analysis = Analysis(article.fingerprint, claims=claims)
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(pilot)
        await pilot.press("p", "tab")
        claims_list = app.query_one("#claims", OptionList)
        page = claims_list.scrollable_content_region.height
        await pilot.press("ctrl+f")
        assert claims_list.scroll_y == page
        assert claims_list.highlighted == 3  # the first row starting a page on, at line 9
        await pilot.press("pagedown")
        assert (claims_list.scroll_y, claims_list.highlighted) == (2 * page, 6)
        await pilot.press("ctrl+b", "pageup")
        assert (claims_list.scroll_y, claims_list.highlighted) == (0, 0)


async def test_a_count_typed_after_a_colon_moves_that_far_and_a_digit_alone_still_tags() -> None:
    """less's and vim's counts, after ":" (":5j", ":3]", ":10G"): a digit alone tags at once,
    and "]1]" (next, tag, next) typed in a burst is no count."""
    app = _many_claims_app(60)
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("colon", "1", "2")
        assert ":12" in status_line(app)  # the count typed, waiting for its key
        await pilot.press("j")
        assert view.scroll_y == 12
        await pilot.press("colon", "5", "k")
        assert view.scroll_y == 7
        await pilot.press("colon", "2", "0", "G")
        assert view.scroll_y == 19  # line 20 at the top, as less's 20G
        await pilot.press("colon", "3", "right_square_bracket")
        assert status_line(app).startswith("claim 3 of 60")
        await pilot.press("1", "right_square_bracket")
        assert [a.tags for a in stored(app.article)] == [("verified",)]
        assert status_line(app).startswith("claim 4 of 60")
        await pilot.press("colon", "escape", "j")  # a count given up: j is one line
        await pilot.press("tab", "colon", "1", "0", "G")  # in the panel's list, its row 10
        assert app.query_one("#claims", OptionList).highlighted == 9


async def test_help_scrolls_with_less_and_vim_keys() -> None:
    app = _long_article_app()
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.press("question_mark")
        box = app.screen.query_one("#help-box", VerticalScroll)
        await pilot.pause()
        page = box.scrollable_content_region.height
        assert box.max_scroll_y > page
        await pilot.press("ctrl+e", "ctrl+e", "ctrl+y")
        assert box.scroll_y == 1
        await pilot.press("ctrl+d")
        assert box.scroll_y == 1 + page // 2
        await pilot.press("ctrl+u", "ctrl+f")
        assert box.scroll_y == 1 + page
        await pilot.press("ctrl+b")
        assert box.scroll_y == 1
        await pilot.press("greater_than_sign")
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("less_than_sign")
        assert box.scroll_y == 0


async def test_half_a_page_is_in_help_and_the_palette_and_can_be_rebound() -> None:
    app = _long_article_app(Config(keys={"half-page-down": "ctrl+j"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        half = view.scrollable_content_region.height // 2
        rows = {binding_id: (keys, where) for keys, _, where, binding_id in app.key_rows()}
        assert rows["half-page-down"] == ("ctrl+j", "article, lists")
        assert rows["half-page-up"] == ("ctrl+u", "article, lists")
        assert rows["page-down"][0] == "space, pagedown, ctrl+f, z"
        assert rows["top"][0] == "g, home, <"
        await pilot.press("ctrl+d")  # moved away
        assert view.scroll_y == 0
        await pilot.press("ctrl+j")
        assert view.scroll_y == half
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        await commands["Half a page up"].callback()
        assert view.scroll_y == 0
        await commands["Half a page down"].callback()
        assert view.scroll_y == half


async def test_a_less_key_that_config_gives_another_binding_is_that_bindings() -> None:
    # Config files written before the article took ctrl+f may have it for search: the article
    # gives it up, and pages with its other keys.
    app = _long_article_app(Config(keys={"search": "ctrl+f"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        rows = {binding_id: keys for keys, _, _, binding_id in app.key_rows()}
        assert rows["page-down"] == "space, pagedown, z"
        await pilot.press("space")
        assert view.scroll_y == view.scrollable_content_region.height
        await pilot.press("ctrl+f")
        assert app.query_one(SearchBar).display


async def test_the_lists_move_with_the_keys_config_gives_the_article() -> None:
    # A list's keys are the article's, binding id and all: what config.toml takes from the
    # article or gives it, it takes from the lists or gives them too.
    keys = {"redo": "ctrl+y", "page-down": "ctrl+n"}
    app = _many_claims_app(60, Config(keys=keys))
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "less_than_sign", "j")
        claims = app.query_one("#claims", OptionList)
        assert claims.has_focus and claims.highlighted == 1
        await pilot.press("ctrl+y")  # redo, not a row up
        assert claims.highlighted == 1
        assert "nothing to redo" in [str(n.message) for n in app._notifications]
        await pilot.press("space")  # page-down is on ctrl+n alone now
        assert claims.highlighted == 1
        await pilot.press("ctrl+n")
        assert claims.highlighted > 5


def test_a_key_a_binding_cannot_do_without_is_still_named_at_start_up() -> None:
    with pytest.raises(NewslensError, match=re.escape("undo and half-page-up are both on ctrl+u")):
        _long_article_app(Config(keys={"undo": "ctrl+u"}))
