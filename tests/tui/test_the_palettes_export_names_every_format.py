"""The command palette's "Export annotations…" names every format the export list offers:
Markdown, added later, was left out of its help."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.annotations.exports import FORMATS
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


async def test_export_in_the_palette_names_every_format(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        [export] = [
            command
            for command in app.get_system_commands(app.screen)
            if command.title == "Export annotations…"
        ]
        assert "markdown" in FORMATS
        for name in FORMATS:
            assert name in export.help
