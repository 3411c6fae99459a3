"""A price may be by the unit and by the period at once, as health and software news give
costs: "£2,400 per patient per year" is "GBP per patient per year", "$30 per user per month"
"USD per user per month" (each was by the unit alone, the period lost). A price by the unit
with no period, or by the period alone, is as before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The drug would cost £2,400 per patient per year.", "£2,400", "GBP per patient per year"),
        ("The tool costs $30 per user per month.", "$30", "USD per user per month"),
        ("Rooms cost £80 per person a night.", "£80", "GBP per person per night"),
        ("The club charges £4 per child each week.", "£4", "GBP per child per week"),
        ("Tickets cost £25 per person.", "£25", "GBP per person"),
        ("He earns £95,000 a week.", "£95,000", "GBP per week"),
        ("Oil was $80 a barrel a year ago.", "$80", "USD per barrel"),
    ],
)
def test_a_price_by_the_unit_keeps_its_period(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit
