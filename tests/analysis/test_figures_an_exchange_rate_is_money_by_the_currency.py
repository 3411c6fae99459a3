"""An exchange rate is the price of one unit of a currency, money by that currency as "$80 a
barrel" is by the barrel: "the pound fell to $1.21" is 1.21 "USD per GBP", "1.17 euros to the
pound" and "1.17 euros per pound" 1.17 "EUR per GBP", "€1 = $1.08" 1.08 "USD per EUR", and a currency named with its
country is that country's: "the Canadian dollar fell to 73 US cents" is 0.73 "USD per CAD"; "the rupee fell to 83 to the
dollar" is 83 "INR per USD". A
sum a currency's subject lost, a coin's price, money paid "to the euro museum" and the price a
country's firm rose to stay plain money."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("The pound fell to $1.21 on Friday after the budget.", ("$1.21", 1.21, "USD per GBP")),
        ("Sterling traded at $1.27 in late trading.", ("$1.27", 1.27, "USD per GBP")),
        ("The euro was worth $1.08 at the close.", ("$1.08", 1.08, "USD per EUR")),
        ("The dollar rose to 150 yen overnight.", ("150 yen", 150.0, "JPY per USD")),
        ("Holidaymakers got 1.17 euros to the pound.", ("1.17 euros", 1.17, "EUR per GBP")),
        ("At the airport kiosk €1 = $1.08 on Tuesday.", ("$1.08", 1.08, "USD per EUR")),
        ("The Canadian dollar fell to 73 US cents.", ("73 US cents", 0.73, "USD per CAD")),
        ("The Swiss franc rose to €1.04 in early trade.", ("€1.04", 1.04, "EUR per CHF")),
        # "per" a currency names it by its code, as "to the" does
        ("It traded at 1.17 euros per pound.", ("1.17 euros", 1.17, "EUR per GBP")),
        ("The yen weakened to 150 yen per dollar.", ("150 yen", 150.0, "JPY per USD")),
        # a bare number "to the" currency is the price of the currency it is told of
        ("The yen weakened to 150 to the dollar.", ("150", 150.0, "JPY per USD")),
        ("The rouble fell to 100 to the dollar on Friday.", ("100", 100.0, "RUB per USD")),
        # a currency named in the singular, as the story names the one it prices
        ("The rupee fell to 83 to the dollar.", ("83", 83.0, "INR per USD")),
        ("The franc rose to 0.95 to the euro.", ("0.95", 0.95, "CHF per EUR")),
        ("The shekel firmed to 3.6 to the dollar.", ("3.6", 3.6, "ILS per USD")),
        ("The peso weakened to 17 to the dollar.", ("17", 17.0, "peso per USD")),
    ],
)
def test_an_exchange_rate_is_money_by_the_currency_priced(
    nlp: Language, text: str, rate: tuple[str, float, str]
) -> None:
    words, value, unit = rate
    assert (words, FigureKind.MONEY, value, unit) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The rand lost $4bn in value last year.", ("$4bn", 4_000_000_000.0, "USD")),
        ("The pound coin costs $1.50 to make.", ("$1.50", 1.5, "USD")),
        ("A rupee coin costs $0.02 to mint.", ("$0.02", 0.02, "USD")),
        ("The firm sent $2 to the euro zone fund.", ("$2", 2.0, "USD")),
        ("Visitors paid $12 to the euro museum.", ("$12", 12.0, "USD")),
        ("The dollar fell to 73 US cents.", ("73 US cents", 0.73, "USD")),
        ("The Swiss watchmaker rose to €104 a share.", ("€104", 104.0, "EUR per share")),
        ("Petrol cost 150p per litre.", ("150p", 1.5, "GBP per litre")),
    ],
)
def test_other_money_stays_plain(nlp: Language, text: str, money: tuple[str, float, str]) -> None:
    words, value, unit = money
    assert (words, FigureKind.MONEY, value, unit) in facts(nlp, text)


def test_a_number_given_to_a_noun_a_currency_names_stays_a_count(nlp: Language) -> None:
    assert facts(nlp, "The club sold 150 to the euro museum.") == [
        ("150", FigureKind.COUNT, 150.0, None)
    ]
