"""Seeking something to be granted or given ("seek permission to appeal", "will seek
damages", "sought asylum"), or a step in a case ("seek a judicial review"), is an act, not
words; "sought assurances that …" is still reported."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_seeking_leave_or_damages_reports_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Court ruling\n\n"
        "The council has 28 days to seek permission to appeal. Harbour Voices will seek "
        "damages, and Mr Hale sought asylum in 2019. Residents have six weeks to seek a "
        "judicial review.\n",
    )
    assert said(text, result) == []


def test_seeking_assurances_is_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Court ruling\n\nResidents sought assurances that the quay would reopen.\n",
    )
    assert [(who, words) for who, _, words in said(text, result)] == [
        ("Residents", "assurances that the quay would reopen")
    ]
