"""An orphan whose figure changed deep in a long sentence: the Library's "it now reads" shows
the passage around the new figure, not the sentence's start cut off before it."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .conftest import TEXT
from .helpers import analysed

Analyzer = Callable[[Article], Analysis]

LONG = (
    "For the third winter running, and despite repeated promises from the county's transport "
    "committee, the night ferry carried only {} passengers between its two piers last month."
)


async def test_the_library_shows_the_new_figure_of_a_long_passage(
    article: Article, fake_analyzer: Analyzer
) -> None:
    new_text = TEXT + "\n" + LONG.format("1,450") + "\n"
    old_text = TEXT + "\n" + LONG.format("1,380") + "\n"
    old = Article(text=old_text, title=article.title, source=article.source)
    with AnnotationStore.open() as store:
        start = old_text.index("For the third winter")
        store.tag(old, start, start + len(LONG.format("1,380")), "false", kind=TargetKind.CLAIM)
    edited = Article(text=new_text, title=article.title, source=article.source)
    app = NewslensApp(edited, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        listing = app.screen.query_one(OptionList)
        rows = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        row = next(row for row in rows if "1,380" in row)
        assert "orphan: its numbers changed (1,380 → 1,450)" in row
        now_reads = next(line for line in row.splitlines() if "it now reads" in line)
        assert "only 1,450 passengers" in now_reads
        assert len(now_reads.split("it now reads ", 1)[1]) <= 72  # the quote marks and 70
