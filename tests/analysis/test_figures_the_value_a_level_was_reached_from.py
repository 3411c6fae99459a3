"""The value a level rose or fell to was reached from, said right after it, counts or is paid
as the level is: in "Dividends per share rose to 45p from 41p" the 41p is by the share too,
in "Homicides fell to 570 from 648" (or "to 570, from 648") the 648 counts homicides, as "up
from" and "compared with" (or "to") already carry the noun or the share over. A value "from"
somewhere else ("from 20 countries", "paid from £2m of reserves") is no such value."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Dividends per share rose to 45p from 41p.", "41p", "GBP per share"),
        ("Brent rose to $80 a barrel from $75 on Friday.", "$75", "USD per barrel"),
        ("Wages rose to £95,000 a week from £80,000.", "£80,000", "GBP per week"),
        ("Homicides fell to 570 from 648.", "648", "homicides"),
        ("Burglaries fell to 310, from 365 the year before.", "365", "burglaries"),
        ("Crime fell to 570 burglaries from 648 in 2024.", "648", "burglaries"),
        ("The firm paid 45p a share, compared to 41p last year.", "41p", "GBP per share"),
    ],
)
def test_the_value_a_level_was_reached_from_is_in_the_levels_unit(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Membership rose to 300 members from 20 countries.", "20", "countries"),
        ("The dividend rose to 45p a share paid from £2m of reserves.", "£2m", "GBP"),
        ("Wages rose to £95,000 a week, from £2m in savings.", "£2m", "GBP"),
        ("Burglaries fell to 310, from 365 homes.", "365", "homes"),
    ],
)
def test_a_value_from_elsewhere_keeps_its_own_unit(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit
