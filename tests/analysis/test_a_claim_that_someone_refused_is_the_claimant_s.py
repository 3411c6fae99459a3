"""A reporting noun's clause is its words even when the clause's own verb is a refusal: "The
police's claim that Reyes had refused to raise his hands" is the police's claim, though a bare
participle on a noun ("calls seeking comment") reports nothing."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_claim_is_the_police_s(analysis_nlp: Language) -> None:
    text = (
        "Arrest footage\n\nThe police's earlier claim that Reyes had refused to raise his hands "
        "was false.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("The police", "claim", "that Reyes had refused to raise his hands")
    ]
