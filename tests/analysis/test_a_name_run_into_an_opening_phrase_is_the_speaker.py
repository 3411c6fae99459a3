"""A speaker's name written right after an opening phrase with no comma ("In a meeting with
the board of the Daily Ledger Ann Cole said …") is who speaks, and the name shown is hers,
not the paper's run on to it."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_name_before_said_is_the_speaker(analysis_nlp: Language) -> None:
    text = (
        "Harbour plans\n\nIn a meeting with the editorial board of the Riverton Courier Ann "
        "Cole said that the harbour would close next year.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [
        ("Ann Cole", "that the harbour would close next year")
    ]
