"""An object that a clause after it qualifies with no relative word is reported with that
clause ("cited disparaging remarks Trump had made about nurses"), though the parse makes the
clause the cue's own; whom something is told stays out ("told the forum he was …")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_the_remarks_are_cited_with_who_made_them(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Debate\n\nAt Monday’s debate, Ruiz cited disparaging remarks Trump had made about "
        "nurses as examples of his contempt for workers.\n",
    )
    assert said(text, result) == [
        (
            "Ruiz",
            "cited",
            "disparaging remarks Trump had made about nurses as examples of his contempt for "
            "workers",
        )
    ]


def test_the_one_told_is_no_part_of_the_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Iraq\n\nRuiz told the forum she was totally against the war because it cost too much.\n",
    )
    assert [words for _, _, words in said(text, result)] == [
        "she was totally against the war because it cost too much"
    ]
