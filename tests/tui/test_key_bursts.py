"""Keys that arrive in one burst (pasted, typed fast over SSH, tmux send-keys) act in order:
each sees what the keys before it did."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual import events
from textual.binding import ActiveBinding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, OptionList

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.library import LibraryScreen

from .helpers import analysed, notices, settled, stored

Analyzer = Callable[[Article], Analysis]

FIRST_CLAIM = 'the old wall "will not survive another winter"'


async def burst(app: NewslensApp, *keys: str) -> None:
    """Queue every key at once, as a terminal delivers one write, before any is handled.

    One ``pilot.pause()`` does not see such a burst through: it waits for the messages queued
    when it starts, and then for the process to look idle, which on a loaded machine it does
    while it waits for a core. A test that then asserts, and ends, may leave keys in flight,
    which the app meets as it shuts down ("No screens on stack"). So each test waits, with
    ``settled``, for the state the whole burst leads to."""
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app.post_message(event)


def _library_filter(app: NewslensApp) -> str | None:
    """What the Library's filter holds, or None while the Library is not open."""
    if not isinstance(app.screen, LibraryScreen):
        return None
    return app.screen.query_one(Input).value


async def test_a_digit_right_after_next_claim_tags_that_claim(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await burst(app, "right_square_bracket", "6")
        await settled(pilot, lambda: bool(stored(article)))
        [saved] = stored(article)
        assert (saved.exact, saved.tags) == (FIRST_CLAIM, ("opinion",))


async def test_three_next_claims_in_one_burst_move_three_claims(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        claims = app.query_one("#claims", OptionList)
        await burst(app, *["right_square_bracket"] * 3)
        await settled(pilot, lambda: claims.highlighted == 2)
        assert claims.highlighted == 2
        await burst(app, "1")
        await settled(pilot, lambda: bool(stored(article)))
        [saved] = stored(article)
        assert saved.exact == "costs could rise by 15 percent"


async def test_three_next_claims_in_text_order_in_one_burst_move_three_claims(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 8)) as pilot:  # one claim on screen at a time
        await analysed(pilot)
        await pilot.press("o")
        await burst(app, *["right_square_bracket"] * 3)
        await burst(app, "1")
        await settled(pilot, lambda: bool(stored(article)))
        [saved] = stored(article)
        assert saved.exact == "costs could rise by 15 percent"


async def test_a_note_typed_right_after_e_goes_into_the_note(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await burst(app, "right_square_bracket", "e", "h", "u", "t", "1", "ctrl+s")
        await settled(pilot, lambda: bool(stored(article)))
        [saved] = stored(article)
        assert (saved.exact, saved.note, saved.tags) == (FIRST_CLAIM, "hut1", ())


async def test_a_filter_typed_right_after_t_filters_the_tags(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await burst(app, "right_square_bracket", "t", *"fals", "enter")
        await settled(pilot, lambda: bool(stored(article)))
        [saved] = stored(article)
        assert (saved.exact, saved.tags) == (FIRST_CLAIM, ("false",))


async def test_e_after_a_key_that_opens_another_dialog_holds_no_key_back(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        main = app.screen
        # ? opens help before e is handled: e does nothing there, escape closes help, and 1
        # tags the claim. (Waiting for the screen to be the article's again would end at
        # once: it is, until the burst is handled.)
        await burst(app, "right_square_bracket", "question_mark", "e", "escape", "1")
        await settled(pilot, lambda: bool(stored(article)))
        assert app.screen is main
        assert [a.tags for a in stored(article)] == [("verified",)]


async def test_a_query_typed_right_after_slash_is_searched_for(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        hidden = set(app.query_one(ArticleView).hidden_layers)
        # S would hide the speakers, B the boilerplate, e would open the note editor.
        await burst(app, "slash", *"Sea wall", "enter")
        await settled(
            pilot, lambda: "2 matches for 'Sea wall' · n next, N previous" in notices(app)
        )
        assert "2 matches for 'Sea wall' · n next, N previous" in notices(app)
        assert set(app.query_one(ArticleView).hidden_layers) == hidden
        # and again, once the bar is there: it is opened anew, not mounted
        await burst(app, "slash", *"Patel", "enter")
        await settled(pilot, lambda: "2 matches for 'Patel' · n next, N previous" in notices(app))
        assert "2 matches for 'Patel' · n next, N previous" in notices(app)


async def test_a_filter_typed_right_after_l_filters_the_library(
    article: Article, fake_analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The list filled for the words in the box, not once for each key that typed them: with
    # hundreds of articles a fill takes a third of a second, and a word typed at speed took
    # seconds to show.
    filled: list[str] = []
    fill = LibraryScreen._fill

    def counted_fill(screen: LibraryScreen, query: str) -> None:
        filled.append(query)
        fill(screen, query)

    monkeypatch.setattr(LibraryScreen, "_fill", counted_fill)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await burst(app, "right_square_bracket", "3", "escape")
        await settled(pilot, lambda: bool(stored(article)))
        # S would hide the speakers, o reorder the claims, e open the note editor.
        await burst(app, "L", *"Sea wall")
        await settled(pilot, lambda: _library_filter(app) == "Sea wall")
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one(Input).value == "Sea wall"
        assert not app.query_one(ArticleView).hidden_layers
        await settled(pilot, lambda: filled[-1] == "Sea wall")
        assert filled[-1] == "Sea wall"
        assert len(filled) < len("Sea wall"), filled


async def test_each_j_in_a_burst_scrolls_the_help_a_line(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box", VerticalScroll)
        assert box.max_scroll_y > 8
        await burst(app, *["j"] * 6)
        await settled(pilot, lambda: box.scroll_y == 6)
        assert box.scroll_y == 6
        # 3 only once the last k is handled: the app is never left with keys in flight
        await burst(app, "k", "k", "space", "b", "k")
        await settled(pilot, lambda: box.scroll_y == 3)
        assert box.scroll_y == 3


async def test_a_note_typed_right_after_a_note_key_from_config_goes_into_the_note(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(keys={"note": "ctrl+n"}))
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await burst(app, "right_square_bracket", "ctrl+n", *"see p4", "ctrl+s")
        await settled(pilot, lambda: bool(stored(article)))
        [saved] = stored(article)
        assert (saved.exact, saved.note, saved.tags) == (FIRST_CLAIM, "see p4", ())


async def test_keys_that_open_no_dialog_do_not_gather_the_screens_bindings(
    article: Article, fake_analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Gathering them (some 1 ms) at every j held down was a tenth of a key's CPU."""
    gathered = []
    active_bindings = Screen.active_bindings

    def counted(screen: Screen[object]) -> dict[str, ActiveBinding]:
        gathered.append(screen)
        return active_bindings.fget(screen)  # type: ignore[attr-defined, no-any-return]

    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 12)) as pilot:
        await analysed(pilot)
        await pilot.press("tab")
        await pilot.pause()
        monkeypatch.setattr(Screen, "active_bindings", property(counted))
        await pilot.press("j", "j", "1", "k")
        await pilot.pause()
        assert [a.tags for a in stored(article)] == [("verified",)]
        assert gathered == []
