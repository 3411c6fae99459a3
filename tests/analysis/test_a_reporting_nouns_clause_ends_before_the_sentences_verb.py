"""The clause a reporting noun heads a sentence with ends before the sentence's own verb,
even when the tagger reads that verb as an adjective on the clause's object: "The mayor's
statement that the depot would close angered staff" reports "that the depot would close".
An adjective on an object with a determiner of its own stays in the words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_clause_stops_at_the_sentence_s_verb(analysis_nlp: Language) -> None:
    text = (
        "Depot to close\n\n"
        "The mayor's statement that the depot would close angered staff. The council's "
        "warning that the bridge was unsafe alarmed residents.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [
        ("The mayor", "that the depot would close"),
        ("The council", "that the bridge was unsafe"),
    ]


def test_an_adjective_on_a_whole_object_stays_in_the_words(analysis_nlp: Language) -> None:
    text = (
        "Depot to close\n\n"
        "Staff were told on Monday. The mayor's promise that the depot would hire the "
        "trained staff.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [
        ("The mayor", "that the depot would hire the trained staff"),
    ]
