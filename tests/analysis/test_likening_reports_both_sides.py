"""A verb of likening reports both sides: "likened the stadium [to a spaceship]"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_what_a_thing_is_likened_to_is_part_of_the_words(analysis_nlp: Language) -> None:
    text = "Councillor Sam Reed likened the new stadium to a spaceship.\n"
    quotes = said(text, run(analysis_nlp, text))
    assert ("Sam Reed", "likened", "the new stadium to a spaceship") in quotes
