"""Under a claim the panel lists its tags ("[verified]") and its note's first words ("[note]
verified"). A note whose words are a tag's name is still a note: when another window swaps that
note for the tag, the panel shows the tag, not the note it no longer has."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, settled

Analyzer = Callable[[Article], Analysis]
FIRST_CLAIM = 'the old wall "will not survive another winter"'


def first_row(app: NewslensApp) -> str:
    return str(app.query_one("#claims", OptionList).get_option_at_index(0).prompt)


async def test_a_note_swapped_for_a_tag_of_its_words_elsewhere_shows_the_tag(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e", *"verified", "ctrl+s")
        await settled(pilot, lambda: "[note] verified" in first_row(app))
        assert "[note] verified" in first_row(app)
        start = article.text.index(FIRST_CLAIM)
        end = start + len(FIRST_CLAIM)
        with AnnotationStore.open() as other_window:
            other_window.set_note(article, start, end, "", kind=TargetKind.CLAIM)
            other_window.tag(article, start, end, "verified", kind=TargetKind.CLAIM)
        await settled(pilot, lambda: "[note]" not in first_row(app))
        assert "[verified]" in first_row(app)
        assert "[note]" not in first_row(app)
