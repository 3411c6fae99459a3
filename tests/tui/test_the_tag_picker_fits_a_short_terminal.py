"""With a dozen tags on a 60×20 terminal the tag picker, cut at 90% of the screen's height,
hid its last tags and the line of keys under them: its list now gives up rows and scrolls to
its cursor, so the keys stay in view and every tag can be reached. Its title quotes the claim to
the dialog's width, where a quote cut to a toast's length left the line's end empty."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]
NAMES = ["checked", "wrong", "half-true", "old", "satire", "spin", "context", "unclear"]


def many_tags() -> Config:
    tags = [{"name": name, "colour": "#5fafff"} for name in NAMES]
    defaults = ["verified", "disputed", "false", "misleading", "needs-source", "opinion"]
    keyed = [
        {"name": name, "colour": "#2e7d32", "key": str(i + 1)} for i, name in enumerate(defaults)
    ]
    return Config(tags=[*keyed, *tags])


async def test_the_pickers_keys_and_its_last_tag_are_in_view(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=many_tags())
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "t")
        await pilot.pause()
        title = app.screen.query_one(".nl-dialog > Label")
        # Whole in the 53 columns it has, where it was cut at 40: "another…".
        assert str(title.render()) == 'Tag ‘the old wall "will not survive another winter"’'
        hint = app.screen.query_one(".nl-hint")
        assert app.screen.get_widget_at(hint.region.x, hint.region.y)[0] is hint
        options = app.screen.query_one(OptionList)
        assert options.option_count == 14
        await pilot.press("up")  # round to the last tag
        await pilot.pause()
        assert options.highlighted == 13
        last_row = options.render_line(options.size.height - 1).text
        assert "unclear" in last_row
        assert options.region.bottom <= hint.region.y
