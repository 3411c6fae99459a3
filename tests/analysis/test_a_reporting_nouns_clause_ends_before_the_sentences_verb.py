"""The clause a reporting noun heads a sentence with ends before the sentence's own verb,
even when the tagger reads that verb as an adjective on the clause's object: "The mayor's
statement that the depot would close angered staff" reports "that the depot would close", as
"… would close upset drivers" does. An adjective on an object with a determiner of its own, or
in a sentence with a verb of its own, stays in the words."""

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


def test_an_irregular_past_read_as_an_adjective_ends_the_clause(analysis_nlp: Language) -> None:
    text = (
        "Depot to close\n\n"
        "The union's claim that the depot would close upset drivers. The council's warning "
        "that the bridge would shut hurt traders.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [
        ("The union", "that the depot would close"),
        ("The council", "that the bridge would shut"),
    ]


def test_the_same_words_in_a_sentence_with_its_own_verb_stay_whole(
    analysis_nlp: Language,
) -> None:
    text = (
        "Depot to close\n\n"
        "The claim that the depot would close upset plans was denied. The union's promise "
        "that the depot would hire older drivers.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes] == [
        "that the depot would close upset plans",
        "that the depot would hire older drivers",
    ]
