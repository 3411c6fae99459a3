"""What a witness saw happening ("saw people running toward the entrance") is an event seen,
as "saw the visitors score" is, not a view; "sees the economy growing" still is one."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_people_seen_running_are_no_ones_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Shots at mall\n\nA neighbour heard six pops and saw people running toward the entrance.\n",
    )
    assert said(text, result) == []


def test_a_growth_foreseen_is_a_view(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Outlook\n\nThe governor sees the economy growing next year.\n"
    )
    assert [w for _, _, w in said(text, result)] == ["the economy growing next year"]
