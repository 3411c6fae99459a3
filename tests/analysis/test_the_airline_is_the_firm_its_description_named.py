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
