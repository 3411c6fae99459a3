""" "According to show insiders": the tagger may read the first noun of the source as a verb
and the source as its object; the sentence is still the insiders' account."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_according_to_a_compound_read_as_a_verb(analysis_nlp: Language) -> None:
    text = (
        "Studio\n\n"
        "As a host on “The Big Deal,” Marlow repeatedly mocked his staff with crude "
        "language, according to show insiders.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    according = [q for q in quotes if q.cue == "according to"]
    assert [(q.speaker, text[q.start : q.end]) for q in according] == [
        (
            "insiders",
            "As a host on “The Big Deal,” Marlow repeatedly mocked his staff with crude language",
        )
    ]
