"""Each row of the export list names its format once, then says what the file is for:
"csv: a spreadsheet row per annotation", not "csv: CSV: a spreadsheet row per annotation"."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.exports import FORMATS
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.tag_dialogs import ChoiceDialog

from .helpers import analysed, settled

Analyzer = Callable[[Article], Analysis]


async def test_no_row_of_the_export_list_says_its_format_twice(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        app.action_export_annotations()
        await settled(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        listing = app.screen.query_one(OptionList)
        rows = [
            str(listing.get_option_at_index(i).prompt).split("  ", 1)[1]  # after its digit
            for i in range(listing.option_count)
        ]
        assert [row.split(": ", 1)[0] for row in rows] == list(FORMATS)
        for fmt, row in zip(FORMATS, rows, strict=True):
            what = row.split(": ", 1)[1]
            assert ": " not in what and what.split()[0].casefold() != fmt, row
