"""The tag picker marks (✓) the tags the claim already has, so choosing one is not a guess;
filtering and typing a new tag work as before."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.tag_dialogs import TagPicker

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def picker_rows(app: NewslensApp) -> dict[str, str]:
    """Each option's id (the tag name) and the row as drawn."""
    options = app.screen.query_one("#tag-options", OptionList)
    return {
        str(option.id): str(option.prompt)
        for option in (options.get_option_at_index(i) for i in range(options.option_count))
    }


async def test_the_tags_a_claim_has_are_checked_in_the_picker(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "2", "t", *"needs check", "enter")
        await pilot.press("t")
        assert isinstance(app.screen, TagPicker)
        rows = picker_rows(app)
        checked = {name for name, row in rows.items() if "✓" in row}
        assert checked == {"disputed", "needs check"}
        await pilot.press(*"dis")
        assert next(iter(picker_rows(app))) == "disputed"  # then "+ new tag “dis”"
        await pilot.press("backspace", "backspace", "backspace", *"fresh", "enter")
        with AnnotationStore.open() as store:
            [annotation] = store.annotations(article.fingerprint)
        assert annotation.tags == ("disputed", "needs check", "fresh")


async def test_another_claim_has_nothing_checked(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "2", "right_square_bracket", "t")
        assert not any("✓" in row for row in picker_rows(app).values())
