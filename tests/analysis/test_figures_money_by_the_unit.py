"""A price by the unit bought or the one paid for keeps that unit, as money by the share keeps
the share: "$80 a barrel" is 80 "USD per barrel", "£1.50 a litre" 1.5 "GBP per litre", "£500 a
head" (of cattle too) "GBP per head", and after "per" any noun ("£25 per person"). A unit named
before the price ("a litre of milk cost £1.50") is no unit of it, nor is a word that begins a
noun of its own ("a head teacher"), and a wage by the hour stays by the period."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("Brent crude rose to $80 a barrel on Monday.", "$80", 80.0, "USD per barrel"),
        ("Guests paid £500 a head for the dinner.", "£500", 500.0, "GBP per head"),
        ("Diesel costs £1.50 a litre at the pumps.", "£1.50", 1.5, "GBP per litre"),
        ("Petrol averaged 142.9p a litre last week.", "142.9p", 1.429, "GBP per litre"),
        ("Gold traded at $2,000 an ounce.", "$2,000", 2000.0, "USD per ounce"),
        ("Carbon permits cost €30 per tonne.", "€30", 30.0, "EUR per tonne"),
        ("Tickets cost £25 per person.", "£25", 25.0, "GBP per person"),
        ("Farmers sold calves for £500 a head of cattle.", "£500", 500.0, "GBP per head"),
        ("Offices let for £60 a square foot.", "£60", 60.0, "GBP per square foot"),
        ("Families get a $500-per-child tax credit.", "$500", 500.0, "USD per child"),
        ("Health costs rose by $2,500 a family.", "$2,500", 2500.0, "USD per family"),
    ],
)
def test_a_price_by_the_unit_keeps_the_unit(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.MONEY, value, unit)


def test_a_range_of_prices_and_one_set_against_it_keep_the_unit(nlp: Language) -> None:
    assert found(nlp, "Oil traded from $70 to $80 a barrel.")["from $70 to $80"].unit == (
        "USD per barrel"
    )
    figures = found(nlp, "Wheat sold at £210 a tonne, against £250 in May.")
    assert [figures[w].unit for w in ("£210", "£250")] == ["GBP per tonne", "GBP per tonne"]


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("A litre of milk cost £1.50 last year.", "£1.50", "GBP"),
        ("They raised £5,000 a head teacher said.", "£5,000", "GBP"),
        ("It cost £50 a family doctor told us.", "£50", "GBP"),
        ("The fund paid £5 per the agreement.", "£5", "GBP"),
        ("Carers earn £9 an hour.", "£9", "GBP per hour"),
        ("Fuel cost £20 a week ago.", "£20", "GBP"),
    ],
)
def test_a_unit_before_the_price_or_a_noun_after_it_is_no_unit_it_is_by(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Oil climbed $2.10 to $84.35 a barrel on Monday.", "$2.10", "USD per barrel"),
        ("The dividend fell 3p to 41p a share.", "3p", "GBP per share"),
        ("Petrol was up 4p at 152p a litre.", "4p", "GBP per litre"),
        ("Shares rose 12p to 340p.", "12p", "GBP"),
    ],
)
def test_a_change_to_a_price_by_the_unit_is_by_the_unit(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit
