"""An energy price by the unit bought keeps that unit, as "$80 a barrel" does: "640p a therm" is
6.4 "GBP per therm", "28p a kWh" 0.28 "GBP per kWh", and "£90 a megawatt hour" 90 "GBP per
megawatt hour"."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts


def test_a_price_of_gas_or_power_keeps_its_unit(nlp: Language) -> None:
    text = (
        "Gas peaked at 640p a therm. Households now pay 28p a kWh for power, which traders buy"
        " at £90 a megawatt hour."
    )
    assert facts(nlp, text) == [
        ("640p", FigureKind.MONEY, 6.4, "GBP per therm"),
        ("28p", FigureKind.MONEY, 0.28, "GBP per kWh"),
        ("£90", FigureKind.MONEY, 90.0, "GBP per megawatt hour"),
    ]
