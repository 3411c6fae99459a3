"""A round count of a measure by the period is a rate, as "3 million tons a year" is: "millions
of tons a year" is in tons per year."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import facts


def test_millions_of_tons_a_year(nlp: Language) -> None:
    text = "The plant emits millions of tons a year of carbon."
    assert [(words, unit) for words, _, _, unit in facts(nlp, text)] == [
        ("millions of tons", "tons per year")
    ]
