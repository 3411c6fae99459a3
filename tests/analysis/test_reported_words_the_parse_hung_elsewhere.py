"""Reported words where the parse hangs a clause on the wrong word: the hearer of "told" is
no part of what was told ("told an audience of developers that the company had spent …"),
and a relative clause after what was called for is no second thing said ("called for help
for mortgage holders, around 1.2 million of whom will …")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_the_hearer_of_told_is_not_what_was_told(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Folding laptop\n\n"
        "Chief executive Dana Reyes told an audience of developers that the company had "
        "spent four years on the hinge alone. She told the story that her father had written.\n",
    )
    assert [words for _, _, words in said(text, result)] == [
        "that the company had spent four years on the hinge alone",
        "the story that her father had written",
    ]


def test_a_relative_clause_is_not_what_was_called_for(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Rates held\n\n"
        "The Liberal Democrats called for help for mortgage holders, around 1.2 million of "
        "whom will come off cheaper fixed-rate deals this year.\n",
    )
    assert [words for _, _, words in said(text, result)] == [
        "help for mortgage holders, around 1.2 million of whom will come off cheaper "
        "fixed-rate deals this year"
    ]
