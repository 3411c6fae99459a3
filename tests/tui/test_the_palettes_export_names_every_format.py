"""The command palette's "Export annotations…" names every format the export list offers:
Markdown, added later, was left out of its help."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newslens.analysis.model import Analysis
from newslens.annotations.exports import FORMATS
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, screen_text, settled

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


async def test_a_format_typed_in_the_palette_finds_the_export_in_it(
    article: Article, fake_analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fact-checker wanting a spreadsheet types "csv", not "export".
    monkeypatch.chdir(tmp_path)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "ctrl+p", *"csv")
        palette = app.screen
        await settled(pilot, lambda: "Export annotations as csv" in screen_text(app))
        await pilot.press("enter")
        await settled(pilot, lambda: app.screen is not palette and any(tmp_path.iterdir()))
        [written] = tmp_path.iterdir()
        assert written.suffix == ".csv"
        assert "verified" in written.read_text(encoding="utf-8-sig")
