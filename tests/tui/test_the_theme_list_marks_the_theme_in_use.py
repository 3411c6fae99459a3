"""The theme list (T, or "Theme" in the command palette) checks the theme in use ✓, as the tag
picker checks a claim's tags, whether the list is browsed or searched: Textual's own list
left the reader to guess which theme they were in."""

from __future__ import annotations

from collections.abc import Callable

from textual.command import CommandList
from textual.pilot import Pilot

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, settled

Analyzer = Callable[[Article], Analysis]


def offered(app: NewslensApp) -> dict[str, str]:
    """Each theme offered, by name, with its row as the list draws it."""
    commands = app.screen.query_one(CommandList)
    prompts = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
    return {prompt.split()[0]: " ".join(prompt.split()) for prompt in prompts}


async def open_theme_list(pilot: Pilot[None], app: NewslensApp, typed: str = "") -> dict[str, str]:
    await pilot.press("T", *typed)
    await settled(pilot, lambda: bool(app.screen.query(CommandList)) and bool(offered(app)))
    await pilot.pause(0.3)
    return offered(app)


async def test_the_theme_in_use_is_checked(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(), theme="light")
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        rows = await open_theme_list(pilot, app)
        assert set(rows) == {"dark", "light", "high-contrast"}
        assert "✓" in rows["light"] and "in use" in rows["light"]
        assert all("✓" not in row for name, row in rows.items() if name != "light")


async def test_after_a_change_the_new_theme_is_checked_in_a_search_too(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(), theme="dark")
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        app.theme = "high-contrast"
        await pilot.pause()
        rows = await open_theme_list(pilot, app, typed="high")
        assert "✓" in rows["high-contrast"]
        await pilot.press("escape")
        rows = await open_theme_list(pilot, app, typed="dar")
        assert "✓" not in rows["dark"]
