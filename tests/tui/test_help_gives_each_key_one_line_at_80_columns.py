"""Help (?) at 80×24 gives each key one line, its keys, what it does and its id side by side,
under a heading for where the keys work: each place's keys are set out on their own, so the
article's long "space, pagedown, ctrl+f, z" no longer pushes every other key's id onto a line
of its own."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Static

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

Analyzer = Callable[[Article], Analysis]


def _help_lines(app: NewslensApp) -> list[str]:
    keys = app.screen.query_one("#help-keys", Static)
    return [" ".join(keys.render_line(y).text.split()) for y in range(keys.size.height)]


async def test_each_key_is_one_line_at_80_by_24(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        lines = _help_lines(app)
        for keys, description, _, binding_id in app.key_rows():
            row = " ".join(part for part in (keys, description, binding_id) if part)
            assert row in lines, row


async def test_the_keys_are_headed_by_where_they_work(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        lines = _help_lines(app)
        headings = ["Anywhere", "Article, lists", "Selecting (v)", "Lists"]
        assert [line for line in lines if line in headings] == headings
        assert lines.index("Selecting (v)") < lines.index("w Select one more word select-word")


async def test_help_names_the_commands_that_only_the_palette_has(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # Bringing back a hidden claim has no key: help, where a newcomer looks for it, did not
    # say it exists.
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        palette = {command.title for command in app.get_system_commands(app.screen)}
        await pilot.press("question_mark")
        await pilot.pause()
        note = app.screen.query_one("#help-note", Static)
        shown = " ".join(note.render_line(y).text.strip() for y in range(note.size.height))
        for title in ("Show a hidden claim", "Screenshot"):
            assert title in shown, title
            assert title in palette, title
