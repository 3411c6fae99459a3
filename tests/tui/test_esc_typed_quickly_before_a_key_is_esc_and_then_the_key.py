"""Esc typed quickly before a key reaches the reader as that key with alt: the terminal sends
esc as the escape prefix, and "esc q" arrived as alt+q, which did nothing. It is esc and then
the key, as typed; a key a text box binds with alt (alt+backspace) stays its own. A key Textual
names in words ("[", "/") kept no alt at all: "esc /" in the search bar typed a "/" there."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual._xterm_parser import XTermParser

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.escape_prefix import keep_alt_on_named_keys
from newslens.tui.legend import Legend
from newslens.tui.search import SearchBar
from newslens.tui.tag_dialogs import NoteEditor

from .helpers import analysed, notices, settled

Analyzer = Callable[[Article], Analysis]


async def typed_with_alt(app: NewslensApp, character: str) -> None:
    """The key as the terminal reports esc typed right before ``character``."""
    name = {"?": "question_mark", "[": "left_square_bracket", "/": "slash"}.get(
        character, character
    )
    event = events.Key(f"alt+{name}", character)
    event.set_sender(app)
    app.post_message(event)


async def test_esc_then_q_quits(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await typed_with_alt(app, "q")
        await settled(pilot, lambda: app.return_code is not None)
        assert app.return_code == 0


async def test_esc_then_a_digit_clears_the_mark_and_so_tags_nothing(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket")
        await typed_with_alt(app, "1")
        await settled(pilot, lambda: "nothing is marked" in " ".join(notices(app)))
        assert any(n.startswith("nothing is marked") for n in notices(app))


async def test_esc_then_q_in_a_note_left_as_it_was_closes_it_and_quits(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e")
        await settled(pilot, lambda: isinstance(app.screen, NoteEditor))
        await typed_with_alt(app, "q")
        await settled(pilot, lambda: app.return_code is not None)
        assert app.return_code == 0


async def test_alt_backspace_in_a_note_still_deletes_a_word(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e", *"call the engineer")
        await settled(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.press("alt+backspace")
        note = app.screen
        assert isinstance(note, NoteEditor)
        assert note.note == "call the "


def test_the_terminals_esc_then_a_key_named_in_words_keeps_its_alt(article: Article) -> None:
    NewslensApp(article, config=Config())  # the reader, made, wraps Textual's parser
    keep_alt_on_named_keys()  # and again, which changes nothing
    for sent, key in [("\x1b[", "alt+left_square_bracket"), ("\x1b/", "alt+slash")]:
        parser = XTermParser()
        tokens = [*parser.feed(sent), *parser.feed("")]  # "" ends the input: no wait for more
        assert [t.key for t in tokens if isinstance(t, events.Key)] == [key]
    parser = XTermParser()
    tokens = [*parser.feed("["), *parser.feed("")]  # typed alone, it is no alt key
    assert [t.key for t in tokens if isinstance(t, events.Key)] == ["left_square_bracket"]


async def test_esc_then_slash_in_the_search_bar_opens_a_new_search_and_esc_q_quits(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("slash", *"wall")
        await typed_with_alt(app, "/")
        bar = app.query_one(SearchBar)
        await settled(pilot, lambda: app.focused is bar and bar.value == "")
        await pilot.press(*"Holt")
        assert bar.value == "Holt"
        await typed_with_alt(app, "q")
        await settled(pilot, lambda: app.return_code is not None)
        assert app.return_code == 0


async def test_esc_then_a_bracket_in_the_search_bar_steps_back_a_claim(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("slash", *"wall")
        await typed_with_alt(app, "[")
        legend = app.query_one(Legend)
        last = f"claim {len(app.panel.shown_claims)} of "  # stepping back from none
        await settled(pilot, lambda: last in str(legend.render()))
        assert last in str(legend.render())
        assert not app.query_one(SearchBar).display
