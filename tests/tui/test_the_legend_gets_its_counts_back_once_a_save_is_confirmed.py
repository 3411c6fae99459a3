"""After a change, "saved ✓" stays in the status line as long as its confirmation, then goes:
where the line has no room for it beside a search's "match 1 of 2" and the claim and speaker
counts (about 100 columns), the counts gave way to it for the rest of the session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.annotating import saving
from newslens.tui.app import NewslensApp
from newslens.tui.legend import Legend

from .helpers import analysed, settled

Analyzer = Callable[[Article], Analysis]
COUNTS = "3 claims · 3 speakers"
MARKED = "claim 1 of 3 · 3 speakers"  # the counts while the first claim is marked


def legend(app: NewslensApp) -> str:
    widget = app.query_one(Legend)
    return "\n".join(widget.render_line(y).text.rstrip() for y in range(widget.size.height))


@pytest.fixture(autouse=True)
def quick_confirmations(monkeypatch: pytest.MonkeyPatch) -> None:
    # Long enough for the legend to be read between keys on a loaded machine.
    monkeypatch.setattr(saving, "SAVED_SHOWN_FOR", 1.0)


async def test_the_counts_come_back_when_saved_has_been_shown(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(104, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("slash", *"Holt", "enter")
        await pilot.pause()
        assert COUNTS in legend(app) and "match 1" in legend(app)
        await pilot.press("right_square_bracket", "1")  # no room for the counts beside ✓
        await settled(pilot, lambda: "✓" not in legend(app))
        # The claim tagged is marked: which it is, where the speakers have no room.
        assert "claim 1 of 3 · match 1" in legend(app)


async def test_saved_leaves_the_status_line_after_its_confirmation(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(140, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        assert f"{MARKED} · saved ✓ │" in legend(app)
        await settled(pilot, lambda: "saved" not in legend(app))
        assert f"{MARKED} │" in legend(app)
        await pilot.press("u")  # an undo is a change saved too
        await pilot.pause()
        assert f"{MARKED} · saved ✓ │" in legend(app)
