"""What a speaker says they welcomed, backed or opposed ("The force said it welcomed the
sentence") is the one thing said: the welcome is part of the words, not a second quote."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_said_it_welcomed_the_sentence_is_one_quote(analysis_nlp: Language) -> None:
    text = "The force said it welcomed the sentence.\n"
    assert said(text, run(analysis_nlp, text)) == [
        ("The force", "said", "it welcomed the sentence")
    ]


def test_said_she_opposed_the_plan_is_one_quote(analysis_nlp: Language) -> None:
    text = "Councillor Ruth Okafor said she opposed the parking plan.\n"
    assert [c for _, c, _ in said(text, run(analysis_nlp, text))] == ["said"]
