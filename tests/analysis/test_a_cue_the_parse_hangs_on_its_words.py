"""A cue the parse hangs on the clause it reports ("after he admitted under questioning he
had not read the file") reports that clause, not the phrase of how it was said; so does a cue
whose "that" clause the parse broke into an object ("wrote that units had been "bled white"",
read as if "white" were written)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words


def test_what_was_admitted_is_the_clause_after_the_phrase(analysis_nlp: Language) -> None:
    text = "The minister resigned after he admitted under questioning he had not read the file.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(words(text, q), q.cue) for q in quotes] == [("he had not read the file", "admitted")]


@pytest.mark.parametrize(
    "blogger",
    [
        "A military blogger with more than 500,000 followers",
        # near miss: the parse reads the clause whole
        "A military blogger",
    ],
)
def test_a_that_clause_read_as_an_object_is_what_was_written(
    analysis_nlp: Language, blogger: str
) -> None:
    text = (
        "Front line\n\n"
        f'{blogger} wrote that units near the town had been "bled white" and complained that '
        "commanders were sending men forward without support.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.cue, words(text, q)) for q in quotes] == [
        ("wrote", 'that units near the town had been "bled white"'),
        ("complained", "that commanders were sending men forward without support"),
    ]
