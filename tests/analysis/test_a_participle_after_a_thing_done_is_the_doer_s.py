"""A participle after the object of a verb speaks for the verb's subject when the object is a
thing that cannot speak: "The mayor left the meeting saying …" is the mayor's, not the
meeting's; "The vote left many residents feeling that …" is still what the residents felt."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_one_who_left_the_meeting_says_it(analysis_nlp: Language) -> None:
    text = "Harbour plan\n\nThe mayor left the meeting saying that the plan was dead.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("The mayor", "saying")]


def test_residents_left_feeling_are_who_feel_it(analysis_nlp: Language) -> None:
    text = (
        "Harbour plan\n\nThe vote also left many Riverton residents feeling that they had no say.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes if q.cue == "feeling"] == ["many Riverton residents"]
