"""A sum in a currency named by its word is money: "200 million zloty" is in PLN, "5 million
forint" in HUF, "9 billion rupiah" in IDR. The krone, shared by Denmark and Norway, keeps its
word for a unit ("1.3 billion kroner" is money in "kroner"), as the story may not say whose."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "The government pledged 1.3 billion kroner in aid.",
            "1.3 billion kroner",
            1.3e9,
            "kroner",
        ),
        ("The firm was fined 40 million kronor last year.", "40 million kronor", 4e7, "SEK"),
        ("The city pledged 200 million zloty for the bridge.", "200 million zloty", 2e8, "PLN"),
        ("The club paid 5 million forint for the pitch.", "5 million forint", 5e6, "HUF"),
        ("The bank lent 9 billion rupiah to farmers.", "9 billion rupiah", 9e9, "IDR"),
        ("Hotels took 300 million baht over the holiday.", "300 million baht", 3e8, "THB"),
        ("The port cost 2 billion ringgit to build.", "2 billion ringgit", 2e9, "MYR"),
        # a scale as German and French copy write it
        ("Profit rose to 440 Mio. Euro last year.", "440 Mio. Euro", 4.4e8, "EUR"),
        ("Sales reached 2,3 Mrd. Euro in May.", "2,3 Mrd. Euro", 2.3e9, "EUR"),
        ("The unit lost 440 millions d'euros.", "440 millions d'euros", 4.4e8, "EUR"),
        ("The unit lost 1,2 milliard d'euros.", "1,2 milliard d'euros", 1.2e9, "EUR"),
        # near miss: a currency already known keeps its code
        ("A rival earned 440m euros.", "440m euros", 4.4e8, "EUR"),
        ("A rival earned €440m.", "€440m", 4.4e8, "EUR"),
        ("The city pledged 200 million euros for the bridge.", "200 million euros", 2e8, "EUR"),
    ],
)
def test_a_sum_in_a_currency_word_is_money(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert (words, FigureKind.MONEY, pytest.approx(value), unit) in facts(nlp, text)


def test_a_count_of_people_stays_a_count(nlp: Language) -> None:
    # near miss: a count of things after the same scale is no money
    found = facts(nlp, "The city has 2 million people and 5 million cars.")
    assert all(kind is not FigureKind.MONEY for _, kind, _, _ in found)
