"""The level a price by the unit changed to keeps the unit the change was told by, as the level
a measure changed to keeps the measure's: "rose by 2.3p a litre to 145.9p" is 145.9p a litre,
"rose 2p a share to 45p" 45p a share, "by £20 a week to £400" £400 a week. A sum further on
("paid 30p a litre to cover costs of £5") or in another currency is no such level."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The price of unleaded rose by 2.3p a litre to 145.9p.", "145.9p", "GBP per litre"),
        ("The final dividend rose 2p a share to 45p.", "45p", "GBP per share"),
        ("Weekly pay for carers rose by £20 a week to £400.", "£400", "GBP per week"),
    ],
)
def test_the_level_keeps_the_unit_of_the_change(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Farmers were paid 30p a litre to cover costs of £5.", "£5", "GBP"),
        ("The fee rose by 20p a litre to €1.50 in Dublin.", "€1.50", "EUR"),
    ],
)
def test_a_sum_that_is_no_level_of_the_change_keeps_its_own_unit(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit
