"""The reader quotes a passage between “…”; a passage that is itself a quote, starting or ending
with its own marks, is quoted between ‘…’, so its marks are never doubled: ‘“The pier will
reopen…”’, not ““The pier will reopen…”…”, which reads as a typing slip, in the confirmations,
the tag picker and note editor titles, the selection bar and the Library."""

from __future__ import annotations

from textual.widgets import Label, OptionList

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.library import LibraryScreen
from newslens.tui.selection import SelectionBar
from newslens.tui.tag_dialogs import NoteEditor, TagPicker

from .helpers import analysed, notices, one_claim_app

QUOTE = "“The pier will reopen in June,” the harbour master said"
STATEMENT = "The pier will reopen in June, the harbour master said"


async def test_a_confirmation_on_a_quote_puts_it_between_single_marks() -> None:
    app = one_claim_app(QUOTE)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        confirmation = notices(app)[-1]
        assert confirmation.startswith("+verified · ‘“The pier will reopen in June,”")
        assert confirmation.endswith("…’")


async def test_a_claim_with_no_marks_of_its_own_is_still_between_double_marks() -> None:
    app = one_claim_app(STATEMENT)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        assert notices(app)[-1].startswith("+verified · “The pier will reopen in June,")


async def test_the_tag_picker_and_the_note_editor_name_a_quote_between_single_marks() -> None:
    app = one_claim_app(QUOTE)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t")
        assert isinstance(app.screen, TagPicker)
        title = str(app.screen.query(Label).first().render())
        assert title.startswith("Tag ‘“The pier will reopen in June,”"), title
        await pilot.press("escape", "e")
        assert isinstance(app.screen, NoteEditor)
        title = str(app.screen.query(Label).first().render())
        assert title.startswith("Note on ‘“The pier will reopen in June,”"), title


async def test_the_librarys_row_of_a_tagged_quote_puts_it_between_single_marks() -> None:
    app = one_claim_app(QUOTE)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "2", "L")
        assert isinstance(app.screen, LibraryScreen)
        listing = app.screen.query_one(OptionList)
        rows = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert "  [disputed] ‘“The pier will reopen in June,” the harbour master said’" in rows


async def test_the_selection_bar_shows_a_selected_quote_between_single_marks() -> None:
    article = Article(text='Pier reopens\n\n"We did it on time." The pier opened.\n')
    app = NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "j")
        await pilot.pause()
        bar = app.query_one(SelectionBar)
        assert bar.render_line(0).text.strip() == 'selecting ‘"We did it on time."’'
