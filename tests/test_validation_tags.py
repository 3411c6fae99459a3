"""A tag colour from config.toml draws both in the reader and in the HTML export.

The README promises "#rgb, #rrggbb or a colour name"; the reader draws with Rich, which reads
neither #rgb nor most CSS names, and the export writes CSS, which reads no Rich names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.article import Article
from newslens.config import config_path
from newslens.tui.app import NewslensApp
from newslens.tui.tag_dialogs import TagPicker
from tests.tui.conftest import TEXT, make_analysis
from tests.tui.helpers import analysed


@pytest.mark.parametrize(
    ("written", "drawn"),
    [
        ("darkgreen", "#006400"),  # a CSS name
        ("DarkGreen", "#006400"),  # CSS names know no case
        ("#0a0", "#00aa00"),  # #rgb
        ("dark_green", "#005f00"),  # a Rich (xterm) name
    ],
)
async def test_a_configured_tag_colour_works_in_the_picker_and_the_html_export(
    written: str, drawn: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_path().write_text(
        f'[[tags]]\nkey = "1"\nname = "verified"\ncolour = "{written}"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    article = Article(text=TEXT, title="Harbour council approves new sea wall")
    app = NewslensApp(article, analyzer=lambda a: make_analysis(a.text))
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t")
        assert isinstance(app.screen, TagPicker)
        await pilot.press("enter")
        assert not isinstance(app.screen, TagPicker)
        app._export("html")
    [html] = tmp_path.glob("*.html")
    assert f'style="background: {drawn}">verified</span>' in html.read_text(encoding="utf-8")
