"""What a share of people supports or opposes ("58 percent of Americans oppose a shutdown",
"Most voters back the plan") is a view counted, not words anyone said."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_percentage_opposing_something_is_no_quote(analysis_nlp: Language) -> None:
    text = "58 percent of Americans oppose a shutdown, a poll found.\n"
    assert "oppose" not in [c for _, c, _ in said(text, run(analysis_nlp, text))]


def test_most_voters_opposing_something_is_no_quote(analysis_nlp: Language) -> None:
    text = "Most voters oppose a shutdown.\n"
    assert said(text, run(analysis_nlp, text)) == []


def test_a_minister_opposing_a_plan_is_still_a_quote(analysis_nlp: Language) -> None:
    text = "The health minister opposes the plan to close the ward.\n"
    assert [c for _, c, _ in said(text, run(analysis_nlp, text))] == ["opposes"]
