"""A body named with a word that describes it ("Rival Corvex said") is the body, without the
word; a police force named for two places ("Devon and Cornwall Police") is one body, though
the recogniser reads the first place as a person's name."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind

from .helpers import run


def test_a_rival_firm_is_named_without_rival(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Price war\n\nLidmark cut its prices on Monday. Rival Corvex said its own prices "
        "would not change.\n",
    )
    assert [(s.name, s.kind) for s in result.speakers] == [("Corvex", SpeakerKind.ORGANISATION)]


def test_a_force_named_for_two_places_is_one_body(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Arrests\n\nDevon and Cornwall Police said two men had been arrested in Exeter.\n",
    )
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Devon and Cornwall Police", SpeakerKind.ORGANISATION)
    ]
