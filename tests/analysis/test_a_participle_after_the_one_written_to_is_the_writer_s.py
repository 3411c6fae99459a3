"""A participle after the phrase a verb sends or writes to is the sender's act, as the parse hangs
it on that verb: in "The union wrote to the members of the council urging them to reject the
plan" the union urges, not the council."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_writer_urges(analysis_nlp: Language) -> None:
    text = "Pier vote\n\nThe union wrote to the members of the council urging them to reject the plan.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes if q.cue == "urging"] == ["The union"]
