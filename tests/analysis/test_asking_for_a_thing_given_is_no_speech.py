"""Asking for something to be given ("the family asked for donations to the hospice") is an
act, as seeking it is; asking for clarification is asked in words, and reported."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text


def test_asking_for_donations_reports_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Obituary\n\nMary Holt died on Friday. Her family asked for donations to the "
        "Wexley hospice in her memory.\n",
    )
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == []


def test_asking_for_clarification_is_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Quay plan\n\nResidents asked for clarification on the plan.\n"
    )
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Residents", "clarification on the plan")
    ]
