"""The palette named p's command "Panel", which says neither that it shows nor hides it, and
Textual's own Theme and Quit gave no key where every other command shows its own. Each name
says what the command does, as help does, and the reader's palette shows T and q. Typing
"find" found nothing, nor "notes" or "comment": each command is found by the words users type
for it too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.palette import ReaderCommands

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


def palette(app: NewslensApp) -> dict[str, str]:
    return {command.title: command.help for command in app.get_system_commands(app.screen)}


async def test_p_is_named_for_showing_and_hiding_the_panel_in_help_and_the_palette(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        help_rows = {description: keys for keys, description, _, _ in app.key_rows()}
        assert help_rows["Show / hide the panel"] == "p"
        assert palette(app)["Show / hide the panel"] == "key: p (anywhere)"
        assert "Panel" not in palette(app)


async def test_theme_and_quit_show_their_keys_in_the_palette(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        commands = palette(app)
        assert commands["Theme"] == "key: T (anywhere)"
        assert commands["Quit"] == "key: q (anywhere)"


async def test_a_key_the_user_rebinds_is_the_key_the_palette_shows_for_theme(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(
        article, analyzer=fake_analyzer, config=Config(keys={"change-theme": "ctrl+t"})
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        assert palette(app)["Theme"] == "key: ctrl+t (anywhere)"


async def test_the_tag_commands_show_their_keys_as_every_other_command_does(
    article: Article, fake_analyzer: Analyzer
) -> None:
    """They said "newslens: toggle verified on the selected claim (1)", where every other
    command says "key: … (anywhere)"; no command's help starts with the app's name."""
    app = NewslensApp(
        article, analyzer=fake_analyzer, config=Config(keys={"quick-tag-2": "ctrl+t"})
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        commands = palette(app)
        assert commands["Tag verified"].startswith("key: 1 (anywhere)")
        assert commands["Tag disputed"].startswith("key: ctrl+t (anywhere)")
        assert not [help for help in commands.values() if help.startswith("newslens:")]


async def found_by(app: NewslensApp, typed: str) -> list[str]:
    """The titles the palette lists for what is typed, best first."""
    provider = ReaderCommands(app.screen)
    hits = sorted([hit async for hit in provider.search(typed)], reverse=True)
    return [str(hit.text) for hit in hits]


@pytest.mark.parametrize(
    ("typed", "command"),
    [
        ("find", "Search"),
        ("notes", "Note"),
        ("comment", "Note"),
        ("unhide", "Show a hidden claim"),
        ("exit", "Quit"),
        # the title as before
        ("search", "Search"),
        ("note", "Note"),
    ],
)
async def test_a_command_is_found_by_the_words_users_type_for_it(
    article: Article, fake_analyzer: Analyzer, typed: str, command: str
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        assert (await found_by(app, typed))[0] == command
