"""Not saying when something would happen reports the question, however the parse hangs it:
"Lawmakers have not said when they would vote on the bill" reports "when they would vote on
the bill", as "where it will be built" is reported. A "when" that says when the speaker spoke
("said when he arrived that …") is no part of the words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Depot bill stalls\n\n"


def test_when_they_would_act_is_what_was_not_said(analysis_nlp: Language) -> None:
    text = f"{HEAD}Lawmakers have not said when they would take up the depot bill.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("Lawmakers", "have not said", "when they would take up the depot bill")
    ]


def test_when_the_speaker_arrived_is_no_question(analysis_nlp: Language) -> None:
    text = f"{HEAD}The mayor said when he arrived that the depot was closed.\n"
    quotes = run(analysis_nlp, text).quotes
    assert not any("arrived" in words(text, q) for q in quotes)
