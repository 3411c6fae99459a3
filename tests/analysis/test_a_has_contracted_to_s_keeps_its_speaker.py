"""A "’s" that is "has" ("she’s urged", "who’s called for") is no passive's "is", though the
parse reads it so: the one who urged or called is the speaker, and what follows the verb their
words. "It's said that …" stays a passive, with no one named."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_she_s_urged_is_hers(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Turnout fears\n\nSenator Ana Ruiz has a plan. She’s urged voters to stay home.\n",
    )
    assert said(text, result) == [("Ana Ruiz", "urged", "voters to stay home")]


def test_who_s_called_for_is_a_call(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Tax fight\n\nSenator Ana Ruiz, who’s called for big tax hikes on the rich, spoke on "
        "Monday.\n",
    )
    assert said(text, result) == [("Ana Ruiz", "called for", "big tax hikes on the rich")]


def test_a_passive_stays_without_a_speaker(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, "Rumours\n\nIt's said that the mayor will resign.\n")
    assert [speaker for speaker, _, _ in said(text, result)] == [None]
