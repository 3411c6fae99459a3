"""A story pasted from behind a paywall stops mid-sentence above the paywall's box: its offer
("Get unlimited access … for £1 … Cancel anytime.", "Start your free trial") is dimmed with
the box's buttons, and its price is no figure of the story; a sentence about access is not."""

from __future__ import annotations

from .dimmed import dimmed_inside_a_story, dimmed_passages

STORY = """Hospital trust admits waiting list figures were wrong

A hospital trust has admitted that the waiting list figures it published for two years understated the number of patients waiting for surgery.

An internal review found that about 4,200 patients were left off the lists because of a fault in

Subscribe to continue reading
Get unlimited access to the Midland Ledger for just £1 for your first month. Cancel anytime.
Subscribe now
"""


def test_the_offer_is_dimmed_with_the_box() -> None:
    dimmed = "\n".join(dimmed_passages(STORY))
    assert "Get unlimited access to the Midland Ledger" in dimmed
    assert "4,200 patients" not in dimmed


def test_offers_on_lines_of_their_own_are_dimmed() -> None:
    assert dimmed_inside_a_story("Start your free trial today")
    assert dimmed_inside_a_story("Unlock this article for £2.99.")
    assert dimmed_inside_a_story("Digital edition from £4.99 a month. Cancel at any time.")


def test_a_sentence_about_access_is_the_story_s() -> None:
    assert not dimmed_inside_a_story(
        "Residents will get full access to the park from June, the council said."
    )
    assert not dimmed_inside_a_story("Members who joined before March can cancel at any time.")
    assert not dimmed_inside_a_story("Customers can cancel anytime.")
