"""config.toml's `[reader] theme` naming no theme: the reader starts in the default theme and
says why, as it does for any other setting it cannot use, instead of ignoring it silently."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui import theming
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


async def test_an_unknown_reader_theme_is_named_in_a_warning(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(theme="sepia"))
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert app.theme == theming.DEFAULT_THEME
        notices = [str(n.message) for n in app._notifications]
        assert any("[reader] theme" in n and "'sepia'" in n for n in notices), notices


async def test_a_known_reader_theme_is_used_without_a_word(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(theme="light"))
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert app.theme == "light"
        assert not [n for n in app._notifications if "theme" in str(n.message)]
