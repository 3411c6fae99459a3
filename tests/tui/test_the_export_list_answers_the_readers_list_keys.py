"""The export list takes the keys the panel's lists take (j/k, g/G, space/b…): G and enter
export in its last format, Markdown. G did nothing there, and enter wrote JSON Lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newslens.analysis.model import Analysis
from newslens.annotations.exports import FORMATS
from newslens.article import Article
from newslens.config import Config
from newslens.tui.annotating.exporting import export_path
from newslens.tui.app import NewslensApp

from .helpers import analysed, settled

Analyzer = Callable[[Article], Analysis]


@pytest.mark.parametrize(("keys", "fmt"), [(("G",), FORMATS[-1]), (("j", "j"), FORMATS[2])])
async def test_list_keys_choose_the_export_format(
    article: Article,
    fake_analyzer: Analyzer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    keys: tuple[str, ...],
    fmt: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    expected = export_path(article, fmt, tmp_path).name
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        app.action_export_annotations()
        await settled(pilot, lambda: len(app.screen_stack) > 1)
        await pilot.press(*keys, "enter")
        await settled(pilot, lambda: any(tmp_path.iterdir()))
        assert [path.name for path in tmp_path.iterdir()] == [expected]
