"""A phrase after "and" that repeats a preposition of the reported words goes on with them,
though the parse hangs it on the cue: "said the event brought back memories of her father,
and of “all the people who came before”" — memories of both."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_repeated_preposition_carries_the_words_on(analysis_nlp: Language) -> None:
    text = (
        "Museum opens\n\n"
        "Rawlings said the event brought back memories of her father, and of "
        '"all the people who did things to get us here."\n'
    )
    assert said(text, run(analysis_nlp, text)) == [
        (
            "Rawlings",
            "said",
            'the event brought back memories of her father, and of "all the people who did '
            'things to get us here."',
        )
    ]
