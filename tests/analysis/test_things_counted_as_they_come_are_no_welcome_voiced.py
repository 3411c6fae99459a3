"""Welcoming things counted in digits ("welcomed 52,000 visits", "welcomed 180 ships") tells
how many came, not a reaction anyone voiced; welcoming a decision, even two, still reports
one."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_visits_counted_are_no_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Harbour museum\n\nThe museum reopened in March. Last year it welcomed 52,000 visits, "
        "up from 41,000.\n",
    )
    assert said(text, result) == []


def test_ships_counted_are_no_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Cruise season\n\nThe harbour welcomed 180 cruise ships in 2024.\n"
    )
    assert said(text, result) == []


def test_decisions_welcomed_are_still_a_reaction(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Ruling\n\nThe mayor welcomed the two rulings on Friday.\n"
    )
    assert said(text, result) == [("The mayor", "welcomed", "the two rulings")]
