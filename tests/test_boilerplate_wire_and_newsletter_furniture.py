"""Furniture that wire stories and newsletters' web versions leave in a page's text: a rule
of underscores before the credits, a bare "Sign up here." pitch, and the footer that follows
a newsletter's "Unsubscribe", down to the sender's postal address."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_passages

WIRE = """PINE HOLLOW, Colo. (AP) — A wildfire forced about 2,000 people from their homes on Sunday.
No injuries had been reported, the sheriff said.
___
Sign up here.
Associated Press writer Lee Park in Denver contributed to this report."""


def test_a_rule_of_underscores_and_a_bare_sign_up_aredimmed_passages() -> None:
    dimmed = "\n".join(dimmed_passages(WIRE))
    assert "___" in dimmed
    assert "Sign up here." in dimmed
    assert "No injuries" not in dimmed


# Wire credits name places in the wire's style, states abbreviated ("Flagstaff, Ariz.").
@pytest.mark.parametrize(
    ("last_line", "dimmed"),
    [
        ("Associated Press writer Lee Park in Flagstaff, Ariz., contributed to this report.", True),
        ("Park reported from Las Vegas. AP writer Jo Kim in Washington, D.C., contributed.", True),
        ("Lee Park in Denver contributed to this report.", True),  # near miss: dimmed already
        # near miss: a sentence of the story ends before the credit's words
        ("The firm was fined in Ariz. Its staff contributed to this report.", False),
    ],
)
def test_a_wire_credit_naming_an_abbreviated_state_is_dimmed(last_line: str, dimmed: bool) -> None:
    text = "\n".join([*WIRE.splitlines()[:2], last_line])
    assert (last_line in dimmed_passages(text)) is dimmed


NEWSLETTER = """Dockworkers vote to strike
Dockworkers have voted to strike over pay, the union said last night.
You are receiving this because you signed up at harbourbrief.example.
Unsubscribe | Update your preferences
Harbour Brief Ltd, 4 Quay Street, Portside"""


def test_a_newsletter_s_footer_is_dimmed_down_to_its_postal_address() -> None:
    dimmed = dimmed_passages(NEWSLETTER)
    assert dimmed[-1].endswith("4 Quay Street, Portside")
    assert dimmed[-1].startswith("You are receiving this")
    assert not any("voted to strike" in span for span in dimmed)


def test_a_story_about_unsubscribing_is_not_a_footer() -> None:
    text = (
        "Thousands unsubscribe from council alerts\n"
        "Unsubscribe requests rose by 40% after the council began sending daily alerts.\n"
        "The council said it would review the alerts in May."
    )
    assert dimmed_passages(text) == []
