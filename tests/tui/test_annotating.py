"""Annotating in the reader, driven through Pilot: every key, the library, export, read-only."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Label, OptionList, TextArea

from newslens.analysis.model import Analysis
from newslens.annotations.model import NOT_A_CLAIM, TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.cli import main
from newslens.config import Config, data_dir
from newslens.errors import NewslensError
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimsPanel
from newslens.tui.legend import Legend
from newslens.tui.library import LibraryScreen
from newslens.tui.selection import SelectionBar
from newslens.tui.tag_dialogs import ChoiceDialog, NoteEditor, TagPicker

from .conftest import TEXT, make_analysis
from .helpers import analysed, notices, screen_text, stored

Analyzer = Callable[[Article], Analysis]

FIRST_CLAIM = 'the old wall "will not survive another winter"'
DEFAULTS = ["verified", "disputed", "false", "misleading", "needs-source", "opinion"]


def claim_rows(app: NewslensApp) -> list[str]:
    claims = app.query_one("#claims", OptionList)
    return [str(claims.get_option_at_index(i).prompt) for i in range(claims.option_count)]


def make_app(article: Article, analyzer: Analyzer) -> NewslensApp:
    return NewslensApp(article, analyzer=analyzer, config=Config())


@pytest.mark.parametrize(("key", "tag"), list(zip("123456", DEFAULTS, strict=True)))
async def test_each_digit_tags_the_selected_claim(
    article: Article, fake_analyzer: Analyzer, key: str, tag: str
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", key)
        [saved] = stored(article)
        assert (saved.exact, saved.tags, saved.kind) == (FIRST_CLAIM, (tag,), TargetKind.CLAIM)
        assert saved.claimant == "Ann Holt"
        assert f"[{tag}]" in claim_rows(app)[0]
        assert "saved ✓" in str(app.query_one(Legend).render())
        await pilot.press(key)  # the same key again takes the tag off
        assert stored(article) == []
        assert f"[{tag}]" not in claim_rows(app)[0]


# In colour every tag's mark is a dot of its colour; without colours (NO_COLOR, or a
# monochrome terminal) the dots were alike, "verified" and "false" told apart only in the
# panel: there the tag's key stands in for the dot, the one config.toml [keys] gave it.
@pytest.mark.parametrize(
    ("no_color", "key", "sign"), [(False, "3", "●"), (True, "3", "3"), (True, "y", "y")]
)
async def test_a_tagged_claim_is_marked_in_the_article(
    article: Article,
    fake_analyzer: Analyzer,
    monkeypatch: pytest.MonkeyPatch,
    no_color: bool,
    key: str,
    sign: str,
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    keys = {} if key == "3" else {"quick-tag-3": key}
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(keys=keys))
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert "●" not in screen_text(app)
        await pilot.press("right_square_bracket", key, "escape")  # escape: unselect the claim
        await pilot.pause()
        marked = [line for line in screen_text(app).splitlines() if line[1:3] == f"{sign} "]
        assert marked and "old wall" in " ".join(marked)


async def test_tags_apply_to_the_claim_highlighted_in_the_panel(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        claims = app.query_one("#claims", OptionList)
        claims.focus()
        await pilot.pause()
        await pilot.press("j", "j", "j")
        assert claims.highlighted == 2
        await pilot.press("4")
        [saved] = stored(article)
        assert saved.exact == "costs could rise by 15 percent"
        assert saved.tags == ("misleading",)


async def test_a_key_without_a_claim_says_what_to_do(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("1")
        assert stored(article) == []
        assert any("choose a claim first" in m for m in notices(app))


async def test_a_digit_tags_the_figure_chosen_in_the_figures_tab_not_the_claim_before(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")  # the first claim: verified
        await pilot.press("tab", "left", "enter")  # Figures: the first figure, marked ▸
        marked = [line for line in screen_text(app).splitlines() if line[1:2] == "▸"]
        assert marked and "4.2 million pounds" in " ".join(marked)
        assert "old wall" not in " ".join(marked)
        await pilot.press("1")
        saved = {(a.exact, a.kind): a.tags for a in stored(article)}
        assert saved == {
            (FIRST_CLAIM, TargetKind.CLAIM): ("verified",),  # untouched, not toggled off
            ("4.2 million pounds", TargetKind.FIGURE): ("verified",),
        }


@pytest.mark.parametrize(
    "unmark", [("escape",), ("v", "escape")], ids=["escape", "a cancelled selection"]
)
async def test_with_nothing_marked_a_digit_says_so_and_changes_nothing(
    article: Article, fake_analyzer: Analyzer, unmark: tuple[str, ...]
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", *unmark)
        assert "▸" not in screen_text(app)
        await pilot.press("1", "2")
        assert [(a.exact, a.tags) for a in stored(article)] == [(FIRST_CLAIM, ("verified",))]
        assert any(m.startswith("nothing is marked: choose a claim first") for m in notices(app))
        await pilot.press("right_square_bracket", "2")  # the next claim marked: tagged
        assert {a.exact: a.tags for a in stored(article)} == {
            FIRST_CLAIM: ("verified",),
            "300 homes flooded last year": ("disputed",),
        }


async def test_tag_picker_takes_a_new_free_text_tag(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t")
        assert isinstance(app.screen, TagPicker)
        await pilot.press(*"Needs  Context", "enter")
        assert not isinstance(app.screen, TagPicker)
        [saved] = stored(article)
        assert saved.tags == ("needs context",)
        assert "[needs context]" in claim_rows(app)[0]


async def test_tag_picker_filters_the_tag_set(article: Article, fake_analyzer: Analyzer) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t", *"disp")
        options = app.screen.query_one(OptionList)
        assert options.option_count == 2  # disputed, and "+ new tag “disp”"
        await pilot.press("enter")
        assert [a.tags for a in stored(article)] == [("disputed",)]


async def test_tag_picker_escape_saves_nothing(article: Article, fake_analyzer: Analyzer) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t", "down", "escape")
        assert not isinstance(app.screen, TagPicker)
        assert stored(article) == []


async def test_note_editor_saves_a_multi_line_note(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"Ask the", "enter", *"engineer", "ctrl+s")
        assert not isinstance(app.screen, NoteEditor)
        [saved] = stored(article)
        assert saved.note == "Ask the\nengineer"
        assert saved.tags == ()
        assert "[note]" in claim_rows(app)[0]
        await pilot.press("e")  # the editor opens with the note, ready to change
        assert app.screen.query_one(TextArea).text == "Ask the\nengineer"


async def test_a_note_written_in_another_window_is_never_overwritten(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket")
        claim = app.panel.shown_claims[0]

        def other_window_writes(note: str) -> None:
            with AnnotationStore.open() as other:
                other.set_note(article, claim.start, claim.end, note, kind=TargetKind.CLAIM)

        other_window_writes("B: the source called back")
        await pilot.press("e")  # opens with what the other window wrote
        assert app.screen.query_one(TextArea).text == "B: the source called back"
        await pilot.press("escape")
        await pilot.press("e")
        other_window_writes("B: and sent the minutes")  # while this editor is open
        await pilot.press(*" A: check them", "ctrl+s")
        [saved] = stored(article)
        assert saved.note == "B: and sent the minutes\n\nB: the source called back A: check them"
        assert any("both are kept" in m for m in notices(app))


async def test_a_tag_saved_in_another_window_shows_here(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        claim = app.panel.shown_claims[0]
        with AnnotationStore.open() as other:
            other.tag(article, claim.start, claim.end, "disputed", kind=TargetKind.CLAIM)
        for _ in range(30):  # the reader looks for other windows' changes every second
            await pilot.pause(0.1)
            if "[disputed]" in claim_rows(app)[0]:
                break
        assert "[disputed]" in claim_rows(app)[0]


async def test_a_claims_tag_follows_it_when_the_analysis_reads_it_a_little_longer(
    article: Article, fake_analyzer: Analyzer
) -> None:
    claim = fake_analyzer(article).claims[0]
    with AnnotationStore.open() as earlier:  # tagged when the claim ended a word sooner
        shorter = article.text.rindex(" ", claim.start, claim.end)
        earlier.tag(article, claim.start, shorter, "verified", kind=TargetKind.CLAIM)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert "[verified]" in claim_rows(app)[0]
        await pilot.press("right_square_bracket", "1")  # the same key takes it off again
        assert stored(article) == []


async def test_note_editor_escape_cancels(article: Article, fake_analyzer: Analyzer) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        # the first escape warns that the draft would be lost, the second discards it
        await pilot.press("right_square_bracket", "e", *"draft", "escape", "escape")
        assert not isinstance(app.screen, NoteEditor)
        assert stored(article) == []


async def test_ctrl_q_in_the_note_editor_saves_the_note_and_quits(
    article: Article, fake_analyzer: Analyzer, capfd: pytest.CaptureFixture[str]
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e")
        assert "ctrl+q save and quit" in str(app.screen.query_one(".nl-hint", Label).render())
        await pilot.press(*"Call the harbour office", "ctrl+q")
    assert app.return_code == 0
    [saved] = stored(article)
    assert (saved.exact, saved.note) == (FIRST_CLAIM, "Call the harbour office")
    assert "the note you were writing is saved" in capfd.readouterr().err


async def test_a_terminal_closed_while_a_note_is_written_saves_it(
    article: Article, fake_analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An SSH connection dropped (SIGHUP) under the note editor lost the words typed: they
    are saved as ctrl+q saves them, then the signal ends the reader."""
    ended_by: list[int] = []
    monkeypatch.setattr(signal, "raise_signal", ended_by.append)
    kept = signal.signal(signal.SIGHUP, lambda *_: None)  # not the test's end, whatever happens
    try:
        app = make_app(article, fake_analyzer)
        async with app.run_test(size=(120, 36)) as pilot:
            await analysed(pilot)
            await pilot.press("right_square_bracket", "e", *"Call the harbour office")
            os.kill(os.getpid(), signal.SIGHUP)
            await pilot.pause(0.1)
    finally:
        signal.signal(signal.SIGHUP, kept)
    assert ended_by == [signal.SIGHUP]
    [saved] = stored(article)
    assert (saved.exact, saved.note) == (FIRST_CLAIM, "Call the harbour office")


