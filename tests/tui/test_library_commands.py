"""The Library on top of the reader: the reader's commands wait until it closes.

The palette (ctrl+p) and the app's keys once reached the reader hidden under the Library:
"Next claim" or "Tag verified" changed a claim the user could not see. "Export annotations…"
there exports what the Library lists (all of it, as `newslens export --all`, or the filter's
match), and the Library says where the file went.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Label, OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.library import LibraryScreen

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def _titles(app: NewslensApp) -> set[str]:
    return {command.title for command in app.get_system_commands(app.screen)}


def _claim(app: NewslensApp) -> int | None:
    return app.query_one("#claims", OptionList).highlighted


async def test_the_palette_under_the_library_offers_no_reader_commands(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert {"Next claim", "Tag verified", "Export annotations…"} <= _titles(app)
        await pilot.press("L")
        assert isinstance(app.screen, LibraryScreen)
        titles = _titles(app)
        assert not titles & {"Next claim", "Tag verified", "Library"}
        assert {"Quit", "Theme"} <= titles
        # Export is the Library's own there: what it lists, not the article beneath.
        [export] = [c for c in app.get_system_commands(app.screen) if "Export" in c.title]
        assert export.help.startswith("writes the annotations listed")
        await pilot.press("escape")
        assert {"Next claim", "Tag verified", "Export annotations…"} <= _titles(app)


async def test_next_claim_typed_in_the_palette_over_the_library_moves_nothing(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket")
        before = _claim(app)
        await pilot.press("L", "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"next claim")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape", "escape")  # the palette if still open, then the Library
        await pilot.pause()
        assert not isinstance(app.screen, LibraryScreen | CommandPalette)
        assert _claim(app) == before


async def test_reader_keys_in_the_librarys_list_do_not_tag_the_hidden_claim(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "L")
        app.screen.query_one(OptionList).focus()
        await pilot.press("1", "right_square_bracket")
        await pilot.press("escape")
        await pilot.pause()
        with AnnotationStore.open() as store:
            assert store.annotations(article.fingerprint) == []
        assert _claim(app) == 0
        await pilot.press("1")  # back in the reader, the same key tags the claim marked
        with AnnotationStore.open() as store:
            assert [a.tags for a in store.annotations(article.fingerprint)] == [("verified",)]


@pytest.mark.parametrize(("typed", "exported"), [("", 3), ("verified", 2)])
async def test_export_in_the_library_writes_what_it_lists(
    article: Article,
    fake_analyzer: Analyzer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    exported: int,
) -> None:
    monkeypatch.chdir(tmp_path)
    other = Article(text="Ferries\n\nThe ferry carried 300 people.\n", title="Ferries")
    with AnnotationStore.open() as store:
        store.tag(other, 9, 38, "verified")
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "right_square_bracket", "2", "L", *typed)
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        hint = str(library.query_one("#library-hint", Label).render())
        assert "ctrl+o export" in hint
        await pilot.press("ctrl+o")  # the Library's own key, as in its palette
        await pilot.pause()
        await pilot.press("1")  # jsonl
        await pilot.pause()
        [written] = tmp_path.iterdir()
        assert written.name == "newslens-annotations.jsonl"
        records = [json.loads(line) for line in written.read_text().splitlines()]
        assert len(records) == exported
        hint = str(library.query_one("#library-hint", Label).render())
        assert hint == "exported to newslens-annotations.jsonl"


async def test_the_librarys_export_key_is_the_one_config_toml_gives_it(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(
        article, analyzer=fake_analyzer, config=Config(keys={"library-export": "ctrl+b"})
    )
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        hint = str(library.query_one("#library-hint", Label).render())
        assert "ctrl+b export" in hint and "ctrl+o" not in hint
        await pilot.press("ctrl+b")
        await pilot.pause()
        hint = str(library.query_one("#library-hint", Label).render())
        assert hint == "nothing to export: no annotations listed"
