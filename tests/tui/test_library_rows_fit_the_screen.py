"""The Library cuts a long row at the screen's edge ("…") rather than wrapping its end onto a
line of its own at the left margin, where it read as another row; the article's path or URL
has a line of its own, so a long title never cuts it off. A filter that leaves no row says so,
and how many there are in all, where "0 annotations in 0 articles" read as if none were saved."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Label, OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.library import empty_library_row, library_title

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]

CLAIM = "The council voted on Tuesday to spend 4.2 million pounds on a new sea wall"


async def test_a_row_with_many_tags_and_a_long_title_keeps_to_its_lines(
    article: Article, fake_analyzer: Analyzer
) -> None:
    titled = Article(
        text=article.text,
        title="Harbour council approves a new sea wall after a decade of winter storms " * 2,
        source="/home/checker/stories/2024/harbour-council-sea-wall.txt",
    )
    start = titled.text.index(CLAIM)
    with AnnotationStore.open() as store:
        for tag in ("needs-source", "check-with-engineer", "misleading"):
            store.tag(titled, start, start + len(CLAIM), tag, kind=TargetKind.CLAIM)
    app = NewslensApp(titled, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        await pilot.pause()
        title = app.screen.query_one("#library-title", Label)
        assert str(title.render()) == "Library · 1 annotation in 1 article"
        listing = app.screen.query_one(OptionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert listing.virtual_size.height == sum(len(p.splitlines()) for p in prompts)
        assert any(
            line.strip() == "/home/checker/stories/2024/harbour-council-sea-wall.txt"
            for prompt in prompts
            for line in prompt.splitlines()
        )
        await pilot.press(*"zzqx")
        await pilot.pause()
        assert str(title.render()) == "Library · no match among 1 annotation in 1 article"


@pytest.mark.parametrize(
    ("found", "in_all", "filtered", "title"),
    [
        ((2, 1), (9, 4), True, "Library · 2 annotations in 1 article"),
        (
            (0, 0),
            (9, 4),
            True,
            "Library · no match among 9 annotations in 4 articles",
        ),
        ((0, 0), (0, 0), True, "Library · no match: no annotations yet"),
        ((0, 0), (0, 0), False, "Library · 0 annotations in 0 articles"),
    ],
)
def test_the_librarys_title_says_what_the_filter_left(
    found: tuple[int, int], in_all: tuple[int, int], filtered: bool, title: str
) -> None:
    assert library_title(*found, in_all, filtered) == title


# The empty Library tells how to tag with the keys that tag now, config.toml [keys]'s.
@pytest.mark.parametrize(
    ("query", "keys", "row"),
    [
        ("", list("123456"), "no annotations yet: tag a claim with 1-6"),
        ("", ["y", "2", "3"], "no annotations yet: tag a claim with y/2/3"),
        ("", [], "no annotations yet: tag a claim with t"),
        ("wall", list("123456"), "no annotations match"),
    ],
)
def test_an_empty_library_names_the_keys_that_tag(query: str, keys: list[str], row: str) -> None:
    assert empty_library_row(query, keys, "t") == row
