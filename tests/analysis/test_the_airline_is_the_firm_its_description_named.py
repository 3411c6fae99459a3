""" "The airline" after "budget airline Flyjet" is Flyjet: the words a body's name is given
describe that body, no other body of their own; after "operated by Northern Skylink", the firm
that operates the aircraft; never a maker named before it."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_airline_is_the_firm_described_as_one(analysis_nlp: Language) -> None:
    # The recogniser may take the description into the name, or only its first word for one.
    for name in ("Skyvolt", "Flyjet"):
        text = (
            "Flights cut\n\n"
            f"Budget airline {name} said on Monday it would cancel 300 flights in August. "
            "The airline added that passengers would get their money back.\n"
        )
        assert quote_speakers(analysis_nlp, text) == [name, name], text


def test_the_firm_operating_the_aircraft_is_the_airline_not_the_investigator(
    analysis_nlp: Language,
) -> None:
    text = (
        "Jet lost height\n\n"
        "The Air Accidents Investigation Branch said the aircraft, operated by Northern "
        "Skylink, lost 2,000 feet.\n\n"
        'Northern Skylink said it had cooperated. "Safety is our priority," the airline said.\n'
    )
    # The firm the aircraft is "operated by" is the airline, never the investigator.
    assert quote_speakers(analysis_nlp, text) == [
        "Air Accidents Investigation Branch",
        "Northern Skylink",
        "Northern Skylink",
    ]


def test_a_maker_named_before_is_no_airline(analysis_nlp: Language) -> None:
    text = (
        "Jet returns to airport\n\n"
        "A jet returned to Aberdeen after a warning light came on.\n\n"
        "The manufacturer, ATR, said it was aware of the report.\n\n"
        '"Safety is our priority," the airline said.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["ATR", "the airline"]


def test_an_airline_named_with_air_is_the_airline(analysis_nlp: Language) -> None:
    text = (
        "Flights cut\n\n"
        "Skylink Air said it would cancel 300 flights. The regulator said it was told. "
        '"Passengers will be refunded," the airline said.\n'
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Skylink Air"
