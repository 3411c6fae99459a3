"""An export goes to the current directory, where the reader was started: its confirmation
names the file alone. With the directory's whole path in front, it took three lines of a
60-column terminal, over the header and the text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, notices

Analyzer = Callable[[Article], Analysis]


async def test_the_confirmation_names_the_file_written_in_the_current_directory(
    article: Article, fake_analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        app._export("markdown")
        await pilot.pause()
        [written] = tmp_path.iterdir()
        assert notices(app)[-1] == f"exported to {written.name}"
