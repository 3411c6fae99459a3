"""A price may name its period before the unit it is paid by: "£25 a night per person" is
"GBP per person per night", as "£25 per person a night" is (the unit was lost, the period
kept). A period with nothing bought after it, or a second period, is as before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Beds in the hostel cost £25 a night per person.", "£25", "GBP per person per night"),
        ("The hotel charges €90 per night per room.", "€90", "EUR per room per night"),
        ("The levy is £40 a year per household.", "£40", "GBP per household per year"),
        ("Parking costs £6 a day per car.", "£6", "GBP per car per day"),
        ("He earns £95,000 a week.", "£95,000", "GBP per week"),
        ("Rents have risen by £50 a month per year.", "£50", "GBP per month"),
    ],
)
def test_a_price_by_the_period_keeps_the_unit_after_it(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit
