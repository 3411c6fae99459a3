"""British local news calls a council "the authority" as often as "the council": the council
named before is who "the authority" is, as it is for "the council"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_authority_that_confirms_is_the_council_named_before(analysis_nlp: Language) -> None:
    text = (
        "Libraries to close\n\n"
        "Harrow Council will close three of its libraries next spring to save money, the "
        "authority confirmed on Tuesday.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Harrow Council"]


def test_the_authority_is_no_firm(analysis_nlp: Language) -> None:
    text = (
        "Depot to close\n\n"
        "Crestline Motors will close its depot next spring to save money, the authority "
        "confirmed on Tuesday.\n"
    )
    assert quote_speakers(analysis_nlp, text) != ["Crestline Motors"]
