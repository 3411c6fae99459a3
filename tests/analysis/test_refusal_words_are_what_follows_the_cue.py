"""A refusal to speak shows its cue whole ("refused to be drawn", "declined to give"), and
its words are what the refusal is about, not the cue again: "on the penalty", "a date"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def refusals(analysis_nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.cue, words(text, q)) for q in run(analysis_nlp, text).quotes]


def test_refusing_to_be_drawn_is_on_its_topic(analysis_nlp: Language) -> None:
    text = "The head coach refused to be drawn on the red card.\n"
    assert refusals(analysis_nlp, text) == [("refused to be drawn", "on the red card")]


def test_declining_to_give_a_date_is_the_date(analysis_nlp: Language) -> None:
    text = "The council declined to give a date for the reopening.\n"
    assert refusals(analysis_nlp, text) == [("declined to give", "a date for the reopening")]
