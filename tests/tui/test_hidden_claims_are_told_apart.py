"""Two hidden claims that start alike ("The minister said that the …") are told apart in the
"Show a hidden claim" dialog: it quotes each far enough to reach where they differ, in two rows
of the dialog's width at most, cut at a word (at a fixed length, a narrow terminal wrapped each
onto a third row or more)."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.tag_dialogs import ChoiceDialog

from .helpers import analysed

FIRST = "The minister said that the new rail line would open to passengers in the spring of 2027"
SECOND = (
    "The minister said that the new rail line would cost less than the old estimate of 2 billion"
)


@pytest.mark.parametrize("columns", [100, 50])
async def test_the_dialog_quotes_hidden_claims_up_to_where_they_differ(columns: int) -> None:
    article = Article(text=f"Rail line\n\n{FIRST}. {SECOND}.\n")
    claims = tuple(
        Claim(start, start + len(claim), ClaimKind.ASSERTION)
        for claim in (FIRST, SECOND)
        for start in [article.text.index(claim)]
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=claims)
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(columns, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "h")
        await pilot.press("right_square_bracket", "h")
        await pilot.pause()
        app.action_restore_claim()
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        listing = app.screen.query_one(OptionList)
        # Each row's text as one line: a quote wrapped onto a second row hangs under its text.
        rows = {
            str(listing.get_option_at_index(i).prompt).replace("\n   ", " ")
            for i in range(listing.option_count)
        }
        if columns == 100:
            # Whole, after the digit that chooses each.
            assert rows == {f"1  “{FIRST}”", f"2  “{SECOND}”"}
            return
        assert listing.virtual_size.height == 4  # two rows each, however narrow
        first, second = sorted(rows)
        assert first.startswith("1  “The minister said that the new rail line would open")
        assert second.startswith("2  “The minister said that the new rail line would cost")
        assert first.endswith("…”") and second.endswith("…”")
