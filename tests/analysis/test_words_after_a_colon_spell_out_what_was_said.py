"""Reported words that end on a colon go on after it, spelling themselves out: "said the
plan had two flaws: it cost too much and it came too late" — the flaws are the analysts',
though the parse makes the clause after the colon the sentence's and the cue's its own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_clause_after_the_colon_is_said_too(analysis_nlp: Language) -> None:
    text = (
        "Budget review\n\n"
        "The analysts said the plan had two flaws: it cost too much and it came too late.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        (
            "The analysts",
            "said",
            "the plan had two flaws: it cost too much and it came too late",
        )
    ]
