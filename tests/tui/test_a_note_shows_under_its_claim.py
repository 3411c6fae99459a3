"""A note written on a claim shows its first words under the claim in the panel, so the
reader sees what it says without opening the Library or the editor."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, pasted

Analyzer = Callable[[Article], Analysis]


def _first_claim_row(app: NewslensApp) -> str:
    return str(app.query_one("#claims", OptionList).get_option_at_index(0).prompt)


async def test_the_notes_first_words_follow_the_claims_tags(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "e")
        await pilot.press(*"Ask the harbour", "enter", *"engineer", "ctrl+s")
        await pilot.pause()
        assert _first_claim_row(app).endswith("[verified] [note] Ask the harbour engineer ")


async def test_a_long_note_is_cut_at_a_word(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "e")
        await pasted(pilot, "Ring the council press office about the survey " * 3)
        await pilot.press("ctrl+s")
        await pilot.pause()
        row = _first_claim_row(app)
        assert "[note] Ring the council press office about the survey Ring the…" in row
