"""The "Show a hidden claim" dialog quotes each hidden claim as the reader quotes article text
everywhere else: its controls drawn as visible stand-ins, never sent to the terminal."""

from __future__ import annotations

from textual.widgets import OptionList

from newslens.tui.tag_dialogs import ChoiceDialog

from .helpers import analysed, one_claim_app


async def test_a_hidden_claim_with_controls_is_listed_inert() -> None:
    hostile = "Pay now \x1b]52;c;aGk=\x07 or else"
    app = one_claim_app(hostile)
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "h")
        app.action_restore_claim()
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        row = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert row == "1  “Pay now ␛]52;c;aGk=␇ or else”"  # after the digit that chooses it
