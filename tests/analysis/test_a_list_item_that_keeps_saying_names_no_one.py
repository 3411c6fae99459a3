"""A list of what someone does, each item with no subject ("Keeps saying she opposed the war."),
names no speaker: the opening verb, which the tagger may read as a plural noun, is no one;
"Protesters chanting …" is still the protesters'."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_keeps_is_no_speaker(analysis_nlp: Language) -> None:
    text = (
        "What if he ran?\n\nRan a failed college business.\n\nKeeps saying she opposed the "
        "harbour plan, when there are radio clips of her backing it.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes if q.cue == "saying"] == [None]


def test_protesters_chanting_speak(analysis_nlp: Language) -> None:
    text = (
        "What if he ran?\n\nRan a failed college business.\n\nProtesters chanting that the "
        "mayor must go filled the square.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes if q.cue == "chanting"] == ["Protesters"]
