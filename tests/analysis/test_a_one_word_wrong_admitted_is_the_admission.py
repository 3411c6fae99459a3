"""A wrong admitted in one plural word ("admitted errors", "admitted failings") is what the
one who admits it says, as "admitted liability" is; people admitted ("admitted patients")
are let in, no one's words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said, words


def test_errors_and_failings_admitted_are_reported(analysis_nlp: Language) -> None:
    text = (
        "Ferry operator apologises\n\n"
        "The transport minister admitted errors. The operator's chief executive admitted "
        "failings, and the harbour board admitted liability.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("The transport minister", "admitted", "errors"),
        ("The operator's chief executive", "admitted", "failings"),
        ("the harbour board", "admitted", "liability"),
    ]


def test_patients_admitted_are_no_quote(analysis_nlp: Language) -> None:
    text = "Ward reopens\n\nThe cottage hospital admitted patients again on Monday.\n"
    assert said(text, run(analysis_nlp, text)) == []
