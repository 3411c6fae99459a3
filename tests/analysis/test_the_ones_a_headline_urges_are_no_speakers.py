"""A headline's clipped passive, "Drivers urged to …", names those urged, not who urged them."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_those_urged_in_a_headline_say_nothing(analysis_nlp: Language) -> None:
    text = (
        "Drivers urged to avoid the ring road\n\n"
        "Council engineers said the resurfacing would take a fortnight.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [
        (None, "urged"),
        ("Council engineers", "said"),
    ]


def test_someone_urging_others_still_speaks(analysis_nlp: Language) -> None:
    text = "The mayor urged drivers to avoid the ring road.\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["The mayor"]
