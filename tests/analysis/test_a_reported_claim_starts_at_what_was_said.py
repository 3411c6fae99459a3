"""A claim of reported speech is what was said: "that", which only joins it to its cue, is no
part of it ("Ostrova said that the port would reopen" claims "the port would reopen"), while a
"that" the words themselves open with ("said that was wrong") stays, and so does the quote."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text

STORY = """Port to reopen in spring, says harbour chief

The harbour master, Ines Ostrova, said on Monday that the port would reopen to ferries in April after repairs costing £4m.
She said that “the worst of the storm damage” had been cleared by volunteers.
Councillor Dev Mehta said that was wrong, and that the repairs would take until June.
"""


def test_the_joining_that_is_left_out_of_the_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = [text[c.start : c.end] for c in result.claims]
    assert any(c.startswith("the port would reopen to ferries in April") for c in claims), claims
    assert "“the worst of the storm damage” had been cleared by volunteers" in claims
    quotes = [text[q.start : q.end] for q in result.quotes]
    assert any(q.startswith("that the port would reopen") for q in quotes)


def test_a_that_the_words_open_with_stays(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = [text[c.start : c.end] for c in result.claims]
    assert any(c.startswith("that was wrong") for c in claims), claims


def test_the_joining_that_is_left_out_before_quoted_words(analysis_nlp: Language) -> None:
    # The quotation marks may lead the parse to take "that" for the object of "left".
    text, result = run_with_text(
        analysis_nlp,
        'The council said in a statement that Reed, 61, had left "by agreement" in March.\n',
    )
    claims = [text[c.start : c.end] for c in result.claims]
    assert claims == ['Reed, 61, had left "by agreement" in March'], claims
