"""The reader answers its widgets' messages wherever its mixins keep the handlers: a search
bar that closes gives the keys back to the article at once, not only once Textual has
hidden it and moved the focus on by itself.

Textual collects ``@on`` handlers only in classes its message pump's metaclass makes: one
in a mixin of plain object would never run, and nothing would say so."""

from __future__ import annotations

from collections.abc import Callable

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.search import SearchBar

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]


async def test_a_closed_search_bar_gives_the_keys_back_to_the_article(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("slash")
        bar = app.query_one(SearchBar)
        assert app.focused is bar
        # The message alone, the bar still shown: only the reader's handler moves the keys.
        bar.post_message(SearchBar.Closed(given_back=False))
        await pilot.pause()
        assert bar.display
        assert app.focused is app.view


def test_every_on_handler_of_the_reader_is_registered() -> None:
    for cls in NewslensApp.__mro__:
        registered = {
            method
            for handlers in cls.__dict__.get("_decorated_handlers", {}).values()
            for method, _ in handlers
        }
        for name, value in cls.__dict__.items():
            if getattr(value, "_textual_on", None):
                assert value in registered, f"{cls.__qualname__}.{name} would never run"