async def test_a_note_that_cannot_be_saved_keeps_the_reader_open_at_ctrl_q(
    article: Article, fake_analyzer: Analyzer
) -> None:
    (data_dir() / "annotations.sqlite3").mkdir(parents=True)  # read-only, as above
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e", *"draft", "ctrl+q")
        assert app.is_running and isinstance(app.screen, NoteEditor)
        assert app.screen.note == "draft"
        assert any("ctrl+q again quits without it" in m for m in notices(app))
        await pilot.press("ctrl+q")
    assert app.return_code == 0


async def test_remove_tag(article: Article, fake_analyzer: Analyzer) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "2", "x")
        assert isinstance(app.screen, TagPicker)  # two tags: which one?
        await pilot.press(*"disp", "enter")
        assert [a.tags for a in stored(article)] == [("verified",)]
        await pilot.press("x")  # one tag left: it goes at once
        assert stored(article) == []
        await pilot.press("x")
        assert any("no tag here" in m for m in notices(app))


async def test_not_a_claim_hides_it_and_keeps_the_mark(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert len(app.query_one(ClaimsPanel).shown_claims) == 3
        assert app.status.startswith("3 claims")
        await pilot.press("right_square_bracket", "h")
        shown = app.query_one(ClaimsPanel).shown_claims
        assert len(shown) == 2
        assert app.status.startswith("2 claims")  # the status line counts what is listed
        assert all(claim.claimant != "Ann Holt" for claim in shown)
        [saved] = stored(article)
        assert saved.tags == (NOT_A_CLAIM,) and saved.kind is TargetKind.CLAIM
        await pilot.press("u")
        assert len(app.query_one(ClaimsPanel).shown_claims) == 3
        assert stored(article) == []


async def test_undo_and_redo(article: Article, fake_analyzer: Analyzer) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "2")
        await pilot.press("u")
        assert [a.tags for a in stored(article)] == [("verified",)]
        await pilot.press("u")
        assert stored(article) == []
        await pilot.press("u")
        assert any("nothing to undo" in m for m in notices(app))
        await pilot.press("ctrl+r")
        assert [a.tags for a in stored(article)] == [("verified",)]
        await pilot.press("U")
        assert [a.tags for a in stored(article)] == [("verified", "disputed")]
        assert "[verified] [disputed]" in claim_rows(app)[0]


