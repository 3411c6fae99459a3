"""The export list numbers its formats, and a digit exports in that format at once, as a tag's
digit chooses it in the tag picker. Typing a format's name, as in the palette that opened the
list, moved the cursor with j, w or b, and enter then wrote another format than the one typed.
The same goes for the list of hidden claims; a digit past the end of a list does nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Label, OptionList

from newslens.analysis.model import Analysis
from newslens.annotations.exports import FORMATS
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.claims_panel import ClaimsPanel
from newslens.tui.tag_dialogs import ChoiceDialog

from .helpers import analysed, settled, stored

Analyzer = Callable[[Article], Analysis]


async def test_4_exports_csv_the_fourth_format(
    article: Article, fake_analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "2")
        app.action_export_annotations()
        await settled(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        hint = str(app.screen.query_one(".nl-hint", Label).render())
        assert hint.startswith(f"1-{len(FORMATS)} or enter choose")
        await pilot.press("4")
        await settled(pilot, lambda: any(tmp_path.iterdir()))
        assert FORMATS[3] == "csv"
        assert [path.suffix for path in tmp_path.iterdir()] == [".csv"]


async def test_each_formats_digit_comes_first_and_its_label_hangs_under_its_text_at_60_columns(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # After the label, a long one's digit ended its wrapped line: "html: … for a browser"
    # left its 6 alone on the next. A wrapped label went on under the digit.
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(60, 24)) as pilot:
        await analysed(pilot)
        app.action_export_annotations()
        await settled(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        listing = app.screen.query_one(OptionList)
        lines = [listing.render_line(y).text.strip() for y in range(listing.size.height)]
        for digit, fmt in enumerate(FORMATS, 1):
            assert any(line.startswith(f"{digit}  {fmt}: ") for line in lines), (fmt, lines)
        assert not any(line.isdigit() for line in lines), lines
        rows = [listing.render_line(y).text.rstrip() for y in range(listing.size.height)]
        first = next(row for row in rows if row.strip().startswith("1  "))
        text_at = len(first) - len(first.lstrip()) + len("1  ")
        goes_on = [row for row in rows if row.strip() and not row.strip()[0].isdigit()]
        assert goes_on, rows
        assert all(len(row) - len(row.lstrip()) == text_at for row in goes_on), rows


async def test_a_digit_past_the_last_format_exports_nothing(
    article: Article, fake_analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "2")
        app.action_export_annotations()
        await settled(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("9")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        assert list(tmp_path.iterdir()) == []


async def test_2_shows_the_second_hidden_claim_again(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "h")
        await pilot.press("right_square_bracket", "h")
        await settled(pilot, lambda: len(app.query_one(ClaimsPanel).shown_claims) == 1)
        app.action_restore_claim()
        await settled(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        first = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        await pilot.press("2")
        await settled(pilot, lambda: len(app.query_one(ClaimsPanel).shown_claims) == 2)
        [still_hidden] = stored(article)
        assert still_hidden.exact[:20] in first
