"""A noun of words or belief followed by "that" and a clause with a subject of its own
("official pronouncements that the line was safe", "a recognition that the wall was weak")
reports that clause, though the parse may take it for a relative clause."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_clause_after_the_noun_is_reported(analysis_nlp: Language) -> None:
    text = (
        "Despite official pronouncements that the line was safe, the trains stayed in the "
        "depot.\n\n"
        "The floods forced a recognition that the sea wall was being held up by its weakest "
        "stretch.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(words(text, q), q.cue) for q in quotes] == [
        ("that the line was safe", "pronouncements"),
        ("that the sea wall was being held up by its weakest stretch", "recognition"),
    ]