async def test_undo_survives_a_restart(article: Article, fake_analyzer: Analyzer) -> None:
    first = make_app(article, fake_analyzer)
    async with first.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "2")
    second = make_app(article, fake_analyzer)
    async with second.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert "[verified] [disputed]" in claim_rows(second)[0]  # shown again at once
        await pilot.press("u")
        assert [a.tags for a in stored(article)] == [("verified",)]
        assert "[disputed]" not in claim_rows(second)[0]
        await pilot.press("ctrl+r")
        assert [a.tags for a in stored(article)] == [("verified", "disputed")]


async def test_selection_mode_annotates_a_span_the_analysis_missed(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("v")
        bar = app.query_one(SelectionBar)
        assert bar.display and bar.has_focus
        assert TEXT[slice(*bar.span)] == "Harbour council approves new sea wall"
        await pilot.press("j")  # the next sentence
        assert TEXT[slice(*bar.span)].startswith("The council voted on Tuesday")
        await pilot.press("S")  # back to its first word, then two more
        await pilot.press("w", "w")
        assert TEXT[slice(*bar.span)] == "The council voted"
        await pilot.press("B")
        assert TEXT[slice(*bar.span)] == "council voted"
        await pilot.press("W")
        assert TEXT[slice(*bar.span)] == "The council voted"
        await pilot.press("enter")
        assert isinstance(app.screen, TagPicker)
        await pilot.press(*"missed", "enter")
        [saved] = stored(article)
        assert (saved.exact, saved.tags, saved.kind) == (
            "The council voted",
            ("missed",),
            TargetKind.SPAN,
        )
        await pilot.press("5")  # the chosen span stays the target
        assert stored(article)[0].tags == ("missed", "needs-source")


async def test_selection_mode_digits_tag_and_escape_cancels(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "b", "6", "escape")
        assert not app.query_one(SelectionBar).display
        [saved] = stored(article)
        assert saved.exact == "Harbour council approves new sea"
        assert saved.tags == ("opinion",)
        assert app.query_one(ArticleView).has_focus


async def test_selecting_exactly_a_figure_annotates_the_figure(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "f")
        assert TEXT[slice(*app.query_one(SelectionBar).span)] == "4.2 million pounds"
        await pilot.press("2")
        [figure] = stored(article)
        assert (figure.kind, figure.tags) == (TargetKind.FIGURE, ("disputed",))
        # The tag ended the selection (q there would quit): v selects again.
        await pilot.press("v", "q")
        assert TEXT[slice(*app.query_one(SelectionBar).span)] == (
            '"will not survive another winter"'
        )
        await pilot.press("5")
        quote = next(a for a in stored(article) if a.kind is TargetKind.QUOTE)
        assert quote.claimant == "Ann Holt"
        await pilot.press("v", "c", "c", "h")  # the second claim, marked not a claim
        assert len(app.query_one(ClaimsPanel).shown_claims) == 2


async def test_library_opens_this_article_at_an_annotation(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "5", "escape")
        await pilot.press("G", "L")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press(*"300 homes", "enter")
        assert not isinstance(app.screen, LibraryScreen)
        await pilot.press("1")  # the opened annotation is the target now
        [saved] = stored(article)
        assert saved.exact == "300 homes flooded last year"
        assert saved.tags == ("needs-source", "verified")


async def test_library_opens_another_article(
    article: Article, fake_analyzer: Analyzer, tmp_path: Path
) -> None:
    other_path = tmp_path / "ferry.txt"
    other_path.write_text("Ferry times change\n\nThe ferry will leave at dawn from May.\n")
    other = Article(text=other_path.read_text(), title="Ferry times change", source=str(other_path))
    with AnnotationStore.open() as store:
        store.tag(other, other.text.index("The ferry"), len(other.text) - 1, "disputed")
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.pause()
        await pilot.press(*"ferry", "enter")
        await analysed(pilot)
        await analysed(pilot)
        assert app.article.title == "Ferry times change"
        assert "The ferry will leave" in screen_text(app)
        await pilot.press("2")  # toggles the tag of the annotation it opened at
        assert stored(other) == []


@pytest.mark.parametrize("other_tagged", [False, True])
async def test_library_lists_and_filters(
    article: Article, fake_analyzer: Analyzer, other_tagged: bool
) -> None:
    if other_tagged:  # an article annotated before this one: the Library lists it after it
        ferry = Article(text="Ferry times change\n\nThe ferry will leave at dawn.\n")
        with AnnotationStore.open() as store:
            store.tag(ferry, ferry.text.index("The ferry"), len(ferry.text) - 1, "disputed")
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "right_square_bracket", "3", "L")
        listing = app.screen.query_one(OptionList)
        # This article, then its two annotations, the cursor on the first; then the other's.
        assert listing.option_count == (5 if other_tagged else 3)
        assert listing.highlighted == 1
        assert "ferry" not in str(listing.get_option_at_index(1).prompt)
        await pilot.press("down")
        assert listing.highlighted == 2
        assert "[false]" in str(listing.get_option_at_index(2).prompt)
        app.screen.query_one(Input).value = "false"
        await pilot.pause()
        assert listing.option_count == 2
        await pilot.press("escape")
        assert not isinstance(app.screen, LibraryScreen)


