""" "The airline" after "budget airline Flyjet" is Flyjet: the words a body's name is given
describe that body, no other body of their own."""

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


def test_a_public_body_with_air_in_its_name_is_no_airline(analysis_nlp: Language) -> None:
    text = (
        "Jet lost height\n\n"
        "The Air Accidents Investigation Branch said the aircraft, operated by Northern "
        "Skylink, lost 2,000 feet.\n\n"
        'Northern Skylink said it had cooperated. "Safety is our priority," the airline said.\n'
    )
    # The airline of no kind stated is not found, but is never the investigator.
    assert quote_speakers(analysis_nlp, text) == [
        "Air Accidents Investigation Branch",
        "Northern Skylink",
        "the airline",
    ]


def test_an_airline_named_with_air_is_the_airline(analysis_nlp: Language) -> None:
    text = (
        "Flights cut\n\n"
        "Skylink Air said it would cancel 300 flights. The regulator said it was told. "
        '"Passengers will be refunded," the airline said.\n'
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Skylink Air"
