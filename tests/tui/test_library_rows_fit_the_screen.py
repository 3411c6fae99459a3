"""The Library cuts a long row at the screen's edge ("…") rather than wrapping its end onto a
line of its own at the left margin, where it read as another row; the article's path or URL
has a line of its own, so a long title never cuts it off."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

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
        listing = app.screen.query_one(OptionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert listing.virtual_size.height == sum(len(p.splitlines()) for p in prompts)
        assert any(
            line.strip() == "/home/checker/stories/2024/harbour-council-sea-wall.txt"
            for prompt in prompts
            for line in prompt.splitlines()
        )
