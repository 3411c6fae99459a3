"""A cue the parse hangs on the clause it reports ("after he admitted under questioning he
had not read the file") reports that clause, not the phrase of how it was said."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_what_was_admitted_is_the_clause_after_the_phrase(analysis_nlp: Language) -> None:
    text = "The minister resigned after he admitted under questioning he had not read the file.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(words(text, q), q.cue) for q in quotes] == [("he had not read the file", "admitted")]