async def test_export_on_its_key(
    article: Article, fake_analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "3", "ctrl+o")  # as in the Library
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")  # jsonl comes first
        [written] = tmp_path.glob("*.jsonl")
        assert written.name.startswith("harbour-council-approves-new-sea-wall-")
        assert '"false"' in written.read_text()
        assert f"exported to {written.name}" in notices(app)


async def test_a_store_that_cannot_be_written_leaves_the_app_usable(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # A directory where the database file belongs: it can be neither created nor written.
    (data_dir() / "annotations.sqlite3").mkdir(parents=True)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert any("cannot be saved" in m or "read-only" in m for m in notices(app))
        assert "read-only" in str(app.query_one(Legend).render())
        await pilot.press("right_square_bracket", "1")
        assert any(m.startswith("annotations are read-only: cannot write") for m in notices(app))
        assert "[verified]" not in claim_rows(app)[0]
        await pilot.press("right_square_bracket")  # reading goes on
        assert app.query_one("#claims", OptionList).highlighted == 1


async def test_palette_has_every_annotation_command(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        for title in (
            "Export annotations…",
            "Tag verified",
            "Tag…",
            "Note",
            "Remove a tag",
            "Not a claim (hide it)",
            "Undo",
            "Redo",
            "Select text",
            "Library",
            "Show a hidden claim",
        ):
            assert title in commands
        await pilot.press("right_square_bracket")
        commands["Tag verified"].callback()
        await pilot.pause()
        assert [a.tags for a in stored(article)] == [("verified",)]


async def test_a_hidden_claim_can_be_shown_again(article: Article, fake_analyzer: Analyzer) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "h")
        assert len(app.query_one(ClaimsPanel).shown_claims) == 2
        app.action_restore_claim()
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")
        assert len(app.query_one(ClaimsPanel).shown_claims) == 3
        assert stored(article) == []


async def test_x_on_a_hidden_claim_opened_from_the_library_shows_it_again(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "h", "L")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")  # the Library lists it [not-a-claim]: it opens marked
        await pilot.pause()
        await pilot.press("x")
        assert not any("no tag here" in m for m in notices(app))
        assert len(app.query_one(ClaimsPanel).shown_claims) == 3
        assert stored(article) == []


async def test_the_selection_bar_names_the_keys_as_config_rebinds_them(
    article: Article, fake_analyzer: Analyzer
) -> None:
    config = Config(keys={"selection-quote": "u", "select-word": "ctrl+w"})
    app = NewslensApp(article, analyzer=fake_analyzer, config=config)
    async with app.run_test(size=(160, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("v")
        hint = str(app.query_one(SelectionBar).render())
        assert "ctrl+w/b ±word" in hint and "c/u/f claim/quote/figure" in hint, hint


async def test_messages_name_the_keys_as_config_rebinds_them(
    article: Article, fake_analyzer: Analyzer
) -> None:
    config = Config(keys={"next-claim": "ctrl+n", "previous-claim": "P", "undo": "z"})
    app = NewslensApp(article, analyzer=fake_analyzer, config=config)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("1")
        assert "(ctrl+n or P)" in notices(app)[-1], notices(app)
        await pilot.press("ctrl+n", "h")
        assert "(z undoes)" in notices(app)[-1], notices(app)


async def test_a_figure_tagged_in_the_figures_tab_shows_its_tag_there(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "right", "right", "j", "enter", "2")
        [saved] = stored(article)
        assert saved.kind is TargetKind.FIGURE and saved.tags == ("disputed",)
        figures = app.query_one("#figures", OptionList)
        prompts = [str(figures.get_option_at_index(i).prompt) for i in range(figures.option_count)]
        tagged = [p for p in prompts if "[disputed]" in p]
        assert len(tagged) == 1 and saved.exact in tagged[0], prompts
        await pilot.press("u")
        assert not any(
            "[disputed]" in str(figures.get_option_at_index(i).prompt)
            for i in range(figures.option_count)
        )


async def test_tags_and_keys_come_from_the_config(
    article: Article, fake_analyzer: Analyzer
) -> None:
    config = Config(
        tags=[
            {"key": "1", "name": "checked", "colour": "#00aa00"},
            {"name": "odd", "colour": "red"},
        ],
        keys={"quick-tag-1": "y", "undo": "z"},
    )
    app = NewslensApp(article, analyzer=fake_analyzer, config=config)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "y")
        assert [a.tags for a in stored(article)] == [("checked",)]
        await pilot.press("2")
        assert any("no tag on 2" in m for m in notices(app))
        await pilot.press("z")
        assert stored(article) == []


async def test_the_tag_picker_shows_only_keys_that_tag(
    article: Article, fake_analyzer: Analyzer
) -> None:
    config = Config(
        tags=[
            {"key": "1", "name": "checked", "colour": "#00aa00"},
            {"key": "2", "name": "moved", "colour": "blue"},
            {"name": "odd", "colour": "red"},
        ],
        keys={"quick-tag-2": "y"},
    )
    app = NewslensApp(article, analyzer=fake_analyzer, config=config)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t")
        options = app.screen.query_one(OptionList)
        rows = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert rows == ["● checked  1", "● moved  y", "● odd"]


async def test_a_corrupt_store_is_moved_aside_and_tagging_works(
    article: Article, fake_analyzer: Analyzer
) -> None:
    path = data_dir() / "annotations.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert any("moved" in m for m in notices(app))
        await pilot.press("right_square_bracket", "1")
        assert [a.tags for a in stored(article)] == [("verified",)]
    assert [p.name for p in path.parent.glob("annotations.sqlite3.corrupt-*")]


async def test_help_lists_the_annotation_and_selection_keys(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        rows = {(keys, what) for keys, what, _, _ in app.key_rows()}
        assert not any(what.startswith("Quick tag") for _, what in rows)  # 7-9 have no tag
        for row in (
            ("1", "Tag verified"),
            ("6", "Tag opinion"),
            ("t", "Tag…"),
            ("u", "Undo"),
            ("ctrl+r, U", "Redo"),
            ("v", "Select text"),
            ("w", "Select one more word"),
            ("enter", "Annotate the selection"),
        ):
            assert row in rows


async def test_selection_keys_have_names_in_help_and_can_be_rebound(
    article: Article, fake_analyzer: Analyzer
) -> None:
    keys = {"select-word-before": "a", "unselect-word-before": "z", "select-word": "n"}
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(keys=keys))
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert not any("unknown binding" in m for m in notices(app))
        rows = {what: (keys, binding_id) for keys, what, _, binding_id in app.key_rows()}
        assert rows["Select one more word before"] == ("a", "select-word-before")
        assert rows["Select one word less at the start"] == ("z", "unselect-word-before")
        assert rows["Select one more word"] == ("n", "select-word")
        await pilot.press("v")  # the title, the first sentence on screen
        bar = app.query_one(SelectionBar)
        await pilot.press("z", "z")
        assert TEXT[slice(*bar.span)] == "approves new sea wall"
        await pilot.press("a")
        assert TEXT[slice(*bar.span)] == "council approves new sea wall"


@pytest.mark.parametrize("fmt", ["jsonl", "w3c", "claimreview", "csv", "brat", "html", "markdown"])
async def test_export_writes_every_format(
    article: Article,
    fake_analyzer: Analyzer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "3")
        app._export(fmt)
        written = sorted(p.name for p in tmp_path.iterdir() if p.name != "annotation.conf")
        assert (tmp_path / "annotation.conf").exists() == (fmt == "brat")
        expected = {
            "jsonl": [".jsonl"],
            "w3c": [".w3c.jsonld"],
            "claimreview": [".claimreview.jsonld"],
            "csv": [".csv"],
            "brat": [".ann", ".txt"],
            "html": [".html"],
            "markdown": [".md"],
        }[fmt]
        assert [name.split("-")[-1][8:] for name in written] == expected
        assert all("will not survive" in (tmp_path / name).read_text() for name in written)


@pytest.mark.parametrize("fmt", ["csv", "brat"])
async def test_exporting_again_never_overwrites_an_earlier_export(
    article: Article,
    fake_analyzer: Analyzer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "3")
        app._export(fmt)
        [first] = sorted(p for p in tmp_path.iterdir() if p.name != "annotation.conf")[:1]
        first.write_text("my edits")
        app._export(fmt)
        names = sorted(p.name for p in tmp_path.iterdir() if p.name != "annotation.conf")
        assert len(names) == (4 if fmt == "brat" else 2)
        assert first.read_text() == "my edits"
        newer = [n for n in names if n.rsplit(".", 1)[0].endswith("-2")]
        assert len(newer) == len(names) // 2
        await pilot.pause()
        # brat's pair is named once, by the name its .ann and .txt share
        assert any(newer[0].rsplit(".", 1)[0] in m for m in notices(app))


async def test_export_with_nothing_to_export_says_so(
    article: Article, fake_analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        app._export("csv")
        await pilot.pause()
        assert list(tmp_path.iterdir()) == []
        assert any("nothing to export" in m for m in notices(app))


async def test_a_tag_that_looks_like_markup_is_shown_as_typed_when_undone(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t", *"[/x]", "enter")
        assert [a.tags for a in stored(article)] == [("[/x]",)]
        await pilot.press("u")
        assert stored(article) == []
        # Drawn as markup, "[/x]" would stop the app: every toast is plain text.
        [undone] = [n for n in app._notifications if "undone" in n.message]
        assert (undone.message, undone.markup) == (
            'undone: tag [/x] taken off · “the old wall "will not survive another…”',
            False,
        )
        assert not any(n.markup for n in app._notifications)


FERRY_URL = "http://news.example/ferry"


@pytest.fixture
def ferry_page() -> Article:
    """A web page tagged once, so that the Library lists it."""
    page = Article(text="Ferry times change\n\nThe ferry will leave at dawn.\n", source=FERRY_URL)
    with AnnotationStore.open() as store:
        store.tag(page, page.text.index("The ferry"), len(page.text) - 1, "disputed")
    return page


async def test_library_shows_a_slow_page_being_fetched(
    article: Article,
    fake_analyzer: Analyzer,
    monkeypatch: pytest.MonkeyPatch,
    ferry_page: Article,
) -> None:
    url, page = FERRY_URL, ferry_page
    arrived = threading.Event()

    def slow_fetch(source: str, options: object, warn: object) -> Article:
        arrived.wait(10)
        return page

    monkeypatch.setattr("newslens.tui.annotating.from_library.load_article", slow_fetch)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.press(*"ferry", "enter")
        for _ in range(20):
            await pilot.pause()
            if f"Fetching {url}" in screen_text(app):
                break
        assert f"Fetching {url}" in screen_text(app)
        assert "fetching…" in str(app.query_one(Legend).render())
        await pilot.press("v", "1", "escape")  # nothing to tag in the stand-in
        assert "the article is still being fetched" in notices(app)
        arrived.set()
        await analysed(pilot)
        await analysed(pilot)
        assert "The ferry will leave" in screen_text(app)
        assert [a.tags for a in stored(page)] == [("disputed",)]


async def test_a_page_from_the_library_that_comes_at_once_is_shown(
    article: Article,
    fake_analyzer: Analyzer,
    monkeypatch: pytest.MonkeyPatch,
    ferry_page: Article,
) -> None:
    page = ferry_page
    monkeypatch.setattr(
        "newslens.tui.annotating.from_library.load_article", lambda source, options, warn: page
    )
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.press(*"ferry", "enter")
        # the Library, the stand-in's fetch, then the page's analysis: on a loaded machine each
        # may take more than one round
        for _ in range(20):
            await analysed(pilot)
            if app.article is page and "The ferry will leave" in screen_text(app):
                break
        assert app.article is page and "The ferry will leave" in screen_text(app)
        assert app.status != "fetching…"  # the page is in: it is analysed, not fetched


async def test_a_page_from_the_library_that_cannot_be_had_gives_back_the_article_left(
    article: Article,
    fake_analyzer: Analyzer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    ferry_page: Article,
) -> None:
    url = ferry_page.source
    # Known only from an import: the store holds its annotations but not its text.
    exported = tmp_path / "all.jsonl"
    assert main(["export", "--all", "--format", "jsonl", "-o", str(exported)]) == 0
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "imported"))
    assert main(["import", str(exported)]) == 0

    def unreachable(source: str, options: object, warn: object) -> Article:
        raise NewslensError(f"{source}: could not connect")

    monkeypatch.setattr("newslens.tui.annotating.from_library.load_article", unreachable)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.press(*"ferry", "enter")
        for _ in range(40):
            await pilot.pause()
            if TEXT[:30] in screen_text(app):
                break
        assert any(n.startswith("cannot open it: ") for n in notices(app))
        assert f"Fetching {url}" not in screen_text(app)
        assert app.article.text == TEXT
        await analysed(pilot)
        await pilot.press("]", "1")
        assert stored(article)  # the article given back takes tags again


@pytest.mark.parametrize("outcome", ["done", "failed"])
async def test_the_first_articles_late_analysis_does_not_reach_the_one_opened_from_the_library(
    article: Article, tmp_path: Path, outcome: str
) -> None:
    other_path = tmp_path / "ferry.txt"
    other_path.write_text("Ferry times change\n\nThe ferry will leave at dawn from May.\n")
    other = Article(text=other_path.read_text(), title="Ferry times change", source=str(other_path))
    with AnnotationStore.open() as store:
        store.tag(other, other.text.index("The ferry"), len(other.text) - 1, "disputed")
    first_done = threading.Event()
    other_analysed = threading.Event()

    def analyzer(given: Article) -> Analysis:
        if given.text == TEXT:
            first_done.wait(10)
            if outcome == "failed":  # as the first article's stopped process reports
                raise NewslensError("the analysis process ended without a result")
            return make_analysis(TEXT)
        other_analysed.set()
        return Analysis(fingerprint=given.fingerprint, model_name="fake")

    app = make_app(article, analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        while app.store is None:  # the library needs the store; the analysis is still running
            await pilot.pause(0.05)
        await pilot.press("L")
        await pilot.press(*"ferry", "enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if other_analysed.is_set() and app.analysis is not None:
                break
        first_done.set()
        await analysed(pilot)
        assert app.article.title == "Ferry times change"
        assert app.analysis is not None and app.analysis.fingerprint == other.fingerprint
        assert not app.query_one(ClaimsPanel).shown_claims
        # Opened at the passage annotated, the one row of its Claims tab, marked.
        assert "passage 1 of 1 · 0 speakers" in str(app.query_one(Legend).render())
        assert not any("ended without a result" in notice for notice in notices(app))


async def test_a_change_from_another_window_while_the_reader_closes_is_no_crash(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        claim = app.panel.shown_claims[0]
        # Closing takes the article view down first; the once-a-second look for other
        # windows' changes may come after it.
        await app.query_one(ArticleView).remove()
        with AnnotationStore.open() as other:
            other.tag(article, claim.start, claim.end, "disputed", kind=TargetKind.CLAIM)
        await pilot.pause(1.3)
    assert app.return_code in (None, 0)
