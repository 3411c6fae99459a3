"""The reader and its Library say why an annotation lost its place when the text changed.

A passage still there with another number ("3.9 million" now "4.2 million") and a
paragraph deleted were both "not found in the current text": a fact-checker could not
tell the claim to check again from the one that is gone.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.library import LibraryScreen

from .conftest import TEXT
from .helpers import analysed

Analyzer = Callable[[Article], Analysis]

CHANGED = "The council voted on Tuesday to spend 3.9 million pounds on a new sea wall."
GONE = "Critics said the wall would last only 20 years."
# The version the claims were tagged in: another sum, and a paragraph since deleted.
OLD = TEXT.replace(
    "The council voted on Tuesday to spend 4.2 million pounds on a new sea wall.", CHANGED
).replace("Engineer Raj Patel", f"{GONE}\n\nEngineer Raj Patel")


def _tag_the_old_version(article: Article) -> None:
    old = Article(text=OLD, title=article.title, source=article.source)
    with AnnotationStore.open() as store:
        for claim, tag in ((CHANGED, "false"), (GONE, "disputed")):
            start = OLD.index(claim)
            store.tag(old, start, start + len(claim), tag, kind=TargetKind.CLAIM)


def _notes(app: NewslensApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _rows(app: NewslensApp) -> list[str]:
    listing = app.screen.query_one(OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_the_library_says_which_orphan_changed_its_numbers(
    article: Article, fake_analyzer: Analyzer
) -> None:
    _tag_the_old_version(article)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert any(
            "2 annotations could not be placed in this text: "
            "1 whose numbers changed, 1 no longer found" in note
            for note in _notes(app)
        )
        await pilot.press("L")
        assert isinstance(app.screen, LibraryScreen)
        changed = next(row for row in _rows(app) if "3.9 million" in row)
        assert "orphan: its numbers changed (3.9 → 4.2)" in changed
        assert "it now reads “The council voted on Tuesday to spend 4.2 million" in changed
        gone = next(row for row in _rows(app) if "20 years" in row)
        assert "orphan: not found in the current text" in gone
        assert "numbers changed" not in gone and "now reads" not in gone


async def test_choosing_an_orphan_in_the_library_says_why_it_is_one(
    article: Article, fake_analyzer: Analyzer
) -> None:
    _tag_the_old_version(article)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("L", *"3.9 million", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, LibraryScreen)
        assert "that annotation is an orphan: its numbers changed (3.9 → 4.2)" in _notes(app)
        await pilot.press("L", *"20 years", "enter")
        await pilot.pause()
        assert "that annotation is an orphan: not found in the current text" in _notes(app)
