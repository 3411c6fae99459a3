"""A price by the unit keeps its unit past a "more", "extra" or "less" that says it is added or
taken off, as a price by the period does: "£50 more a head" is "GBP per head", "5p extra a
litre" "GBP per litre", and a payout by the share too: "2p more a share" is "GBP per share". A "more" after the unit ("£50 a head more than last year") compares
the price, which stays by the head; a noun of its own after the "a" is still no unit."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Tickets for the gala cost £50 more a head this year.", "£50", "GBP per head"),
        ("Drivers now pay 5p extra a litre at the pumps.", "5p", "GBP per litre"),
        ("Members pay £10 less per person for the tour.", "£10", "GBP per person"),
        ("Shareholders will get 2p more a share this year.", "2p", "GBP per share"),
    ],
)
def test_a_price_added_or_taken_off_by_the_unit_keeps_the_unit(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The dinner costs £50 a head more than last year.", "£50", "GBP per head"),
        ("It will cost £50 more a head teacher warned.", "£50", "GBP"),
        ("Staff will get £50 extra a week.", "£50", "GBP per week"),
        ("Staff will get £500 more a share of the profits.", "£500", "GBP"),
    ],
)
def test_a_more_after_the_unit_or_before_a_noun_of_its_own_changes_nothing(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit
