"""A body whose name ends with its country ("Alzheimer's Research UK") is that body, not the
country; a headline joining two reports with a semicolon gives each source its own words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_a_body_named_with_its_country_is_the_body(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Charity backs findings\n\n"
        "The charity Parkinson's Research UK welcomed the trial, saying it was overdue.\n",
    )
    assert {speaker for speaker, _, _ in said(text, result)} == {"Parkinson's Research UK"}


def test_a_semicolon_ends_the_first_report_of_a_headline(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Kenya says floods cut main highway; Uganda reports rising rivers\n\n"
        "NAIROBI (Reuters) - Kenya said on Monday that floods had cut its main highway.\n",
    )
    headline = [(s, c, w) for s, c, w in said(text, result) if s == "Uganda"]
    assert headline == [("Uganda", "reports", "rising rivers")]
